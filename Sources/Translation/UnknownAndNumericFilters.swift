import Foundation

/// Filters that are not a named value: the unknown row of a dimension ("whose gender is unknown",
/// "no birth date") and a comparison on a number ("cost more than 1,000", "customers under 40").
extension QuestionParser {
    /// Any dimension's name at `i` among free words, dates included, with its length.
    func anyDimensionPhrase(_ q: QuestionWords, _ i: Int) -> (String, Int)? {
        var best: (String, Int)?
        for d in vocabulary.dimensions where d.isEnum || d.isTime {
            for phrase in d.phrases {
                if let length = q.wordsMatched(phrase, at: i), length > (best?.1 ?? 0) { best = (d.name, length) }
            }
        }
        return best
    }

    func parseUnknownValues(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // "at least one of gender, marital status or country unknown": any of several unknown, where the filters below
        // would require all of them.
        for lead in ["at least one of", "any of", "one or more of", "either"] {
            guard let i = q.find(lead) else { continue }
            var j = i + lead.split(separator: " ").count
            var named = 0
            while true {
                while ["or", "and", "their", "the", "its", "a"].contains(q[j]) { j += 1 }
                guard let (_, length) = anyDimensionPhrase(q, j) else { break }
                named += 1
                j += length
            }
            if named >= 2, ["unknown", "missing", "blank", "empty"].contains(q[j]) || (["is", "are"].contains(q[j]) && ["unknown", "missing", "blank", "empty"].contains(q[j + 1])) {
                context.conflicts.append("any one of several columns unknown (ask for each column's unknown rows, or for all of them unknown)")
                return
            }
        }
        for i in 0..<q.count where q.isFree(i) {
            // "(unknown included)": the unknown rows are kept, not selected.
            if ["included", "include", "including", "too", "as"].contains(q[i + 1]) || q[i - 1] == "including" { continue }
            var found: (String, Range<Int>)?
            if ["unknown", "missing", "no", "without", "dont", "doesnt"].contains(q[i]) {
                // "products that don't have a category (assigned)": no value, as "without a category".
                if ["dont", "doesnt"].contains(q[i]) && !["have", "has"].contains(q[i + 1]) { continue }
                var j = i + (["dont", "doesnt"].contains(q[i]) ? 2 : 1)
                while ["a", "an", "the", "any", "known", "recorded"].contains(q[j]) { j += 1 }
                if let (name, length) = anyDimensionPhrase(q, j) { found = (name, i..<(j + length)) }
            }
            if found == nil, ["unknown", "missing"].contains(q[i]) {
                for back in 1...3 {
                    let start = i - back - (q[i - 1] == "is" || q[i - 1] == "are" ? 1 : 0)
                    if let (name, length) = anyDimensionPhrase(q, start), start + length == i - (q[i - 1] == "is" || q[i - 1] == "are" ? 1 : 0) {
                        found = (name, start..<(i + 1))
                        break
                    }
                }
            }
            // "customers whose gender we don't know", "whose country is not known".
            if found == nil, let (name, length) = anyDimensionPhrase(q, i) {
                for tail in ["we dont know", "we do not know", "is not known", "is unknown", "we dont have", "is not recorded", "is missing", "is recorded as unknown", "is listed as unknown", "is marked as unknown", "is recorded as n a"] {
                    if let n = q.wordsMatched(tail, at: i + length) { found = (name, i..<(i + length + n)); break }
                }
            }
            guard let (name, range) = found else { continue }
            // "under 30, including those with no birth date": rows added to the ones a filter keeps, which no filter here
            // can say; without a filter on anything the rows are all counted anyway.
            var k = range.lowerBound - 1
            if ["with", "who", "that", "whose"].contains(q[k]) { k -= 1 }
            while ["those", "customers", "people", "ones", "products", "anyone", "the", "any", "all", "a", "an", "with", "whose", "who", "that"].contains(q[k]) { k -= 1 }
            // "excluding customers whose country is unknown", "ignore anyone with no birth date": every known value.
            if ["excluding", "exclude", "excl", "except", "ignore", "ignoring", "omitting", "omit", "skip", "skipping", "drop", "dropping"].contains(q[k]), q.isFree(k) {
                if let same = intent.filters.firstIndex(where: { $0.dimension == name }), intent.filters[same].values != [QueryIntent.excluded(QueryIntent.unknownValue)] {
                    context.conflicts.append("a \(name.replacingOccurrences(of: "_", with: " ")) both required and excluded")
                }
                intent.filters.append(.init(dimension: name, values: [QueryIntent.excluded(QueryIntent.unknownValue)]))
                q.use(k..<range.upperBound)
                _ = q.take(["on file", "recorded", "assigned", "set"])
                continue
            }
            if ["including", "plus", "include"].contains(q[k]), k < range.lowerBound - 1 {
                let compared = q.words.contains { ["under", "over", "above", "below", "older", "younger", "less", "more", "between", "than", "aged"].contains($0) }
                if compared { context.conflicts.append("rows with no \(name.replacingOccurrences(of: "_", with: " ")) added to those a filter keeps") }
                q.use(k..<range.upperBound)
                _ = q.take(["on file", "recorded", "assigned", "set"])
                continue
            }
            // "(unknown marital status included)": kept as a row of the breakdown, said with the slice's name.
            if ["included", "too"].contains(q[range.upperBound]) && ["unknown", "missing"].contains(q[i]) { continue }
            // "products with no maintenance", "without maintenance": a yes/no flag's "No", not a missing flag.
            // "no maintenance flag", "without a maintenance value": the flag itself is missing.
            let flagNamed = q[range.upperBound - 1] == "flag"
            if flagNamed || (["flag", "value", "set", "recorded"].contains(q[range.upperBound]) && q.isFree(range.upperBound)) {
                intent.filters.append(.init(dimension: name, values: [QueryIntent.unknownValue]))
                // (Where it is said: "what % of customers have no gender recorded" is the part of each group.)
                if context.filterStarts[name] == nil { context.filterStarts[name] = range.lowerBound }
                q.use(range.lowerBound..<(range.upperBound + (flagNamed ? 0 : 1)))
                continue
            }
            if ["no", "without"].contains(q[i]), let no = vocabulary.values.first(where: { $0.dimension == name && $0.value.lowercased() == "no" }) {
                intent.filters.append(.init(dimension: name, values: [no.value]))
                q.use(range)
                if ["need", "needs", "require", "requires", "requiring", "needing", "with"].contains(q[i - 1]) { q.use((i - 1)..<i) }
                continue
            }
            intent.filters.append(.init(dimension: name, values: [QueryIntent.unknownValue]))
            if context.filterStarts[name] == nil { context.filterStarts[name] = range.lowerBound }
            q.use(range)
            _ = q.take(["on file", "recorded", "assigned", "set"])
            // "missing a birth date or a gender": a second column missing, joined to the first. With "and" both are
            // missing; with "or" either one is, which no filter here says (refused, not read as a breakdown by it).
            var j = range.upperBound
            guard ["or", "and"].contains(q[j]), q.isFree(j) else { continue }
            let either = q[j] == "or"
            j += 1
            while ["a", "an", "the", "any", "their", "its"].contains(q[j]) { j += 1 }
            guard let (second, length) = anyDimensionPhrase(q, j), second != name, (range.upperBound..<(j + length)).allSatisfy(q.isFree) else { continue }
            if either {
                context.conflicts.append("rows missing either \(name.replacingOccurrences(of: "_", with: " ")) or \(second.replacingOccurrences(of: "_", with: " ")) (ask for each on its own)")
            } else {
                intent.filters.append(.init(dimension: second, values: [QueryIntent.unknownValue]))
                if context.filterStarts[second] == nil { context.filterStarts[second] = j }
            }
            q.use(range.upperBound..<(j + length))
        }
    }

