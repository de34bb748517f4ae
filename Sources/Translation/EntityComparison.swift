import Foundation
import SemanticModel

/// "which bikes sold fewer units in 2013 than in 2012", "how many customers spent more in 2013 than they did in 2012",
/// "which products more than doubled their revenue from 2012 to 2013", "which subcategories sold more than twice as
/// many units in December 2013 as in November 2013": each thing's own measure in one period set against the same
/// measure in another, as a filter on which things are counted or listed. A thing with no sales in one of the periods
/// counts as zero there, unless the question keeps only those that sold in both (or in the baseline).
extension QuestionParser {
    static let comparatives: [String: Bool] = [
        "more": true, "higher": true, "bigger": true, "larger": true, "greater": true, "fewer": false, "less": false, "lower": false, "smaller": false,
    ]
    /// Verbs before a comparative that say what is measured when no measure word follows ("spent more in 2013").
    static let takingsVerbs: Set<String> = ["spent", "spend", "spends", "earned", "earn", "generated", "generate", "made", "brought", "grossed", "paid", "pay"]
    /// Words between "than" and the baseline period that restate the subject ("than they did in 2012").
    static let thanFiller: Set<String> = ["they", "it", "we", "he", "she", "did", "do", "had", "have", "has", "in", "during", "the", "for", "that", "of", "those", "year"]

    func parseEntityComparison(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        for i in 0..<q.count where q.isFree(i) && intent.entityComparison == nil {
            guard let found = comparisonAt(q, i) else { continue }
            let (period, baseline, above, factor, measureSpan, span) = found
            // What is measured: the words between the comparative and the period, or the verb before it.
            var metric: Vocabulary.Metric?
            var measureWords = measureSpan
            if !measureSpan.isEmpty {
                let phrase = measureSpan.map { q[$0] }.joined(separator: " ")
                metric = vocabulary.metrics.first { $0.table == vocabulary.factTable && $0.phrases.contains(phrase) }
                if metric == nil, phrase == "money" { metric = vocabulary.metric(role: .revenue) }
                // "lower bike revenue in Q4 than in Q3": values before the measure are filters of its sales, read as such.
                if metric == nil, let first = measureSpan.first, let (_, length) = valueSpan(q, first), length < measureSpan.count {
                    let rest = measureSpan.dropFirst(length).map { q[$0] }.joined(separator: " ")
                    metric = vocabulary.metrics.first { $0.table == vocabulary.factTable && $0.phrases.contains(rest) }
                    if metric != nil { measureWords = Array(measureSpan.dropFirst(length)) }
                }
                guard metric != nil else { continue }
            }
            let verb = span.lowerBound - 1
            if metric == nil, Self.takingsVerbs.contains(q[verb]) || (q[verb] == "in" && q[verb - 1] == "brought") { metric = vocabulary.metric(role: .revenue) }
            guard let metric else {
                // "sold more in 2013 than in 2012": more units, or more revenue? Neither is guessed.
                if ["sold", "sell", "bought", "buy", "ordered", "did"].contains(q[verb]) {
                    context.conflicts.append("'\(q[verb]) \(q[i])' compares two periods without saying in what (units, revenue, orders ...)")
                }
                continue
            }
            // Whose measure: the table or column named before the verb ("which bikes", "how many customers", "subcategories").
            guard let entity = comparedEntity(q, before: verb) else { continue }
            var comparison = QueryIntent.EntityComparison(entity: entity, metric: metric.name, period: period, baseline: baseline, above: above, factor: factor)
            // "more than doubled", "twice as many": a multiple of nothing is not a doubling, so the baseline must have sales.
            if factor > 1, ["doubled", "tripled", "trebled"].contains(where: { w in span.contains { q[$0] == w } }) { comparison.requireBaseline = true }
            // "sold twice as many" is at least twice; "more than twice as many" is more.
            if factor != 1, !span.contains(where: { q[$0] == "than" }) { comparison.orEqual = true }
            for k in span where !measureSpan.contains(k) || measureWords.contains(k) { q.use(k..<(k + 1)) }
            measureWords.forEach { q.use($0..<($0 + 1)) }
            if q.isFree(verb), Self.takingsVerbs.contains(q[verb]) || ["sold", "sell", "bought", "ordered", "placed", "had", "did", "saw", "have"].contains(q[verb]) {
                q.use(verb..<(verb + 1))
                if q[verb] == "in", q[verb - 1] == "brought" { q.use((verb - 1)..<verb) }
            }
            readComparisonQualifiers(&q, &comparison)
            intent.entityComparison = comparison
        }
    }

