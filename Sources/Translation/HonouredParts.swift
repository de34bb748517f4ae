import Foundation
import SemanticModel

/// The last check before SQL: every part of the question that was read must be honoured by the
/// intent that will run. A part that would be dropped (a percentage of nothing, "list" over one
/// number, an "as of" date nothing depends on, a measure a customer analysis cannot carry) makes
/// the question a refusal naming that part: a confident answer without it is the worst outcome.
extension QuestionParser {
    func unhonoured(_ intent: QueryIntent, _ context: Context, followUp: Bool) -> String? {
        // "customers born in 1980 who bought in 2013": one period on the birth date, the other on the orders. Both would be
        // read on the one date named, as two periods compared, so it is refused.
        if let name = intent.timeDimension, vocabulary.dimension(named: name)?.table != vocabulary.factTable, intent.periods.count >= 2,
            context.purchaseVerbs > 0 || vocabulary.metric(named: intent.metric)?.table == vocabulary.factTable
        {
            return "a period on \(name.replacingOccurrences(of: "_", with: " ")) and another on the orders at once"
        }
        // "which customer has the earliest first order date": a superlative of a date, which a list of every one of them
        // sorted would drop.
        if let r = intent.ranking, r.count == 0, let m = vocabulary.metric(named: intent.metric), m.expr.hasPrefix("MIN(") || m.expr.hasPrefix("MAX("),
            context.words.contains(where: { ["earliest", "latest", "oldest", "newest"].contains($0) })
        {
            return "the one with the earliest or latest \(describe(m)) (ask for the top 1 by it)"
        }
        // "which customer placed our very first order": the people of one order, not the new customers of each year.
        if case .newCustomers = intent.shape, intent.period == nil, intent.periods.isEmpty, ["which", "who"].contains(context.words.first ?? ""),
            (0..<context.words.count).contains(where: { ["the", "our"].contains(context.words[$0]) && context.words.dropFirst($0 + 1).first == "first" && ["order", "purchase", "sale"].contains(context.words.dropFirst($0 + 2).first ?? "") })
        {
            return "the customers of the very first order (ask for the earliest order date, then who ordered on it)"
        }
        // "how many orders were placed in 2013 but only shipped in 2014": a period on the order date and another on the ship
        // date, where one date would read both as two periods compared.
        if let name = intent.timeDimension, let d = vocabulary.dimension(named: name), d.table == vocabulary.factTable, d.expr != vocabulary.timeColumn, intent.periods.count >= 2,
            context.words.contains(where: { ["placed", "ordered", "bought", "purchased", "booked"].contains($0) })
        {
            return "a period on the order date and another on the \(name.replacingOccurrences(of: "_", with: " ")) at once"
        }
        // "what percentage of the people who bought in 2013 were brand-new customers, in each country": new customers said
        // after the share's verb are the part of each group, which a share of the total over the groups is not.
        if intent.shape == .share, intent.cohort != nil || intent.filters.contains(where: { $0.dimension == QueryIntent.customerStatus }) {
            let w = context.words
            let after = context.metricSpan.upperBound
            if let new = (after..<w.count).first(where: { ["new", "returning", "existing", "first"].contains(w[$0]) }),
                (after..<new).contains(where: { ["were", "are", "was", "is", "had", "have", "made", "placed"].contains(w[$0]) })
            {
                return "the new or returning part of each group's buyers (ask for the new and all buyers per group)"
            }
        }
        // "Top 5 customers by accessories spend: show what they spent on accessories and what % of their total spend that
        // is": each one's part of its own total, beside a ranking, which no ranking here shows.
        if intent.ranking != nil, let p = context.words.indices.first(where: { ["percent", "percentage", "share", "proportion"].contains(context.words[$0]) && context.words.dropFirst($0 + 1).first == "of" }),
            ((p + 2)..<max(p + 2, min(context.words.count, p + 5))).contains(where: {
                ["their", "its", "his", "her"].contains(context.words[$0]) && ["total", "own", "overall", "whole", "entire"].contains(context.words.dropFirst($0 + 1).first ?? "")
            })
        {
            return "each ranked one's share of its own total (ask for the two measures side by side)"
        }
        let sharesOut: Bool = {
            if case .shareOf = intent.shape { return true }
            return intent.shape == .share
        }()
        if sharesOut, !intent.shareOfBest, let m = vocabulary.metric(named: intent.metric) {
            // "average spend per buyer, and what % of all buyers fall in that group": a ratio has no total to share out.
            if m.expr.contains("/") { return "each group's share of \(m.name.replacingOccurrences(of: "_", with: " ")) (a ratio does not add up to a total)" }
            // "how many different products sold, and what % of that category's catalogue is that": the whole named after
            // "% of" is another measure than the one shared out.
            let w = context.words
            let percentOf = context.percentOfAt ?? w.indices.first { ["percent", "percentage", "share", "proportion"].contains(w[$0]) && w.dropFirst($0 + 1).first == "of" }
            if let p = percentOf,
                let other = vocabulary.metrics.first(where: { o in
                    // (People and buyers are the same people: "% of the people who bought ... are married".)
                    // (A measure of the sales only: "our German customers' clothing spend" names people whose spend it is.)
                    o.name != m.name && o.table == vocabulary.factTable && !(isPeopleCount(o) && isPeopleCount(m))
                        && ((p + 1)..<max(p + 1, min(w.count, p + 6))).contains { k in o.phrases.contains { $0 == w[k] } }
                        && !((p + 1)..<max(p + 1, min(w.count, p + 9))).contains { k in m.phrases.contains { $0 == w[k] } }
                })
            {
                return "a share of \(other.name.replacingOccurrences(of: "_", with: " ")) where \(m.name.replacingOccurrences(of: "_", with: " ")) is counted (ask for the two side by side)"
            }
            // ("... what % of that category's catalogue is that", "% of our customer base": every product or customer, sold
            // to or not, where the measure counts only those in the sales.)
            if let p = percentOf, m.table == vocabulary.factTable,
                ((p + 1)..<max(p + 1, min(w.count, p + 6))).contains(where: { ["catalogue", "catalog", "base", "registered"].contains(w[$0]) })
            {
                let every = ((p + 1)..<max(p + 1, min(w.count, p + 6))).contains(where: { ["catalogue", "catalog"].contains(w[$0]) }) ? "product" : "customer"
                return "a share of every \(every) where \(m.name.replacingOccurrences(of: "_", with: " ")) counts only those in the sales (ask for the two side by side)"
            }
        }
        // "For each country, how many accessory units did customers buy for every clothing unit": a ratio of one part to
        // another, which no measure here is.
        for i in context.words.indices where context.words[i] == "for" && ["every", "each"].contains(context.words.dropFirst(i + 1).first ?? "") {
            let next = Array(context.words.dropFirst(i + 2).prefix(3))
            if let unit = next.firstIndex(where: { ["unit", "item", "piece", "dollar"].contains($0) }), unit > 0 {
                return "one amount for every '\(next[...unit].joined(separator: " "))' (a ratio of two parts)"
            }
        }
        // "customers who bought a bike in 2012 and an accessory in 2013": each purchase in a period of its own, which the
        // two purchases' one period would pool (refused rather than answered for both years together).
        if case .both = intent.shape {
            let years = context.words.indices.filter { Lexicon.year(context.words[$0]) != nil }
            let joiners: Set<String> = ["and", "or", "to", "through", "until", "from", "between", "in", "of", "the"]
            // (The same year said for each purchase is one period for both.)
            if let a = years.first, let b = years.last, a < b, ((a + 1)..<b).contains(where: { !joiners.contains(context.words[$0]) }),
                Set(years.map { context.words[$0] }).count > 1
            {
                return "each purchase in a period of its own (ask for the buyers of each in its period)"
            }
        }
        if let split = purchasesInTwoYears(intent, context) { return split }
        let w = context.words
        // "what % of UK customers' revenue came from each category, next to the same % for all countries together": a
        // second share over another set of rows, as a column beside the first.
        // ("Same figure for the US please" is the question again for one value, read elsewhere.)
        if let i = w.indices.dropLast(3).first(where: {
            w[$0] == "same" && ["percent", "percentage", "share", "ratio", "proportion"].contains(w[$0 + 1]) && ["for", "of", "across", "among"].contains(w[$0 + 2])
                && ["all", "every", "everyone", "overall", "total", "whole", "the"].contains(w[$0 + 3])
        }) {
            return "'\(w[i...(i + 2)].joined(separator: " "))' (the same measure over other rows, side by side; ask for each on its own)"
        }
        // "what percentage of Australia's total revenue did each of them represent": a value named right after "% of" is the
        // whole shared out, never the part counted.
        if case .shareOf(let part) = intent.shape, let of = w.indices.dropLast().first(where: { Self.percentWords.contains(w[$0]) && w[$0 + 1] == "of" }),
            let f = part.first(where: { f in
                // ("the proportion of female customers": the people named are the part; "Australia's total revenue" is an
                // amount of the value's.)
                let named = Set(f.values.map { $0.lowercased() })
                guard let v = ((of + 2)..<min(w.count - 1, of + 4)).first(where: { named.contains(w[$0]) }) else { return false }
                return w[v + 1] == "total" || vocabulary.metrics.contains { m in m.table == vocabulary.factTable && m.phrases.contains(w[v + 1]) && !Lexicon.peopleWords.contains(w[v + 1]) }
            })
        {
            return "a share of the total of \(f.values.joined(separator: " or ")) (each one's share of that total)"
        }
        // "how many French customers bought a bike, and their total revenue": the people counted must be a column of the
        // answer, not dropped for the other measure.
        if let h = w.indices.dropLast().first(where: { w[$0] == "how" && w[$0 + 1] == "many" }),
            h + 3 < w.count, Lexicon.peopleWords.contains(w[h + 2]) || (Lexicon.peopleWords.contains(w[h + 3]) && vocabulary.metrics.allSatisfy { !$0.phrases.contains(w[h + 2]) }),
            intent.distribution == nil, intent.listing == nil, intent.perEntity == nil,
            let m = vocabulary.metric(named: intent.metric), !isPeopleCount(m), m.table == vocabulary.factTable,
            !intent.extraMetrics.contains(where: { vocabulary.metric(named: $0).map(isPeopleCount) ?? false })
        {
            return "the number of people asked for ('how many') beside \(intent.metric.replacingOccurrences(of: "_", with: " ")) (ask for each on its own)"
        }
        // "the biggest order since July, with the order number and who placed it": the buyer of each order is a column no
        // ranking of orders shows.
        // ("customers who bought them", "the people buying each subcategory" are the people themselves.)
        if let i = w.indices.dropLast(2).first(where: { i in
            w[i] == "who" && ["placed", "made", "bought", "ordered"].contains(w[i + 1]) && ["it", "them", "each", "that", "those"].contains(w[i + 2])
                && !(max(0, i - 3)..<i).contains(where: { Lexicon.peopleWords.contains(w[$0]) || ["person", "one", "ones"].contains(w[$0]) })
        }),
            !(intent.listing?.table == vocabulary.customersTable), intent.ranking.map({ $0.entity != .table(vocabulary.customersTable) }) ?? true
        {
            return "'\(w[i...(i + 2)].joined(separator: " "))' (the customer beside each order; ask for the orders, then for their customers)"
        }
        // "which products earned more than the average product in their own category": a ranking or list that neither
        // restarts in the group nor keeps it as a slice would compare with the average of all of them.
        if let within = context.averageWithin, let r = intent.ranking, r.perDimension != within, !intent.groupBy.contains(within),
            intent.entityThreshold?.averageWithin != within
        {
            return "a comparison with the average of each one's own \(within.replacingOccurrences(of: "_", with: " "))"
        }
        // "customers who bought in 2011 or 2012 and went on to spend more in 2013 than in 2011 and 2012 combined": years
        // side by side beside each one's two periods compared are a condition on the people, not columns.
        if intent.entityComparison != nil, intent.periods.count >= 2 {
            return "periods side by side beside a comparison of two periods (ask for the comparison on its own)"
        }
        if !context.conflicts.isEmpty { return context.conflicts.joined(separator: "; ") }
        if followUp { return nil }
        // "Of the customers who bought in 2013, what % spent more in H2 than in H1": the share of those who pass the
        // comparison among a period's buyers, which a period's part of those who pass is not.
        if case .shareOfPeriod = intent.shape, intent.entityComparison != nil { return "the share of the buyers whose totals compare that way (ask for how many do)" }
        if let counted = countDropped(intent, context) { return "the count of \(counted) asked for beside the other measures" }
        // "For each country, what % of buyers have bought from more than one category", "for each country, what % of bike
        // units sold at 2,000 or more": the part of each group that passes, which a share of the total over the groups
        // (the condition read as a filter) is not. Only when the question says no grand total.
        if intent.shape == .share, intent.sharePartition == nil, let lead = context.leadingEach, intent.groupBy.contains(lead), !context.saysGrandTotal,
            intent.entityThreshold != nil || !intent.numericFilters.isEmpty || !intent.orderContents.isEmpty
        {
            return "the part of each \(lead.replacingOccurrences(of: "_", with: " ")) that meets the condition (ask for the count with and without it per \(lead.replacingOccurrences(of: "_", with: " ")))"
        }
        // "the months in which revenue fell": only a series of changes period by period can keep the periods that fell.
        if let sign = intent.changeSign, intent.shape != .growth || intent.bucket == nil || intent.ranking != nil {
            return "only the periods where it \(sign ? "rose" : "fell") (ask for the change period by period)"
        }
        // "revenue per product, sizes and colours combined": each product is one size and colour already.
        if context.variantsCombined, case .table(let t)? = intent.ranking?.entity ?? intent.listing?.table.map({ .table($0) }), t == productsTable {
            return "each product with its sizes and colours combined (each product is one size and colour: say 'per model')"
        }
        if context.shareRequested {
            switch intent.shape {
            case .share, .shareOf, .shareOfTableWith, .shareOfPeriod, .shareOfTop, .repeatCustomers(share: true), .growth: break
            case .without where intent.asPercentOfBase, .retained where intent.asPercentOfBase, .runningTotal where intent.asPercentOfBase || intent.shareOfEachRow: break
            case .plain where intent.partOfYear: break
            case .plain where intent.shareOfEachRow || intent.cohortIsPart: break
            case .plain where intent.asPercentOfBase && (intent.entityThreshold != nil || !intent.orderContents.isEmpty): break
            default: return "a percentage was asked for, but I could not tell what it is a share of"
            }
        }
        if context.explicitMetric, let metric = vocabulary.metric(named: intent.metric) {
            let countsPeople = isPeopleCount(metric)
            switch intent.shape {
            case .repeatCustomers where metric.role == .orders:
                break  // "(2+ orders)": the definition of a repeat customer, restated
            case .retained where vocabulary.countsProducts(metric):
                break  // "products sold in 2012 and again in 2013": products, kept the same way as customers
            case .repeatCustomers, .newCustomers, .retained, .both:
                if !countsPeople { return "\(describe(metric)) for \(describeShape(intent.shape)) (I can only count those customers)" }
            case .without:
                // ("how many days in 2011 had no orders": the period's days without sales, counted.)
                if !(metric.table != vocabulary.factTable && metric.expr.uppercased() == "COUNT(*)")
                    && !vocabulary.countsDaysWithSales(metric)
                {
                    return "\(describe(metric)) of things with no sales (I can only count or list them)"
                }
            default: break
            }
        }
        if context.inEveryBucket, let metric = vocabulary.metric(named: intent.metric), let table = everyCountedTable(metric) {
            return "'in every \(intent.bucket?.rawValue ?? "period")' is ambiguous for \(table): counted in each one, or only those with sales in all of them?"
        }
        if let asOf = intent.ageAsOf {
            let references = referenceDates(intent)
            if references.isEmpty { return "'as of \(asOf)': nothing asked depends on a reference date" }
            if let other = references.first(where: { $0 != asOf }) {
                return "ages as of \(asOf) (the model computes them as of \(other))"
            }
        }
        // ("the oldest customer, with their date of birth": ranked by it and shown, so it is used.)
        if let name = intent.timeDimension, intent.period == nil, intent.periods.isEmpty, intent.bucket == nil || intent.bucket == .ageDecade,
            !intent.displayColumns.contains(name), !intent.metric.hasSuffix("_" + name)
        {
            return "the \(name.replacingOccurrences(of: "_", with: " ")) was named, but no period or time breakdown uses it"
        }
        if !intent.orderContents.isEmpty {
            switch intent.shape {
            case .plain, .share: break
            default: return "an order's contents with \(describeShape(intent.shape))"
            }
            if let m = vocabulary.metric(named: intent.metric), m.table != vocabulary.factTable { return "an order's contents with a measure that is not of sales" }
        }
        // ("customer count per birth year, most recent first": a numeric column of years sorts the same way.)
        let yearColumn = intent.bucket == nil && intent.groupBy.count == 1 && vocabulary.dimension(named: intent.groupBy[0])?.numeric == true
        if intent.newestFirst,
            (intent.bucket == nil && !yearColumn) || intent.bucket == .ageDecade || intent.bucket == .weekday || intent.shape != .plain || intent.ranking != nil || intent.sortDescending != nil
                || !intent.extraMetrics.isEmpty || intent.listing != nil
        {
            return "newest first (only a breakdown by period is sorted that way)"
        }
        if context.listRequested {
            let listsRows =
                !intent.groupBy.isEmpty || intent.bucket != nil || intent.ranking != nil || !intent.periods.isEmpty
                || intent.listing != nil || intent.band != nil
            if !listsRows { return "a list was asked for, but the answer would be a single number" }
        }
        return nil
    }

