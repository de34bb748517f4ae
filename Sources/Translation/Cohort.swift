/// "customers whose first order was in 2012", "clients we acquired in 2011", "products that had their first sale
/// in 2013": a cohort, the customers (or products) whose first sale of all time falls in a period. "customers whose
/// most recent order was before 1 August 2013", "clients who have not ordered since June 2013": the same with the
/// last sale (recency). It is a filter
/// on who is measured, so it composes with any measure, slice or period of its own ("how much did that group
/// spend in 2013", "per country").
extension QuestionParser {
    /// Words that name a first sale right after "first" ("first ever order", "first bought").
    static let firstSaleWords: Set<String> = ["order", "orders", "purchase", "purchases", "sale", "bought", "ordered", "purchased", "shopped", "sold"]
    /// Words between the first sale and its period ("first order was placed in", "first bought from us in").
    static let cohortFiller: Set<String> = ["was", "were", "is", "came", "fell", "placed", "made", "from", "us", "with", "something", "anything", "them", "sometime", "dated"]

    func parseCohort(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        for i in 0..<q.count where q.isFree(i) {
            var j: Int
            var last = false
            // "have not ordered since June 2013": the last sale came before the period after "since" was over.
            var notSince: Int? = nil
            if q[i] == "first" || ["last", "latest", "final"].contains(q[i]) || (q[i] == "most" && q[i + 1] == "recent") {
                last = q[i] != "first"
                j = q[i] == "most" ? i + 2 : i + 1
                if q[j] == "ever" { j += 1 }
                guard Self.firstSaleWords.contains(q[j]) else { continue }
                j += 1
            } else if ["acquired", "won", "gained"].contains(q[i]) {
                j = i + 1
            } else if q[i] == "picked", q[i + 1] == "up" {
                j = i + 2
            } else if q[i] == "since", let start = Self.notSinceStart(q, before: i) {
                notSince = start
                last = true
                j = i
            } else {
                continue
            }
            if notSince == nil {
                // ("first order from 1 to 7 October": "from" starts the period; "first bought from us in" does not.)
                while Self.cohortFiller.contains(q[j]) && !(q[j] == "from" && q[j + 1] != "us") { j += 1 }
            }
            // "in 2012" reads the period after "in"; "before 1 August 2013" reads "before" as part of it; after "since"
            // the period itself is read ("since the end of June 2013": June 2013) and the last sale came before its end.
            let inWord = ["in", "during"].contains(q[j])
            guard inWord || notSince != nil || ["before", "until", "till", "prior", "after", "on", "from", "between"].contains(q[j]), q.isFree(j) else { continue }
            var first = inWord || notSince != nil ? j + 1 : j
            // "since the end of June 2013": none after June; "since June 2013": none from June on (the README's "since").
            let sinceEnd = notSince != nil && q.wordsMatched("the end of", at: first) != nil
            if sinceEnd { first += 3 }
            let found = periodWindow(q, from: first)
            guard var (period, read) = found, let table = cohortTable(q, before: notSince ?? i) else { continue }
            if notSince != nil {
                // No sale since a period: none on or after its first day ("since 2013" is from 1 January 2013), or
                // after its last day when the question says "since the end of".
                guard let from = period.from, let until = period.until else { continue }
                period = .init(from: nil, until: sinceEnd ? until : from, label: sinceEnd ? "before the end of \(period.label)" : "before \(period.label)")
            }
            // "gone quiet since 2012, i.e. their latest order was before 1 January 2013": a last purchase stated outright
            // is the definition; the "since" it restates gives way to it.
            let weak = notSince != nil
            if let old = intent.cohort, old.period.from != period.from || old.period.until != period.until || old.table != table || old.last != last {
                if context.weakCohort && !weak {
                    context.weakCohort = false
                } else if weak && !context.weakCohort && old.last && last {
                    q.use((notSince ?? i)..<(read.last! + 1))
                    continue
                } else {
                    context.conflicts.append("two groups by first or last purchase (\(old.period.label) and \(period.label))")
                }
            } else if intent.cohort == nil {
                context.weakCohort = weak
            }
            intent.cohort = .init(table: table, period: period, last: last)
            // "came from customers whose first order ...": the cohort is where a share comes from.
            if (max(0, i - 5)..<i).contains(where: { q[$0] == "from" }) { context.cohortIsPart = true }
            q.use((notSince ?? i)..<(read.last! + 1))
            // "(count each client in the year of their first order)": the definition, restated.
            for grain in ["year", "month", "quarter"] {
                _ = q.take([
                    "in the \(grain) of their first order", "in the \(grain) of their first ever order", "in the \(grain) of their first purchase",
                    "\(grain) of their first order", "\(grain) of their first purchase", "\(grain) of first order", "first order that \(grain)",
                    "first order in that \(grain)",
                ])
            }
            let start = notSince ?? i
            for k in max(0, start - 2)..<start where ["their", "whose", "who", "we", "had", "have", "has", "made", "placed", "with"].contains(q[k]) { q.use(k..<(k + 1)) }
        }
        guard let cohort = intent.cohort else { return }
        // "how much did that group spend", "then bought from us again": the cohort named again.
        _ = q.take([
            "that group", "that cohort", "this cohort", "this group", "the cohort", "those customers", "these customers", "those clients",
            "of them", "then", "again", "went on to", "go on to", "came back and", "come back and", "came back", "come back",
        ])
        if cohort.last {
            // "lapsed customers, i.e. ...", "and haven't been back since": the last purchase's definition, restated.
            _ = q.take([
                "and havent been back since", "and have not been back since", "havent been back since", "have not been back since", "not been back since",
                "and havent ordered since", "and have not ordered since", "and havent bought since", "and never came back", "never came back",
                "have lapsed", "lapsed", "have gone quiet", "gone quiet", "have churned", "churned", "dormant", "sometime",
            ])
        }
    }

