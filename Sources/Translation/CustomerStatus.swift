import Foundation
import Warehouse

/// "Of everyone who bought in 2013, how many were new and how many returning?", "what share of 2013 turnover came
/// from returning customers?", "revenue from new vs returning customers in December 2013": the question's buyers
/// split by when they first bought. New: their first order of all time falls in the question's period; returning:
/// it falls before. The split is a column of the sales (`QueryIntent.customerStatus`), so it composes with any
/// measure, slice or share; its cut-off is the period's first day, and without a period it is refused.
extension QuestionParser {
    static let newWords = [
        "brand new customers", "brand new buyers", "brand new", "new customers", "new buyers", "new clients", "first time customers", "first time buyers",
        "who were new that year", "who were new", "new that year",
    ]
    static let peopleNouns: Set<String> = ["customers", "buyers", "clients"]
    static let returningWords = [
        "returning customers", "returning buyers", "returning clients", "existing customers", "existing buyers", "returning",
        "had bought from us before", "had ordered from us before", "had bought before", "had ordered before", "bought from us before",
        "ordered from us before", "had already ordered from us in an earlier year", "had already ordered in an earlier year", "had ordered in an earlier year",
        "had already bought from us in an earlier year", "had already bought in an earlier year", "had bought in an earlier year", "ordered in an earlier year",
        "bought in an earlier year", "had already ordered from us in a previous year", "had already ordered in a previous year", "had ordered in a previous year",
    ]

    func parseCustomerStatus(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // Every phrase above holds one of these words: most questions hold none and are passed over at once.
        guard q.words.contains(where: { ["new", "returning", "existing", "before", "first", "earlier", "previous"].contains($0) }) else { return }
        var newAt = Self.newWords.compactMap { w in q.find(w).map { ($0, w) } }.min { $0.0 < $1.0 }
        let returningAt = Self.returningWords.compactMap { w in q.find(w).map { ($0, w) } }.min { $0.0 < $1.0 }
        // "new vs returning customers", "how many were new and how many returning": "new" set against the other kind.
        if newAt == nil, returningAt != nil,
            let i = (0..<q.count).first(where: { q[$0] == "new" && (["were", "are", "was", "is"].contains(q[$0 - 1]) || ["vs", "versus", "and", "or"].contains(q[$0 + 1])) })
        {
            newAt = (i, "new")
        }
        let status = QueryIntent.customerStatus
        // Where the first kind named starts.
        let firstKind = [newAt, returningAt].compactMap { $0?.0 }.min()
        if let first = firstKind, returningAt != nil, newAt != nil {
            // Both kinds named: one row each. ("split our revenue between new customers and returning customers".)
            intent.groupBy.append(status)
            if ["between", "into"].contains(q[first - 1]) { q.use((first - 1)..<first) }
        } else if let (i, _) = returningAt {
            intent.filters.append(.init(dimension: status, values: ["Returning"]))
            context.filterStarts[status] = i
        } else if let of = ["how many of them", "how many of those"].compactMap({ q.find($0) }).min(), of > 1, let i = firstKind, i > of {
            // "unique buyers per year, and how many of them were brand new that year": all of them and some of them,
            // which one filter cannot give.
            context.conflicts.append("a count of some of them ('\(q[i])') beside all of them (ask for each on its own)")
            return
        } else if let (i, phrase) = newAt, phrase != "new", case let noun = phrase.hasPrefix("who") && Self.peopleNouns.contains(q[i - 1]),
            ["from", "by"].contains(q[i - (noun ? 2 : 1)]) || !Self.peopleNouns.contains(String(phrase.split(separator: " ").last ?? ""))
        {
            // "revenue from new customers", "from customers who were new that year", "how many were brand new": their
            // sales or their number. ("How many new customers" counts first orders, read elsewhere.)
            intent.filters.append(.init(dimension: status, values: ["New"]))
            context.filterStarts[status] = i
            if noun { q.use((i - 1)..<i) }
        } else {
            return
        }
        // The kinds' words are claimed; a noun after them ("customers") is left for the measure, and people counted
        // here are the period's buyers.
        for (start, phrase) in [newAt, returningAt].compactMap({ $0 }) {
            var words = phrase.split(separator: " ").map(String.init)
            if let last = words.last, Self.peopleNouns.contains(last) {
                words.removeLast()
                context.statusNouns.append(start + words.count)
            }
            q.use(start..<(start + words.count))
        }
        // Whoever is split is the period's buyers, unless the question names another measure.
        context.countsBuyersByStatus = true
        _ = q.take((Self.newWords + Self.returningWords).filter { !Self.peopleNouns.contains(String($0.split(separator: " ").last ?? "")) })
        // "how many were new and how many had bought before": one count, split in two.
        if intent.groupBy.contains(status), let first = q.find("how many"), let second = (first + 2..<q.count).first(where: { q.wordsMatched("how many", at: $0) == 2 }) {
            q.use(second..<(second + 2))
        }
        claimRestatedFirstOrders(&q, &intent)
    }