    func parseNumericFilters(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let comparisons: [(String, String)] = [
            ("more than", ">"), ("greater than", ">"), ("over", ">"), ("above", ">"), ("at least", ">="),
            ("less than", "<"), ("under", "<"), ("below", "<"), ("at most", "<="), ("younger than", "<"),
            ("older than", ">"),
            // "a cost of zero", "whose cost is 0": the value itself (read only right after a number of the model).
            ("equal to", "="), ("of", "="), ("is", "="),
        ]
        // ("90 or older" is rewritten below, so the words of age are looked for first.)
        let ageNamed =
            vocabulary.dimensions.contains { d in d.numeric && d.referenceDate != nil && d.phrases.contains { q.has($0) } }
            || q.words.contains { ["older", "younger"].contains($0) }
        // "65 or older", "3 or more", "50 and under": the same words as "at least 65", "at least 3", "at most 50", in place
        // (bands took theirs already).
        let atLeast: Set<String> = ["more or", "over or", "above or", "older or", "higher or", "greater or", "over and", "above and", "older and", "more and", "up and"]
        let atMost: Set<String> = ["fewer or", "less or", "under or", "younger or", "lower or", "below or", "under and", "younger and", "below and"]
        // "between 30 and 40", "between 10,000 and 50,000": both bounds pass ("at least 30 and at most 40"). Years are
        // periods, read elsewhere ("born between 1970 and 1979").
        // "aged 30 to 39": an age between the two, both included.
        for a in 0..<q.count where q[a] == "aged" && (a...(a + 3)).allSatisfy(q.isFree) && ["to", "through", "thru"].contains(q[a + 2]) {
            guard let low = Int(q[a + 1]), let high = Int(q[a + 3]), low < high, high <= 120 else { continue }
            q.replace((a + 1)..<(a + 4), with: ["between", q[a + 1], "and", q[a + 3]])
        }
        var k = 0
        while k + 3 < q.count {
            defer { k += 1 }
            guard q[k] == "between", (k...(k + 3)).allSatisfy(q.isFree), q[k + 2] == "and", let low = Double(q[k + 1]), let high = Double(q[k + 3]), low < high
            else { continue }
            let yearLike = [low, high].allSatisfy { $0 == $0.rounded() && (1900...2100).contains($0) }
            if yearLike { continue }
            q.replace(k..<(k + 4), with: ["at", "least", q[k + 1], "and", "at", "most", q[k + 3]])
        }
        // "two or more separate orders": orders are separate anyway.
        for i in 0..<q.count where q.isFree(i) && q[i] == "separate" && ["orders", "purchases", "occasions"].contains(q[i + 1]) { q.use(i..<(i + 1)) }
        // "two or more orders", "at least three": a number word (two and up; "one" is too common) is its digits here;
        // "more than one line" too.
        for i in 0..<q.count where q.isFree(i) && (q[i + 1] == "or" || (q[i - 2] == "at" && ["least", "most"].contains(q[i - 1])) || q[i - 1] == "than") {
            if let n = Lexicon.numberWords[q[i]], n >= 2 || q[i - 1] == "than" { q.replace(i..<(i + 1), with: [String(n)]) }
        }
        for i in 0..<max(0, q.count - 2) where (i...(i + 2)).allSatisfy(q.isFree) && Double(q[i]) != nil {
            let tail = q[i + 2] + " " + q[i + 1]
            if atLeast.contains(tail) { q.words[i...(i + 2)] = ["at", "least", q[i]] } else if atMost.contains(tail) { q.words[i...(i + 2)] = ["at", "most", q[i]] }
        }
        // The column of the filter just read, for a second bound after "and" ("aged at least 30 and at most 40").
        var previous: (column: String, end: Int)?
        for i in 0..<q.count where q.isFree(i) {
            guard let (text, op) = comparisons.first(where: { q.wordsMatched($0.0, at: i) != nil }) else { continue }
            let length = text.split(separator: " ").count
            guard let value = Double(q[i + length]) ?? (q[i + length] == "zero" ? 0 : nil), value.isFinite, abs(value) < 1e15 else { continue }
            // What is compared: a number of the model named just before ("cost", "age"), or people when ages are in question.
            var column: String?
            var start = i
            for back in 1...3 {
                let at = i - back
                guard at >= 0 else { break }
                if let (name, matched) = numericColumnAny(q, at: at), at + matched == i || (at + matched == i - 1 && ["is", "of", "us", "them"].contains(q[i - 1])) {
                    // "an average selling price above 2,000": the number ends a measure's name; the measure is compared.
                    let measureEnds = vocabulary.metrics.contains { m in
                        m.phrases.contains { p in (1...3).contains { b in at - b >= 0 && q.wordsMatched(p, at: at - b).map { at - b + $0 >= at + matched } ?? false } }
                    }
                    // "subcategories with an average cost above 100": the average is compared (a threshold on each group's).
                    let averaged = ["average", "avg", "mean"].contains(q[at - 1]) || (["product", "unit"].contains(q[at - 1]) && ["average", "avg", "mean"].contains(q[at - 2]))
                    if !measureEnds && !averaged { column = name; start = at }
                    break
                }
            }
            if column == nil, let previous, previous.end == i - 2, q[i - 1] == "and" {
                column = previous.column
                start = i - 1
            }
            // "customers who were under 30", "clients that are 90 or older": what people are, said with a number, is their age.
            // ("what % of customers in each country are under 40": a slice said between the people and their verb.)
            let peopleSliced =
                ["are", "were"].contains(q[i - 1])
                && (max(0, i - 7)..<(i - 2)).contains { p in
                    Self.peopleAndSexes.contains(q[p])
                        && ((p + 1)..<(i - 1)).allSatisfy { k in
                            ["in", "each", "every", "per", "by", "for", "the", "our", "from"].contains(q[k]) || dimensionNamed(q.words, k) != nil || valueAt(q, k) != nil
                        }
                }
            let peopleAre =
                ["are", "is", "were", "was"].contains(q[i - 1])
                && (Self.peopleAndSexes.contains(q[i - 2]) || (["who", "that"].contains(q[i - 2]) && Self.peopleAndSexes.contains(q[i - 3])) || peopleSliced)
            // "revenue from customers over 60", "customers under 40 by country": people with a bare number of an age's size
            // right after them are of that age (an amount or a count has its unit or verb: "over 60 orders", "spent over 60").
            let units: Set<String> = [
                "orders", "order", "units", "unit", "items", "item", "products", "product", "bikes", "dollars", "euros", "k", "thousand",
                "percent", "times", "purchases", "lines", "pieces", "transactions", "in", "of", "worth", "spent", "spend",
            ]
            let bareAge =
                ["over", "under", "above", "below"].contains(text) && value == value.rounded() && (16...100).contains(value)
                && Self.peopleAndSexes.contains(q[i - 1]) && !units.contains(q[i + length + 1])
            if column == nil, op != "=",
                ageNamed || peopleAre || bareAge || q[i - 1] == "aged" || q[i + length + 1] == "years" || ["younger than", "older than"].contains(text),
                Self.peopleAndSexes.contains(q[i - 1]) || q[i - 1] == "aged" || peopleAre
                    || (["who", "aged"].contains(q[i - 1]) && Self.peopleAndSexes.contains(q[i - 2]))
            {
                column = vocabulary.dimensions.first { $0.numeric && $0.referenceDate != nil }?.name
                start = i
            }
            guard let column, let d = vocabulary.dimension(named: column) else { continue }
            // A number of the fact table per line is a row filter too ("lines priced over 1,000").
            intent.numericFilters.append(.init(column: d.name, op: op, value: value))
            context.numericFilterStarts[d.name] = start
            q.use(start..<(i + length + 1))
            previous = (d.name, i + length)
            // "what % of revenue came from customers aged 50 or over": the people whose age it is, after "from" (not the
            // people counted in "how many customers under 40").
            if Self.peopleAndSexes.contains(q[start - 1]), q.isFree(start - 1), ["from", "by", "among"].contains(q[start - 2]), d.table != vocabulary.factTable {
                q.use((start - 1)..<start)
            }
            _ = q.take(["years old", "years", "each", "each to make", "to make", "to produce", "a piece", "a pieces", "apiece", "per piece", "per pieces"])
            // The number's other mentions ("age as of ...") name the same thing; "with their cost" asks to show it, and is
            // left for the listing's columns.
            // ("with the cost" too: "the" between.)
            let shown: Set<String> = ["their", "its", "with", "showing", "show", "plus", "including"]
            for j in 0..<q.count where q.isFree(j) && !shown.contains(q[j - 1]) && !(q[j - 1] == "the" && shown.contains(q[j - 2])) {
                if let n = d.phrases.compactMap({ q.wordsMatched($0, at: j) }).max(), (j..<(j + n)).allSatisfy(q.isFree) {
                    q.use(j..<(j + n))
                }
            }
            // A number of the sales line ("a sales line priced over 2,000") names the line, not a product line or a measure.
            if d.table == vocabulary.factTable {
                _ = q.take(["a sales line", "sales lines", "sales line", "an order line", "order lines", "order line", "line items", "line item"])
            }
        }
    }

    /// "men under 30": people named by their sex are people whose age can be compared.
    static let peopleAndSexes = Lexicon.peopleWords.union(["men", "women", "males", "females"])

    func numericColumnAny(_ q: QuestionWords, at i: Int) -> (String, Int)? {
        var best: (String, Int)?
        for d in vocabulary.dimensions where d.numeric {
            for phrase in d.phrases + d.phrases.map({ $0 + "s" }) {
                if let length = q.wordsMatched(phrase, at: i), length > (best?.1 ?? 0) { best = (d.name, length) }
            }
        }
        return best
    }
}
