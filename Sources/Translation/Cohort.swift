/// "customers whose first order was in 2012", "clients we acquired in 2011", "products that had their first sale
/// in 2013": a cohort, the customers (or products) whose first sale of all time falls in a period. It is a filter
/// on who is measured, so it composes with any measure, slice or period of its own ("how much did that group
/// spend in 2013", "per country").
extension QuestionParser {
    /// Words that name a first sale right after "first" ("first ever order", "first bought").
    static let firstSaleWords: Set<String> = ["order", "orders", "purchase", "purchases", "sale", "bought", "ordered", "purchased", "shopped", "sold"]
    /// Words between the first sale and its period ("first order was placed in", "first bought from us in").
    static let cohortFiller: Set<String> = ["was", "were", "is", "came", "fell", "placed", "made", "from", "us", "with", "something", "anything", "them"]

    func parseCohort(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        for i in 0..<q.count where q.isFree(i) {
            var j: Int
            if q[i] == "first" {
                j = q[i + 1] == "ever" ? i + 2 : i + 1
                guard Self.firstSaleWords.contains(q[j]) else { continue }
                j += 1
            } else if ["acquired", "won", "gained"].contains(q[i]) {
                j = i + 1
            } else if q[i] == "picked", q[i + 1] == "up" {
                j = i + 2
            } else {
                continue
            }
            while Self.cohortFiller.contains(q[j]) { j += 1 }
            guard ["in", "during"].contains(q[j]), q.isFree(j) else { continue }
            // The period is read by the time pass itself, over the fewest words after "in" that name one
            // ("in 2012", "in Q4 2013", "in the first half of 2013"), so a later period stays the question's own.
            var found: (QueryIntent.Period, [Int])?
            for size in 1...6 where found == nil && j + size < q.count {
                // Words outside the window are blanked, not marked, so that no rule reads past its end.
                var window = q
                for k in window.words.indices where k < j || k > j + size { window.words[k] = "" }
                var probe = QueryIntent(metric: "")
                var probeContext = Context()
                parseTime(&window, &probe, &probeContext)
                let read = q.words.indices.filter { $0 != j && window.used[$0] && !q.used[$0] }
                if let period = probe.period, probe.bucket == nil, probe.periods.isEmpty, probe.monthOfYear == nil, probe.quarterOfYear == nil,
                    probeContext.conflicts.isEmpty, probeContext.periodClashes.isEmpty, read.first == j + 1, read.last! - read.first! + 1 == read.count
                {
                    found = (period, read)
                }
            }
            guard let (period, read) = found, let table = cohortTable(q, before: i) else { continue }
            if let old = intent.cohort, old.period != period || old.table != table {
                context.conflicts.append("two groups by first purchase (\(old.period.label) and \(period.label))")
            }
            intent.cohort = .init(table: table, period: period)
            // "came from customers whose first order ...": the cohort is where a share comes from.
            if (max(0, i - 5)..<i).contains(where: { q[$0] == "from" }) { context.cohortIsPart = true }
            q.use(i..<(read.last! + 1))
            // "(count each client in the year of their first order)": the definition, restated.
            for grain in ["year", "month", "quarter"] {
                _ = q.take([
                    "in the \(grain) of their first order", "in the \(grain) of their first ever order", "in the \(grain) of their first purchase",
                    "\(grain) of their first order", "\(grain) of their first purchase", "\(grain) of first order", "first order that \(grain)",
                    "first order in that \(grain)",
                ])
            }
            for k in max(0, i - 2)..<i where ["their", "whose", "who", "we", "had", "have", "made", "placed", "with"].contains(q[k]) { q.use(k..<(k + 1)) }
        }
        guard intent.cohort != nil else { return }
        // "how much did that group spend", "then bought from us again": the cohort named again.
        _ = q.take([
            "that group", "that cohort", "this cohort", "this group", "the cohort", "those customers", "these customers", "those clients",
            "of them", "then", "again", "went on to", "go on to", "came back and", "come back and", "came back", "come back",
        ])
    }

    /// Whose first sale: the customers, unless products are named before the cue ("products that had their first sale").
    func cohortTable(_ q: QuestionWords, before i: Int) -> String? {
        let productWords = Set(vocabulary.tables[productsTable]?.synonyms ?? []).union([productsTable])
        let peopleWords = Set(vocabulary.tables[customersTable]?.synonyms ?? []).union(Lexicon.peopleWords)
        for k in stride(from: i - 1, through: max(0, i - 8), by: -1) {
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
        if let from = cohort.period.from { bounds.append("MIN(\(date)) >= '\(from)'") }
        if let until = cohort.period.until { bounds.append("MIN(\(date)) < '\(until)'") }
        let sub =
            "SELECT \(keys.factColumn) FROM \(fact.physical) \(fact.alias) WHERE \(date) IS NOT NULL GROUP BY \(keys.factColumn) HAVING "
            + bounds.joined(separator: " AND ")
        return onFact ? ("\(keys.factColumn) IN (\(sub))", vocabulary.factTable) : ("\(keys.dimColumn) IN (\(sub))", cohort.table)
    }

    func describeCohort(_ cohort: QueryIntent.Cohort) -> String {
        "only \(cohort.table) whose first sale was in \(cohort.period.label)"
    }
}