    /// The comparison written at `i`: the period measured and its baseline, the direction and factor, the words naming the
    /// measure (possibly none) and every word it takes.
    func comparisonAt(_ q: QuestionWords, _ i: Int) -> (QueryIntent.Period, QueryIntent.Period, Bool, Double, [Int], Range<Int>)? {
        // "(more than) doubled their revenue from 2012 to 2013", "tripled", "halved".
        let multiples: [String: (Double, Bool)] = ["doubled": (2, true), "tripled": (3, true), "trebled": (3, true), "halved": (0.5, false)]
        if let (factor, above) = multiples[q[i]] {
            var start = i
            // ("at least doubled" is what "doubled" means already: the same shape, the words taken.)
            if q[i - 1] == "than", q[i - 2] == "more" { start = i - 2 } else if q[i - 1] == "least", q[i - 2] == "at" { start = i - 2 }
            var j = i + 1
            while ["their", "its", "the"].contains(q[j]) { j += 1 }
            var measure: [Int] = []
            while j < q.count, !["from", "between"].contains(q[j]), measure.count < 3 {
                measure.append(j)
                j += 1
            }
            guard ["from", "between"].contains(q[j]), let (p1, w1) = periodWindow(q, from: j + 1), ["to", "and"].contains(q[w1.last! + 1]),
                let (p2, w2) = periodWindow(q, from: w1.last! + 2), p1.until ?? "" <= p2.from ?? ""
            else { return nil }
            return (p2, p1, above, factor, measure, start..<(w2.last! + 1))
        }
        // "more units in 2013 than in 2012", "more than twice as many units in 2013 as in 2012".
        var start = i
        var factor = 1.0
        var above: Bool
        var j: Int
        var closing = "than"
        let times: [String: Double] = ["twice": 2, "double": 2, "three": 3, "thrice": 3, "half": 0.5]
        if let f = times[q[i]], ["as", "times"].contains(q[i + 1]) {
            // "(more than) twice as many", "three times as much": the period's measure passes a multiple of the baseline's.
            j = q[i + 1] == "times" ? i + 2 : i + 1
            guard q[j] == "as", ["many", "much"].contains(q[j + 1]) else { return nil }
            j += 2
            factor = f
            above = f >= 1
            closing = "as"
            // ("at least twice as many" is what "twice as many" means already: the same comparison, the words taken.)
            if q[i - 1] == "than", q[i - 2] == "more" {
                start = i - 2
            } else if q[i - 1] == "least", q[i - 2] == "at" {
                start = i - 2
            }
        } else if let a = Self.comparatives[q[i]] {
            above = a
            j = i + 1
            // "more than 2,000": a threshold, read elsewhere.
            if q[j] == "than" { return nil }
        } else {
            return nil
        }
        var measure: [Int] = []
        while j < q.count, !["in", "during", closing].contains(q[j]), measure.count < 3 {
            measure.append(j)
            j += 1
        }
        guard ["in", "during"].contains(q[j]), let (p2, w2) = periodWindow(q, from: j + 1) else { return nil }
        var k = w2.last! + 1
        guard q[k] == closing else { return nil }
        k += 1
        while Self.thanFiller.contains(q[k]) && Lexicon.months[q[k]] == nil { k += 1 }
        guard let (p1, w1) = periodWindow(q, from: k), p1 != p2 else { return nil }
        return (p2, p1, above, factor, measure, start..<(w1.last! + 1))
    }

