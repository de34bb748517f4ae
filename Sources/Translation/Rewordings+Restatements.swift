import Foundation
import SemanticModel

/// Words that say again what the question already does: a range's ends included, the months of a quarter named, the
/// unsold products of a catalogue count.
extension QuestionParser {
    func dropRestatements(_ q: inout QuestionWords) {
        dropInclusiveRange(&q)
        dropMonthsOfQuarter(&q)
        dropUnsoldOfCatalogueCount(&q)
        rewriteChangeOverTwoYears(&q)
        dropReachedOfRunningTotal(&q)
        rewriteDatesSideBySide(&q)
        dropYearsOfAChangeSaidAgain(&q)
        dropTiedRowsKept(&q)
        dropVariantsCombined(&q)
        dropDefinitionsAsSaid(&q)
        rewriteReturnAsShow(&q)
    }

    /// "give the month and the number of customers, including any tied months": ties at the cut-off, which every ranking
    /// keeps ("include ties").
    private func dropTiedRowsKept(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["including", "include", "keep", "keeping", "with", "plus", "show", "showing"].contains(q[i]) && ["any", "all", "every"].contains(q[i + 1]) && q[i + 2] == "tied" {
            // (The rows tied are named after it, "tied months"; "tied at third place" is read with its place.)
            guard !["at", "for", "in"].contains(q[i + 3]) else { continue }
            let noun = q[i + 3].hasSuffix("s") && !["and", "as", "is"].contains(q[i + 3]) ? 1 : 0
            q.replace(i..<(i + 3 + noun), with: ["include", "ties"])
            return
        }
    }

    /// "how many helmets did we sell in 2013, all colours combined": no split by colour or size. (Per product, with its
    /// sizes and colours combined, is a contradiction left to be refused.)
    private func dropVariantsCombined(_ q: inout QuestionWords) {
        let perProduct = (0..<q.count).contains { ["per", "by", "each", "every"].contains(q[$0]) && Lexicon.productWords.contains(q[$0 + 1]) }
        guard !perProduct else { return }
        let variants: Set<String> = ["colours", "colors", "sizes", "colour", "color", "size"]
        for c in 0..<q.count where q[c] == "combined" && variants.contains(q[c - 1]) {
            var start = c - 1
            while variants.contains(q[start - 1]) || (q[start - 1] == "and" && variants.contains(q[start - 2])) { start -= 1 }
            if ["all", "any", "every"].contains(q[start - 1]) { start -= 1 }
            q.replace(start..<(c + 1), with: [])
            return
        }
    }

    /// "Revenue means sales_amount summed", "units = quantity summed", "count an order once even if it has several
    /// lines", "go by the order date": the model's own definitions, said again, add nothing. (A definition that differs
    /// is left for the parser to read or refuse.)
    private func dropDefinitionsAsSaid(_ q: inout QuestionWords) {
        // (Only questions that say one of these words pay for the look-up: most say none.)
        let words = Set(q.words)
        if words.contains("summed") || words.contains("sum") || (words.contains("total") && (words.contains("means") || words.contains("meaning") || words.contains("equals"))) {
            for phrase in Self.definitionsOfSums { q.replaceAll(phrase, with: []) }
        }
        if words.contains("once") || words.contains("date") {
            for phrase in Self.definitionsOfOrders { q.replaceAll(phrase, with: []) }
        }
    }

    /// "revenue means sales amount summed", "where units is the sum of quantity" (longest first).
    private static let definitionsOfSums: [[String]] = {
        var phrases: [[String]] = []
        let sums: [(measures: [String], column: String)] = [(["revenue", "spend", "spending", "sales", "turnover"], "sales amount"), (["units", "quantity"], "quantity")]
        for (measures, column) in sums {
            for m in measures {
                for verb in ["means", "meaning", "is", "here is", "equals"] {
                    for definition in ["\(column) summed", "the sum of \(column)", "sum of \(column)", "total \(column)", "summed \(column)"] {
                        for lead in ["where ", "and ", ""] { phrases.append("\(lead)\(m) \(verb) \(definition)".split(separator: " ").map(String.init)) }
                    }
                }
            }
        }
        return phrases.sorted { $0.count > $1.count }
    }()

