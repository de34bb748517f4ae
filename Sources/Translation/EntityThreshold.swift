import Foundation
import SemanticModel

/// "the average age of customers who have spent more than 5,000", "how many customers placed more
/// than 25 orders": a threshold on each customer's (or product's) own total, used as a filter on
/// who is counted or averaged. The measure compared is the one named at the threshold ("spent",
/// "orders", "units"), not the one reported.
extension QuestionParser {
    /// The fact table's column that references a dimension table ("f.product_key").
    func joinKeys(_ table: String) -> String? { vocabulary.joinColumns(of: table)?.fact }

    /// "customers who placed ...", "buyers with ...", "clients having ...": people named just before the threshold,
    /// as the ones whose own totals are compared.
    func thresholdSaidOfPeople(_ q: QuestionWords, _ span: Range<Int>) -> Int? {
        (max(0, span.lowerBound - 5)..<span.lowerBound).first { k in
            Lexicon.peopleWords.contains(q[k]) && ["who", "with", "that", "having", "whose"].contains(q[k + 1])
        }
    }

    /// "more than 2 helmets", "3 or more bike products": whether the words from `start` name things of the catalogue (its
    /// values, then a word for products), and where those values end.
    func namesProducts(_ q: QuestionWords, from start: Int) -> (names: Bool, end: Int) {
        var k = start
        while let (value, n) = valueSpan(q, k), vocabulary.dimension(named: value.dimension)?.table == productsTable { k += n }
        return (k > start || Lexicon.productWords.contains(q[k]), k)
    }

    /// "For each marital status, what percentage of buyers placed 3 or more orders", "what % of buyers in each country
    /// ...": the people of each group, named right after the share (the group said first, or right after them).
    private func sharesOutEachGroup(_ q: QuestionWords, from start: Int, group: String, _ context: Context) -> Bool {
        var k = start
        while ["the", "our", "all"].contains(q[k]) { k += 1 }
        guard Lexicon.peopleWords.contains(q[k]) else { return false }
        if context.leadingEach == group { return true }
        // ("what share of buyers only ever placed one order? Break it down by marital status": a breakdown said after the
        // people and what they did is of them too.)
        if let span = context.thresholdSpan, (span.upperBound..<max(span.upperBound, q.count)).contains(where: { ["by", "per"].contains(q[$0]) && dimensionNamed(q.words, $0 + 1) == group }) {
            return true
        }
        return ["in", "from", "of"].contains(q[k + 1]) && ["each", "every"].contains(q[k + 2]) && dimensionNamed(q.words, k + 3) == group
    }