    /// The table (or the column's values) that each compared total belongs to, named before the comparison ("which
    /// products more than doubled"), before its verb ("how many customers spent more") or in a clause before the
    /// question ("among customers who bought in both years, how many spent more").
    func comparedEntity(_ q: QuestionWords, before verb: Int) -> QueryIntent.Entity? {
        var copy = q
        var found: [QueryIntent.Entity] = []
        for k in stride(from: verb, through: max(0, verb - 14), by: -1) {
            // "bikes per subcategory": a column after "per" or "each" is a slice, not what is compared.
            if ["per", "by", "each", "every"].contains(q[k - 1]) { continue }
            if let (entity, _) = entityAt(&copy, k) {
                switch entity {
                case .table(let t) where t != vocabulary.factTable: found.append(entity)
                case .dimension(let d) where vocabulary.dimension(named: d)?.isTime == false: found.append(entity)
                default: break
                }
            } else if let value = valueAt(q, k), let table = vocabulary.dimension(named: value.dimension)?.table, table != vocabulary.factTable,
                table == productsTable || !found.isEmpty
            {
                // "which bikes": rows of the table whose value it is ("French customers" leaves the customers to their word).
                found.append(.table(table))
            }
        }
        // "products sold to French customers with more revenue": whose revenue is it? Two tables named; neither is guessed.
        let tables = Set(found.compactMap { e -> String? in if case .table(let t) = e { return t } else { return nil } })
        guard let first = found.first, tables.count <= 1 else { return nil }
        return first
    }

    /// Whether the word at `k` names a table, a column or one of its values ("customers", "subcategories", "bikes").
    func namesEntity(_ q: QuestionWords, _ k: Int) -> Bool {
        var copy = q
        return entityAt(&copy, k) != nil || valueAt(q, k) != nil
    }

    /// "Only consider products that sold in both years", "among customers who bought in both 2012 and 2013", "count a
    /// bike with no 2013 sales as zero", "only products that sold in 2012": who takes part in the comparison.
    func readComparisonQualifiers(_ q: inout QuestionWords, _ comparison: inout QueryIntent.EntityComparison) {
        let clauseWords: Set<String> = [
            "only", "consider", "considering", "count", "counting", "look", "looking", "at", "include", "including", "among", "of", "the", "that",
            "who", "which", "sold", "bought", "ordered", "purchased", "had", "have", "has", "sales", "a", "sale", "in", "both", "years", "and",
            "with", "those", "ones", "periods", "them", "things", "halves", "people", "something", "anything",
        ]
        func year(_ w: String) -> Int? { w.count == 4 ? Int(w) : nil }
        // Both periods: "in both years", "in both 2012 and 2013".
        if let b = (0..<q.count).first(where: { q.isFree($0) && q[$0] == "both" }),
            ["years", "periods", "halves", "quarters", "months"].contains(q[b + 1]) || (year(q[b + 1]) != nil && q[b + 2] == "and" && year(q[b + 3]) != nil)
        {
            var start = b
            while start > 0, q.isFree(start - 1), clauseWords.contains(q[start - 1]) || namesEntity(q, start - 1) { start -= 1 }
            var end = year(q[b + 1]) == nil ? b + 2 : b + 4
            // ("in both halves of 2013": the year the halves are of, said again.)
            if q[end] == "of", year(q[end + 1]) != nil { end += 2 }
            // Only a clause about selling ("that sold in both years") qualifies who takes part; "show both years'
            // revenue" asks for columns, which this is not.
            let saleWords: Set<String> = ["sold", "bought", "ordered", "purchased", "sales", "sale", "orders", "active"]
            guard (start..<b).contains(where: { saleWords.contains(q[$0]) }) else { return readOtherQualifiers(&q, &comparison, clauseWords) }
            comparison.requireBaseline = true
            comparison.requirePeriod = true
            // "among customers who bought in both years": the clause is read; the table it names is left to the question.
            for k in start..<end where !namesEntity(q, k) { q.use(k..<(k + 1)) }
        }
        readOtherQualifiers(&q, &comparison, clauseWords)
    }