    func describe(_ metric: Vocabulary.Metric) -> String { metric.name.replacingOccurrences(of: "_", with: " ") }

    /// The sales measure that counts distinct buyers: what a cohort or "new clients" counts.
    var buyersMetric: Vocabulary.Metric? { vocabulary.metrics.first { $0.table == vocabulary.factTable && isPeopleCount($0) } }

    /// A count of customers (rows of the customers table, or distinct buyers in the fact table).
    func isPeopleCount(_ metric: Vocabulary.Metric) -> Bool { vocabulary.countsPeople(metric) }

    /// The reference dates ("as of") of what the intent computes: the age's, when ages are used.
    func referenceDates(_ intent: QueryIntent) -> [String] {
        var dates: [String] = []
        if let m = vocabulary.metric(named: intent.metric), let d = m.referenceDate { dates.append(d) }
        for name in intent.groupBy + intent.filters.map(\.dimension) + intent.displayColumns {
            if let d = vocabulary.dimension(named: name)?.referenceDate { dates.append(d) }
        }
        if let band = intent.band, let d = vocabulary.dimension(named: band.column)?.referenceDate { dates.append(d) }
        for f in intent.numericFilters + intent.percentPassing { if let d = vocabulary.dimension(named: f.column)?.referenceDate { dates.append(d) } }
        if intent.bucket == .ageDecade, let d = vocabulary.dimensions.first(where: { $0.referenceDate != nil })?.referenceDate { dates.append(d) }
        return dates
    }

