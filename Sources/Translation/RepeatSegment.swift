/// "repeat buyers vs one-time buyers", "repeat (2+ orders) vs one-off customers": the customers split by their own
/// number of orders of all time, as a slice that any measure can be broken down by (their share of revenue, their
/// average order value, their revenue per customer). A band of each customer's order count, cut at two.
extension QuestionParser {
    static let repeatWords = ["repeat buyers", "repeat customers", "repeat clients", "repeat shoppers", "repeat purchasers", "repeat"]
    static let oneTimeWords = [
        "one time buyers", "one time customers", "one time clients", "one off buyers", "one off customers", "one off clients",
        "single order buyers", "single order customers", "once only buyers", "one timers", "one time", "one off",
    ]

    func parseRepeatSegment(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.band == nil, Self.repeatWords.contains(where: q.has), Self.oneTimeWords.contains(where: q.has),
            let orders = vocabulary.orderCount
        else { return }
        intent.band = .init(column: orders.name, cuts: [2], labels: ["one-time buyers", "repeat buyers"], perEntity: customersTable)
        // "repeat buyers (2+ orders)", "one-off buyers (exactly one order)": a definition right after the group restates it;
        // any other mention of orders is left to be read as the measure.
        let definitions = [
            "2 or more orders", "two or more orders", "2 orders or more", "at least 2 orders", "at least two orders", "more than one order",
            "exactly one order", "exactly 1 order", "only one order", "a single order", "1 order", "one order", "2 orders",
        ]
        for phrase in (Self.repeatWords + Self.oneTimeWords).sorted(by: { $0.count > $1.count }) {
            while let i = q.find(phrase) {
                let end = i + phrase.split(separator: " ").count
                q.use(i..<end)
                if let definition = definitions.first(where: { q.wordsMatched($0, at: end) != nil }) { q.use(end..<(end + definition.split(separator: " ").count)) }
            }
        }
        _ = q.take(["vs", "versus", "compared with", "compared to", "against"])
    }
}