    func readOtherQualifiers(_ q: inout QuestionWords, _ comparison: inout QueryIntent.EntityComparison, _ clauseWords: Set<String>) {
        // "show both years' revenue", "with each year's figures": the two values beside each row.
        for i in 0..<q.count where q.isFree(i) && ["show", "showing", "with", "and", "plus", "give", "include", "including"].contains(q[i]) {
            var j = i + 1
            if ["me", "the"].contains(q[j]) { j += 1 }
            let measure = vocabulary.metric(named: comparison.metric)
            // "show the units for both months", "with revenue in each year": the measure first, then the periods.
            if let m = measure, let n = m.phrases.compactMap({ q.wordsMatched($0, at: j) }).max(), ["for", "in", "of"].contains(q[j + n]),
                ["both", "each"].contains(q[j + n + 1]),
                ["months", "month", "years", "year", "periods", "period", "quarters", "quarter", "weeks", "week", "halves", "half", "days", "day"].contains(q[j + n + 2])
            {
                comparison.showValues = true
                q.use(i..<(j + n + 3))
                break
            }
            let periods = [
                "both years", "both periods", "both quarters", "both months", "both halves", "each year", "each period", "each quarter", "each month", "the two years",
                "the two quarters", "the two months", "both",
            ]
            guard let n = periods.compactMap({ q.wordsMatched($0, at: j) }).first else { continue }
            var end = j + n
            // ("show both halves": the periods named are the values shown; a bare "both" needs its noun.)
            if ["figures", "numbers", "values", "totals", "amounts"].contains(q[end]) || measure?.phrases.contains(q[end]) == true { end += 1 } else if n < 2 { continue }
            comparison.showValues = true
            q.use(i..<end)
            break
        }
        // "which subcategories made more revenue in 2013 than in 2012, and by how much": the change beside each.
        if q.take([
            "and by how much", "by how much", "and by how many", "by how many", "and how many more", "and how many fewer", "and how big was the drop", "and how big was the increase",
            "and how big was the change", "how big was the drop", "how big was the increase", "and the size of the drop", "and the size of the increase", "and how much more", "and how much less", "and by what amount", "and the difference",
            "with the difference",
        ]) {
            comparison.showValues = true
            comparison.showChange = true
        }
        // "only products that sold in 2012": the baseline's sellers.
        if let only = (0..<q.count).first(where: { q.isFree($0) && q[$0] == "only" }) {
            var k = only + 1
            while q.isFree(k), clauseWords.contains(q[k]) && q[k] != "in" || namesEntity(q, k) { k += 1 }
            if q[k] == "in", let (p, words) = periodWindow(q, from: k + 1), (only + 1..<k).contains(where: { ["sold", "bought", "ordered", "purchased", "sales"].contains(q[$0]) }) {
                if p == comparison.baseline {
                    comparison.requireBaseline = true
                    q.use(only..<(words.last! + 1))
                } else if p == comparison.period {
                    comparison.requirePeriod = true
                    q.use(only..<(words.last! + 1))
                }
            }
        }
        // "count a bike with no 2013 sales as zero (for 2013)": what is done anyway.
        if let zero = (0..<q.count).first(where: { q.isFree($0) && ["zero", "0", "nothing"].contains(q[$0]) && q[$0 - 1] == "as" }),
            let count = stride(from: zero - 1, through: max(0, zero - 12), by: -1).first(where: { q[$0] == "count" || q[$0] == "counting" || q[$0] == "treat" }),
            (count..<zero).contains(where: { ["no", "without", "zero"].contains(q[$0]) })
        {
            var end = zero + 1
            if q[end] == "for", let (_, words) = periodWindow(q, from: end + 1) { end = words.last! + 1 }
            q.use(count..<end)
        }
    }
}

