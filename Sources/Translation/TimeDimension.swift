import Foundation
import SemanticModel

/// "born before 1950", "shipped in January 2014", "launched each year": a date other than the
/// order date, named by the words the model gives it. Periods and time buckets then read that date.
extension QuestionParser {
    func parseTimeDimension(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        var found: [(name: String, start: Int, length: Int)] = []
        for d in vocabulary.dimensions where d.isTime && d.expr != vocabulary.timeColumn {
            for phrase in d.phrases {
                guard let i = q.find(phrase), let length = q.wordsMatched(phrase, at: i) else { continue }
                if let k = found.firstIndex(where: { $0.name == d.name }) {
                    if found[k].length < length { found[k] = (d.name, i, length) }
                } else {
                    found.append((d.name, i, length))
                }
            }
        }
        // "need the name and date of birth", "give names and birth dates": a date shown beside the rows is read with the
        // other columns shown (a period or grain on it says when: "born before 1950", "by birth date").
        let periodWords: Set<String> = ["before", "after", "in", "since", "between", "from", "on", "of", "until", "during", "prior", "is", "was"]
        found.removeAll { f in
            var k = f.start - 1
            while ["their", "its", "the", "his", "her"].contains(q[k]) { k -= 1 }
            let next = q[f.start + f.length]
            // "the 3 youngest customers, going by date of birth": what "youngest" ranks by, said outright.
            // ("our 10 oldest customers by date of birth": right after the ranked rows, the same.)
            if q[k] == "by", ["going", "judging", "ranked", "sorted"].contains(q[k - 1]) || (q.has(anyOf: ["youngest", "oldest"]) && (k - 3..<k).contains(where: { ["youngest", "oldest"].contains(q[$0]) })),
                q.has(anyOf: ["youngest", "oldest"]),
                let d = vocabulary.dimension(named: f.name),
                vocabulary.dimensions.contains(where: { $0.role == .age && $0.table == d.table && $0.expr.contains(d.expr) })
            {
                return true
            }
            // "..., and what is their birth date": asked to be shown. ("who placed an order in January 2014": that period is
            // the orders'.)
            let shown =
                ["and", "with", "plus", "showing", "include", "including"].contains(q[k]) || (["is", "was", "are", "were"].contains(q[k]) && q[k - 1] == "what")
                || q.has(anyOf: ["placed an order in", "placed orders in", "ordered in", "bought in", "purchased in", "bought something in", "ordered during", "bought during"])
            return shown && !periodWords.contains(next) && Int(next) == nil && Lexicon.months[next] == nil
        }
        guard !found.isEmpty else { return }
        // A measure that is itself about these dates ("days from order to shipment") reads them, not a period.
        let metricColumns = Set(vocabulary.metrics.filter { m in m.phrases.contains { q.has($0) } }.flatMap(\.columns))
        let named = found.filter { f in !(vocabulary.dimension(named: f.name)?.columns.isSubset(of: metricColumns) ?? false) }
        if named.count > 1 {
            context.conflicts.append("two dates (\(named.map { $0.name.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")))")
            return
        }
        guard let f = named.first else { return }
        // "customers born in the 80s: how many ordered in 2013": the period said right after another table's date is
        // on that date, a filter of its rows; a second period in the question is the orders' own, as usual.
        if let d = vocabulary.dimension(named: f.name), d.table != vocabulary.factTable {
            let after = f.start + f.length
            var words = q
            // ("born in the 80s": the decade of the century the date's own words say, read here without them.)
            for k in after..<(after + 3) where words[k].count == 3 && words[k].hasSuffix("0s") && Int(words[k].dropLast()).map({ (30...90).contains($0) }) == true {
                words.replace(k..<(k + 1), with: ["19" + words[k]])
            }
            let window = [after, after + 1, after + 2].lazy.compactMap { self.periodWindow(words, from: $0) }.first { w in
                (after..<w.words[0]).allSatisfy { ["in", "the", "during", "of"].contains(words[$0]) }
            }
            // ("born in 1980 vs 1990": two periods of the same date, compared.)
            if let w = window, !["vs", "versus", "and", "or", "compared", "against"].contains(q[w.words.last! + 1]) {
                // ("launched in 2013 (product start date in 2013)": the same period said twice is one.)
                let said = Set(w.words.map { q[$0] })
                let outside = (0..<q.count).filter { ($0 < f.start || $0 > w.words.last!) && !said.contains(q[$0]) }
                let otherPeriod = outside.contains { k in
                    Lexicon.year(q[k]) != nil || Lexicon.months[q[k]] != nil || Lexicon.quarter(q[k]) != nil || ["h1", "h2", "ytd"].contains(q[k])
                        || (["last", "this", "previous"].contains(q[k]) && ["year", "quarter", "month"].contains(q[k + 1]))
                }
                if otherPeriod {
                    intent.dateFilters.append(.init(column: f.name, period: w.period))
                    q.use(f.start..<(w.words.last! + 1))
                    return
                }
            }
        }
        intent.timeDimension = f.name
        q.use(f.start..<(f.start + f.length))
        // "launched in 2013 (product start date in 2013)": every name of the same date is read.
        _ = q.take(vocabulary.dimension(named: f.name)?.phrases ?? [])
        // "go by the ship date, not the order date": the date set aside is said too.
        let orderDate = vocabulary.dimensions.first { $0.isTime && $0.expr == vocabulary.timeColumn }?.phrases ?? []
        _ = q.take(orderDate.flatMap { ["not the \($0)", "not \($0)", "rather than the \($0)", "rather than \($0)", "instead of the \($0)", "instead of \($0)"] })
        _ = q.take(["not the order date", "not order date", "rather than the order date", "instead of the order date"])
    }
}