    /// Where "have not ordered", "haven't bought anything", "have gone quiet" starts, when it ends right before "since".
    static func notSinceStart(_ q: QuestionWords, before since: Int) -> Int? {
        let negations: Set<String> = ["not", "havent", "hasnt", "didnt", "never", "no", "quiet"]
        let sales: Set<String> = [
            "ordered", "bought", "purchased", "shopped", "order", "orders", "purchase", "purchases", "placed", "made", "an", "a", "any", "anything",
            "been", "back", "with", "from", "us", "gone", "come", "came", "returned", "sales", "sale", "sold",
        ]
        var start: Int? = nil
        var negated = false
        var k = since - 1
        while k >= max(0, since - 7), q.isFree(k), negations.contains(q[k]) || sales.contains(q[k]) {
            if negations.contains(q[k]) { negated = true }
            start = k
            k -= 1
        }
        return negated ? start : nil
    }

    /// Whose first sale: the customers, unless products are named before the cue ("products that had their first sale").
    func cohortTable(_ q: QuestionWords, before i: Int) -> String? {
        let productWords = Set(vocabulary.tables[productsTable]?.synonyms ?? []).union([productsTable])
        let peopleWords = Set(vocabulary.tables[customersTable]?.synonyms ?? []).union(Lexicon.peopleWords)
        for k in stride(from: i - 1, through: max(0, i - 8), by: -1) {
            // ("products whose last sale": "whose" is of the word before it.)
            if q[k] == "whose", productWords.contains(q[k - 1]) || productWords.contains(q[k - 1] + "s") { return productsTable }
            if peopleWords.contains(q[k]) || q[k] == "we" || q[k] == "who" || q[k] == "whose" { return customersTable }
            if productWords.contains(q[k]) || productWords.contains(q[k] + "s") { return productsTable }
        }
        return q.words.contains(where: { peopleWords.contains($0) }) ? customersTable : nil
    }
}

extension SQLBuilder {
    /// The keys of the cohort's table whose first sale of all time falls in its period.
    func cohortCondition(_ cohort: QueryIntent.Cohort, onFact: Bool) throws -> (sql: String, table: String) {
        guard let keys = joinKeys(cohort.table) else { throw Failure(reason: "\(cohort.table) cannot be matched to sales") }
        let date = vocabulary.timeColumn
        var bounds: [String] = []
        let edge = cohort.last ? "MAX" : "MIN"
        if let from = cohort.period.from { bounds.append("\(edge)(\(date)) >= '\(from)'") }
        if let until = cohort.period.until { bounds.append("\(edge)(\(date)) < '\(until)'") }
        let sub =
            "SELECT \(keys.factColumn) FROM \(fact.physical) \(fact.alias) WHERE \(date) IS NOT NULL GROUP BY \(keys.factColumn) HAVING "
            + bounds.joined(separator: " AND ")
        return onFact ? ("\(keys.factColumn) IN (\(sub))", vocabulary.factTable) : ("\(keys.dimColumn) IN (\(sub))", cohort.table)
    }

    func describeCohort(_ cohort: QueryIntent.Cohort) -> String {
        let when = cohort.period.from == nil ? cohort.period.label : "in \(cohort.period.label)"
        return "only \(cohort.table) whose \(cohort.last ? "last" : "first") sale was \(when)"
    }
}
