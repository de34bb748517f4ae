/// Question text reduced to what matters for matching: lower case, letters, digits and single spaces.
public enum QuestionText {
    public static func normalize(_ text: String) -> String {
        text.lowercased()
            .map { $0.isLetter || $0.isNumber ? $0 : " " }
            .reduce(into: "") { $0.append($1) }
            .split(separator: " ").joined(separator: " ")
    }
}
