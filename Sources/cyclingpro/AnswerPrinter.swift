import Foundation
import QueryService
import Warehouse

/// Renders an answer for people: a sentence, an aligned table, the SQL.
enum AnswerPrinter {
    static func render(_ answer: Answer, showSQL: Bool = true, maxRows: Int = 50) -> String {
        var out: [String] = []
        switch answer.status {
        case .answered:
            if answer.rows.count == 1 && answer.columns.count == 1 {
                out.append(TerminalText.escape("\(sentence(answer.interpretation)): \(format(answer.rows[0][0]))"))
            } else {
                out.append(TerminalText.escape(sentence(answer.interpretation)) + " — \(answer.rows.count) row\(answer.rows.count == 1 ? "" : "s")\(answer.truncated ? " (truncated)" : ""):")
                out.append("")
                let shown = Array(answer.rows.prefix(maxRows))
                out.append(Table(headers: answer.columns, rows: shown.map { $0.map(format) }).render())
                if answer.rows.count > maxRows { out.append("... \(answer.rows.count - maxRows) more rows (use --json for all)") }
            }
            if let message = answer.message, !answer.truncated { out.append(TerminalText.escape("(note: \(message))")) }
            if let verified = answer.verified_query { out.append(TerminalText.escape("(verified query: \(verified))")) }
        case .refused:
            out.append(TerminalText.escape("I can't answer that: \(answer.message ?? answer.interpretation)"))
            if !answer.suggestions.isEmpty {
                out.append("You could ask:")
                out += answer.suggestions.prefix(5).map { "  - " + TerminalText.escape($0) }
            }
        case .failed:
            out.append(TerminalText.escape("Something went wrong: \(answer.message ?? "unknown error")"))
        }
        if showSQL, let sql = answer.sql {
            out.append("")
            out.append("SQL: " + TerminalText.escape(sql))
        }
        return out.joined(separator: "\n")
    }

    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func format(_ value: SQLValue) -> String {
        switch value {
        case .null: return "n/a"
        case .real(let v):
            let rounded = (v * 100).rounded() / 100
            return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(format: "%.0f", rounded) : String(format: "%.2f", rounded)
        default: return value.description
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }
}
