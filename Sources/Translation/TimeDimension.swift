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
