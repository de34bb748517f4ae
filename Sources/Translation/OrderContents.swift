/// "the average value of orders that include at least one bike", "how many orders contained both a bike and an
/// accessory", "orders that didn't include clothing": a condition on what else is in the order, so every line of a
/// matching order counts (its whole value), not only the lines that match.
extension QuestionParser {
    static let orderWords: Set<String> = ["orders", "order", "baskets", "basket"]
    static let containVerbs: Set<String> = [
        "include", "included", "includes", "including", "contain", "contained", "contains", "containing", "had", "have", "has", "having", "with",
    ]

    func parseOrderContents(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // "the average value of orders that ...": the average order value, of those orders.
        for i in 0..<q.count where q[i] == "average" && q[i + 1] == "value" && q[i + 2] == "of" && Self.orderWords.contains(q[i + 3]) {
            q.replace((i + 1)..<(i + 1), with: ["order"])
            break
        }
        // ("... vs those that didn't": the orders again, after some were read.)
        for i in 0..<q.count where q.isFree(i) && (Self.orderWords.contains(q[i]) || (["those", "ones"].contains(q[i]) && !intent.orderContents.isEmpty)) {
            var j = i + 1
            // "what % of orders in 2013 included a bike": the period between is the orders', left to be read as one.
            // ("what % of orders from German customers included a helmet": whose orders, left to be read as a filter.)
            var between: Range<Int>?
            if ["in", "from", "during"].contains(q[j]), q[j + 1].count == 4, Int(q[j + 1]) != nil {
                between = j..<(j + 2)
                j += 2
            } else if ["from", "by", "of"].contains(q[j]), let p = ((j + 1)..<(j + 5)).first(where: { Lexicon.peopleWords.contains(q[$0]) }),
                ((j + 1)..<p).allSatisfy({ q.isFree($0) && !Self.containVerbs.contains(q[$0]) }), Self.containVerbs.contains(q[p + 1]) || ["that", "which"].contains(q[p + 1])
            {
                between = j..<(p + 1)
                j = p + 1
            } else if ["in", "from", "for"].contains(q[j]), ["each", "every"].contains(q[j + 1]),
                let v = ((j + 3)..<(j + 6)).first(where: { Self.containVerbs.contains(q[$0]) && q[$0] != "with" }),
                ((j + 2)..<v).allSatisfy({ q.isFree($0) && !["that", "which", "where"].contains(q[$0]) })
            {
                // "what % of orders from each country included an accessory": the slice between, left to be read as one;
                // the share is then of each country's own orders.
                between = j..<v
                j = v
            }
            if ["that", "which", "where"].contains(q[j]) { j += 1 }
            var present = true
            if ["didnt", "dont", "doesnt", "without"].contains(q[j]) {
                present = false
                j += q[j] == "without" ? 0 : 1
            } else if ["did", "do", "does"].contains(q[j]), q[j + 1] == "not" {
                present = false
                j += 2
            }
            // "orders that included clothing, versus US orders that didn't": the contents just read, denied.
            if !present, !Self.containVerbs.contains(q[j]), q[j] != "without", let last = intent.orderContents.last, last.present,
                q[j].isEmpty || ["in", "for", "during", "and", "by", "per", "include", "contain", "have", "it", "any"].contains(q[j])
            {
                var stop = j
                if ["include", "contain", "have"].contains(q[stop]) { stop += 1 }
                if ["it", "any", "one", "them"].contains(q[stop]) { stop += 1 }
                intent.orderContents.append(.init(filter: last.filter, present: false))
                q.use(i..<stop)
                continue
            }
            if q[j] == "without" {
                j += 1
            } else {
                guard Self.containVerbs.contains(q[j]) else { continue }
                j += 1
                // "orders with no bike"
                if q[j] == "no" {
                    present = false
                    j += 1
                }
            }
            let both = q[j] == "both"
            if both { j += 1 }
            var contents: [QueryIntent.OrderContent] = []
            var end = j
            var joiner: String?
            while true {
                var k = end
                if q.wordsMatched("at least one", at: k) == 3 { k += 3 }
                while Self.articles.contains(q[k]) || q[k] == "some" { k += 1 }
                guard q.isFree(k), let (value, length) = valueSpan(q, k), vocabulary.dimension(named: value.dimension)?.table == productsTable else { break }
                let filter = QueryIntent.ValueFilter(dimension: value.dimension, values: [value.value])
                // "a road bike or a mountain bike": one condition with either value; "and": one condition each.
                if joiner == "or", let last = contents.last, last.filter.dimension == filter.dimension {
                    contents[contents.count - 1].filter.values.append(value.value)
                } else if joiner == "or" {
                    context.conflicts.append("an order containing either of two kinds of things")
                    return
                } else {
                    contents.append(.init(filter: filter, present: present))
                }
                end = k + length
                // "a clothing item": the value says which products.
                if Lexicon.productWords.contains(q[end]) || ["piece", "pieces"].contains(q[end]) { end += 1 }
                guard ["and", "or"].contains(q[end]), valueSpan(q, end + 1 + (Self.articles.contains(q[end + 1]) ? 1 : 0)) != nil else { break }
                joiner = q[end]
                end += 1
            }
            guard !contents.isEmpty else { continue }
            if both && contents.count < 2 { continue }
            intent.orderContents += contents
            // "how many orders included a bike", "number of orders with a helmet": the order word stays to be read as what is
            // counted; "the average order value of US orders that included clothing" names the orders once more.
            let howMany = (max(1, i - 4)..<max(1, i)).last { q[$0] == "many" && q[$0 - 1] == "how" }
            let counted =
                howMany.map { m in ((m + 1)..<i).allSatisfy { !Lexicon.peopleWords.contains(q[$0]) && !Lexicon.productWords.contains(q[$0]) } } ?? false
                || (q[i - 1] == "of" && (["number", "count", "no"].contains(q[i - 2]) || Self.percentWords.contains(q[i - 2]))) || i == 0
            if let between {
                q.use((counted ? i + 1 : i)..<between.lowerBound)
                q.use(between.upperBound..<end)
            } else {
                q.use((counted ? i + 1 : i)..<end)
            }
            _ = q.take(["in them", "in it", "in the order", "in the same order"])
        }
        // "orders with clothing vs orders without": both sides of one condition are a split of the orders by it.
        if let with = intent.orderContents.first(where: { c in c.present && intent.orderContents.contains(.init(filter: c.filter, present: false)) }) {
            intent.orderContents.removeAll { $0.filter == with.filter }
            intent.orderContentSplit = with.filter
            if !intent.groupBy.contains(QueryIntent.orderContentsColumn) { intent.groupBy.append(QueryIntent.orderContentsColumn) }
            _ = q.take(["versus", "vs", "compared with", "compared to", "against"])
        }
    }
}