extension SQLBuilder {
    /// What both a comparison and its values read: the measure, each period's condition on the order date, the key
    /// each thing is totalled by, and the sales of the two periods within the question's other filters ("products with
    /// lower unit sales in the United Kingdom": the country scopes both periods' sales).
    struct ComparedSales {
        var metric: Vocabulary.Metric
        var inBaseline: String
        var inPeriod: String
        var key: String
        /// The thing's key on the fact table, on its own table, and that table.
        var outer: (fact: String, dim: String, table: String)
        /// `FROM ... WHERE ...` over the lines of the two periods.
        var source: String
    }

    func comparedSales(_ c: QueryIntent.EntityComparison, filters: [QueryIntent.ValueFilter]) throws -> ComparedSales {
        guard let m = vocabulary.metric(named: c.metric), m.table == vocabulary.factTable else { throw Failure(reason: "cannot compare \(c.metric) between periods") }
        let date = vocabulary.timeColumn
        let inBaseline = periodCondition(c.baseline).replacingOccurrences(of: time, with: date)
        let inPeriod = periodCondition(c.period).replacingOccurrences(of: time, with: date)
        var tables = m.tables.union([vocabulary.factTable])
        let outer: (fact: String, dim: String, table: String)
        switch c.entity {
        case .table(let t):
            guard let keys = joinKeys(t) else { throw Failure(reason: "\(t) cannot be matched to sales") }
            outer = (keys.factColumn, keys.dimColumn, t)
        case .dimension(let name):
            let d = try dimension(name)
            tables.insert(d.table)
            outer = (d.expr, d.expr, d.table)
        default:
            throw Failure(reason: "a comparison of two periods per \(c.entity) is not supported")
        }
        var scope: [String] = []
        for f in filters {
            let d = try dimension(f.dimension)
            if case .table(let t) = c.entity, d.table == t { continue }
            tables.insert(d.table)
            scope.append(try condition(f))
        }
        let source = "FROM \(from(tables, forceFact: true).0) WHERE ((\(inBaseline)) OR (\(inPeriod)))" + scope.map { " AND " + $0 }.joined()
        return .init(metric: m, inBaseline: inBaseline, inPeriod: inPeriod, key: outer.fact, outer: outer, source: source)
    }

    /// The things whose measure in the period passes the factor times the baseline's, over the sales of the
    /// two periods; a thing with no sales in a period has zero there.
    func comparisonCondition(_ c: QueryIntent.EntityComparison, onFact: Bool, filters: [QueryIntent.ValueFilter]) throws -> (sql: String, table: String) {
        let s = try comparedSales(c, filters: filters)
        var having: [String] = []
        if c.requireBaseline { having.append("SUM(CASE WHEN \(s.inBaseline) THEN 1 ELSE 0 END) > 0") }
        if c.requirePeriod { having.append("SUM(CASE WHEN \(s.inPeriod) THEN 1 ELSE 0 END) > 0") }
        let factor = c.factor == 1 ? "" : formatNumber(c.factor) + " * "
        having.append(
            "\(try conditional(s.metric.expr, s.inPeriod)) \(c.above ? ">" : "<")\(c.orEqual ? "=" : "") \(factor)\(try conditional(s.metric.expr, s.inBaseline))")
        let sub = "SELECT \(s.key) \(s.source) GROUP BY \(s.key) HAVING \(having.joined(separator: " AND "))"
        if case .dimension = c.entity { return ("\(s.outer.dim) IN (\(sub))", s.outer.table) }
        return onFact ? ("\(s.outer.fact) IN (\(sub))", vocabulary.factTable) : ("\(s.outer.dim) IN (\(sub))", s.outer.table)
    }

