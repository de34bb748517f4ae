import Foundation

/// "For each country, how many customers have ordered 3 or more times, and how many have ordered only once?":
/// several counts in one question, each read as a question of its own and set side by side. Each part keeps the
/// question's opening ("for each country, ") and, when it has none of its own, the first part's subject ("how many
/// have …", "how many of them …" count the same customers or products). The parts must break down by the same
/// columns; otherwise, or when a part cannot be answered, the question is refused.
struct SeveralCounts {
    /// A part as a question of its own; `ofThose` when it counts within the first part's ("and how many of those are
    /// married": the first part's filters hold for it too).
    struct Part: Equatable {
        var text: String
        var ofThose = false
    }

    /// The parts as questions of their own, or nil when the question asks "how many" fewer than twice.
    static func parts(of question: String, latestYear: Int? = nil) -> [Part]? {
        let text = question.trimmingCharacters(in: .whitespacesAndNewlines)
        let starts = occurrences(of: "how many", in: text)
        guard starts.count >= 2 else { return nil }
        let opening = String(text[..<starts[0]])
        var segments: [String] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : text.endIndex
            segments.append(trimmedJoint(String(text[start..<end])))
        }
        let subject = subjectOf(segments[0])
        var parts = [Part(text: opening + segments[0])]
        // "how many orders did we get last year, and how many the year before that": the year before the first part's.
        let firstWords = segments[0].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let namedYears = firstWords.compactMap { Int($0) }.filter { (1900...2100).contains($0) }
        let saidLastYear = zip(firstWords, firstWords.dropFirst()).contains { $0 == ("last", "year") }
        let anchor = namedYears.count == 1 && !saidLastYear ? namedYears.first : (namedYears.isEmpty && saidLastYear ? latestYear.map { $0 - 1 } : nil)
        // "how many bikes in the first half of 2013 and how many in the second half": a part of the year said without
        // its year is of the first part's.
        if namedYears.count == 1, let year = namedYears.first {
            for k in segments.indices.dropFirst() {
                let words = segments[k].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                guard !words.contains(where: { Int($0).map { (1900...2100).contains($0) } ?? false }) else { continue }
                for part in ["the first half", "the second half", "the first quarter", "the second quarter", "the third quarter", "the fourth quarter", "h1", "h2", "q1", "q2", "q3", "q4"] {
                    guard let r = segments[k].range(of: part, options: .caseInsensitive),
                        r.upperBound == segments[k].endIndex || !(segments[k][r.upperBound].isLetter || segments[k][r.upperBound].isNumber)
                    else { continue }
                    segments[k].replaceSubrange(r, with: part.hasPrefix("the") ? "\(part) of \(year)" : "\(part) \(year)")
                    break
                }
            }
        }
        for k in segments.indices.dropFirst() {
            guard let anchor else { break }
            for phrase in ["the year before that", "the year before", "the previous year", "the prior year", "a year earlier", "the year prior"] {
                if let r = segments[k].range(of: phrase, options: .caseInsensitive) {
                    segments[k].replaceSubrange(r, with: "in \(anchor - 1)")
                    break
                }
            }
        }
        // "how many units have we sold so far this year, and to how many different customers", "how many units and how
        // many buyers in 2013": a period said in one part only may be meant for all of them, or for that part alone;
        // not split (the whole question is read as one, or refused).
        // ("how many of them bought in 2013" counts within the first part's, in a period of its own.)
        let dated = segments.filter { !refersBack($0) }.map(saysPeriod)
        if dated.contains(true), dated.contains(false) { return nil }
        for segment in segments.dropFirst() {
            guard let completed = completed(segment, subject: subject) else { return nil }
            parts.append(Part(text: opening + completed, ofThose: refersBack(segment)))
        }
        return parts
    }

    /// Whether a part names a period of its own: a year, a quarter or half, a month, "this year", "so far", "since".
    static func saysPeriod(_ segment: String) -> Bool {
        let words = segment.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let periodWords: Set<String> = [
            "year", "years", "quarter", "quarters", "half", "month", "months", "week", "weeks", "ytd", "since", "between", "far", "h1", "h2", "q1", "q2", "q3", "q4",
            "yesterday", "today", "weekend", "weekends",
        ]
        return words.contains { w in periodWords.contains(w) || Lexicon.months[w] != nil || (Int(w).map { (1900...2100).contains($0) } ?? false) }
    }

    /// "how many of those ...", "how many of them ...": counted among the first part's.
    static func refersBack(_ segment: String) -> Bool {
        let words = segment.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        return words.count > 3 && words[2] == "of" && ["them", "those", "these", "which"].contains(words[3])
    }

    /// The words between "how many" and the first verb or preposition: "customers", "bikes", "bike products".
    static func subjectOf(_ segment: String) -> [String] {
        let words = segment.split(separator: " ").dropFirst(2).map(String.init)
        var subject: [String] = []
        for word in words {
            let bare = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if stopWords.contains(bare) || bare != word.lowercased() { break }
            subject.append(word)
            if subject.count > 3 { return [] }
        }
        return subject
    }

    /// A later part with the subject put back: "how many have ordered only once" → "how many customers have ordered
    /// only once"; "how many of those bought …" → "how many customers bought …". Nil when it needs a subject and the
    /// first part has none.
    static func completed(_ segment: String, subject: [String]) -> String? {
        var words = segment.split(separator: " ").map(String.init)
        guard words.count > 2 else { return nil }
        let next = words[2].lowercased()
        if next == "of", words.count > 3, ["them", "those", "these", "which"].contains(words[3].lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            guard !subject.isEmpty else { return nil }
            words.replaceSubrange(2..<4, with: subject)
        } else if stopWords.contains(next) {
            guard !subject.isEmpty else { return nil }
            words.insert(contentsOf: subject, at: 2)
        }
        return words.joined(separator: " ")
    }

    /// Words that end a subject: verbs, auxiliaries and prepositions right after "how many …".
    static let stopWords: Set<String> = [
        "have", "has", "had", "are", "is", "were", "was", "did", "do", "does", "bought", "ordered", "placed", "purchased", "sold", "spent",
        "made", "in", "from", "with", "who", "that", "which", "of", "per", "by", "for", "as", "ever", "never", "came", "come", "went",
        "there", "we", "they", "live", "lived", "need", "needed",
    ]

    /// The whole-word, case-insensitive starts of `phrase` in `text`.
    static func occurrences(of phrase: String, in text: String) -> [String.Index] {
        var found: [String.Index] = []
        var searchFrom = text.startIndex
        while let range = text.range(of: phrase, options: .caseInsensitive, range: searchFrom..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { found.append(range.lowerBound) }
            searchFrom = range.upperBound
        }
        return found
    }

    /// A part without the joint to the next one: "…3 or more times, and " → "…3 or more times".
    static func trimmedJoint(_ segment: String) -> String {
        var s = segment.trimmingCharacters(in: .whitespaces)
        for tail in [" and", ",", ";", " as well as", " plus", " also", " and to", " to"] {
            while s.lowercased().hasSuffix(tail) { s = String(s.dropLast(tail.count)).trimmingCharacters(in: .whitespaces) }
        }
        return s
    }

    /// The parts' SQL side by side: one row per combination of the breakdown's values (a count missing from a part
    /// is 0), a column per count named after its part. Nil when the parts do not break down by the same columns.
    static func combined(_ sqls: [String], columns: [[String]], labels: [String]) -> String? {
        // The breakdown's columns lead every part; each part has one value after them or more ("how many, and what %").
        guard let first = columns.first, !first.isEmpty, let shortest = columns.map(\.count).min(), shortest >= 1 else { return nil }
        var keyCount = 0
        while keyCount < shortest - 1, columns.allSatisfy({ $0[keyCount] == first[keyCount] }) { keyCount += 1 }
        guard keyCount == first.count - 1 || columns.allSatisfy({ $0.count > keyCount }) else { return nil }
        let keys = Array(first.prefix(keyCount))
        // (Every part breaks down by the same columns: a part with a key the others lack is no count of its own.)
        // (A part's second value is only ever its percentage: "how many ..., and what percentage".)
        guard columns.allSatisfy({ Array($0.prefix(keyCount)) == keys }),
            columns.allSatisfy({ $0.count - keyCount == 1 || ($0.count - keyCount == 2 && ($0.last ?? "").hasPrefix("pct")) })
        else { return nil }
        func ident(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let ctes = sqls.enumerated().map { "part\($0.offset + 1) AS (\($0.element))" }.joined(separator: ", ")
        var select: [String] = []
        // COALESCE takes two values at least; one part's key is itself.
        func firstOf(_ values: [String]) -> String { values.count == 1 ? values[0] : "COALESCE(\(values.joined(separator: ", ")))" }
        for key in keys { select.append("\(firstOf(sqls.indices.map { "part\($0 + 1).\(ident(key))" })) AS \(ident(key))") }
        for (k, label) in labels.enumerated() {
            let values = Array(columns[k].dropFirst(keyCount))
            for (v, value) in values.enumerated() {
                let name = v == values.count - 1 ? label : label + " (" + value.replacingOccurrences(of: "_", with: " ") + ")"
                select.append("COALESCE(part\(k + 1).\(ident(value)), 0) AS \(ident(name))")
            }
        }
        var from = "part1"
        for k in 2...sqls.count {
            if keys.isEmpty {
                from += " CROSS JOIN part\(k)"
            } else {
                // A key missing from the earlier parts is taken from whichever of them has it (full joins keep both sides).
                let conditions = keys.map { key in "\(firstOf((1..<k).map { "part\($0).\(ident(key))" })) IS part\(k).\(ident(key))" }
                from += " FULL JOIN part\(k) ON " + conditions.joined(separator: " AND ")
            }
        }
        let order = keys.isEmpty ? "" : " ORDER BY " + (1...keys.count).map(String.init).joined(separator: ", ")
        return "WITH \(ctes) SELECT \(select.joined(separator: ", ")) FROM \(from)\(order)"
    }
}