extension QuestionParser {
    /// "what percentage of orders contained a helmet": the orders with those contents, out of all orders.
    func readOrderContentShare(_ intent: inout QueryIntent, _ context: inout Context) {
        guard context.shareRequested, intent.shape == .plain, !intent.orderContents.isEmpty, intent.metric == vocabulary.orderCount?.name,
            intent.ranking == nil, intent.entityThreshold == nil
        else { return }
        // "how many orders had a helmet, and what share of all orders is that": the count would be dropped.
        if context.countQuestions > 0 {
            context.conflicts.append("a count of orders and its share in one question: ask for each on its own")
            return
        }
        intent.asPercentOfBase = true
        context.shareRequested = false
    }
}

extension SQLBuilder {
    /// Whether each line's order contains the split's things, as a column ("with Clothing" / "without Clothing").
    func orderContentsDimension() throws -> Vocabulary.Dimension {
        guard let split = contentSplit else { throw Failure(reason: "orders split by their contents, with nothing to split by") }
        let with = try orderContentCondition(.init(filter: split, present: true), period: splitPeriod).sql
        let what = split.values.joined(separator: " or ")
        return .init(
            name: QueryIntent.orderContentsColumn, expr: "CASE WHEN \(with) THEN 'with \(what)' ELSE 'without \(what)' END", table: vocabulary.factTable,
            phrases: [], isTime: false, isEnum: true)
    }

    /// `order [NOT] IN (the orders with a line matching the filter)`.
    func orderContentCondition(_ content: QueryIntent.OrderContent, period: QueryIntent.Period?) throws -> (sql: String, table: String) {
        guard let orders = vocabulary.orderCount, let key = vocabulary.distinctColumn(of: orders) else {
            throw Failure(reason: "the model declares no order count, so an order's contents cannot be checked")
        }
        let d = try dimension(content.filter.dimension)
        // NOT IN over a NULL key would leave out every order: lines without an order number are not in the list.
        // The matching line is one of the question's period ("2013 orders with a road bike"), as the order's other lines are.
        let when = period.map { " AND " + periodCondition($0) } ?? ""
        let sub = "SELECT \(key) FROM \(from([vocabulary.factTable, d.table], forceFact: true).0) WHERE \(try condition(content.filter)) AND \(key) IS NOT NULL\(when)"
        return ("\(key) \(content.present ? "IN" : "NOT IN") (\(sub))", vocabulary.factTable)
    }
}
