import Foundation
import SemanticModel

/// "On average, how many orders does a buyer place", "average number of units per order", "average
/// spend per accessory buyer": a measure computed for each customer, product or order, then averaged
/// over them. Read before slices, so "per order" is the entity of the average, not a breakdown.
extension QuestionParser {
    static let entityWords: [String: QueryIntent.PerEntity] = [
        "customer": .customer, "customers": .customer, "buyer": .customer, "buyers": .customer, "client": .customer,
        "clients": .customer, "shopper": .customer, "shoppers": .customer,
        "order": .order, "orders": .order, "basket": .order, "baskets": .order,
        "product": .product, "products": .product,
    ]

    /// What a customer does, or an order holds, per entity: "do customers place", "do orders contain".
    static let entityVerbs: Set<String> = ["place", "make", "spend", "buy", "purchase", "order", "contain", "have", "include", "generate", "bring", "pay"]

    static let summaryWords: [String: String] = [
        "lowest": "MIN", "smallest": "MIN", "minimum": "MIN", "min": "MIN",
        "highest": "MAX", "largest": "MAX", "biggest": "MAX", "maximum": "MAX", "max": "MAX",
        "average": "AVG", "mean": "AVG", "avg": "AVG",
    ]

    /// "the smallest, largest and average order value per year", "min, max and avg spend per customer by country": a list
    /// of aggregates with an average among them is a summary of per-entity values, read before rankings so that its
    /// "largest" is not a top 1 of the slices. The measure is then each order's (customer's) own value.
    func readSummaryList(_ q: inout QuestionWords, _ context: inout Context) {
        readLargestOrderValue(&q, &context)
        readMostByAnyOne(&q, &context)
        guard context.summaryList == nil, let list = summaryList(q), list.contains(where: { $0.1 == "AVG" }), let last = list.last?.0 else { return }
        // "the average, lowest and highest product cost": a column's own values, left to the column aggregates.
        if (last + 1...last + 3).contains(where: { k in dimensionSaid(q.words, k).flatMap { vocabulary.dimension(named: $0.name) }.map { !$0.isEnum && !$0.isTime } ?? false }) {
            return
        }
        for (i, _) in list where q.isFree(i) { q.use(i..<(i + 1)) }
        context.summaryList = list.map(\.1)
        // "order values": the value of each order, that is its revenue, summarised over orders.
        if q.words.indices.contains(where: { $0 > last && q[$0] == "order" && ["value", "values", "size", "sizes", "amount", "amounts", "totals", "total"].contains(q[$0 + 1]) }),
            let i = q.words.indices.first(where: { $0 > last && q[$0] == "order" })
        {
            q.replace(i..<(i + 2), with: ["revenue", "per", "order"])
        }
    }

    /// "what was the value of our largest single order in each year", "the biggest order value per month": the value
    /// asked for, not which order it was, so the highest of each order's revenue (one row per slice, however many orders
    /// tie on it).
    func readLargestOrderValue(_ q: inout QuestionWords, _ context: inout Context) {
        guard !q.words.contains("which"), !q.has("order number"), !q.has("order numbers") else { return }
        for i in 0..<q.count {
            guard let aggregate = Self.summaryWords[q[i]], aggregate != "AVG" else { continue }
            var k = i + 1
            if q[k] == "single" { k += 1 }
            guard q[k] == "order" else { continue }
            let valueAfter = ["value", "amount", "total"].contains(q[k + 1])
            var v = i - 1
            while ["the", "our", "a"].contains(q[v]) { v -= 1 }
            let valueBefore = q[v] == "of" && ["value", "amount", "total", "size"].contains(q[v - 1])
            // "the biggest order we've ever had, by value. Just the amount.": the value, said after the order.
            var b = k + 1
            while ["we", "ve", "have", "has", "had", "ever", "placed", "received", "got", "taken", "took", "seen"].contains(q[b]) { b += 1 }
            let byValue = q[b] == "by" && ["value", "revenue", "amount"].contains(q[b + 1]) && q.has(anyOf: ["just the amount", "just the value", "only the amount", "only the value", "just the figure", "just the number"])
            guard valueAfter || valueBefore || byValue else { continue }
            context.summaryList = [aggregate]
            if byValue {
                q.replace(i..<(b + 2), with: ["revenue", "per", "order"])
                _ = q.take(["just the amount", "just the value", "only the amount", "only the value", "just the figure", "just the number"])
                return
            }
            q.replace(valueAfter ? i..<(k + 2) : (v - 1)..<(k + 1), with: ["revenue", "per", "order"])
            return
        }
    }

