import Foundation

/// Small helpers for reading SQL text without a parser: enough to find the table names a model mentions.
enum SQLText {
    static func identifiers(in sql: String) -> [String] {
        var words: [String] = []
        var current = ""
        for line in sql.split(separator: "\n") {
            let code = line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? String(line)
            for ch in code {
                if ch.isLetter || ch.isNumber || ch == "_" {
                    current.append(ch)
                } else if !current.isEmpty {
                    words.append(current.lowercased()); current = ""
                }
            }
            if !current.isEmpty { words.append(current.lowercased()); current = "" }
        }
        return words
    }
}