    func entityThreshold(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // "what % of customers spent more than 5,000", "what share of orders were worth over 2,000": the percentage is of the
        // customers (orders) named after it; the measure the verb names is each one's total, compared with the threshold.
        // "Of the customers who ordered in 2013, what percentage ...": the things shared out are named first.
        if context.shareRequested, case .threshold(_, _, false, _) = intent.shape, let span = context.thresholdSpan,
            let p = q[0] == "of" ? 0 : (0..<span.lowerBound).first(where: { Self.percentWords.contains(q[$0]) })
        {
            var k = p + 1
            // ("what percentage of 2013 buyers placed 2 or more orders": the year is the period, said before the buyers.)
            while ["of", "our", "all", "the", "those", "these"].contains(q[k]) || Lexicon.year(q[k]) != nil { k += 1 }
            let counted = Lexicon.peopleWords.contains(q[k]) ? buyersMetric : ["orders", "baskets"].contains(q[k]) ? vocabulary.orderCount : nil
            if let counted, k < span.lowerBound, counted.name != intent.metric, vocabulary.metric(named: intent.metric)?.table == vocabulary.factTable {
                intent.metric = counted.name
                q.use(k..<(k + 1))
            }
        }
        // "which French customers bought more than 2 bikes": each listed customer counts as one person, so a count of
        // people is no threshold for them; the things named after the number are what each one bought.
        if case .threshold = intent.shape, let span = context.thresholdSpan, intent.ranking?.count == 0, intent.ranking?.entity == .table(customersTable),
            let m = vocabulary.metric(named: intent.metric), isPeopleCount(m)
        {
            // ("... more than 2 different bikes": distinct products, counted as the later threshold reading counts them.)
            let distinct = ["different", "distinct", "unique", "separate"].contains(q[span.upperBound])
            let products = vocabulary.metrics.first { $0.table == vocabulary.factTable && countedTable($0) == productsTable }
            if distinct, namesProducts(q, from: span.upperBound + 1).names, let products {
                intent.metric = products.name
                q.use(span.upperBound..<(span.upperBound + 1))
            } else if !distinct, namesProducts(q, from: span.upperBound).names, let units = vocabulary.metric(role: .units) {
                intent.metric = units.name
            } else {
                context.conflicts.append("a count of people compared for each customer")
            }
        }
        // "which customers have had an order with 8 or more lines", "which customers placed an order worth over 3,000": the
        // threshold is on one order of theirs, which a list of each one's own total does not say.
        if case .threshold = intent.shape, let span = context.thresholdSpan, intent.ranking?.count == 0,
            (max(1, span.lowerBound - 5)..<max(1, span.lowerBound)).contains(where: { k in
                ["order", "basket", "purchase"].contains(q[k]) && ["an", "a", "one", "single", "any"].contains(q[k - 1])
            }), !q.words.contains(where: { ["total", "combined", "altogether", "lifetime"].contains($0) })
        {
            context.conflicts.append("a list of the ones with an order passing a threshold (ask how many had such an order)")
            return
        }
        // ("the top 10 customers by revenue, of those who ordered at least 3 times": a number of times is never the measure
        // ranked, so it filters whose totals are ranked.)
        let timesSaid = (context.thresholdSpan.map { q[$0.upperBound] == "times" } ?? false) && (intent.ranking?.count ?? 0) > 0
        // "top 5 products by units among customers who ordered only once": the threshold is each customer's, which a
        // ranking of other things would apply to its own totals instead.
        if case .threshold = intent.shape, let span = context.thresholdSpan, let r = intent.ranking, !timesSaid, thresholdSaidOfPeople(q, span) != nil,
            r.entity != .table(customersTable)
        {
            context.conflicts.append("a threshold on each customer's own total beside a ranking of something else")
            return
        }
        guard case .threshold(let above, let value, let percent, let orEqual) = intent.shape, !percent, let span = context.thresholdSpan,
            intent.ranking == nil || timesSaid, intent.periods.isEmpty,
            let metric = vocabulary.metric(named: intent.metric)
        else { return }
        // Whose totals: the people or things the reported measure is about.
        var table: String
        var key: String? = nil
        var ofPeople: Int? = nil
        let countsProducts = countedTable(metric) == productsTable
        if isPeopleCount(metric) || metric.table == customersTable {
            table = customersTable
        } else if metric.table == vocabulary.factTable, let k = thresholdSaidOfPeople(q, span) {
            // "revenue from customers who placed at least 2 orders", "average order value for customers with 3+ orders":
            // a sales measure over the sales of the people whose own total passes.
            table = customersTable
            ofPeople = k
        } else if metric.table == productsTable || countsProducts {
            table = productsTable
        } else if metric.table == vocabulary.factTable, let column = vocabulary.distinctColumn(of: metric) {
            // "how many orders were worth more than 2,500", "how many days took more than 50k": whatever the measure
            // counts distinctly (an order number, a date) is the entity whose own total is compared.
            table = vocabulary.factTable
            key = column
        } else {
            return
        }
        // The compared measure, named right after the number or by the verb before the threshold.
        var compared: Vocabulary.Metric?
        // "customers who bought from more than one category": the number of different values each one's purchases have,
        // for the people (products) on the other side of the sale from the column.
        if let name = context.thresholdValues, let d = vocabulary.dimension(named: name) {
            guard let counted = vocabulary.metric(named: "number_of_\(name)_sold"), d.table != table, key == nil else {
                context.conflicts.append("a number of different \(name.replacingOccurrences(of: "_", with: " ")) values for each \(table == customersTable ? "customer" : "product") of that same \(name.replacingOccurrences(of: "_", with: " "))")
                return
            }
            compared = counted
        }
        // "ordered in at least 3 different months": each one's number of months (days) with sales.
        if let name = context.thresholdPeriods {
            guard key == nil, let counted = vocabulary.metric(named: name) else {
                context.conflicts.append("a \(name.replacingOccurrences(of: "_", with: " ")) threshold for each order or date")
                return
            }
            compared = counted
        }
        // "more revenue than the average product": the measure named between the comparison and "than".
        // ("spent more than the average buyer": the buyer is whose average it is, not a count compared.)
        if let words = context.averageMeasure {
            compared = vocabulary.metrics.first { m in
                m.table == vocabulary.factTable && countedTable(m) != table && m.phrases.contains { q.wordsMatched($0, at: words.lowerBound) == words.count }
            }
            if compared != nil { q.use(words) }
        }
        // "customers with an order over 3,000": the value of one order, not a number of orders.
        if table == customersTable, ["order", "basket", "purchase"].contains(q[span.lowerBound - 1]), ["an", "a", "one", "single", "any"].contains(q[span.lowerBound - 2]),
            let takings = vocabulary.metric(role: .revenue)
        {
            compared = takings
        }
        // "bought more than 2 helmets", "3 or more different bike products": things of the other table named after the
        // number are counted in units, or as distinct things when "different" says so.
        if compared == nil, table == customersTable {
            var k = span.upperBound
            let distinct = ["different", "distinct", "unique", "separate"].contains(q[k])
            if distinct { k += 1 }
            let (namesProducts, end) = self.namesProducts(q, from: k)
            k = end
            // "which countries have more than 1,000 different clothing buyers": the people themselves are what is counted,
            // a threshold on each group's count, not on each customer's purchases.
            if namesProducts, Lexicon.peopleWords.contains(q[k]), !intent.groupBy.isEmpty, isPeopleCount(metric) { return }
            if namesProducts {
                if distinct {
                    compared = vocabulary.metrics.first { $0.table == vocabulary.factTable && countedTable($0) == productsTable }
                    if compared != nil { q.use(span.upperBound..<(span.upperBound + 1)) }
                } else {
                    compared = vocabulary.metric(role: .units)
                }
                if Lexicon.productWords.contains(q[k]), q.isFree(k) { q.use(k..<(k + 1)) }
            }
        }
        // "ordered 3 or more times", "bought only once": a number of orders, for people; for products "sold 100 times"
        // could be orders, order lines or units, so it is not guessed.
        if q[span.upperBound] == "times" || ["once", "twice"].contains(q[span.upperBound - 1]) {
            guard table == customersTable, let orders = vocabulary.orderCount else {
                context.conflicts.append("a number of times for something other than customers (orders, order lines or units?)")
                return
            }
            compared = orders
            if q[span.upperBound] == "times" { q.use(span.upperBound..<(span.upperBound + 1)) }
        }
        // "product lines with at least 50 products": the things the reported count counts, named after the number, are that
        // count, compared per group ("lines" before it is the groups, not order lines).
        if compared == nil, !intent.groupBy.isEmpty, let counted = countedTable(metric) ?? (metric.table != vocabulary.factTable ? metric.table : nil),
            let words = vocabulary.tables[counted].map({ Set($0.synonyms + [$0.name + "s"]).union(counted == productsTable ? Lexicon.productWords : Lexicon.peopleWords) }),
            words.contains(q[span.upperBound])
        {
            return
        }
        for k in [span.upperBound, span.upperBound + 1, span.upperBound + 2, span.lowerBound - 1, span.lowerBound - 2, span.lowerBound - 3] where compared == nil {
            let word = q[k]
            // (A count of the very things compared, "buyers" for each buyer, is always one: not what is compared.)
            if let m = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && ($0.phrases.contains(word) || $0.phrases.contains(word + "s")) }),
                m.name != metric.name || isPeopleCount(metric), key != nil || countedTable(m) != table
            {
                compared = m
                if q.isFree(k) { q.use(k..<(k + 1)) }
                break
            }
        }
        // "did we take more than 50k", "brought in over 70k": a phrase of several words, or a verb of takings, before the number.
        if compared == nil {
            for m in vocabulary.metrics where m.table == vocabulary.factTable && compared == nil {
                for phrase in m.phrases where phrase.contains(" ") {
                    let n = phrase.split(separator: " ").count
                    if let k = [span.lowerBound - n, span.upperBound].first(where: { q.wordsMatched(phrase, at: $0) == n }) {
                        compared = m
                        q.use(k..<(k + n))
                        break
                    }
                }
            }
        }
        // "how many orders over 2,000": the number right after the thing counted is each one's value, not a count of it.
        if compared == nil, key != nil, let reported = vocabulary.metric(named: intent.metric), reported.phrases.contains(q[span.lowerBound - 1]),
            let takings = vocabulary.metric(role: .revenue)
        {
            compared = takings
        }
        let spent = table == customersTable && ["spent", "spend", "spends", "paid"].contains(q[span.lowerBound - 1])
        if compared == nil, spent || ["take", "took", "taken", "bring", "bring in", "make", "made", "generate", "generated", "do", "did", "earn", "earned"].contains(q[span.lowerBound - 1]),
            let takings = vocabulary.metric(role: .revenue)
        {
            compared = takings
            q.use((span.lowerBound - 1)..<span.lowerBound)
        }
        // "units per country from clients who spent more than 5,000": the measure said at the threshold was read as the
        // one reported; said of people, it is what each one's total is compared on, and the other measure is reported.
        if compared == nil, ofPeople != nil {
            let near = [span.lowerBound - 1, span.lowerBound - 2, span.upperBound, span.upperBound + 1]
            if let m = vocabulary.metric(named: intent.metric), m.table == vocabulary.factTable,
                near.contains(where: { k in m.phrases.contains(q[k]) || m.phrases.contains(q[k] + " " + q[k + 1]) })
            {
                compared = m
                if !intent.extraMetrics.isEmpty { intent.metric = intent.extraMetrics.removeFirst() }
            }
        }
        guard let compared else { return }
        // "customers who spent more than 5,000", "customers who bought 3 or more different products": with no measure named
        // before the people, the one at the threshold is what each is compared on, and the people are what is asked for.
        // ("among customers whose lifetime spend is above 5,000, how is their revenue split": named again away from the
        // threshold, the measure is reported.)
        if let k = ofPeople, compared.name == intent.metric, intent.extraMetrics.isEmpty, let buyers = buyersMetric,
            !q.words.indices.contains(where: { j in
                // (Claimed or not: the measure's words as said.)
                (j < k || j >= span.upperBound + 3) && compared.phrases.contains { q.says($0, at: j) }
            })
        {
            intent.metric = buyers.name
        }
        // "how many countries brought in more than 2 million": the values of a customer (product) column whose sales
        // pass, not those of the customers whose own sales pass.
        if key == nil, metric.table != vocabulary.factTable, !isPeopleCount(metric), compared.table == vocabulary.factTable,
            let column = vocabulary.distinctColumn(of: metric),
            let sold = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && vocabulary.distinctColumn(of: $0) == column })
        {
            intent.metric = sold.name
            table = vocabulary.factTable
            key = column
        }
        // "how many products earned between 10,000 and 50,000 in revenue": the verb and the words after the range name
        // the one measure compared; it is not reported beside the count as well.
        if let k = intent.extraMetrics.firstIndex(of: compared.name), q.words.contains("how"), q.words.contains("many") { intent.extraMetrics.remove(at: k) }
        // "for each year, how many orders had 2 or more lines": an order (or a day) falls in one period, so its own total
        // can be counted per period; a customer's total per period is another question.
        if intent.bucket != nil, key == nil || intent.bucket == .ageDecade { return }
        // "customers with at least one order worth more than 3,000": the threshold is on each order, and the people
        // counted are those with such an order (not those whose total passes).
        if key == nil, table == customersTable, context.thresholdValues == nil, context.thresholdPeriods == nil,
            (max(0, span.lowerBound - 4)..<span.lowerBound).contains(where: { ["order", "orders", "basket", "baskets", "purchase", "purchases"].contains(q[$0]) }),
            !q.words.contains(where: { ["total", "combined", "altogether", "lifetime"].contains($0) }),
            let orders = vocabulary.orderCount, let column = vocabulary.distinctColumn(of: orders)
        {
            table = vocabulary.factTable
            key = column
            for k in (max(0, span.lowerBound - 4)..<span.lowerBound) where ["order", "orders", "basket", "baskets", "one", "single"].contains(q[k]) { q.use(k..<(k + 1)) }
        }
        // With slices, only a measure other than the one reported makes it a per-entity threshold
        // ("customers who spent over 1000, per country"); otherwise the groups are compared (HAVING).
        // ("revenue per country from customers who spent over 5,000": said of the people, it is each one's own.)
        // ("Among customers whose lifetime spend is above 5,000, how is their revenue split across categories": a lifetime
        // total is each one's whole, so the slices are of what those people bought.)
        let lifetime = key == nil && (q.words.contains("lifetime") || q.has("all time"))
        if !intent.groupBy.isEmpty && compared.name == metric.name && ofPeople == nil && !lifetime { return }
        // ("how many orders were worth more than 2,000, per country": an order has one customer, so its customer's
        // columns slice orders whole.)
        let sliceWholeOrders = key != nil && intent.groupBy.allSatisfy { vocabulary.dimension(named: $0)?.table == customersTable }
        if !sliceWholeOrders, !lifetime, !intent.groupBy.allSatisfy({ vocabulary.dimension(named: $0)?.table == table }) {
            context.conflicts.append("a threshold on each \(table == customersTable ? "customer" : "product")'s total with a breakdown by something else")
            return
        }
        if intent.thresholdVersusAverage, let conflict = averageSubjectConflict(context.averageSubject, comparing: key == nil ? table : nil) {
            context.conflicts.append(conflict)
            return
        }
        if let k = ofPeople {
            if q.isFree(k) { q.use(k..<(k + 1)) }
            // ("units per country from clients who spent over 5,000": what they spent is compared, not reported.)
            intent.extraMetrics.removeAll { $0 == compared.name }
        }
        intent.entityThreshold = .init(
            table: table, metric: compared.name, above: above, value: value, orEqual: orEqual, key: key, upTo: context.thresholdUpTo,
            versusAverage: intent.thresholdVersusAverage, allTime: lifetime)
        intent.thresholdVersusAverage = false
        context.thresholdUpTo = nil
        intent.shape = .plain
        // "what % of orders in 2013 had more than one line", "what % of customers spent more than 5,000": the share of
        // the things counted whose own total passes, when what is counted is those same things.
        let percentOfThings =
            q[0] == "of" || (0..<span.lowerBound).contains { Self.percentWords.contains(q[$0]) && q[$0 + 1] == "of" }
        // ("for each year, what % of orders had 3 or more lines": an order falls in one period, so its share is per period.)
        if context.shareRequested, percentOfThings, !(q.words.contains("how") && q.words.contains("many")), intent.groupBy.isEmpty, intent.bucket == nil || key != nil {
            let countsSame = key.map { vocabulary.distinctColumn(of: metric) == $0 } ?? (table == customersTable ? isPeopleCount(metric) : countedTable(metric) == table)
            if countsSame {
                intent.extraMetrics.removeAll { $0 == compared.name }
                intent.asPercentOfBase = true
                if !intent.extraMetrics.isEmpty { context.conflicts.append("a share of things passing a threshold beside other measures") }
            } else if ofPeople != nil, key == nil, intent.extraMetrics.isEmpty, metric.table == vocabulary.factTable, metric.expr.uppercased().hasPrefix("SUM("),
                let p = (0..<span.lowerBound).first(where: { Self.percentWords.contains(q[$0]) && q[$0 + 1] == "of" }),
                metric.phrases.contains(where: { phrase in (p + 2...p + 4).contains { q.says(phrase, at: $0) } })
            {
                // "what % of total revenue comes from customers with 2 or more orders": the part of the measure from those
                // people, out of all of it.
                intent.asPercentOfBase = true
            }
        }
        // "per country: how many buyers ordered three or more times, and what % of that country's buyers is that": those
        // passing out of each group's own count, beside how many they are.
        if context.shareRequested, !intent.asPercentOfBase, intent.groupBy.count == 1, intent.bucket == nil, intent.ranking == nil, intent.band == nil,
            intent.extraMetrics.isEmpty, key == nil, table == customersTable, isPeopleCount(metric),
            let p = (0..<q.count).first(where: { Self.percentWords.contains(q[$0]) && q[$0 + 1] == "of" }),
            (["that", "each", "its", "their"].contains(q[p + 2]) && dimensionNamed(q.words, p + 3) == intent.groupBy[0])
                || sharesOutEachGroup(q, from: p + 2, group: intent.groupBy[0], context)
        {
            intent.asPercentOfBase = true
            if q.has("how many") { intent.countWithShare = true }
        }
        // "Among customers whose lifetime spend is above 5,000, how is their revenue split across categories, in %": each
        // group's share of those people's sales (the shares were read before the threshold was known).
        if context.shareRequested, !intent.asPercentOfBase, !intent.groupBy.isEmpty, intent.bucket == nil, intent.ranking == nil, intent.band == nil {
            intent.shape = .share
        }
        _ = q.take(["in total", "overall", "all time", "with us", "lifetime"])
    }
}
