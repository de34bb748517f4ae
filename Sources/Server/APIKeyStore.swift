import Foundation

/// The API keys the service accepts, from a file or an environment variable.
///
/// One key a line (file) or a comma between keys (environment), each `name:role:token`, e.g.
/// `alice:reader:3f9c…`. Blank lines and `#` comments are skipped. A malformed entry stops the
/// service at start with its line: a key silently dropped would lock someone out.
public struct APIKeyStore: Sendable {
    public let keys: [APIKey]

    public init(keys: [APIKey]) {
        self.keys = keys
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// The key a bearer token belongs to. Tokens are compared in constant time.
    public func key(forToken token: String) -> APIKey? {
        keys.first { Self.equalInConstantTime($0.token, token) }
    }

    static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }

    public static func parse(_ text: String, source: String, separator: Character = "\n") throws -> APIKeyStore {
        var keys: [APIKey] = []
        for (index, raw) in text.split(separator: separator, omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: ":", maxSplits: 2).map(String.init)
            let place = separator == "\n" ? "\(source):\(index + 1)" : "\(source) entry \(index + 1)"
            guard parts.count == 3, !parts[0].isEmpty, !parts[2].isEmpty else {
                throw ServerError.setup("\(place): expected name:role:token")
            }
            guard let role = APIKey.Role(rawValue: parts[1]) else {
                throw ServerError.setup("\(place): the role must be reader or admin, got '\(parts[1])'")
            }
            guard parts[2].count >= 16 else {
                throw ServerError.setup("\(place): the token of '\(parts[0])' is shorter than 16 characters; use a long random one")
            }
            keys.append(APIKey(name: parts[0], role: role, token: parts[2]))
        }
        return APIKeyStore(keys: keys)
    }

    /// Keys from `file` if given, else from `CYCLINGPRO_API_KEYS`, else none.
    public static func load(file: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> APIKeyStore {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ServerError.setup("cannot read the API key file \(file)")
            }
            return try parse(text, source: file)
        }
        if let value = environment["CYCLINGPRO_API_KEYS"] {
            return try parse(value, source: "CYCLINGPRO_API_KEYS", separator: ",")
        }
        return APIKeyStore(keys: [])
    }
}