    /// "the highest number of orders any single customer has placed", "the most units bought by one customer": the value
    /// asked for, the highest (lowest) of each one's own total, not which customer it was (many may tie on it).
    func readMostByAnyOne(_ q: inout QuestionWords, _ context: inout Context) {
        guard context.summaryList == nil, !q.words.contains(where: { ["which", "who", "whom", "whose"].contains($0) }) else { return }
        let extremes = Self.summaryWords.merging(["most": "MAX", "fewest": "MIN", "greatest": "MAX"]) { a, _ in a }
        for i in 0..<q.count {
            guard let aggregate = extremes[q[i]], aggregate != "AVG" else { continue }
            var k = i + 1
            if q[k] == "number", q[k + 1] == "of" { k += 2 }
            let measure = k
            // The measure's words, up to who it is of: "... any (single) customer", "... by a single customer".
            while k < min(q.count, measure + 4), !["that", "any", "by", "from", "for", "of", "per", "in", "on"].contains(q[k]) { k += 1 }
            guard k > measure, k < q.count else { continue }
            var e = k
            if q[e] == "that" { e += 1 }
            guard ["any", "by", "from", "for", "in", "on"].contains(q[e]) else { continue }
            let anyOne = q[e] == "any"
            e += 1
            while ["a", "one", "single", "any", "individual"].contains(q[e]) { e += 1 }
            // ("by a customer" without "one" or "any" is not said of one: "the most orders by a customer in France".)
            guard anyOne || ["one", "single", "individual"].contains(q[e - 1]) else { continue }
            let entity: String
            if Lexicon.peopleWords.contains(q[e]) || ["buyer", "shopper"].contains(q[e]) {
                entity = "customer"
            } else if ["order", "basket"].contains(q[e]) {
                entity = "order"
            } else if ["product", "item"].contains(q[e]) {
                entity = "product"
            } else {
                continue
            }
            e += 1
            while ["has", "have", "had", "ever"].contains(q[e]) { e += 1 }
            if ["placed", "made", "bought", "ordered", "purchased", "spent", "generated", "sold", "got", "received"].contains(q[e]) { e += 1 }
            context.summaryList = [aggregate]
            q.replace(i..<e, with: Array(q.words[measure..<k]) + ["per", entity])
            return
        }
    }

    /// A ratio measure's numerator, as the model's own measure of that total, and its denominator's expression
    /// ("SUM(sales_amount) * 1.0 / COUNT(DISTINCT customer_key)": revenue, and the count of customers).
    func ratioParts(_ metric: Vocabulary.Metric) -> (base: Vocabulary.Metric, denominator: String)? {
        guard let slash = metric.expr.range(of: "/") else { return nil }
        let numerator = metric.expr[..<slash.lowerBound].replacingOccurrences(of: "* 1.0", with: "").trimmingCharacters(in: .whitespaces)
        guard let base = vocabulary.metrics.first(where: { $0.table == metric.table && $0.expr == numerator }) else { return nil }
        return (base, metric.expr[slash.upperBound...].trimmingCharacters(in: .whitespaces))
    }

