/// Bounds on `printf`/`format` calls, checked before anything runs.
///
/// SQLite expands a width or precision inside one virtual-machine step: `printf('%.*c', 2e9, 'x')`
/// runs for many seconds where neither the progress handler nor the value-length limit can stop it.
/// So the format must be a literal the guard can read, and every width and precision in it a
/// written number no larger than `maxWidth`.
enum FormatCheck {
    static let maxWidth = 100

    /// Why the call whose "(" is at `open` is refused, or nil when it is fine.
    static func problem(inCallAt open: Int, of t: [SQLToken]) -> String? {
        let name = t[open - 1].text.lowercased()
        guard open + 1 < t.count, t[open + 1].kind == .string,
            open + 2 < t.count, t[open + 2].text == "," || t[open + 2].text == ")"
        else {
            return "\(name)() needs its format written as a string literal (e.g. \(name)('%.2f', x)), so that its widths can be checked"
        }
        return problem(inFormat: t[open + 1].text, function: name)
    }

    static func problem(inFormat format: String, function name: String) -> String? {
        let chars = Array(format.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "%" else { i += 1; continue }
            i += 1
            if i < chars.count && chars[i] == "%" { i += 1; continue }
            while i < chars.count && "-+ 0#!,".unicodeScalars.contains(chars[i]) { i += 1 }
            for part in ["width", "precision"] {
                if part == "precision" {
                    guard i < chars.count && chars[i] == "." else { break }
                    i += 1
                }
                if i < chars.count && chars[i] == "*" {
                    return "\(name)() takes its \(part) from an argument ('*'); write the \(part) as a number of at most \(maxWidth)"
                }
                var digits = ""
                while i < chars.count && ("0"..."9").contains(chars[i]) { digits.unicodeScalars.append(chars[i]); i += 1 }
                if !digits.isEmpty && (digits.count > 3 || Int(digits)! > maxWidth) {
                    return "\(name)() \(part) \(digits) is above the limit of \(maxWidth): one call that large runs past the time limit"
                }
            }
        }
        return nil
    }
}
