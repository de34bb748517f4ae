import Foundation

/// Log timestamps: ISO 8601 in UTC, to the second.
enum Timestamps {
    static func now() -> String {
        // Date.ISO8601FormatStyle is a value type: no formatter object to build per question.
        Date().formatted(.iso8601)
    }
}