    /// Periods outside the data are refused with the data's period, not answered with nothing or with everything.
    func outsideData(_ intent: QueryIntent, _ context: Context) -> String? {
        guard intent.timeDimension == nil, earliestDate.first?.isNumber == true, latestDate.first?.isNumber == true else { return nil }
        for period in [intent.period].compactMap({ $0 }) + intent.periods {
            let before = period.until.map { $0 <= earliestDate } ?? false
            let after = period.from.map { $0 > latestDate } ?? false
            if before || after {
                return "\(period.label) is outside the data, which runs from \(earliestDate) to \(latestDate)"
            }
        }
        for y in context.years where "\(y)-12-31" < earliestDate || "\(y)-01-01" > latestDate {
            return "\(y) is outside the data, which runs from \(earliestDate) to \(latestDate)"
        }
        return nil
    }

    /// Words about the shape of the output, understood only when the intent honours them.
    func claimOutputWords(_ q: inout QuestionWords, _ intent: QueryIntent, _ context: inout Context) {
        let timeBucket = intent.bucket != nil && intent.bucket != .ageDecade
        if timeBucket && intent.sortDescending == nil && intent.ranking == nil,
            let o = (0..<q.count).first(where: { q.isFree($0) && ["oldest", "earliest"].contains(q[$0]) }),
            let f = ((o + 1)...(o + 3)).first(where: { q.isFree($0) && q[$0] == "first" })
        {
            // "oldest month first" with the grain already read: the two words still say oldest first.
            q.use(o..<(o + 1))
            q.use(f..<(f + 1))
            // ("oldest month first" where the grain word was not read: it names the rows sorted.)
            for k in (o + 1)..<f where q.isFree(k) && ["month", "months", "quarter", "quarters", "year", "years", "week", "weeks", "day", "days", "period", "periods", "one", "ones"].contains(q[k]) {
                q.use(k..<(k + 1))
            }
        }
        if timeBucket && intent.sortDescending == nil && intent.ranking == nil {
            // Time buckets come out oldest first.
            _ = q.take([
                "oldest first", "earliest first", "oldest year first", "oldest month first", "oldest quarter first",
                "in chronological order", "chronologically", "chronological order", "chronological",
            ])
        }
        // A measure over sales only ever counts what has sold: saying so is honoured.
        if let m = vocabulary.metric(named: intent.metric), m.table == vocabulary.factTable, intent.listing == nil {
            for who in ["products", "items", "customers", "buyers", "ones"] {
                _ = q.take([
                    "counting only \(who) that have sold", "counting only \(who) that sold", "only counting \(who) that have sold",
                    "only count \(who) that have sold", "only \(who) that have sold", "counting only \(who) with sales",
                    "counting only \(who) that have bought", "only count \(who) that have bought",
                ])
            }
        }
        // "which date brought in the most, and how much did we take that day", "our best day ever - which date": the
        // grain of the breakdown said again. Only the grain already read is claimed, so another grain still refuses.
        let grainWords: [QueryIntent.Bucket: Set<String>] = [
            .day: ["day", "date"], .month: ["month"], .yearMonth: ["month"], .quarter: ["quarter"], .year: ["year"],
        ]
        if let bucket = intent.bucket, let words = grainWords[bucket] {
            for i in 0..<q.count where q.isFree(i) && words.contains(q[i]) {
                if ["that", "this"].contains(q[i - 1]) && q.isFree(i - 1) {
                    q.use((i - 1)..<(i + 1))
                } else if intent.ranking != nil {
                    q.use(i..<(i + 1))
                }
            }
        }
        // "who is our oldest customer? need the name": rows of a table are always shown with their names.
        if case .table? = intent.ranking?.entity {
            _ = q.take(["need the full name", "need the name", "need their name", "need the names", "the full name", "the name", "their names", "their name", "names", "name"])
        }
        if intent.bucket == .weekday {
            _ = q.take(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"])
        }
        // Unknown groups are always rows of a breakdown: saying so is honoured.
        if !intent.groupBy.isEmpty || intent.bucket == .ageDecade || intent.band != nil {
            _ = q.take(["unknown included", "including unknown", "including the unknown", "n a included", "including n a", "unknowns included"])
            // "(unknown status included)", "put anyone without a birth date on a separate line": the same, said of a slice.
            // ("unknown status": one word of the slice's name is enough.)
            let sliceWords = Set(intent.groupBy.compactMap { vocabulary.dimension(named: $0) }.flatMap { $0.phrases.flatMap { $0.split(separator: " ").map(String.init) } })
            // ("unknown" may be read already, as a value: the words after it decide.)
            for i in 0..<q.count where ["unknown", "unknowns", "missing"].contains(q[i]) && (q.isFree(i) || q.isFree(i + 1)) {
                // ("unknown marital status included": the slice's words are read already, so they are counted here.)
                var said = 0
                while sliceWords.contains(q[i + 1 + said]) { said += 1 }
                guard let (_, n) = dimensionPhrase(q, i + 1) ?? numericColumnAny(q, at: i + 1) ?? timeDimensionPhrase(q, i + 1) ?? (said > 0 ? ("", said) : nil)
                else { continue }
                if let k = [i + 1 + n].first(where: { ["included", "too"].contains(q[$0]) }) { q.use(i..<(k + 1)) }
            }
            for i in 0..<q.count where q.isFree(i) && ["without", "no"].contains(q[i]) {
                var j = i + 1
                if ["a", "an"].contains(q[j]) { j += 1 }
                guard let (_, n) = dimensionPhrase(q, j) ?? timeDimensionPhrase(q, j) else { continue }
                j += n
                let tails = [
                    "on a separate line", "on separate lines", "on a separate row", "on its own line", "on their own line", "in a separate row", "as a separate row", "as their own row", "in their own row", "on a line of their own",
                    "in a group of their own", "as a separate group",
                ]
                guard let t = tails.first(where: { q.wordsMatched($0, at: j) != nil }) else { continue }
                var start = i
                while start > 0, ["put", "show", "keep", "list", "anyone", "everyone", "those", "people", "customers", "products", "and"].contains(q[start - 1]) { start -= 1 }
                q.use(start..<(j + t.split(separator: " ").count))
            }
        }
        if q.take([
            "list", "list out", "show all", "show every", "list all", "list every", "enumerate", "show me all", "show me every",
            "give me all", "give me a list of", "a list of", "show me the list of",
        ]) {
            context.listRequested = true
        }
        if intent.listing != nil {
            _ = q.take(["we carry", "we sell", "we stock", "we have", "do we have", "are there", "there are", "on file"])
        }
    }
}

extension QuestionParser {
    /// A date of a dimension table named at `i` ("birth date", "date of birth"): read where a date is shown or
    /// said to be unknown, never as a period.
    func timeDimensionPhrase(_ q: QuestionWords, _ i: Int) -> (String, Int)? {
        var best: (String, Int)?
        for d in vocabulary.dimensions where d.isTime && d.table != vocabulary.factTable {
            for phrase in d.phrases {
                if let n = q.wordsMatched(phrase, at: i), n > (best?.1 ?? 0) { best = (d.name, n) }
            }
        }
        return best
    }
}

extension QuestionParser {
    /// "For each category, how many products are in the catalogue and what is their average cost?", "how many buyers in
    /// each group, avg orders per buyer and avg spend per buyer": a count asked with "how many" beside another measure
    /// must be one of the answer's columns. The thing counted, when it is one of the measures' own.
    func countDropped(_ intent: QueryIntent, _ context: Context) -> String? {
        guard intent.shape == .plain, intent.perEntity == nil, intent.ranking == nil, intent.distribution == nil, intent.band == nil, intent.listing == nil else { return nil }
        let w = context.words
        let people: Set<String> = ["customers", "buyers", "clients", "shoppers", "people", "folks", "persons"]
        let modifiers: Set<String> = ["different", "distinct", "unique", "individual", "separate", "of", "our", "the", "registered"]
        var asked: Set<String> = []
        for i in w.indices where w[i] == "how" && w.indices.contains(i + 1) && w[i + 1] == "many" {
            var k = i + 2
            while k < w.count, modifiers.contains(w[k]), k < i + 5 { k += 1 }
            guard k < w.count else { continue }
            if people.contains(w[k]) { asked.insert("people") } else if w[k] == "products" { asked.insert("products") } else if w[k] == "orders" { asked.insert("orders") }
        }
        // (One measure alone is that count, or a question the other checks read.)
        let measures = ([intent.metric] + intent.extraMetrics).compactMap { vocabulary.metric(named: $0) }
        guard !asked.isEmpty, measures.count >= 2 || measures.contains(where: { m in !vocabulary.countsPeople(m) && !vocabulary.countsProducts(m) && m.role != .orders })
        else { return nil }
        for kind in asked.sorted() {
            let shown = measures.contains { m in
                switch kind {
                case "people": return vocabulary.countsPeople(m)
                case "products": return vocabulary.countsProducts(m)
                default: return m.role == .orders
                }
            }
            if !shown { return kind == "people" ? "customers" : kind }
        }
        return nil
    }

