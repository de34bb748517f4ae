import Foundation

/// Every failure of a build, with the place at fault and what to do about it.
///
/// Modelled on GRDB's `DatabaseError`: one type, a precise location, and a message a person can act on.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    /// The build step that failed: `lake`, `raw`, `staging`, `marts`, `tests`, `swap`, ...
    public var step: String
    /// The file at fault, as the user named it (source file, model file), if any.
    public var file: String?
    /// 1-based physical line in `file`, if known.
    public var line: Int?
    /// Column name (for CSV) or 1-based column number, if known.
    public var column: String?
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(
        step: String, file: String? = nil, line: Int? = nil, column: String? = nil,
        message: String, hint: String? = nil
    ) {
        self.step = step
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var place = ""
        if let file { place = file }
        if let line { place += ":\(line)" }
        if let column { place += place.isEmpty ? "column \(column)" : " column \(column)" }
        var text = "[\(step)] " + (place.isEmpty ? "" : place + ": ") + message
        if let hint { text += "\n  hint: " + hint }
        return text
    }
}
