/// Splits SQL into tokens the way SQLite does: '' escapes in strings (a backslash is an ordinary
/// character, so 'a\' is a complete string), "" `` ]] in quoted names, -- and /* */ comments.
public enum SQLTokenizer {
    public struct Failure: Error, Sendable {
        public var message: String
        public var offset: Int
    }

    public static func tokenize(_ sql: String) throws -> [SQLToken] {
        let chars = Array(sql.unicodeScalars)
        var tokens: [SQLToken] = []
        var i = 0
        func isIdentStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic || c.value > 127 }
        func isIdent(_ c: Unicode.Scalar) -> Bool { isIdentStart(c) || ("0"..."9").contains(c) || c == "$" }
        while i < chars.count {
            let c = chars[i]
            let start = i
            if c.properties.isWhitespace || c == "\0" {
                i += 1
            } else if c == "-" && i + 1 < chars.count && chars[i + 1] == "-" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
            } else if c == "/" && i + 1 < chars.count && chars[i + 1] == "*" {
                i += 2
                while i + 1 < chars.count && !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                guard i + 1 < chars.count else { throw Failure(message: "a /* comment is never closed", offset: start) }
                i += 2
            } else if c == "'" || c == "\"" || c == "`" || c == "[" {
                let close: Unicode.Scalar = c == "[" ? "]" : c
                var text = String.UnicodeScalarView()
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == close {
                        if close != "]" && i + 1 < chars.count && chars[i + 1] == close {
                            text.append(close)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    text.append(chars[i])
                    i += 1
                }
                guard closed else {
                    throw Failure(message: c == "'" ? "a string literal is never closed" : "a quoted name is never closed", offset: start)
                }
                tokens.append(SQLToken(kind: c == "'" ? .string : .quotedName, text: String(text), offset: start))
            } else if ("0"..."9").contains(c) || (c == "." && i + 1 < chars.count && ("0"..."9").contains(chars[i + 1])) {
                while i < chars.count && (isIdent(chars[i]) || chars[i] == "." || ((chars[i] == "+" || chars[i] == "-") && (chars[i - 1] == "e" || chars[i - 1] == "E"))) { i += 1 }
                tokens.append(SQLToken(kind: .number, text: String(String.UnicodeScalarView(chars[start..<i])), offset: start))
            } else if isIdentStart(c) {
                // x'ABCD' blob literals are strings for our purposes.
                if (c == "x" || c == "X") && i + 1 < chars.count && chars[i + 1] == "'" {
                    i += 1
                    continue
                }
                while i < chars.count && isIdent(chars[i]) { i += 1 }
                tokens.append(SQLToken(kind: .word, text: String(String.UnicodeScalarView(chars[start..<i])), offset: start))
            } else if c == "?" || c == ":" || c == "@" || c == "$" || c == "#" {
                i += 1
                while i < chars.count && isIdent(chars[i]) { i += 1 }
                tokens.append(SQLToken(kind: .parameter, text: String(String.UnicodeScalarView(chars[start..<i])), offset: start))
            } else {
                // Two-character operators matter only for display; one token each is enough.
                let two = i + 1 < chars.count ? String(String.UnicodeScalarView([c, chars[i + 1]])) : ""
                if ["||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"].contains(two) {
                    tokens.append(SQLToken(kind: .punctuation, text: two, offset: start))
                    i += 2
                } else {
                    tokens.append(SQLToken(kind: .punctuation, text: String(c), offset: start))
                    i += 1
                }
            }
        }
        return tokens
    }
}
