import Foundation
import SemanticModel

/// "what % of customers in each age band bought clothing: under 30, 30-44, 45-59, 60 and over": bands the question
/// gives are a grouping like any column. The breakdowns, shares and rankings write them in place (they show the
/// labels and can leave the unknown row out); every other shape takes them as one more dimension of the model, a
/// CASE over the banded column, so no shape needs code of its own for bands.
extension SQLBuilder {
    /// The shapes that write a band's CASE themselves.
    func bandBuiltInPlace(_ intent: QueryIntent) -> Bool {
        guard let band = intent.band else { return true }
        let shapeFits: Bool = {
            if case .shareOf = intent.shape { return intent.ranking == nil }
            return intent.shape == .plain || intent.shape == .share
        }()
        // (A ranking restarts in each band.)
        let rankingFits = intent.ranking.map { $0.perDimension == nil && $0.withinBucket == nil && intent.bucket == nil && $0.count > 0 } ?? true
        // Bands of a per-entity measure and bands named against each other (no unknown row) stay with those shapes.
        return (shapeFits && rankingFits && intent.perEntity == nil) || band.perEntity != nil || band.namedOnly
    }

    /// The intent with its band as a grouping by a new dimension, this builder knowing it, and the labels in words.
    mutating func addBandDimension(_ band: QueryIntent.Band, to intent: QueryIntent) throws -> (QueryIntent, String) {
        let column = try dimension(band.column)
        let name = "\(column.name)_band"
        guard vocabulary.dimension(named: name) == nil else { throw Failure(reason: "a band of \(column.name) named like a column of the model") }
        vocabulary.dimensions.append(
            .init(name: name, expr: bandCase(column.expr, band), table: column.table, phrases: [], isTime: false, isEnum: false, columns: column.columns))
        var intent = intent
        intent.band = nil
        intent.groupBy.append(name)
        return (intent, " (\(name.replacingOccurrences(of: "_", with: " "))s: \(band.labels.joined(separator: ", ")))")
    }
}
