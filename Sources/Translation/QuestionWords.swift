import Foundation

/// The words of a question after normalisation and typo correction, with a mark for each word a
/// rule has understood. Whatever content word is left unmarked is what the translator "did not
/// understand" — the basis for refusing rather than guessing.
struct QuestionWords {
    var words: [String]
    /// The measures a "/" between two words divides ("revenue / units", "sales/orders").
    static let ratioWords: Set<String> = ["revenue", "sales", "turnover", "units", "quantity", "orders", "customers", "buyers", "cost", "profit", "spend"]
    var used: [Bool]
    /// The words as typed (case kept): "US" the country is not "us" the pronoun.
    var original: [String]
    /// Words said in parentheses ("gross profit (revenue minus cost)"): an aside, which may define what is before it.
    var asides: [Range<Int>] = []
    /// Where each sentence after the first begins ("... by country. Keep the unknown country as its own row."): a
    /// clause that restates a convention can be dropped whole, up to its sentence's end.
    var sentenceStarts: [Int] = []

    /// - Parameters:
    ///   - dictionary: every word that means something as typed (no correction needed).
    ///   - corrections: the words a typo may be corrected into (the model's own words, time words).
    init(_ text: String, dictionary: Set<String>, corrections: Set<String>) {
        var normalized = text.lowercased()
        // Keep dates, percentages, thousands separators and decimals readable as single words.
        // (Foundation's replacing is slow enough to show in the translator's profile: only when needed.)
        if normalized.utf8.contains(UInt8(ascii: "%")) { normalized = normalized.replacingOccurrences(of: "%", with: " percent ") }
        if normalized.utf8.contains(UInt8(ascii: "&")) { normalized = normalized.replacingOccurrences(of: "&", with: " and ") }
        // "# of orders" is a number of them; "#1 product" is a rank, read from the digit alone.
        if normalized.utf8.contains(UInt8(ascii: "#")) {
            normalized = normalized.replacingOccurrences(of: "#(?![0-9])", with: " number ", options: .regularExpression)
        }
        var chars: [Character] = []
        let source = Array(normalized)
        var skipNext = false
        for (i, ch) in source.enumerated() {
            if skipNext { skipNext = false; continue }
            let prev = i > 0 ? source[i - 1] : " "
            let next = i + 1 < source.count ? source[i + 1] : " "
            if ch == "," && prev.isNumber && next.isNumber { continue }
            if ch == "." && prev.isNumber && next.isNumber { chars.append("."); continue }
            if ch == "-" && prev.isNumber && next.isNumber { chars.append("-"); continue }
            // "31/01/2014": a date, kept as one word (read by the rewordings).
            if ch == "/" && prev.isNumber && next.isNumber { chars.append("-"); continue }
            // "July-December 2013" is a span of months, not July and December.
            if ch == "-" && prev.isLetter && next.isLetter && Self.monthsAround(source, hyphen: i) { chars += " to "; continue }
            // "10 Nov - 24 Dec 2013": a dash between spaces joining two dates is "to".
            if ch == "-", prev == " ", next == " " {
                let before = Self.wordBefore(source, i)
                var j = i + 1
                while j < source.count, source[j] == " " { j += 1 }
                var k = j
                while k < source.count, source[k].isLetter || source[k].isNumber { k += 1 }
                let after = String(source[j..<k]).lowercased()
                let isDay = { (w: String) in Int(w).map { (1...31).contains($0) } ?? false }
                if (Lexicon.months[before.lowercased()] != nil || isDay(before)) && (isDay(after) || Lexicon.months[after] != nil) {
                    chars += " to "
                    continue
                }
            }
            // A minus sign stays on its number ("top -5" must not read as "top 5").
            if ch == "-" && next.isNumber && !(prev.isLetter || prev.isNumber) { chars.append("-"); continue }
            // "Q3 '13", "January '14": a year said by its last two digits is that year of this century.
            // (Only after a word that a year follows: "'40-59'" and "'60 and over'" are bands in quotes.)
            if ch == "'" || ch == "’", !(prev.isLetter || prev.isNumber), i + 2 < source.count, source[i + 1].isNumber, source[i + 2].isNumber,
                i + 3 >= source.count || !(source[i + 3].isNumber || source[i + 3].isLetter || source[i + 3] == "-" || source[i + 3] == "'" || source[i + 3] == "’"),
                Self.yearFollows(Self.wordBefore(source, i))
            {
                chars += "20"
                continue
            }
            // "country's" is "country": the possessive s is dropped with its apostrophe.
            if (ch == "'" || ch == "’") && next == "s" && (i + 2 >= source.count || !source[i + 2].isLetter) { skipNext = true; continue }
            if ch == "'" || ch == "’" { continue }
            // "(margin = gross profit / sales)": a definition, said in the words the definitions are read from.
            if ch == "=" { chars += " meaning "; continue }
            // ("Sat/Sun" is a list: only in a definition said with "=".)
            if ch == "/", source.contains("="), source[..<i].last(where: { $0 != " " })?.isLetter == true, source[(i + 1)...].first(where: { $0 != " " })?.isLetter == true {
                chars += " divided by "
                continue
            }
            // "(revenue / units)": a ratio of two measures, spelled out.
            if ch == "/", Self.ratioWords.contains(Self.wordBefore(source, i).lowercased()), Self.ratioWords.contains(Self.wordAfter(source, i).lowercased()) {
                chars += " divided by "
                continue
            }
            // "custs w/ aov > 1k", ">= 3 orders": comparisons typed as signs, before a number.
            // ("2012 -> 2013" is an arrow between periods.)
            if ch == ">" || ch == "<", prev != "-", prev != "=", next != "-", (next == "=" ? source.dropFirst(i + 2) : source.dropFirst(i + 1)).first(where: { $0 != " " })?.isNumber == true {
                chars += next == "=" ? (ch == ">" ? " at least " : " at most ") : (ch == ">" ? " more than " : " less than ")
                if next == "=" { skipNext = true }
                continue
            }
            // "2+ orders", "aged 50+": that number or more.
            if ch == "+", prev.isNumber, !next.isNumber { chars += " or more "; continue }
            // "name + birth date", "accessories + clothing": a plus between words joins them ("3+ orders" keeps its sign).
            if ch == "+", let before = source[..<i].last(where: { $0 != " " }), before.isLetter,
                source[(i + 1)...].first(where: { $0 != " " })?.isLetter == true
            {
                chars += " and "
                continue
            }
            // Parentheses are kept as words of their own for a moment, to find the asides' words.
            if ch == "(" || ch == ")" { chars += ch == "(" ? " \u{1} " : " \u{2} "; continue }
            // (Sentence ends are marked as well, and kept as positions, not words.)
            // ("e.g.", "i.e.", "etc.", "vs." end no sentence: a full stop after one letter or an abbreviation, or before
            // another letter, is a space.)
            if [".", "?", "!", ";"].contains(ch) {
                let before = Self.wordBefore(source, i)
                let abbreviation =
                    ch == "."
                    && (before.count == 1 || ["etc", "vs", "eg", "ie", "approx", "incl", "excl", "no", "nr", "mr", "mrs", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(before)
                        || next.isLetter)
                chars += abbreviation ? " " : " \u{3} "
                continue
            }
            chars.append(ch.isLetter || ch.isNumber ? ch : " ")
        }
        words = String(chars).split(separator: " ").flatMap { token -> [String] in
            let word = Lexicon.abbreviations[String(token)] ?? String(token)
            // "50k", "1.5m": the number and its unit are two words.
            for unit in ["k", "m", "bn"] where word.hasSuffix(unit) && word.count > unit.count {
                let number = word.dropLast(unit.count)
                if Double(number) != nil { return [String(number), unit] }
            }
            return [word]
        }
        var open: Int?
        var kept: [String] = []
        for word in words {
            if word == "\u{1}" {
                open = kept.count
            } else if word == "\u{2}" {
                if let start = open, start < kept.count { asides.append(start..<kept.count) }
                open = nil
            } else if word == "\u{3}" {
                if kept.count > 0, sentenceStarts.last != kept.count { sentenceStarts.append(kept.count) }
            } else {
                kept.append(word)
            }
        }
        words = kept
        var originalChars: [Character] = []
        for ch in text where ch != "'" && ch != "’" { originalChars.append(ch.isLetter || ch.isNumber || ch == "." || ch == "-" || ch == "," ? ch : " ") }
        // (A dash or comma standing alone, "customer - US vs Canada", is no word.)
        original = String(originalChars).split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.map(String.init)
        if original.count != words.count { original = words }
        used = Array(repeating: false, count: words.count)
        // Typos are corrected only towards the model's words and time words — never into a word
        // that changes the question's shape ("last" must not become "least") — one edit for short
        // words, two from eight letters on.
        for i in words.indices where !dictionary.contains(words[i]) && words[i].count >= 4 && !words[i].first!.isNumber {
            if let fix = Self.correct(words[i], in: corrections) { words[i] = fix }
        }
    }

    /// The word that ends right before `i` (spaces skipped), lower-cased.
    private static func wordBefore(_ source: [Character], _ i: Int) -> String {
        var end = i
        while end > 0, source[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, source[start - 1].isLetter || source[start - 1].isNumber { start -= 1 }
        return String(source[start..<end])
    }

    private static func wordAfter(_ source: [Character], _ i: Int) -> String {
        var start = i + 1
        while start < source.count, source[start] == " " { start += 1 }
        var end = start
        while end < source.count, source[end].isLetter || source[end].isNumber { end += 1 }
        return String(source[start..<end])
    }

    /// Words after which "'13" is a year: a month, quarter or half, or a word that a period follows.
    private static func yearFollows(_ word: String) -> Bool {
        Lexicon.months[word] != nil || Lexicon.quarter(word) != nil
            || ["h1", "h2", "fy", "in", "of", "since", "from", "to", "until", "till", "through", "vs", "versus", "during", "for", "year", "summer", "winter", "spring", "autumn", "fall", "christmas", "xmas"].contains(word)
    }

    /// Whether the letters on both sides of the hyphen at `hyphen` are month names ("jul-dec").
    private static func monthsAround(_ source: [Character], hyphen: Int) -> Bool {
        var start = hyphen
        while start > 0, source[start - 1].isLetter { start -= 1 }
        var end = hyphen + 1
        while end < source.count, source[end].isLetter { end += 1 }
        return Lexicon.months[String(source[start..<hyphen])] != nil && Lexicon.months[String(source[(hyphen + 1)..<end])] != nil
    }

    /// "first and last order date", "earliest or latest order dates", "mountain vs road vs touring bikes": phrases that
    /// share their last words, said once, are written out in full ("first order date and last order date") when each
    /// is a phrase of `phrases`.
    mutating func expandSharedWords(of phrases: Set<String>) {
        let separators: Set<String> = ["and", "or", "vs", "versus"]
        var i = 0
        while i + 3 < words.count {
            defer { i += 1 }
            // The heads of the chain: "mountain", "road", "touring" in "mountain vs road vs touring bikes".
            var heads = [i]
            var j = i + 1
            while j + 2 < words.count, separators.contains(words[j]), !separators.contains(words[j + 1]) {
                heads.append(j + 1)
                j += 2
            }
            guard heads.count >= 2, Set(heads.map { words[$0] }).count == heads.count else { continue }
            // "gross profit and gross margin percent": a head that ends a phrase with the word before it ("gross profit")
            // is said in full, not sharing the words after the last.
            if heads.dropLast().contains(where: { $0 > 0 && phrases.contains(words[$0 - 1] + " " + words[$0]) }) { continue }
            for n in stride(from: min(3, words.count - j), through: 1, by: -1) {
                var shared = Array(words[j..<(j + n)])
                func allArePhrases() -> Bool {
                    let tail = shared.joined(separator: " ")
                    return heads.allSatisfy { phrases.contains(words[$0] + " " + tail) }
                }
                if !allArePhrases(), let last = shared.last, last.hasSuffix("s") { shared[shared.count - 1] = String(last.dropLast()) }
                guard allArePhrases() else { continue }
                // "mountain, road and touring bikes": the commas are gone, so heads said before the first joined one
                // stand right before it.
                let tail = shared.joined(separator: " ")
                while let first = heads.first, first > 0, !separators.contains(words[first - 1]), phrases.contains(words[first - 1] + " " + tail),
                    !heads.contains(where: { words[$0] == words[first - 1] })
                {
                    heads.insert(first - 1, at: 0)
                }
                // The phrase's own words after every head ("dates" → "date"), as the phrases have them.
                words.replaceSubrange(j..<(j + n), with: shared)
                for head in heads.dropLast().reversed() { replace((head + 1)..<(head + 1), with: shared) }
                i = j + n * heads.count - 1
                break
            }
        }
    }

    /// Words the question implies, put in as if typed ("first and last order date" → "first order date and last
    /// order date"), in place of `range` (empty: inserted).
    mutating func replace(_ range: Range<Int>, with new: [String]) {
        // An aside after the words replaced moves with them; one they cut into is no longer known.
        let shift = new.count - range.count
        asides = asides.compactMap { a in
            if a.lowerBound >= range.upperBound { return (a.lowerBound + shift)..<(a.upperBound + shift) }
            return a.upperBound <= range.lowerBound ? a : nil
        }
        sentenceStarts = sentenceStarts.compactMap { start in
            if start >= range.upperBound && !range.isEmpty || start > range.lowerBound && range.isEmpty { return start + shift }
            return start <= range.lowerBound ? start : nil
        }
        words.replaceSubrange(range, with: new)
        original.replaceSubrange(range, with: new)
        used.replaceSubrange(range, with: Array(repeating: false, count: new.count))
    }

    /// Every occurrence of `phrase`, free or not, said as `replacement` (the rewordings, before any pass reads the words).
    /// Where `phrase` is first said, word for word (read or not).
    func firstIndex(of phrase: [String]) -> Int? {
        guard let first = phrase.first, words.contains(first) else { return nil }
        return words.indices.first { i in phrase.indices.allSatisfy { self[i + $0] == phrase[$0] } }
    }

    mutating func replaceAll(_ phrase: [String], with replacement: [String]) {
        while let i = firstIndex(of: phrase) { replace(i..<(i + phrase.count), with: replacement) }
    }

    var count: Int { words.count }
    subscript(i: Int) -> String { i >= 0 && i < words.count ? words[i] : "" }
    /// The positions from `start` up to `limit`, cut at the end of the question: empty, never a trap, when `start`
    /// is already past the end (a question that stops where a phrase was expected to go on).
    /// Whether the words from `i` are the phrase, claimed by a pass or not (`wordsMatched` reads free words only).
    func says(_ phrase: String, at i: Int) -> Bool {
        phrase.split(separator: " ").enumerated().allSatisfy { self[i + $0.offset] == $0.element }
    }

    func span(_ start: Int, upTo limit: Int) -> Range<Int> { start..<max(start, min(words.count, limit)) }

    func isFree(_ i: Int) -> Bool { i >= 0 && i < words.count && !used[i] }

    mutating func use(_ range: Range<Int>) {
        for i in range where i >= 0 && i < used.count { used[i] = true }
    }

    /// Positions where `phrase` (space-separated words) starts among free words.
    func find(_ phrase: String, from: Int = 0) -> Int? {
        guard from >= 0, from < words.count else { return nil }
        return Self.withBytes(phrase) { bytes in
            for start in from..<words.count where matched(bytes, at: start) != nil { return start }
            return nil
        }
    }

    /// How many words the phrase has, when they are the free words from `start` on.
    func wordsMatched(_ text: String, at start: Int) -> Int? {
        guard start >= 0, start < words.count else { return nil }
        return Self.withBytes(text) { matched($0, at: start) }
    }

    /// The parser tries thousands of phrases per question, so phrases and words are compared as bytes
    /// in place, the first byte before anything else: splitting phrases took a third of the translator's time.
    private func matched(_ phrase: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let space = UInt8(ascii: " ")
        var p = 0
        while p < phrase.count && phrase[p] == space { p += 1 }
        guard p < phrase.count, !used[start], words[start].utf8.first == phrase[p] else { return nil }
        var i = start
        while p < phrase.count {
            guard i < words.count, !used[i] else { return nil }
            let end: Int? = Self.withBytes(words[i]) { word in
                guard p + word.count <= phrase.count else { return nil }
                for k in 0..<word.count where word[k] != phrase[p + k] { return nil }
                return p + word.count
            }
            guard let end, end == phrase.count || phrase[end] == space else { return nil }
            p = end
            while p < phrase.count && phrase[p] == space { p += 1 }
            i += 1
        }
        return i - start
    }

    /// The UTF-8 bytes of a string without copying them (native strings, as every phrase and word is).
    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    func has(_ phrase: String) -> Bool { find(phrase) != nil }
    func has(anyOf phrases: [String]) -> Bool { phrases.contains { find($0) != nil } }

    /// Marks every free occurrence of the phrases, longest first; reports whether any matched.
    mutating func take(_ phrases: [String]) -> Bool {
        var found = false
        // Few phrases are present: sorting only those keeps this off the translator's profile.
        for phrase in phrases.filter(has).sorted(by: { $0.count > $1.count }) {
            while let i = find(phrase) {
                use(i..<(i + phrase.split(separator: " ").count))
                found = true
            }
        }
        return found
    }

    var text: String { words.joined(separator: " ") }

    /// Content words no rule has explained.
    /// The content words no rule read, leaving out the first `ignoring` words (a title before a colon).
    func unexplained(extraStopWords: Set<String>, ignoring leading: Int = 0) -> [String] {
        words.indices.filter { !used[$0] && $0 >= leading }.map { words[$0] }.filter { word in
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            // A number no rule read is a part of the question that would be dropped ("exactly 1 order").
            return !Lexicon.stopWords.contains(word) && !Lexicon.stopWords.contains(singular) && !extraStopWords.contains(word)
        }
    }

    static func correct(_ word: String, in dictionary: Set<String>) -> String? {
        let limit = word.count >= 8 ? 2 : 1
        var best: (String, Int)? = nil
        var tie = false
        for candidate in dictionary where abs(candidate.count - word.count) <= limit && candidate.count >= 4 {
            // A short word one letter away from another is usually a different word ("older", "order"):
            // below six letters only a missing or extra letter counts as a typo ("ordr").
            // ("untis" is "units": two letters swapped keep every letter, which a changed letter does not.)
            if word.count < 6 && candidate.count == word.count && word.sorted() != candidate.sorted() { continue }
            let d = distance(word, candidate, limit: limit)
            if d <= limit {
                if best == nil || d < best!.1 { best = (candidate, d); tie = false } else if d == best!.1 { tie = true }
            }
        }
        return tie ? nil : best?.0
    }

    /// Levenshtein distance with transpositions counted as one edit, stopping early past `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + [Int](repeating: 0, count: y.count)
            var rowMin = current[0]
            for j in 1...max(1, y.count) where y.count > 0 {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            previous2 = previous
            previous = current
        }
        return previous[y.count]
    }
}
