import GRDB

/// Where a build is, or how it ended. Stored as its raw text, as the history has always held it.
public enum RunStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Building beside the live warehouse.
    case running
    /// Every test passed and the new file is being renamed over the live one.
    case swapping
    case succeeded
    case failed
    /// The build process ended (killed, crashed) before finishing; the next build says so.
    case interrupted
}