    /// "spend per customer", "average order value": a ratio of a sales total to the number of customers (orders) is each
    /// one's own total, averaged; the total and the entity it is per, when the model's measures say so.
    func perEntityOfRatio(_ metric: Vocabulary.Metric) -> (base: Vocabulary.Metric, entity: QueryIntent.PerEntity)? {
        guard let (base, denominator) = ratioParts(metric),
            let counted = vocabulary.metrics.first(where: { $0.table == metric.table && $0.expr == denominator })
        else { return nil }
        switch counted.role {
        case .buyers: return (base, .customer)
        case .orders: return (base, .order)
        default: return nil
        }
    }

    /// The aggregate words of a list ("the lowest, the highest and the average"), each with its position, when they form one.
    /// Joined as a list: each aggregate word is at most "and the" / "the" / "," after the previous one, and the last two are
    /// joined by "and" ("the highest average spend" is one ranked average). With `wholeQuestion`, an aggregate word
    /// anywhere after the list means there is none; otherwise the list is the first run of them.
    func summaryList(_ q: QuestionWords, wholeQuestion: Bool = false) -> [(Int, String)]? {
        var found: [(Int, String)] = []
        for i in 0..<q.count {
            guard let aggregate = Self.summaryWords[q[i]] else { continue }
            if let last = found.last, !((last.0 + 1)...(last.0 + 3)).contains(i) {
                if wholeQuestion { return nil }
                break
            }
            if !found.contains(where: { $0.1 == aggregate }) { found.append((i, aggregate)) }
        }
        guard found.count >= 2, found.contains(where: { $0.1 != "AVG" }),
            ((found[found.count - 2].0 + 1)..<found[found.count - 1].0).contains(where: { ["and", "or", "plus"].contains(q[$0]) })
        else { return nil }
        return found
    }

    /// "the lowest, the highest and the average": a list of aggregates of the per-entity values. Read only as a list
    /// (two or more, joined by commas or "and"), so "the highest average spend per customer" stays a ranking.
    func parseSummary(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        // (The words may have been read as an order, "highest first", before the list was seen: the list is what they say.)
        guard !intent.median, intent.ranking == nil, let found = summaryList(q, wholeQuestion: true) else { return }
        for (i, _) in found where q.isFree(i) { q.use(i..<(i + 1)) }
        intent.summary = found.map(\.1)
    }