    /// "count an order once even if it has several lines", "go by the order date" (longest first).
    private static let definitionsOfOrders: [[String]] = {
        var phrases: [[String]] = []
        for order in ["an order", "each order", "orders"] {
            for verb in ["count", "counting", "counted"] {
                phrases.append("\(verb) \(order) once even if it has several lines".split(separator: " ").map(String.init))
                phrases.append("\(verb) \(order) once even if it has more than one line".split(separator: " ").map(String.init))
            }
        }
        for by in ["and go by the order date", "go by the order date", "going by the order date", "by the order date", "by order date", "using the order date", "based on the order date"] {
            phrases.append(by.split(separator: " ").map(String.init))
        }
        for grain in ["month", "year", "quarter", "day", "week"] {
            phrases.append("and the \(grain) comes from the order date".split(separator: " ").map(String.init))
            phrases.append("the \(grain) comes from the order date".split(separator: " ").map(String.init))
        }
        return phrases.sorted { $0.count > $1.count }
    }()

    /// "Return the subcategory, its 2013 revenue and its share", "return one row per gender": an instruction for the answer
    /// (a product return is "returns", "returned"; "customers who return" is about coming back).
    private func rewriteReturnAsShow(_ q: inout QuestionWords) {
        let objects: Set<String> = ["the", "one", "a", "an", "each", "both", "its", "their", "all", "only", "just", "them", "it", "these", "those", "every"]
        for i in 0..<q.count where q[i] == "return" && objects.contains(q[i + 1]) && !["who", "that", "to", "will", "did", "do", "would", "not", "never", "they", "customers", "buyers"].contains(q[i - 1]) {
            q.replace(i..<(i + 1), with: ["show"])
        }
    }

    /// "units in 2012, units in 2013 and the growth from 2012 to 2013", "... and the change between them": the two years
    /// of the change are the two named before it, so the change is between those periods, not over a span of years.
    private func dropYearsOfAChangeSaidAgain(_ q: inout QuestionWords) {
        let changeWords: Set<String> = ["growth", "change", "changes", "difference", "increase", "decrease", "grew", "changed"]
        for g in 0..<q.count where changeWords.contains(q[g]) {
            var k = g + 1
            while ["in", "of", "the", "percent", "percentage", "units", "revenue", "orders"].contains(q[k]) && k < g + 4 { k += 1 }
            let named = Set((0..<g).compactMap { Lexicon.year(q[$0]) })
            guard named.count == 2 else { return }
            if ["from", "between"].contains(q[k]), let a = Lexicon.year(q[k + 1]), ["to", "and"].contains(q[k + 2]), let b = Lexicon.year(q[k + 3]), named == [a, b] {
                q.replace(k..<(k + 4), with: [])
                return
            }
            if q[k] == "between", ["them", "those", "the two", "both"].contains(where: { q.wordsMatched($0, at: k + 1) != nil }) {
                let n = ["them", "those", "both"].contains(q[k + 1]) ? 1 : (["years", "periods"].contains(q[k + 3]) ? 3 : 2)
                q.replace(k..<(k + 1 + n), with: [])
                return
            }
        }
    }