    /// "(first ever order in 2013)", "people whose first order was before 2013", "who had ordered before 2013",
    /// "(their first order ever was that month)": the definition said again. Each period named in it must start on
    /// the cut-off (checked when the SQL is built), so a definition that disagrees is refused, not ignored.
    func claimRestatedFirstOrders(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        let openers = [
            "first order before", "first ever order before", "their first order ever was", "their first ever order was", "their first order was", "whose first order was", "whose first ever order was",
            "first ever order in", "first order ever in", "first ever order was", "first order ever was", "first order was", "first order in",
            "who had ordered before", "who had bought before", "had ordered before", "had bought before", "ordered before", "bought before", "ordered from us before",
            "bought from us before",
        ]
        for opener in openers {
            while let i = q.find(opener) {
                var end = i + opener.split(separator: " ").count
                var start = i
                if ["people", "customers", "those", "i", "e"].contains(q[start - 1]) { start -= 1 }
                if ["in", "before"].contains(q[end]) { end += 1 }
                if ["that"].contains(q[end]), ["month", "year", "quarter", "period"].contains(q[end + 1]) {
                    end += 2
                } else if let m = Lexicon.months[q[end]], let y = Int(q[end + 1]), q[end + 1].count == 4 {
                    intent.customerStatusStarts.append(String(format: "%04d-%02d-01", y, m))
                    end += 2
                } else if let y = Int(q[end]), q[end].count == 4 {
                    intent.customerStatusStarts.append("\(y)-01-01")
                    end += 1
                } else if let q1 = Lexicon.quarter(q[end]), let y = Int(q[end + 1]), q[end + 1].count == 4 {
                    intent.customerStatusStarts.append(String(format: "%04d-%02d-01", y, q1 * 3 - 2))
                    end += 2
                } else if !opener.hasSuffix("before") {
                    break
                }
                q.use(start..<end)
            }
        }
    }
}

extension SQLBuilder {
    /// New or returning, for each sales line: whether the buyer's first order of all time is before the cut-off.
    func customerStatusDimension() throws -> Vocabulary.Dimension {
        // By year (quarter, month): new in the period of the line when the first order falls in the same one.
        if let grain = statusGrain {
            let first = try firstOrderOfBuyer()
            let line = vocabulary.timeColumn
            func key(_ date: String) -> String {
                switch grain {
                case .year: return dialect.year(date)
                case .quarter: return "\(dialect.year(date)) * 10 + \(dialect.quarter(date))"
                default: return dialect.yearMonth(date)
                }
            }
            return .init(
                name: QueryIntent.customerStatus, expr: "CASE WHEN \(key(first)) < \(key(line)) THEN 'Returning' ELSE 'New' END", table: vocabulary.factTable,
                phrases: [], isTime: false, isEnum: true)
        }
        guard let cutoff = statusCutoff else {
            throw Failure(reason: "new or returning customers need a period that starts on a date (new: the first order of all time falls in it)")
        }
        let first = try firstOrderOfBuyer()
        return .init(
            name: QueryIntent.customerStatus, expr: "CASE WHEN \(first) < '\(cutoff)' THEN 'Returning' ELSE 'New' END", table: vocabulary.factTable,
            phrases: [], isTime: false, isEnum: true)
    }

    /// The first order date of all time of the buyer of each sales line: what new, returning and first-order-year read.
    func firstOrderOfBuyer() throws -> String {
        guard let keys = joinKeys(vocabulary.customersTable) else { throw Failure(reason: "the model has no customers joined to its sales") }
        let inner = fact.alias + "2"
        func own(_ column: String) -> String { column.replacingOccurrences(of: fact.alias + ".", with: inner + ".") }
        return "(SELECT MIN(\(own(vocabulary.timeColumn))) FROM \(fact.physical) \(inner) WHERE \(own(keys.factColumn)) = \(keys.factColumn))"
    }
}