    func parsePerEntity(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        guard intent.metric.isEmpty || intent.extraMetrics.isEmpty else { return }
        // The averaging word, unless it starts a measure of its own ("average order value").
        func startsMeasure(_ i: Int) -> Bool {
            vocabulary.metrics.contains { m in m.phrases.contains { $0.hasPrefix(q[i] + " ") && q.wordsMatched($0, at: i) != nil } }
        }
        guard let a = (0..<q.count).first(where: { i in q.isFree(i) && ["average", "mean", "typical", "median"].contains(q[i]) && !startsMeasure(i) })
        else {
            // "clothing revenue per clothing buyer", "orders per customer", "revenue per order": a measure per person or order is its average.
            for i in 0..<q.count where q.isFree(i) && q[i] == "per" {
                let qualified = valueAt(q, i + 1) != nil
                let at = qualified ? i + 2 : i + 1
                // "per customer country": the entity word qualifies a dimension, which is the slice.
                guard let entity = Self.entityWords[q[at]], q.isFree(at), dimensionNamed(q.words, at + 1) == nil else { continue }
                // "revenue per product by subcategory", "which subcategory earns the most revenue per product": per product
                // beside a slice of the products is each slice's average ("revenue per product" alone is a breakdown).
                if entity == .product {
                    let sliced = (0..<q.count).contains { k in
                        k != at && q.isFree(k) && dimensionNamed(q.words, k).flatMap { vocabulary.dimension(named: $0) }?.table == productsTable
                    }
                    guard sliced else { continue }
                }
                // "revenue per order": a measure right before says what is averaged per order (or per product).
                if entity != .customer && !vocabulary.metrics.contains(where: { m in m.table == vocabulary.factTable && m.phrases.contains(q[i - 1]) }) { continue }
                intent.perEntity = entity
                q.use(i..<(i + 1))
                q.use(at..<(at + 1))
                return
            }
            return
        }
        // "the median lifetime spend of our customers", "median CLV": a lifetime measure is each customer's own.
        if q.words.contains(where: { ["lifetime", "clv", "ltv"].contains($0) }), q.words.contains(where: { Self.entityWords[$0] == .customer }) {
            intent.perEntity = .customer
            intent.median = q[a] == "median"
            q.use(a..<(a + 1))
            // "total revenue per customer" said as the definition: each customer's value is the ratio's numerator.
            if let m = vocabulary.metric(named: intent.metric), let (base, _) = ratioParts(m) { intent.metric = base.name }
            for (word, entity) in Self.entityWords where entity == .customer {
                _ = q.take(["of our \(word)", "of all \(word)", "of a \(word)", "of an \(word)", "of \(word)", "per \(word)", "each \(word)", "our \(word)", word])
            }
            return
        }
        // "per buyer", "each customer", "does a customer", "an average order": the entity.
        for i in 0..<q.count where q.isFree(i) {
            guard let entity = Self.entityWords[q[i]], dimensionNamed(q.words, i + 1) == nil else { continue }
            let cues: Set<String> = ["per", "each", "every", "a", "an"]
            // "does an Australian customer place": a value between the cue and the entity qualifies the entity, and stays a filter.
            let qualified = !cues.contains(q[i - 1]) && cues.contains(q[i - 2]) && valueAt(q, i - 1) != nil
            let before = qualified ? q[i - 2] : q[i - 1]
            // "how many orders do our customers place on average": the plural, with the verb the singular takes.
            let doesWords = ["our", "the", "your"].contains(q[i - 1]) ? i - 2 : i - 1
            // ("did customers in France spend": a place between them qualifies the people.)
            let verbAt = ["in", "from"].contains(q[i + 1]) ? ((i + 2)..<(i + 5)).first { Self.entityVerbs.contains(q[$0]) } : i + 1
            // (Only with "on average": "what did buyers in each country purchase, and the average selling price" is not it.)
            let plural = ["do", "did"].contains(q[doesWords]) && q[i].hasSuffix("s") && verbAt.map { Self.entityVerbs.contains(q[$0]) } == true && q.has("on average")
            let cue = cues.contains(before) || (i == a + 1 && entity == .order) || plural
            guard cue else { continue }
            intent.perEntity = entity
            intent.median = q[a] == "median"
            q.use(a..<(a + 1))
            q.use(i..<(i + 1))
            if cues.contains(before) { q.use((qualified ? i - 2 : i - 1)..<(qualified ? i - 1 : i)) } else if plural { q.use(doesWords..<i) }
            _ = q.take(["on average", "on an average"])
            if entity == .order { _ = q.take(["basket size", "basket", "order size", "size"]) }
            // "... - meaning the average number of units per order": the same average, restated.
            let words = Self.entityWords.filter { $0.value == entity }.keys.map { $0 }
            _ = q.take(words.flatMap { ["per \($0)", "each \($0)", "a \($0)", "an \($0)"] })
            // (Not the first word of a measure of its own: "the average order value and how many orders a buyer places on average".)
            for k in 0..<q.count where q.isFree(k) && ["average", "mean"].contains(q[k]) && !startsMeasure(k) { q.use(k..<(k + 1)) }
            return
        }
        for i in 0..<q.count where q.isFree(i) && q[i] == "per" {
            // "average accessories spend per accessory buyer"
            if let entity = Self.entityWords[q[i + 2]], valueAt(q, i + 1) != nil {
                intent.perEntity = entity
                intent.median = q[a] == "median"
                q.use(a..<(a + 1))
                q.use(i..<(i + 1))
                q.use((i + 2)..<(i + 3))
                return
            }
        }
    }
}