    /// The listed rows with the measure of each period beside them ("show both years' revenue").
    func withComparedValues(_ listingSQL: String, _ c: QueryIntent.EntityComparison, filters: [QueryIntent.ValueFilter]) throws -> String {
        let s = try comparedSales(c, filters: filters)
        // The listing names each row by its own key column ("product_key") or by the column listed ("subcategory").
        let alias: String
        if case .dimension(let name) = c.entity { alias = name } else { alias = String(s.outer.dim.split(separator: ".").last ?? "") }
        func column(_ p: QueryIntent.Period) -> String { s.metric.name + "_" + p.label.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined() }
        let values =
            "SELECT \(s.key) AS k, \(try conditional(s.metric.expr, s.inBaseline)) AS \(column(c.baseline)), \(try conditional(s.metric.expr, s.inPeriod)) AS \(column(c.period)) \(s.source) GROUP BY \(s.key)"
        // The difference the way it was asked: how much more, or how much less (a drop is a positive amount).
        let (later, earlier) = c.above ? (column(c.period), column(c.baseline)) : (column(c.baseline), column(c.period))
        let change = c.showChange ? ", COALESCE(v.\(later), 0) - COALESCE(v.\(earlier), 0) AS \(s.metric.name)_\(c.above ? "increase" : "drop")" : ""
        // A join keeps no order of its own: the listing's order is said again over its columns.
        let (inner, order) = orderedOutside(listingSQL)
        return "SELECT l.*, COALESCE(v.\(column(c.baseline)), 0) AS \(column(c.baseline)), COALESCE(v.\(column(c.period)), 0) AS \(column(c.period))\(change) FROM (\(inner)) l LEFT JOIN (\(values)) v ON v.k = l.\(alias)\(order)"
    }

    /// The listing without its final ORDER BY, and that order said over the listing's own columns (`l.product_name`),
    /// when every term sorts by a column it shows; otherwise the listing as it is and no outer order.
    func orderedOutside(_ sql: String) -> (String, String) {
        guard let by = sql.range(of: " ORDER BY ", options: .backwards), !sql[by.upperBound...].contains(")") else { return (sql, "") }
        var terms: [String] = []
        for term in sql[by.upperBound...].components(separatedBy: ", ") {
            var expr = term
            var suffix = ""
            for tail in [" IS NULL", " DESC"] where expr.hasSuffix(tail) {
                expr.removeLast(tail.count)
                suffix = tail
            }
            let column = String(expr.split(separator: ".").last ?? "")
            guard !column.isEmpty, column.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), sql.contains("\(expr) AS \(column)") || sql.contains(" AS \(expr)") else {
                return (sql, "")
            }
            terms.append("l.\(column)\(suffix)")
        }
        return (String(sql[..<by.lowerBound]), " ORDER BY " + terms.joined(separator: ", "))
    }

    func describeComparison(_ c: QueryIntent.EntityComparison) -> String {
        let whose: String
        switch c.entity {
        case .table(let t): whose = t
        case .dimension(let d): whose = d.replacingOccurrences(of: "_", with: " ") + " values"
        default: whose = "rows"
        }
        let multiple = c.factor == 1 ? "" : c.factor == 2 ? "twice " : c.factor == 0.5 ? "half " : "\(formatNumber(c.factor)) times "
        let relation = c.orEqual ? (c.above ? "at least" : "at most") : (c.above ? "more than" : "less than")
        var text = "only \(whose) whose \(c.metric.replacingOccurrences(of: "_", with: " ")) in \(c.period.label) was \(relation) \(multiple)that in \(c.baseline.label)"
        if c.requireBaseline && c.requirePeriod {
            text += " (only those with sales in both)"
        } else if c.requireBaseline {
            text += " (only those with sales in \(c.baseline.label))"
        } else if c.requirePeriod {
            text += " (only those with sales in \(c.period.label))"
        } else {
            text += " (no sales in a period counts as zero)"
        }
        return text
    }
}
