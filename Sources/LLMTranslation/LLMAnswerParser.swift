import Foundation

/// Reads the structured answer (`{"sql": ..., "interpretation": ...}` or `{"refusal": ...}`)
/// tolerantly, as real models return it: inside markdown fences, with prose around, with a
/// trailing semicolon, or as bare SQL with no JSON at all.
public enum LLMAnswerParser {
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ text: String) throws -> LLMAnswer {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw Failure(description: "the answer is empty") }
        for candidate in jsonObjects(in: trimmed) {
            guard let data = candidate.data(using: .utf8),
                let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            else { continue }
            if let refusal = nonEmpty(object["refusal"]), nonEmpty(object["sql"]) == nil {
                return .refusal(refusal)
            }
            if let sql = nonEmpty(object["sql"]) ?? nonEmpty(object["query"]) {
                return .sql(clean(sql), interpretation: nonEmpty(object["interpretation"]) ?? nonEmpty(object["explanation"]) ?? "")
            }
        }
        if let sql = fencedSQL(in: trimmed) ?? bareSQL(in: trimmed) {
            return .sql(clean(sql), interpretation: "")
        }
        let start = trimmed.prefix(80).replacingOccurrences(of: "\n", with: " ")
        throw Failure(description: "the answer has neither JSON with 'sql' or 'refusal' nor a SELECT statement (it starts '\(start)')")
    }

    /// The SQL without fences, surrounding space or trailing semicolons.
    public static func clean(_ sql: String) -> String {
        var text = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("```") {
            text = String(text.drop { $0 != "\n" })
            if text.hasSuffix("```") { text.removeLast(3) }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        while text.hasSuffix(";") || text.last?.isWhitespace == true { text.removeLast() }
        return text
    }

    static func nonEmpty(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Every balanced `{...}` span, outermost first, with braces inside JSON strings ignored.
    static func jsonObjects(in text: String) -> [String] {
        let chars = Array(text)
        var results: [String] = []
        var index = 0
        while index < chars.count {
            guard chars[index] == "{" else { index += 1; continue }
            var depth = 0
            var inString = false
            var escaped = false
            var end: Int?
            var j = index
            while j < chars.count {
                let c = chars[j]
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                } else if c == "\"" {
                    inString = true
                } else if c == "{" {
                    depth += 1
                } else if c == "}" {
                    depth -= 1
                    if depth == 0 { end = j; break }
                }
                j += 1
            }
            if let end {
                results.append(String(chars[index...end]))
                index = end + 1
            } else {
                index += 1
            }
        }
        return results
    }

    /// The body of a ```sql (or bare ```) fence that holds a query.
    static func fencedSQL(in text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.range(of: "```") {
            let afterOpen = rest[open.upperBound...]
            guard let newline = afterOpen.firstIndex(of: "\n") else { return nil }
            let body = afterOpen[afterOpen.index(after: newline)...]
            guard let close = body.range(of: "```") else { return nil }
            let code = String(body[..<close.lowerBound])
            if startsLikeQuery(code) { return code }
            rest = body[close.upperBound...]
        }
        return nil
    }

    /// SQL in prose: from the first line starting with SELECT or WITH to a blank line or the end.
    static func bareSQL(in text: String) -> String? {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { startsLikeQuery($0) }) else { return nil }
        var taken: [String] = []
        for line in lines[start...] {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            taken.append(line)
            if line.trimmingCharacters(in: .whitespaces).hasSuffix(";") { break }
        }
        return taken.joined(separator: "\n")
    }

    static func startsLikeQuery(_ text: String) -> Bool {
        let head = text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(7).lowercased()
        return head.hasPrefix("select ") || head.hasPrefix("select\n") || head.hasPrefix("with ")
    }
}