    /// "customers who bought from us before 2013 but haven't ordered since 2013": having no order since a date says
    /// they bought before it (their last order is before it), so the first clause adds nothing; read on its own it would
    /// be a customer status of the year after.
    func dropBoughtBeforeOfLapsed(_ q: inout QuestionWords) {
        let negations: Set<String> = ["havent", "hasnt", "not", "never", "no", "didnt", "nothing"]
        for b in 0..<q.count where q[b] == "before" && Lexicon.year(q[b + 1]) != nil {
            let year = q[b + 1]
            guard let s = ((b + 2)..<max(b + 2, q.count)).first(where: { q[$0] == "since" }),
                q[s + 1] == year || (q[s + 1] == "1" && q[s + 2] == "january" && q[s + 3] == year),
                ((s - 4)..<s).contains(where: { negations.contains(q[$0]) })
            else { continue }
            // The clause: from the buying verb to "but" ("bought from us before 2013 but").
            guard let verb = ((b - 4)..<b).last(where: { Lexicon.purchaseVerbs.contains(q[$0]) || q[$0] == "shopped" }), q[b + 2] == "but" else { continue }
            q.replace(verb..<(b + 3), with: [])
            return
        }
    }

    /// "big spenders = customers with lifetime spend over 4k. what share of our total revenue do they account for?": a
    /// name given to a group in a sentence of its own, then used by that name or a pronoun; the group said in full there.
    func rewriteNamedGroup(_ q: inout QuestionWords) {
        guard let end = q.sentenceStarts.first, end > 1, end < q.count, let m = (1..<min(5, end)).first(where: { q[$0] == "meaning" || q[$0] == "means" }) else { return }
        let definition = Array(q.words[(m + 1)..<end])
        guard let head = definition.first, Lexicon.peopleWords.contains(head) || Lexicon.productWords.contains(head) || ["orders", "customer"].contains(head), definition.count >= 3 else { return }
        let label = Array(q.words[0..<m])
        let rest = end..<q.count
        guard
            let at = rest.first(where: { k in label.indices.allSatisfy { q[k + $0] == label[$0] } }).map({ ($0, label.count) })
                ?? rest.first(where: { ["they", "them", "those"].contains(q[$0]) }).map({ ($0, 1) })
        else { return }
        q.replace(at.0..<(at.0 + at.1), with: definition)
        q.replace(0..<end, with: [])
    }

    /// "the highest spend per buyer (the country's revenue divided by its buyers)": a ratio the question names, defined
    /// again in an aside by its two parts; read on its own, "its buyers" would be what is ranked.
    func dropRatioDefinition(_ q: inout QuestionWords) {
        guard q.words.contains("divided") else { return }
        func says(_ m: Vocabulary.Metric, in range: Range<Int>) -> Bool {
            range.contains { k in m.phrases.contains { q.wordsMatched($0, at: k) != nil } }
        }
        // (An aside, or the sentence a question ends with: "revenue per active buyer - total sales divided by the number of
        // customers who ordered in that year".)
        let tail = q.sentenceStarts.last(where: { $0 > 0 }).map { [$0..<q.count] } ?? []
        for a in (tail + q.asides).reversed() {
            // ("divided by all customers" counts people who never bought: another ratio.)
            guard let d = a.first(where: { q[$0] == "divided" && q[$0 + 1] == "by" }), !((d + 2)..<max(d + 2, a.upperBound)).contains(where: { ["all", "every", "registered", "total"].contains(q[$0]) })
            else { continue }
            let restated = vocabulary.metrics.contains { m in
                guard let (base, denominator) = ratioParts(m), let counted = vocabulary.metrics.first(where: { $0.table == m.table && $0.expr == denominator }) else {
                    return false
                }
                let entity: QueryIntent.PerEntity? = counted.role == .buyers ? .customer : counted.role == .orders ? .order : nil
                let denominatorSaid = says(counted, in: (d + 2)..<max(d + 2, a.upperBound)) || ((d + 2)..<max(d + 2, a.upperBound)).contains { entity != nil && Self.entityWords[q[$0]] == entity }
                return says(m, in: 0..<a.lowerBound) && says(base, in: a.lowerBound..<d) && denominatorSaid
            }
            if restated {
                q.replace(a, with: [])
                return
            }
        }
    }

