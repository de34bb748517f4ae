import Foundation

/// Text from users or data, made safe to print on a reviewer's terminal.
///
/// A question is typed by anyone; printed raw, an escape sequence would reach the terminal
/// (recolour, move the cursor, rewrite the title) and a newline would forge a row of
/// `logs list`. Control characters are shown as visible escapes instead.
enum TerminalText {
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where needsEscape(scalar): out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional
    /// overrides that can make text read differently from what it is.
    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// JSON for a line-oriented file: JSONEncoder escapes control characters but leaves U+2028
    /// and U+2029, which JavaScript and many line readers take for line breaks.
    static func jsonLine(_ json: String) -> String {
        json.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }
}
