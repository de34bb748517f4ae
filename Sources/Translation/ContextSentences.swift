import Foundation

/// "We're planning a win-back campaign. How many customers didn't buy anything at all in 2013?": a sentence before the
/// question that says why it is asked. It is set aside only when it cannot change the answer: it asks nothing (no "?"),
/// names nothing of the model, no number, month or cue word ("only", "excluding", "top"), and a question follows.
extension QuestionParser {
    /// The question without its leading sentences of context, or nil when there are none.
    func withoutContext(_ question: String) -> String? {
        // Most questions are one sentence: the walk over characters is skipped when no mark could end one.
        guard question.utf8.contains(where: { $0 == 46 || $0 == 33 || $0 == 58 || $0 == 59 || $0 == 45 || $0 == 44 || $0 >= 0x80 }) || question.contains("? ") else { return nil }
        var sentences: [Substring] = []
        var start = question.startIndex
        var i = question.startIndex
        while i < question.endIndex {
            let next = question.index(after: i)
            // A full stop, colon or exclamation mark followed by a space ends a sentence ("1.5" and "12:30" do not).
            if ".!:;".contains(question[i]), next == question.endIndex || question[next] == " " {
                sentences.append(question[start..<next])
                start = next
            }
            // "Holiday season check - total sales ...": a dash between spaces ends a heading too.
            if "-–—".contains(question[i]), i > question.startIndex, question[question.index(before: i)] == " ", next < question.endIndex, question[next] == " " {
                sentences.append(question[start..<next])
                start = next
            }
            i = next
        }
        if start < question.endIndex { sentences.append(question[start...]) }
        // "thinking about a targeted promo, how many ...", "how many helmets did we sell in Q4 2013, I want to see if the
        // push worked": a clause set off by a comma that says why, opened by what someone is doing or wants.
        if let first = sentences.first, let comma = first.range(of: ", "), sentences.count == 1 || !first.contains("?") {
            let clause = first[..<comma.lowerBound]
            let opener = QuestionText.normalize(String(clause)).split(separator: " ").first.map(String.init) ?? ""
            if opener.hasSuffix("ing") || ["ahead", "fyi", "context"].contains(opener) {
                sentences[0] = first[..<comma.upperBound]
                sentences.insert(first[comma.upperBound...], at: 1)
            }
        }
        // "For the board pack I need a simple profile of our customer base: for each country ...", "For the cohort slide,
        // group customers by ...": what the answer is for, said before a colon or a comma. Only when it names no value,
        // column, number, period or cue; the people or things it is about are asked about again after it.
        if let first = sentences.first, sentences.count >= 1 {
            // ("For a birthday mailing - how many ...": a dash ends it too.)
            let mark = first.hasSuffix(":") || first.hasSuffix(" -") || first.hasSuffix(" –") || first.hasSuffix(" —") ? first.endIndex : first.range(of: ", ")?.lowerBound
            let words = QuestionText.normalize(String(first[..<(mark ?? first.endIndex)])).split(separator: " ").map(String.init)
            let documents: Set<String> = [
                "pack", "slide", "slides", "deck", "report", "review", "meeting", "presentation", "dashboard", "memo", "update", "board", "planning", "workload",
                "mailing", "mailshot", "campaign", "newsletter", "promotion",
            ]
            if let mark, words.first == "for", words.prefix(6).contains(where: documents.contains), isPurpose(words) {
                let rest = first[mark...].drop { $0 == ":" || $0 == "," || $0 == " " || $0 == "-" }
                if !rest.isEmpty || sentences.count > 1 {
                    sentences[0] = first[..<mark]
                    if !rest.isEmpty { sentences.insert(rest, at: 1) } else { sentences[0] = first }
                    return sentences.dropFirst().joined().trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",-–—")))
                }
            }
        }
        // "Seasonality check on volume: total number of orders for each calendar month ...": a heading names the topic in
        // its own words; when the question after it names its measure, a measure word in the heading ("volume") only
        // announces it.
        if sentences.count >= 2, let first = sentences.first, first.hasSuffix(":"), isHeading(first, before: sentences.dropFirst().joined(separator: " ")) {
            return sentences.dropFirst().joined().trimmingCharacters(in: .whitespaces)
        }
        var trailing = 0
        if let last = sentences.last, let comma = last.range(of: ", ", options: .backwards) {
            let clause = QuestionText.normalize(String(last[comma.upperBound...]))
            let openers = ["i want to", "i d like to", "i need to", "want to", "to see if", "just curious", "trying to", "i m trying", "wondering", "so i can", "so we can"]
            if openers.contains(where: { clause.hasPrefix($0 + " ") }), isContext(last[comma.upperBound...], askedIn: String(last[..<comma.lowerBound])) {
                sentences[sentences.count - 1] = last[..<comma.lowerBound]
                trailing = 1
            }
        }
        // "Which clothing items have never sold? I'm thinking of delisting them.": a last sentence that only says why,
        // after a question that ends with its question mark.
        if trailing == 0, let whole = sentences.last, let mark = whole.range(of: "? ", options: .backwards) {
            let last = whole[mark.upperBound...]
            let words = QuestionText.normalize(String(last)).split(separator: " ").map(String.init)
            // ("I'm thinking ..." is "i thinking" once normalised.)
            // Only words the model does not know, or small ones: "of" is a cue in a question, not in "thinking of".
            let saysWhy =
                !last.contains(where: \.isNumber)
                && words.allSatisfy { word in
                    // ("I only need the amount": a word that restricts or names the answer's shape keeps it.)
                    !Self.restrictingWords.contains(word) && !["amount", "value", "number", "figure", "total", "list", "names", "column", "columns", "row", "rows"].contains(word)
                        && (Lexicon.stopWords.contains(word) || ["i", "m", "am", "re", "ve", "d", "ll"].contains(word)
                            || !(vocabulary.knownWords.contains(word) || vocabulary.valueByPhrase[word] != nil || Lexicon.valueAliasWords.contains(word)
                                || Self.cueWords.contains(word) || Self.restrictingWords.contains(word) || Lexicon.months[word] != nil || Lexicon.numberWords[word] != nil))
                }
            // "Which products have a cost of zero? looks like a data issue", "... ? data check": a remark on why it is asked.
            let remarks: Set<String> = [
                "looks", "look", "like", "a", "an", "the", "data", "issue", "issues", "check", "quality", "problem", "sanity", "error", "seems", "to", "be", "bug",
                "cleanup", "just", "checking", "possible", "probably", "maybe", "might", "suspicious", "odd", "weird", "entry", "entries",
            ]
            let remark = !words.isEmpty && words.allSatisfy(remarks.contains) && words.contains { ["data", "issue", "issues", "check", "problem", "error", "bug", "checking"].contains($0) }
            if !last.contains("?"), ["i", "im", "we"].contains(words.first ?? "") && saysWhy || remark {
                sentences[sentences.count - 1] = whole[..<mark.upperBound]
                trailing = 1
            }
        }
        let rest = sentences.joined(separator: " ")
        var dropped = 0
        for sentence in sentences.dropLast() {
            guard isContext(sentence, askedIn: String(rest.dropFirst(sentence.count))) else { break }
            dropped += 1
        }
        guard dropped + trailing > 0 else { return nil }
        return sentences.dropFirst(dropped).joined().trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",-–—")))
    }

    /// A heading of a few words with a word for a check or review, naming no value, column, number, period or cue; the
    /// question after it names a measure of its own.
    private func isHeading(_ heading: Substring, before question: String) -> Bool {
        let words = QuestionText.normalize(String(heading)).split(separator: " ").map(String.init)
        let headingNouns: Set<String> = ["check", "review", "question", "idea", "analysis", "audit", "snapshot", "overview", "dive", "request", "query"]
        guard words.count <= 6, words.contains(where: headingNouns.contains), !heading.contains(where: \.isNumber) else { return false }
        let measureWords = Set(vocabulary.metrics.flatMap { $0.phrases }.filter { !$0.contains(" ") })
        let asked = " " + QuestionText.normalize(question) + " "
        guard vocabulary.metrics.contains(where: { m in m.phrases.contains { asked.contains(" \($0) ") } }) else { return false }
        return words.allSatisfy { word in
            if Self.restrictingWords.contains(word) || Self.cueWords.contains(word) || Lexicon.months[word] != nil || Lexicon.numberWords[word] != nil { return false }
            if vocabulary.valueByPhrase[word] != nil || Lexicon.valueAliasWords.contains(word) { return false }
            return headingNouns.contains(word) || Lexicon.stopWords.contains(word) || measureWords.contains(word) || !vocabulary.knownWords.contains(word)
        }
    }

    /// "for the board pack I need a simple profile of our registered customer base": words of purpose and of the tables
    /// themselves, nothing that could change the answer.
    private func isPurpose(_ words: [String]) -> Bool {
        let allowed: Set<String> = [
            "customer", "customers", "product", "products", "base", "registered", "catalogue", "range", "profile", "overview", "summary", "picture", "view",
            "simple", "quick", "short", "high", "level", "board", "pack", "slide", "slides", "deck", "report", "review", "meeting", "presentation",
            "dashboard", "memo", "update", "need", "want", "like", "cohort", "merchandising", "marketing", "finance", "sales", "team", "monthly", "quarterly",
            "annual", "yearly", "weekly", "planning", "workload", "capacity", "mailing", "mailshot", "campaign", "newsletter", "promotion", "birthday", "email",
        ]
        return !words.contains { word in
            if Self.restrictingWords.contains(word) || Double(word) != nil || Lexicon.months[word] != nil { return true }
            if Lexicon.stopWords.contains(word) || allowed.contains(word) || ["i", "we", "d", "ll", "m", "id", "im", "for", "our", "my", "a", "the"].contains(word) { return false }
            return vocabulary.knownWords.contains(word) || Self.cueWords.contains(word) || vocabulary.valueByPhrase[word] != nil
        }
    }

    /// Words that restrict ("only bikes", "not France"): a sentence with one always stays.
    private static let restrictingWords: Set<String> = ["only", "just", "excluding", "except", "without", "not", "no", "never", "ignore", "exclude"]

    /// - Parameter asked: the rest of the question; a name said in both ("prepping a UK mailer, how many UK customers")
    ///   is asked there anyway.
    private func isContext(_ sentence: Substring, askedIn asked: String) -> Bool {
        if sentence.contains("?") || sentence.contains(where: \.isNumber) { return false }
        let askedWords = Set(QuestionText.normalize(asked).split(separator: " ").map(String.init))
        // A capital after the first word may be a name of the data ("Focus on the US.", "Mountain bikes only.").
        let typed = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        if typed.dropFirst().contains(where: { ($0.first?.isUppercase ?? false) && !$0.hasPrefix("I'") && !$0.hasPrefix("I’") && $0 != "I" && !askedWords.contains($0.lowercased()) }) {
            return false
        }
        let words = QuestionText.normalize(sentence.replacingOccurrences(of: "&", with: " and ")).split(separator: " ").map(String.init)
        // "tires & tubes - rank the products by revenue": a value of several words names what is asked about.
        let text = " " + words.joined(separator: " ") + " "
        if vocabulary.valueByPhrase.keys.contains(where: { $0.contains(" ") && text.contains(" \($0) ") }) { return false }
        guard let first = words.first, !["what", "which", "how", "who", "when", "where", "list", "show", "give", "tell", "can", "could", "please"].contains(first)
        else { return false }
        // "I'm putting together customer personas.", "We're reviewing our product range.": someone saying what they are
        // doing may name a table or a measure; only a value, a column, a period or a cue would change the answer.
        // (The subject's own words, "i m", are not read: "m" could be a value.)
        if let subject = [["i", "m"], ["im"], ["we", "re"], ["i", "am"], ["we", "are"]].first(where: { words.starts(with: $0) }), words.count > subject.count,
            words[subject.count].hasSuffix("ing")
        {
            let rest = Array(words.dropFirst(subject.count))
            let text = " " + rest.joined(separator: " ") + " "
            if vocabulary.dimensions.contains(where: { d in d.phrases.contains { text.contains(" \($0) ") || text.contains(" \($0)s ") } }) { return false }
            return !rest.contains { word in
                Self.restrictingWords.contains(word) || (askedWords.contains(word) ? false : vocabulary.valueByPhrase[word] != nil) || Lexicon.valueAliasWords.contains(word)
                    || Self.cueWords.contains(word) || Lexicon.months[word] != nil || Lexicon.numberWords[word] != nil
            }
        }
        return !words.contains { word in
            // Words that restrict ("only bikes", "not France") always keep the sentence; other small words never do.
            if Self.restrictingWords.contains(word) { return true }
            // (A value asked about anyway, "UK" in "prepping a UK mailer, how many UK customers", is no reason to keep it.)
            if askedWords.contains(word), vocabulary.valueByPhrase[word] != nil || Lexicon.valueAliasWords.contains(word) { return false }
            if Lexicon.stopWords.contains(word) || ["i", "m", "s", "re", "ve", "ll", "d", "t", "im", "ive", "were", "weve", "id", "ill", "youre", "its", "lets", "theyre"].contains(word) { return false }
            return vocabulary.knownWords.contains(word) || Self.cueWords.contains(word) || Lexicon.months[word] != nil || Lexicon.numberWords[word] != nil
                || Lexicon.valueAliasWords.contains(word)
        }
    }
}
