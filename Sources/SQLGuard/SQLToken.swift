/// A lexical token of SQLite's SQL. Comments and white space are dropped by the tokenizer.
public struct SQLToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A bare word: keyword or name.
        case word
        /// A name in "double quotes", [brackets] or `backticks`.
        case quotedName
        /// A 'string literal' (which SQLite also accepts as a name in some places).
        case string
        case number
        /// ?, ?1, :name, @name, $name.
        case parameter
        case punctuation
    }

    public var kind: Kind
    /// The text, unquoted for names and strings.
    public var text: String
    /// 0-based character offset in the statement.
    public var offset: Int

    /// Lower-cased text of a bare word, for keyword comparison.
    var keyword: String? { kind == .word ? SQLGuard.fold(text) : nil }
    var isName: Bool { kind == .word || kind == .quotedName }
}
