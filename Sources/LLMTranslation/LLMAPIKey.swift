import Foundation

/// An LLM API key that never prints (named apart from the server's own `APIKey`): its description is redacted, so a configuration or error
/// logged whole cannot leak it.
public struct LLMAPIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public let value: String
    /// Where it came from (an environment variable or a file), for messages.
    public let source: String

    public init(_ value: String, source: String) {
        self.value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        self.source = source
    }

    public var description: String { "<key from \(source)>" }
    public var debugDescription: String { description }
}