    /// "how many customers bought a bike in 2012 and placed an order in 2013", "of the customers who bought a bike in 2012,
    /// what % placed any order in 2013": a purchase in each of two years, said by two verbs. Read as the two years side by
    /// side, or one span over both, it would answer something else; only the shapes built for it (bought in one and again
    /// in the other, in one and not the other, more in one than the other) honour it.
    private func purchasesInTwoYears(_ intent: QueryIntent, _ context: Context) -> String? {
        if case .retained = intent.shape { return nil }
        guard intent.activeIn == nil, intent.inactiveIn == nil, intent.entityComparison == nil, intent.purchases.isEmpty, intent.cohort == nil else { return nil }
        var spansYears = intent.periods.count >= 2
        if let from = intent.period?.from, let until = intent.period?.until, let first = Int(from.prefix(4)), let last = Int(until.prefix(4)) {
            spansYears = spansYears || last - first >= 2 || (last - first == 1 && !until.hasSuffix("01-01"))
        }
        guard spansYears else { return nil }
        let w = context.words
        let verbs: Set<String> = ["bought", "buy", "purchased", "ordered", "placed", "spent", "shopped", "order", "purchase", "place", "made"]
        let years = w.indices.filter { Lexicon.year(w[$0]) != nil && ["in", "during"].contains(w[max(0, $0 - 1)]) }
        guard let a = years.first, let b = years.last, a < b, w[a] != w[b] else { return nil }
        let between = ((a + 1)..<b).filter { verbs.contains(w[$0]) }
        guard !between.isEmpty, (0..<a).contains(where: { verbs.contains(w[$0]) }) else { return nil }
        // ("ordered again in 2013", "still bought in 2013": read by the shapes above when they apply.)
        guard !w.contains("again"), !w.contains("still") else { return nil }
        return "a purchase in \(w[a]) and another in \(w[b]) (ask for the buyers of each year, or who bought in \(w[a]) and again in \(w[b]))"
    }
}
