import Foundation

/// Which parts of an intent each shape of SQL can carry. A shape that would silently leave out a
/// slice, a ranking, a comparison of periods or a sort order is refused with that part named.
extension SQLBuilder {
    func checkHonoured(_ intent: QueryIntent) throws {
        func refuse(_ part: String, _ shape: String) throws -> Never {
            throw Failure(reason: "\(part) of \(shape) is not supported")
        }
        let slices = intent.groupBy.map { $0.replacingOccurrences(of: "_", with: " ") }
        // "customers aged 70 and over vs customers under 40": two limits no row meets at once are two groups, not one
        // filter; refused rather than answered with an empty total.
        for column in Set(intent.numericFilters.map(\.column)) {
            let limits = intent.numericFilters.filter { $0.column == column }
            let low = limits.filter { $0.op.hasPrefix(">") }.max { ($0.value, $0.op == ">" ? 1 : 0) < ($1.value, $1.op == ">" ? 1 : 0) }
            let high = limits.filter { $0.op.hasPrefix("<") }.min { ($0.value, $0.op == "<" ? 0 : 1) < ($1.value, $1.op == "<" ? 0 : 1) }
            if let low, let high, low.value > high.value || (low.value == high.value && (low.op == ">" || high.op == "<")) {
                let said = "\(column.replacingOccurrences(of: "_", with: " ")) \(low.op) \(formatNumber(low.value)) and \(high.op) \(formatNumber(high.value))"
                throw Failure(reason: "no row has \(said) at once (to compare two groups, name them as bands: 'under X vs Y and over')")
            }
        }
        // (Two named periods with nothing else are built by `growthBetweenPeriods`, which shows the multiple.)
        if intent.multiple {
            throw Failure(reason: "'how many times' (a multiple) is answered only between two named periods, with slices at most")
        }
        // "the best and the worst": only the plain ranking reads both ends; any other would keep one end and drop the other.
        if intent.ranking?.bothEnds == true {
            let plain: Bool = {
                switch intent.shape {
                case .plain, .share, .shareOf: return true
                default: return false
                }
            }()
            guard plain, intent.listing == nil, intent.distribution == nil, intent.perEntity == nil, !intent.pivot, intent.extraMetrics.isEmpty, (intent.ranking?.count ?? 0) > 0 else {
                throw Failure(reason: "both the highest and the lowest together with another part (ask for each on its own)")
            }
        }
        // "how many ..., and what percentage": only these shapes put the count beside the share; others would drop it.
        if intent.countWithShare {
            switch intent.shape {
            // (A running total shows each period's own count beside the cumulative share.)
            case .plain, .share, .shareOf, .shareOfPeriod, .retained, .without, .shareOfTableWith, .runningTotal: break
            default: throw Failure(reason: "a count beside its percentage is not supported for this kind of answer (ask for each on its own)")
            }
            // (Only the plain breakdown can show all of them beside the share of some.)
            if intent.countOfAll, !(intent.shape == .plain || { if case .shareOf = intent.shape { return true } else { return false } }()) {
                throw Failure(reason: "a count of all of them beside the share of some is not supported for this kind of answer (ask for each on its own)")
            }
        }
        let shapeName: String
        var allowsGroups = false, allowsBucket = false, allowsRanking = false, allowsPeriods = false, allowsSort = false
        var allowsPeriod = true, allowsNamedFilters = true
        switch intent.shape {
        case .shareOfTop:
            // ("for each category, ... from its top product": one slice of the ranked rows' own table.)
            shapeName = "a share of the top ranked"; allowsRanking = true; allowsGroups = intent.groupBy.count <= 1
        case .paretoCount: shapeName = "the fewest that make up a share"; allowsNamedFilters = false
        case .plain, .share, .shareOf, .shareOfPeriod, .threshold:
            shapeName = "a total"
            allowsGroups = true; allowsBucket = true; allowsRanking = true; allowsPeriods = intent.ranking == nil; allowsSort = true
        case .growth, .runningTotal, .movingAverage, .averagePerBucket:
            shapeName = {
                switch intent.shape {
                case .growth: return "a growth rate"
                case .runningTotal: return "a running total"
                case .movingAverage: return "a moving average"
                default: return "an average per period"
                }
            }()
            allowsBucket = true
            allowsGroups = true
            // "rank the subcategories by revenue, highest first, with the cumulative share": the list is biggest first.
            allowsSort = intent.shape == .runningTotal && intent.bucket == nil && intent.groupBy.count <= 1 && intent.sortDescending == true
            // "the top 5 products by revenue with the cumulative share": customers or products down the list, biggest first.
            if intent.shape == .runningTotal, intent.bucket == nil, intent.groupBy.isEmpty, let r = intent.ranking, case .table = r.entity, r.highest,
                r.perDimension == nil, r.withinBucket == nil
            {
                allowsRanking = true
            }
            // "which weekday had the highest average daily revenue": the averages within each coarser period, ranked.
            if intent.shape == .averagePerBucket, let r = intent.ranking, let b = intent.averageWithin, r.entity == .bucket(b), r.perDimension == nil, r.withinBucket == nil,
                r.count > 0, !r.bothEnds
            {
                allowsRanking = true
            }
            // "which quarter grew the most", "which country had the biggest increase": the periods, or the one slice, ranked by their change.
            if intent.shape == .growth, let ranking = intent.ranking, ranking.perDimension == nil, ranking.withinBucket == nil {
                switch ranking.entity {
                case .bucket: allowsRanking = intent.groupBy.isEmpty
                case .dimension: allowsRanking = intent.groupBy.isEmpty && twoPeriods(intent) != nil
                case .table: break
                }
            }
        case .repeatCustomers:
            shapeName = "repeat customers"
            allowsGroups = true
            // "which country has the most repeat buyers": the customers' own groups, ranked by their count.
            if let r = intent.ranking, case .dimension(let d) = r.entity, r.perDimension == nil, r.withinBucket == nil,
                vocabulary.dimension(named: d)?.table == vocabulary.customersTable, intent.groupBy.allSatisfy({ $0 == d })
            {
                allowsRanking = true
            }
        case .newCustomers:
            shapeName = "new customers"; allowsBucket = true; allowsPeriods = true
            // "in which year did we win the most new customers": the periods ranked by their count.
            if let r = intent.ranking, case .bucket = r.entity, r.perDimension == nil, r.withinBucket == nil, intent.groupBy.isEmpty { allowsRanking = true }
            allowsGroups = intent.groupBy.allSatisfy { vocabulary.dimension(named: $0)?.table == vocabulary.customersTable }
        case .retained:
            shapeName = "retained customers"; allowsPeriod = false
            allowsGroups = intent.groupBy.allSatisfy { vocabulary.dimension(named: $0)?.table == vocabulary.customersTable }
        case .both: shapeName = "customers who bought several things"; allowsGroups = true
        case .without:
            shapeName = "things never sold"; allowsNamedFilters = false
            // Slices of the things themselves ("products in each category that never sold"); any other would need their sales.
            let table = vocabulary.metric(named: intent.metric).map { $0.table == vocabulary.factTable ? vocabulary.productsTable : $0.table }
            allowsGroups = intent.groupBy.allSatisfy { vocabulary.dimension(named: $0)?.table == table }
        case .shareOfTableWith:
            shapeName = "the share of customers who bought"; allowsNamedFilters = false; allowsGroups = true; allowsBucket = intent.bucket == .ageDecade
        }
        if intent.versusRest != nil,
            !(intent.shape == .plain || intent.shape == .share) || intent.ranking != nil || intent.perEntity != nil || intent.listing != nil || intent.band != nil
                || !intent.periods.isEmpty || !intent.extraMetrics.isEmpty || intent.distribution != nil || intent.pivot
        {
            throw Failure(reason: "values named against everything else work for plain totals and shares by slice only")
        }
        if intent.band != nil, !bandBuiltInPlace(intent) {
            throw Failure(reason: "bands of \(intent.band!.column.replacingOccurrences(of: "_", with: " ")) work for totals and shares only")
        }
        if !allowsGroups && !slices.isEmpty { try refuse("a breakdown by \(slices.joined(separator: " and "))", shapeName) }
        if !allowsBucket, let b = intent.bucket { try refuse("a breakdown by \(b == .ageDecade ? "age" : b.rawValue)", shapeName) }
        if !allowsPeriods && !intent.periods.isEmpty { try refuse("a comparison of \(intent.periods.map(\.label).joined(separator: " and "))", shapeName) }
        if !allowsPeriod, let p = intent.period { try refuse("a period (\(p.label))", shapeName) }
        if let e = intent.entityThreshold {
            // The filter is read per entity; other filters would change whose totals are compared.
            // Filters on another table ("on bikes") are read inside each entity's total, for customers and products.
            // ("orders from Canadian customers with 3 or more lines": an order has one customer, so a customer's filter keeps
            // or drops whole orders.)
            let orderKey = vocabulary.orderCount.flatMap(vocabulary.distinctColumn(of:))
            let filtersFit =
                e.key == nil
                || intent.filters.allSatisfy({ f in
                    let table = vocabulary.dimension(named: f.dimension)?.table
                    return table == e.table || (e.key == orderKey && table == vocabulary.customersTable)
                })
            // ("how is their revenue split across categories, in %": each group's share of the sales of those who pass.)
            let shareOfTheirs = intent.shape == .share && e.key == nil && intent.sharePartition == nil
            if (intent.shape != .plain && !shareOfTheirs) || !filtersFit || intent.listing != nil && intent.listing?.table != e.table {
                throw Failure(reason: "a threshold on each \(e.table)'s \(e.metric.replacingOccurrences(of: "_", with: " ")) combined with other filters or shapes is not supported")
            }
        }
        // (Things never sold take a number of their own as a filter: "products that cost more than 500".)
        let ownNumbers: Bool = {
            guard case .without = intent.shape, let m = vocabulary.metric(named: intent.metric) else { return false }
            let table = m.table == vocabulary.factTable ? vocabulary.productsTable : m.table
            return intent.numericFilters.allSatisfy { vocabulary.dimension(named: $0.column)?.table == table }
        }()
        if !allowsNamedFilters && !intent.numericFilters.isEmpty && !ownNumbers {
            try refuse("a comparison on \(intent.numericFilters[0].column.replacingOccurrences(of: "_", with: " "))", shapeName)
        }
        if !allowsNamedFilters && !intent.dateFilters.isEmpty { try refuse("a period on \(intent.dateFilters[0].column.replacingOccurrences(of: "_", with: " "))", shapeName) }
        if !allowsNamedFilters && !intent.namedFilters.isEmpty { try refuse("a filter (\(intent.namedFilters.joined(separator: ", ")))", shapeName) }
        if !allowsSort && intent.sortDescending != nil { try refuse("a sort order", shapeName) }
        if let ranking = intent.ranking {
            let listsWithout = intent.shape == .without(vocabulary.factTable) && ranking.count == 0
            if !allowsRanking && !listsWithout { try refuse("a ranking or list", shapeName) }
            if case .bucket = ranking.entity {
            } else if let b = intent.bucket, b == .ageDecade || ranking.perDimension != nil {
                try refuse("a ranking within each \(b == .ageDecade ? "age band" : b.rawValue)", "a ranking")
            }
            if !intent.periods.isEmpty { try refuse("a comparison of periods", "a ranking") }
        }
        if intent.rankWithin != nil, intent.shape != .plain || intent.ranking != nil || !intent.extraMetrics.isEmpty || intent.perEntity != nil || intent.listing != nil {
            throw Failure(reason: "a rank within each group combined with \(shapeName), a ranking or several measures is not supported")
        }
        if !intent.thresholdOnShareOf.isEmpty, intent.ranking != nil || !intent.extraMetrics.isEmpty || intent.perEntity != nil || intent.listing != nil {
            throw Failure(reason: "a threshold on a share within each group combined with a ranking or several measures is not supported")
        }
        // The quarter of every year is a filter for totals and breakdowns; series and customer analyses would drop it.
        if intent.quarterOfYear != nil || intent.monthOfYear != nil, !(intent.shape == .plain || intent.shape == .share) || intent.listing != nil {
            throw Failure(reason: "the same quarter of every year combined with \(shapeName) is not supported")
        }
        // (Consecutive months of every year are a filter only: a part of each year, or one day of them, is one month.)
        if intent.monthOfYearThrough != nil, intent.partOfYear || intent.dayOfMonth != nil {
            throw Failure(reason: "several months of every year combined with a share of each year or a day of the month is not supported")
        }
        if intent.activeIn != nil, !(intent.shape == .plain) || intent.ranking != nil || intent.perEntity != nil || !intent.extraMetrics.isEmpty {
            throw Failure(reason: "active in one period but not another combined with \(shapeName), a ranking or several measures is not supported")
        }
        let status = QueryIntent.customerStatus
        // (By year, quarter or month, each line's own period is its cut-off.)
        let splitByGrain = intent.bucket.map { [.year, .quarter, .month, .yearMonth].contains($0) } ?? false
        if intent.groupBy.contains(status) || intent.filters.contains(where: { $0.dimension == status }), (isTimeBucket(intent.bucket) && !splitByGrain) || !intent.periods.isEmpty {
            throw Failure(reason: "new and returning customers in each of several periods (the split is made at one period's start)")
        }
        if intent.pivot, intent.listing != nil || intent.distribution != nil || intent.perEntity != nil || intent.timeDimension != nil || intent.partOfYear {
            throw Failure(reason: "columns side by side work for totals by slice only")
        }
        if intent.partOfYear, intent.dayOfMonth != nil { throw Failure(reason: "a share of each year from one calendar day is not supported") }
        if intent.partOfYear, intent.shape != .plain || intent.bucket != .year || intent.ranking != nil || !intent.extraMetrics.isEmpty || intent.perEntity != nil {
            throw Failure(reason: "a share of each year from one month or quarter works for a plain total by year only")
        }
        let grouped = !intent.groupBy.isEmpty || intent.bucket != nil || intent.band != nil || intent.versusRest != nil || !intent.periods.isEmpty || intent.ranking != nil
        if case .threshold = intent.shape, !grouped { throw Failure(reason: "a threshold needs something to compare (customers, products, countries ...), and none was named") }
        // Those passing a number, out of each group's count: a column of a plain breakdown or total.
        if !intent.percentPassing.isEmpty,
            intent.shape != .plain || intent.ranking != nil || intent.listing != nil || intent.perEntity != nil || !intent.extraMetrics.isEmpty
                || intent.distribution != nil || intent.band != nil || !intent.periods.isEmpty || intent.pivot
        {
            throw Failure(reason: "a share of those passing a number is answered for a plain total or breakdown only")
        }
        // A share of the biggest row is a column of a breakdown's rows, nothing else.
        if intent.shareOfBest, intent.shape != .share || intent.ranking != nil || intent.listing != nil || intent.perEntity != nil || !intent.extraMetrics.isEmpty {
            throw Failure(reason: "a percentage of the biggest is answered beside a plain breakdown only")
        }
        if intent.shape == .share, !grouped { throw Failure(reason: "a share of the total needs a breakdown, and none was named") }
        if !intent.outputYears.isEmpty, intent.shape != .growth { throw Failure(reason: "years to show apply only to growth") }
    }
}
