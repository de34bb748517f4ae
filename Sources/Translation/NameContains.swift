import Foundation
import SemanticModel

/// "How many products have 'Mountain' in their name?", "customers whose last name contains 'son'": a text, quoted in
/// the question, searched inside a name column. Only quoted text is searched: an unquoted word stays a value of the
/// model ("mountain" the product line), so the quotes are what says "this is text".
extension QuestionParser {
    func parseNameContains(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context, raw: String) {
        let cues = [
            "in their name", "in its name", "in the name", "in their names", "in the product name", "name contains", "names contain", "name containing", "names containing", "name includes", "named like", "whose name contains",
            "with a name containing",
        ]
        guard let cue = cues.first(where: { q.has($0) }), let text = Self.quotedText(raw) else { return }
        // Whose name: the table named in the question (people, or else the products).
        let peopleWords = Set(vocabulary.tables[customersTable]?.synonyms ?? []).union(Lexicon.peopleWords)
        let table = q.words.contains(where: { peopleWords.contains($0) }) ? customersTable : productsTable
        guard let name = vocabulary.nameDimension(of: table)
        else { return }
        let words = QuestionWords(text, dictionary: [], corrections: []).words
        guard !words.isEmpty, let start = (0..<q.count).first(where: { i in words.indices.allSatisfy { q[i + $0] == words[$0] && q.isFree(i + $0) } }) else { return }
        q.use(start..<(start + words.count))
        _ = q.take([cue])
        intent.filters.append(.init(dimension: name.name, values: [QueryIntent.containing(text)]))
        if context.filterStarts[name.name] == nil { context.filterStarts[name.name] = start }
    }

    /// "customers with the surname Smith", "how many customers have the first name Maria": a name written with a capital
    /// right after the words of a text column that lists no values (a surname, a first name) is that column's value,
    /// matched exactly. The capital is what says "this is a name": "customers with the surname smith" is not read.
    func parseNameEquals(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context, raw: String) {
        let columns = vocabulary.dimensions.filter { !$0.isEnum && !$0.isTime && !$0.numeric && $0.role == nil && $0.expr.allSatisfy { $0.isLetter || $0 == "_" || $0 == "." } }
        // Most questions name no such column: the typed words are split only when one is named.
        let firstWords = Set(columns.flatMap { $0.phrases.compactMap { $0.split(separator: " ").first.map(String.init) } })
        guard q.words.contains(where: firstWords.contains) else { return }
        let typed = raw.split(whereSeparator: { !($0.isLetter || $0 == "-") }).map(String.init)
        for i in 0..<q.count where q.isFree(i) {
            for d in columns {
                guard let n = d.phrases.compactMap({ q.wordsMatched($0, at: i) }).max(), n > 0 else { continue }
                var j = i + n
                if q[j] == "is" || q[j] == "of" { j += 1 }
                let word = q[j]
                guard q.isFree(j), word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" }),
                    let name = typed.first(where: { $0.lowercased() == word && ($0.first?.isUppercase ?? false) }),
                    vocabulary.valueByPhrase[word] == nil, !vocabulary.knownWords.contains(word)
                else { continue }
                var start = i
                while start > 0, q.isFree(start - 1), ["the", "a", "with", "whose", "having", "named"].contains(q[start - 1]) { start -= 1 }
                q.use(start..<(j + 1))
                intent.filters.append(.init(dimension: d.name, values: [name]))
                if context.filterStarts[d.name] == nil { context.filterStarts[d.name] = start }
                return
            }
        }
    }

    /// The first text between quotes ('...', "...", ‘...’, “...”) of up to 40 letters, digits, spaces or hyphens. A
    /// quote opens after a space or the start and closes before a non-letter, so "what's" or "don't" open nothing.
    static func quotedText(_ raw: String) -> String? {
        let chars = Array(raw)
        let pairs: [Character: Character] = ["'": "'", "\"": "\"", "‘": "’", "“": "”"]
        for (i, c) in chars.enumerated() {
            guard let close = pairs[c], i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) else { continue }
            guard let j = (i + 1..<chars.count).first(where: { chars[$0] == close && ($0 + 1 == chars.count || !chars[$0 + 1].isLetter) }) else { continue }
            let text = String(chars[(i + 1)..<j]).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, text.count <= 40, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) { return text }
        }
        return nil
    }
}