    /// "each marital-status segment", "for every country segment": the groups of the column, which "segment" only names.
    /// "What % ... were 50 or older? Keep customers without a birth date in the total.": the unknown rows are in the
    /// whole of a share of the rows anyway.
    func dropSegmentAndUnknownInTotal(_ q: inout QuestionWords) {
        for i in stride(from: q.count - 1, through: 1, by: -1) where ["segment", "segments"].contains(q[i]) {
            if (1...3).contains(where: { n in dimensionPhrase(q, i - n).map { $0.1 == n } ?? false }) { q.replace(i..<(i + 1), with: []) }
        }
        guard q.words.contains(where: { ["percent", "percentage", "%", "share", "proportion"].contains($0) }) else { return }
        for i in 0..<q.count where ["keep", "include", "count"].contains(q[i]) {
            guard let t = ((i + 2)..<max(i + 2, min(q.count, i + 10))).first(where: { q[$0] == "in" && q[$0 + 1] == "the" && ["total", "denominator", "base"].contains(q[$0 + 2]) }),
                ((i + 1)..<t).contains(where: { ["without", "no", "unknown", "missing"].contains(q[$0]) })
            else { continue }
            q.replace(i..<(t + 3), with: [])
            return
        }
    }

    /// "born in the sixties (1960-1969)": the decade's years, said again.
    func dropDecadeYears(_ q: inout QuestionWords) {
        // (Read already as "the 60s from 1960 to 1969".)
        for i in 0..<q.count where q[i].hasSuffix("0s") {
            var k = i + 1
            if q[k] == "from" { k += 1 }
            let decade = Int(q[i].dropLast()).map { $0 < 100 ? 1900 + $0 : $0 }
            guard let first = Int(q[k]), first == decade, ["to", "through"].contains(q[k + 1]), Int(q[k + 2]) == first + 9 else { continue }
            q.replace((i + 1)..<(k + 3), with: [])
            return
        }
        // "by decade of birth (1950 = born 1950-1959)": how the decades are keyed, said by an example.
        for i in 1..<max(1, q.count) where ["birth", "decade", "decades"].contains(q[i - 1]) && ["meaning", "means"].contains(q[i + 1]) {
            guard let first = Int(q[i]), first % 10 == 0 else { continue }
            var k = i + 2
            while ["born", "from", "in"].contains(q[k]) { k += 1 }
            guard Int(q[k]) == first, ["to", "through"].contains(q[k + 1]), Int(q[k + 2]) == first + 9 else { continue }
            q.replace(i..<(k + 3), with: [])
            break
        }
        for a in q.asides.reversed() {
            let years = a.compactMap { Int(q[$0]) }
            guard years.count == 2, years[0] % 10 == 0, years[1] == years[0] + 9,
                a.allSatisfy({ Int(q[$0]) != nil || ["from", "to", "through", "and"].contains(q[$0]) }),
                q[a.lowerBound - 1].hasSuffix("ies") || q[a.lowerBound - 1].hasSuffix("0s")
            else { continue }
            q.replace(a, with: [])
        }
    }

