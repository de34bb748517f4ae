import Foundation
import SemanticModel
import Warehouse

/// "average lifetime value per customer, grouped by the year they first ordered", "avg orders per customer by
/// acquisition year": any measure of the buyers' sales, sliced by the year of each buyer's first order of all time.
/// Counting the new customers of each year stays the `newCustomers` shape; other measures take this slice instead.
extension QuestionParser {
    func readFirstOrderYearSlice(_ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.shape == .newCustomers, !intent.asPercentOfBase, let m = vocabulary.metric(named: intent.metric), m.table == vocabulary.factTable,
            !isPeopleCount(m)
        else { return }
        // "how many new customers each year, and what's their average lifetime value": the count, with each cohort's
        // average of its members' own totals beside it (the shape's builder reads an average per customer so).
        if context.peopleCounted, vocabulary.perMemberSum(of: m, per: .buyers) != nil, let count = vocabulary.metrics.first(where: { $0.table == customersTable }) {
            intent.extraMetrics = [m.name] + intent.extraMetrics.filter { $0 != m.name }
            intent.metric = count.name
            return
        }
        // Anything else would count the new customers and drop the measure asked for.
        guard intent.bucket == .year, intent.cohort == nil, intent.period == nil, intent.periods.isEmpty, intent.ranking == nil, !context.saidNew else {
            context.conflicts.append("\(m.name.replacingOccurrences(of: "_", with: " ")) of new customers (I can only count those customers)")
            return
        }
        intent.shape = .plain
        intent.bucket = nil
        intent.groupBy.append(QueryIntent.firstOrderYear)
    }
}

extension SQLBuilder {
    /// The year of the buyer's first dated order of all time, for each sales line.
    func firstOrderYearDimension() throws -> Vocabulary.Dimension {
        .init(name: QueryIntent.firstOrderYear, expr: dialect.year(try firstOrderOfBuyer()), table: vocabulary.factTable, phrases: [], isTime: false, isEnum: false)
    }
}
