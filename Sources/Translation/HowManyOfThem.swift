import Foundation
import SemanticModel

/// "Married vs single customers: how many of each, and what's their average age?": "how many" with no thing named after
/// it counts the rows the other measure is about. When that measure is over customers or products (an age, a cost), the
/// count is those rows beside it; otherwise what is counted is unclear, and the question is refused rather than
/// answered without its count.
extension QuestionParser {
    static let implicitCountWords: Set<String> = ["are", "were", "is", "was", "of", "do", "did", "there", "have", "has", "in", "per", "by", "for"]

    func countOfThem(_ q: QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.distribution == nil, intent.listing == nil, intent.shape == .plain,
            q.words.indices.contains(where: { i in q.words[i] == "how" && q[i + 1] == "many" && Self.implicitCountWords.contains(q[i + 2]) }),
            let metric = vocabulary.metric(named: intent.metric)
        else { return }
        let measures = [metric] + intent.extraMetrics.compactMap { vocabulary.metric(named: $0) }
        guard !measures.contains(where: { $0.expr.uppercased().hasPrefix("COUNT(") || $0.role == .units || isPeopleCount($0) }) else { return }
        if metric.table != vocabulary.factTable, measures.allSatisfy({ $0.table == metric.table }),
            let rows = vocabulary.metrics.first(where: { $0.table == metric.table && $0.expr.uppercased() == "COUNT(*)" })
        {
            intent.extraMetrics.insert(rows.name, at: 0)
        } else {
            context.conflicts.append("'how many' with nothing named to count beside \(metric.name.replacingOccurrences(of: "_", with: " "))")
        }
    }
}