    /// "what cumulative % of 2013's revenue had we reached by the end of each quarter": how far the running total had
    /// got, which is what it is.
    private func dropReachedOfRunningTotal(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["cumulative", "running", "cumulatively"].contains($0) }) else { return }
        for phrase in [["had", "we", "reached"], ["have", "we", "reached"], ["had", "we", "banked"], ["have", "we", "banked"], ["did", "we", "reach"], ["we", "had", "reached"], ["had", "been", "reached"]] {
            if let i = q.firstIndex(of: phrase) { q.replace(i..<(i + phrase.count), with: []) }
        }
    }

    /// "aged between 40 and 49 inclusive": a range "between" reads with both ends included anyway.
    private func dropInclusiveRange(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "between" && Double(q[i + 1]) != nil && q[i + 2] == "and" && Double(q[i + 3]) != nil {
            var k = i + 4
            if ["years", "year"].contains(q[k]) { k += 1 }
            if q[k] == "inclusive" { q.replace(k..<(k + 1), with: []) } else if q[k] == "both", q[k + 1] == "inclusive" { q.replace(k..<(k + 2), with: []) }
        }
    }

    /// "in each month of Q4 2013 (October, November and December)": the months that quarter has, named again.
    private func dropMonthsOfQuarter(_ q: inout QuestionWords) {
        for a in q.asides.reversed() {
            let months = a.compactMap { Lexicon.months[q[$0]] }
            guard !months.isEmpty, a.allSatisfy({ Lexicon.months[q[$0]] != nil || ["and", "to", "through", "i", "e", "ie", "so"].contains(q[$0]) }),
                let quarter = (max(0, a.lowerBound - 3)..<a.lowerBound).compactMap({ Lexicon.quarter(q[$0]) }).last,
                months.allSatisfy({ ($0 + 2) / 3 == quarter })
            else { continue }
            q.replace(a, with: [])
        }
    }

    /// "number of road bike products in our catalogue, including ones that never sold": a count of the catalogue counts
    /// every product, sold or not (only for a count of products, said right after them).
    private func dropUnsoldOfCatalogueCount(_ q: inout QuestionWords) {
        guard q.has("how many") || q.has("number of") || q[0] == "count" else { return }
        let clauses: [[String]] = [
            ["including", "ones", "that", "never", "sold"], ["including", "the", "ones", "that", "never", "sold"], ["including", "those", "that", "never", "sold"],
            ["including", "ones", "never", "sold"], ["including", "unsold", "ones"], ["including", "the", "unsold", "ones"], ["sold", "or", "not"],
            ["whether", "sold", "or", "not"], ["whether", "they", "sold", "or", "not"], ["including", "ones", "that", "have", "never", "sold"],
        ]
        for clause in clauses {
            // ("how many helmet products do we carry, including ...": the products named a few words before.)
            guard let i = q.firstIndex(of: clause), i > 0,
                (max(0, i - 4)..<i).contains(where: { Lexicon.productWords.contains(q[$0]) || ["catalogue", "catalog"].contains(q[$0]) })
            else { continue }
            // (Nothing sold is measured: a count of the products themselves.)
            guard !q.words[..<i].contains(where: { ["revenue", "sales", "units", "sold", "orders", "bought"].contains($0) }) else { return }
            q.replace(i..<(i + clause.count), with: [])
            return
        }
    }
}

extension QuestionParser {
    /// "quarter-on-quarter growth for every quarter of 2012 and 2013": a change from each period to the one before, over
    /// the span of both years (not each year's quarters set against the other's).
    func rewriteChangeOverTwoYears(_ q: inout QuestionWords) {
        guard q.has(anyOf: ["month over month", "month on month", "quarter over quarter", "quarter on quarter", "previous month", "previous quarter", "month before", "quarter before", "mom", "qoq"]) else { return }
        for i in 0..<q.count where ["each", "every"].contains(q[i]) && ["month", "quarter"].contains(q[i + 1]) && ["of", "in"].contains(q[i + 2]) {
            guard let first = Lexicon.year(q[i + 3]), q[i + 4] == "and", let second = Lexicon.year(q[i + 5]), second == first + 1 else { continue }
            q.replace((i + 2)..<(i + 6), with: ["from", q[i + 3], "to", q[i + 5]])
            return
        }
    }
}

extension QuestionParser {
    /// "revenue 15 nov 2013 - 15 dec 2013", "2013-11-15 - 2013-12-15": two whole dates side by side (the dash between
    /// them is gone) are a range from the first to the second, as "from ... to ..." says.
    func rewriteDatesSideBySide(_ q: inout QuestionWords) {
        // The length of a whole date at `i` ("15 nov 2013", "nov 15 2013", "2013-11-15"), or nil.
        func date(_ i: Int) -> Int? {
            let w = q[i]
            if w.count == 10, w.split(separator: "-").count == 3, Int(w.prefix(4)) != nil { return 1 }
            let day = { (s: String) in Int(s).map { (1...31).contains($0) } == true }
            if day(q[i]), Lexicon.months[q[i + 1]] != nil, Lexicon.year(q[i + 2]) != nil { return 3 }
            if Lexicon.months[q[i]] != nil, day(q[i + 1]), Lexicon.year(q[i + 2]) != nil { return 3 }
            return nil
        }
        for i in 0..<q.count {
            // (A list of days, "on 1 March 2013, 5 March 2013 and ...", is not a range.)
            guard let first = date(i), let second = date(i + first), q[i - 1] != "on", !["and", "or"].contains(q[i + first + second]), date(i + first + second) == nil
            else { continue }
            q.replace((i + first)..<(i + first), with: ["to"])
            if !["from", "between"].contains(q[i - 1]) { q.replace(i..<i, with: ["from"]) }
            return
        }
    }
}

extension QuestionParser {
    /// The words of "(1 = best seller)", "(1 = top earner)", "(1 = best month)": what rank 1 is.
    static let rankOneWords: Set<String> = [
        "1", "best", "seller", "sellers", "selling", "top", "highest", "biggest", "largest", "most", "is", "the", "means", "first", "one", "number",
        "rank", "revenue", "sales", "meaning", "for", "earner", "earners", "performer", "spender", "month", "year", "quarter", "day", "week",
    ]

    /// "rank the categories by revenue within each year (1 = biggest)": a question that says what rank 1 is wants the
    /// rank numbers, not only the sorted rows. The definition is gone by now; a rank column is asked for at the end,
    /// unless the question already shows one ("show category, product and rank").
    func showDefinedRank(_ q: inout QuestionWords) {
        let shown = (0..<q.count).contains { i in
            Self.rankNouns.contains(q[i]) && (i + 1 >= q.count || q.sentenceStarts.contains(i + 1) || ["and", "too", "also", "number", "numbers", "column", "position"].contains(q[i + 1]))
        }
        guard !shown else { return }
        q.replace(q.count..<q.count, with: ["with", "the", "rank"])
    }
}

extension QuestionParser {
    /// "how many new products did we launch in 2013 in each category? going by product start date": products launched
    /// are products by start date; "new" and the date named again say nothing more.
    func dropLaunchRestatement(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["launch", "launched", "introduced", "introduce"].contains($0) }) else { return }
        for phrase in [["new", "products"], ["new", "product"], ["new", "items"]] { q.replaceAll(phrase, with: [phrase[1]]) }
        for lead in [["going", "by"], ["go", "by"], ["based", "on"], ["using"], ["by"]] {
            for date in [["the", "product", "start", "date"], ["product", "start", "date"], ["the", "start", "date"], ["start", "date"]] {
                guard let i = q.firstIndex(of: lead + date), i + lead.count + date.count == q.count || q.sentenceStarts.contains(i + lead.count + date.count) else { continue }
                q.replace(i..<(i + lead.count + date.count), with: [])
                return
            }
        }
    }
}

extension QuestionParser {
    /// "which jersey is our best seller? count each size as its own product": each product is one size and colour of
    /// a model already; the words say how a product is counted, not a slice by size.
    func dropEachVariantAsProduct(_ q: inout QuestionWords) {
        guard q.words.contains("each"), q.words.contains(where: { ["size", "colour", "color", "variant"].contains($0) }) else { return }
        for verb in ["count", "counting", "treat", "treating"] {
            for variant in ["size", "colour", "color", "variant"] {
                for tail in [["as", "its", "own", "product"], ["as", "its", "product"], ["as", "a", "separate", "product"], ["as", "a", "product", "of", "its", "own"]] {
                    q.replaceAll([verb, "each", variant] + tail, with: [])
                }
            }
        }
    }
}
