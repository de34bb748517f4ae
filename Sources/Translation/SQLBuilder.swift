import Foundation
import FoundationEssentials
import SemanticModel
import Warehouse

/// Writes the SQL for an intent, from the vocabulary's expressions and the dialect's date
/// functions, and a one-sentence interpretation for people.
struct SQLBuilder {
    /// (A copy of the model's, with a band the question gives added as a dimension: `BandDimension.swift`.)
    var vocabulary: Vocabulary
    let dialect: SQLDialect

    struct Failure: Error { var reason: String }

    var fact: Vocabulary.Table { vocabulary.tables[vocabulary.factTable]! }
    /// The date that periods and time buckets read: the fact table's order date, unless the question
    /// names another ("born", "shipped", "launched").
    var timeOverride: (expr: String, table: String)? = nil
    var time: String { timeOverride?.expr ?? vocabulary.timeColumn }
    var timeTable: String { timeOverride?.table ?? vocabulary.factTable }

    /// The first day of the question's period: who bought before it is a returning customer (`CustomerStatus.swift`).
    var statusCutoff: String? = nil
    /// "new vs returning customers by year": each line's own year (quarter, month) is the cut-off instead.
    var statusGrain: QueryIntent.Bucket? = nil
    /// What orders are split by (`OrderContents.swift`), and the period their matching lines fall in.
    var contentSplit: QueryIntent.ValueFilter? = nil
    var splitPeriod: QueryIntent.Period? = nil

    func build(_ intent: QueryIntent) throws -> (sql: String, interpretation: String) {
        var builder = self
        builder.statusCutoff = intent.period?.from
        if let b = intent.bucket, [.year, .quarter, .month, .yearMonth].contains(b) { builder.statusGrain = b }
        builder.contentSplit = intent.orderContentSplit
        builder.splitPeriod = intent.period
        if let other = intent.customerStatusStarts.first(where: { $0 != builder.statusCutoff }) {
            throw Failure(reason: "new customers defined by a first order from \(other), which is not where the question's period starts")
        }
        var intent = intent
        var bandText = ""
        if let band = intent.band, !builder.bandBuiltInPlace(intent) {
            (intent, bandText) = try builder.addBandDimension(band, to: intent)
        }
        var built = try builder.buildChecked(intent)
        built.interpretation += bandText
        // "the second best product": only the shapes that keep one place can say it; any other would show the top rows.
        if let r = intent.ranking, r.onlyPlace, !built.sql.contains("rk = \(r.count)") {
            throw Failure(reason: "only place \(r.count) of this ranking (ask for the top \(r.count))")
        }
        return built
    }

    func buildChecked(_ intent: QueryIntent) throws -> (sql: String, interpretation: String) {
        // ("in which month of 2013 did revenue first go above 1 million": the months of that one year, by number.)
        var intent = intent
        if intent.firstPassing != nil, intent.bucket == .yearMonth { intent.bucket = .month }
        var (sql, text) = try buildShape(intent)
        (sql, text) = try firstPassingSQL(sql, text, intent)
        // Rows level on the measure go by name: a sort of groups without a ranking is only made by the plain breakdown.
        if intent.tieBreakByName || intent.tieBreakColumn != nil {
            if intent.ranking == nil, intent.groupBy.count == 1, intent.tieBreakColumn == nil || intent.tieBreakColumn == intent.groupBy[0], sql.hasSuffix(", \(intent.groupBy[0])") {
                text += ", level ones by \(intent.groupBy[0].replacingOccurrences(of: "_", with: " "))"
            } else if intent.ranking == nil || !text.contains("level ones by") {
                throw Failure(reason: "an order by name of rows level on the measure is not supported here")
            }
        }
        // A rank number asked for is a column of the answer; a shape without one is refused, not answered without it.
        if intent.showRank {
            guard sql.contains(" AS rank ") || sql.contains(" AS rank,") || sql.hasSuffix(" AS rank") else {
                throw Failure(reason: "showing each row's rank beside this kind of answer is not supported")
            }
            text += ", with each row's rank"
        }
        // Filters on who is measured that every shape must carry (a cohort, a comparison of two periods, purchases
        // never made): a shape that built its SQL without one is refused, not answered.
        for (onFact, onTable, description) in try carriedConditions(intent) {
            guard sql.contains(onFact) || sql.contains(onTable) else { throw Failure(reason: "\(description) combined with this kind of question is not supported") }
            text += ", " + description
        }
        // A list of the things that passed a comparison shows the two values compared (and the change when asked): a
        // reader checks "sold more in 2013 than in 2012" at a glance, and "and by how many" is answered in the same row.
        if let c = intent.entityComparison, c.showValues || intent.listing != nil {
            guard intent.listing != nil else { throw Failure(reason: "each period's value beside things that are not listed") }
            return (try withComparedValues(sql, c, filters: intent.filters), text + ", with \(c.metric.replacingOccurrences(of: "_", with: " ")) in \(c.baseline.label) and in \(c.period.label)" + (c.showChange ? " and the change" : ""))
        }
        return (sql, text)
    }

    /// Each carried filter, written on the fact table's key and on the dimension table's, and in words.
    func carriedConditions(_ intent: QueryIntent) throws -> [(onFact: String, onTable: String, description: String)] {
        var carried: [(String, String, String)] = []
        if let c = intent.cohort {
            let description = intent.cohortIsPart ? "the share in percent of it from " + describeCohort(c).replacingOccurrences(of: "only ", with: "") : describeCohort(c)
            carried.append((try cohortCondition(c, onFact: true).sql, try cohortCondition(c, onFact: false).sql, description))
        }
        if let a = intent.activeInEvery {
            carried.append((try activeInEveryCondition(a, onFact: true).sql, try activeInEveryCondition(a, onFact: false).sql, describeActiveInEvery(a)))
        }
        if let c = intent.entityComparison {
            carried.append(
                (try comparisonCondition(c, onFact: true, filters: intent.filters).sql, try comparisonCondition(c, onFact: false, filters: intent.filters).sql, describeComparison(c)))
        }
        for p in intent.purchases {
            carried.append(
                (try purchaseCondition(p, onFact: true).sql, try purchaseCondition(p, onFact: false).sql, "only customers who bought \(describeFilter(p.filter)) in \(p.period.label)"))
        }
        for f in intent.neverBought {
            carried.append((try neverBoughtCondition(f, onFact: true).sql, try neverBoughtCondition(f, onFact: false).sql, "only customers who never bought \(describeFilter(f))"))
        }
        return carried
    }

    func buildShape(_ intent: QueryIntent) throws -> (sql: String, interpretation: String) {
        guard let metric = vocabulary.metric(named: intent.metric) else { throw Failure(reason: "no metric to compute") }
        if intent.orderGaps { return try orderGaps(intent) }
        if let gap = intent.longestDateGap { return try longestDateGap(intent, gap) }
        if let least = intent.sameDayOrders { return try sameDayOrders(intent, least: least) }
        if intent.shape == .growth, intent.periods.count == 2, intent.bucket == nil, intent.ranking == nil {
            return try growthBetweenPeriods(intent, metric)
        }
        try checkHonoured(intent)
        if intent.median, intent.perEntity == nil { return try medianValue(intent, metric) }
        // "what % of customers born before 1960 ordered more than once": a period alone on another table's date only says
        // which of its rows count; the rest of the question runs on the order date as usual.
        if let name = intent.timeDimension, let d = vocabulary.dimension(named: name), d.isTime, d.table != vocabulary.factTable,
            intent.bucket == nil, intent.periods.isEmpty, let p = intent.period, intent.shape != .plain || intent.ranking != nil || intent.perEntity != nil
        {
            var rest = intent
            rest.timeDimension = nil
            rest.period = nil
            rest.dateFilters.append(.init(column: name, period: p))
            return try buildShape(rest)
        }
        if let name = intent.timeDimension {
            guard let d = vocabulary.dimension(named: name), d.isTime else { throw Failure(reason: "unknown date \(name)") }
            // Another table's date works for plain totals and breakdowns; series and customer analyses run on the order date.
            guard d.table == vocabulary.factTable || (intent.shape == .plain && intent.ranking == nil && intent.perEntity == nil) else {
                throw Failure(reason: "a period or grain on \(name.replacingOccurrences(of: "_", with: " ")) with a ranking, share or analysis is not supported")
            }
            var builder = self
            builder.timeOverride = (d.expr, d.table)
            var rest = intent
            rest.timeDimension = nil
            let (sql, text) = try builder.buildShape(rest)
            return (sql, text + " (dates: \(name.replacingOccurrences(of: "_", with: " ")))")
        }
        // "top 3 months of 2013 by revenue with each one's share of the total": a share beside a ranking is each ranked
        // row's part of all the rows (the ranking would otherwise drop it).
        if intent.shape == .share, intent.ranking != nil, !intent.shareOfBest {
            guard intent.sharePartition == nil else { throw Failure(reason: "each row's share within a group of a ranking is not supported") }
            var rest = intent
            rest.shape = .plain
            rest.shareOfEachRow = true
            return try buildShape(rest)
        }
        // Each row's share is a column of a ranking's rows, added up over all of them: a sum only.
        if intent.shareOfEachRow {
            guard intent.ranking?.perDimension == nil, intent.listing == nil, intent.distribution == nil, intent.perEntity == nil, !intent.pivot, intent.extraMetrics.isEmpty,
                intent.shape == .plain || intent.shape == .runningTotal,
                // (Orders by period add up too: an order is placed on one date.)
                metric.expr.hasPrefix("SUM(") || (intent.bucket.map(isTimeBucket) == true && intent.groupBy.isEmpty && intent.ranking == nil && vocabulary.orderCount?.name == metric.name)
            else { throw Failure(reason: "each row's share of the total beside this answer is not supported") }
        }
        if let listing = intent.listing { return try listRows(intent, listing) }
        if let d = intent.distribution { return try distribution(intent, d) }
        if let entity = intent.perEntity { return try perEntityAverage(intent, metric, entity) }
        if intent.pivot { return try pivot(intent, metric) }
        if !intent.extraMetrics.isEmpty { return try severalMeasures(intent) }
        switch intent.shape {
        case .repeatCustomers(let share): return try repeatCustomers(intent, share: share)
        case .newCustomers: return try newCustomers(intent)
        case .retained(let a, let b): return try retained(intent, a, b)
        case .both(let filters): return try both(intent, filters)
        case .without(let table): return try without(intent, table)
        case .shareOfTableWith(let table, let filters): return try shareOfTableWith(intent, table, filters)
        case .shareOfTop: return try shareOfTop(intent, metric)
        case .paretoCount(let table, let fraction): return try paretoCount(intent, metric, table, fraction)
        case .growth, .runningTotal, .movingAverage, .averagePerBucket: return try series(intent, metric)
        default: break
        }
        if let ranking = intent.ranking { return try ranked(intent, metric, ranking) }
        return try grouped(intent, metric)
    }

    // MARK: - Pieces

    func dimension(_ name: String) throws -> Vocabulary.Dimension {
        if name == QueryIntent.customerStatus { return try customerStatusDimension() }
        if name == QueryIntent.orderContentsColumn { return try orderContentsDimension() }
        if name == QueryIntent.firstOrderYear { return try firstOrderYearDimension() }
        guard let d = vocabulary.dimension(named: name) else { throw Failure(reason: "unknown dimension \(name)") }
        return d
    }

    /// The column naming each of several compared periods. The same span in different years ("Q4 2013 vs Q4 2012",
    /// "December 2012 vs December 2013") is named by its year, the part that differs; other periods by their label.
    func periodsColumn(_ periods: [QueryIntent.Period]) -> (String, String) {
        let values = periodValues(periods)
        let cases = zip(periods, values).map { "WHEN \(periodCondition($0)) THEN \($1.literal)" }.joined(separator: " ")
        return ("CASE \(cases) END", values.first?.sameSpan == true ? "year" : "period")
    }

    /// What names each compared period in the answer: its year when all are the same span in different years, else its label.
    func periodValues(_ periods: [QueryIntent.Period]) -> [(literal: String, name: String, sameSpan: Bool)] {
        let spans = periods.compactMap { p in p.from.flatMap { f in p.until.map { (f, $0) } } }
        let sameSpan =
            spans.count == periods.count && Set(spans.map { "\($0.0.dropFirst(4))|\($0.1.dropFirst(4))" }).count == 1
            && Set(spans.map { $0.0.prefix(4) }).count == periods.count
            && spans.allSatisfy { (Int($0.1.prefix(4)) ?? 0) - (Int($0.0.prefix(4)) ?? 0) == (Int(spans[0].1.prefix(4)) ?? 0) - (Int(spans[0].0.prefix(4)) ?? 0) }
        // (A whole calendar month is named as its "YYYY-MM", as a monthly breakdown names it.)
        func month(_ p: QueryIntent.Period) -> String? {
            guard let from = p.from, let until = p.until, from.hasSuffix("-01"), until.hasSuffix("-01"), let y = Int(from.prefix(4)), let m = Int(from.dropFirst(5).prefix(2))
            else { return nil }
            let next = m == 12 ? String(format: "%04d-01-01", y + 1) : String(format: "%04d-%02d-01", y, m + 1)
            return until == next ? String(from.prefix(7)) : nil
        }
        // ("January 2014 vs January 2013": whole months are named by month, not by their years.)
        let wholeMonths = periods.allSatisfy { month($0) != nil }
        return periods.map { p in
            if sameSpan && !wholeMonths { return (String(p.from!.prefix(4)), String(p.from!.prefix(4)), true) }
            let label = month(p) ?? p.label
            return (quote(label), label, false)
        }
    }

    func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    func condition(_ filter: QueryIntent.ValueFilter) throws -> String {
        let d = try dimension(filter.dimension)
        // "whose gender is unknown": the unknown row, however the data spells it.
        if filter.values == [QueryIntent.unknownValue] { return "(\(d.expr) IS NULL OR \(d.expr) IN ('n/a', ''))" }
        // "excluding customers whose country is unknown": every known value.
        if filter.values == [QueryIntent.excluded(QueryIntent.unknownValue)] { return "(\(d.expr) IS NOT NULL AND \(d.expr) NOT IN ('n/a', ''))" }
        // "men or unknown gender": the unknown row beside values named.
        if filter.values.contains(QueryIntent.unknownValue) {
            var named = filter
            named.values.removeAll { $0 == QueryIntent.unknownValue }
            return "(\(d.expr) IS NULL OR \(d.expr) IN ('n/a', '') OR \(try condition(named)))"
        }
        if filter.values.allSatisfy({ $0.hasPrefix("\u{2}") }) {
            let values = filter.values.map { quote(String($0.dropFirst())) }
            return "(\(d.expr) IS NULL OR \(d.expr) NOT IN (\(values.joined(separator: ", "))))"
        }
        if filter.values.contains(where: { $0.hasPrefix("\u{2}") }) { throw Failure(reason: "a value both required and excluded") }
        if filter.values.contains(where: { $0.hasPrefix("\u{1}") || $0.hasPrefix("\u{3}") || $0.hasPrefix("\u{4}") }) {
            return "("
                + filter.values.map { value in
                    let text = String(value.dropFirst())
                    switch value.first {
                    // Model codes: the name starts with the code and a space ("Road-150 Red, 44", not "Road-1500").
                    case "\u{1}": return "\(d.expr) LIKE \(quote(text + " %"))"
                    // A name or a leading part of it: the rest starts with a separator ("Sport-100 Helmet- Blue").
                    // Text searched inside a name ("'Mountain' in their name"); SQLite's LIKE ignores ASCII case.
                    case "\u{4}": return "\(d.expr) LIKE \(quote("%" + text + "%"))"
                    case "\u{3}": return "(\(d.expr) = \(quote(text)) OR " + [",", "-", " ", "/"].map { "\(d.expr) LIKE \(quote(text + $0 + "%"))" }.joined(separator: " OR ") + ")"
                    default: return "\(d.expr) = \(quote(value))"
                    }
                }.joined(separator: " OR ") + ")"
        }
        return filter.values.count == 1 ? "\(d.expr) = \(quote(filter.values[0]))" : "\(d.expr) IN (\(filter.values.map(quote).joined(separator: ", ")))"
    }

    func periodCondition(_ p: QueryIntent.Period) -> String {
        var parts: [String] = []
        if let from = p.from { parts.append("\(time) >= '\(from)'") }
        if let until = p.until { parts.append("\(time) < '\(until)'") }
        if parts.isEmpty { parts.append("\(time) IS NOT NULL") }
        return parts.joined(separator: " AND ")
    }

    /// The bucket expression; months of a single year are keyed by number, others by 'YYYY-MM'.
    func bucketExpr(_ bucket: QueryIntent.Bucket, _ intent: QueryIntent) throws -> (expr: String, label: String) {
        switch bucket {
        case .year: return (dialect.year(time), "year")
        case .quarter:
            if singleYear(intent) { return (dialect.quarter(time), "quarter") }
            return ("\(dialect.year(time)) || '-Q' || \(dialect.quarter(time))", "quarter")
        case .month: return singleYear(intent) ? (dialect.month(time), "month") : (dialect.yearMonth(time), "month")
        case .yearMonth: return (dialect.yearMonth(time), "month")
        case .monthOfYear: return (dialect.month(time), "month")
        case .quarterOfYear: return (dialect.quarter(time), "quarter")
        case .day: return (time, "date")
        case .weekday: return (dialect.weekday(time), "weekday")
        case .ageDecade:
            guard let age = vocabulary.dimensions.first(where: { $0.role == .age }) else { throw Failure(reason: "the model has no age") }
            return ("((\(age.expr)) / 10) * 10", "age_decade")
        }
    }

    /// CASE over the cuts, labelled as the question labelled them; an unknown value stays NULL.
    func bandExpr(_ band: QueryIntent.Band) throws -> (String, String) {
        if let table = band.perEntity {
            // Each row's own all-time measure, looked up per fact row (the fact table is indexed by its keys).
            guard let keys = joinKeys(table), let m = vocabulary.metric(named: band.column), m.table == vocabulary.factTable else {
                throw Failure(reason: "cannot compute \(band.column) per \(table)")
            }
            let inner = fact.alias + "2"
            let own = m.expr.replacingOccurrences(of: fact.alias + ".", with: inner + ".")
            let column = keys.factColumn.replacingOccurrences(of: fact.alias + ".", with: inner + ".")
            let value = "(SELECT \(own) FROM \(fact.physical) \(inner) WHERE \(column) = \(keys.factColumn))"
            return (bandCase(value, band), "\(table)_group")
        }
        let d = try dimension(band.column)
        return (bandCase(d.expr, band), "\(d.name)_band")
    }

    /// The band label of a number: NULL stays NULL (unknown), each cut starts the next band.
    func bandCase(_ value: String, _ band: QueryIntent.Band) -> String {
        var expr = "CASE WHEN \(value) IS NULL THEN NULL"
        for (cut, label) in zip(band.cuts, band.labels) { expr += " WHEN \(value) < \(formatNumber(cut)) THEN \(quote(label))" }
        return expr + " ELSE \(quote(band.labels.last!)) END"
    }

    func singleYear(_ intent: QueryIntent) -> Bool {
        guard let p = intent.period, let from = p.from, let until = p.until else { return false }
        return from.prefix(4) == until.prefix(4) || (until.hasSuffix("-01-01") && Int(until.prefix(4)) == Int(from.prefix(4))! + 1)
    }

    func isTimeBucket(_ b: QueryIntent.Bucket?) -> Bool { b != nil && b != .ageDecade }

    /// FROM clause: the single table the query needs, or the fact table joined to what it needs.
    func from(_ tables: Set<String>, forceFact: Bool = false) -> (String, Bool) {
        if !forceFact && tables.count == 1, let only = tables.first, let t = vocabulary.tables[only] {
            return ("\(t.physical) \(t.alias)", only == vocabulary.factTable)
        }
        var clause = "\(fact.physical) \(fact.alias)"
        for name in tables.sorted() where name != vocabulary.factTable {
            if let t = vocabulary.tables[name], let on = vocabulary.joins[name] { clause += " JOIN \(t.physical) \(t.alias) ON \(on)" }
        }
        return (clause, true)
    }

    func tablesUsed(_ intent: QueryIntent, _ metric: Vocabulary.Metric, extra: [String] = []) throws -> Set<String> {
        var tables = metric.tables
        for g in intent.groupBy { tables.insert(try dimension(g).table) }
        for f in intent.filters { tables.insert(try dimension(f.dimension).table) }
        for name in intent.namedFilters { if let f = vocabulary.filters.first(where: { $0.name == name }) { tables.insert(f.table) } }
        if intent.period != nil || !intent.periods.isEmpty || isTimeBucket(intent.bucket) || intent.quarterOfYear != nil || intent.monthOfYear != nil { tables.insert(timeTable) }
        if intent.bucket == .ageDecade, let age = vocabulary.dimensions.first(where: { $0.role == .age }) { tables.insert(age.table) }
        if let band = intent.band, band.column != intent.distribution?.metric { tables.insert(band.perEntity == nil ? try dimension(band.column).table : vocabulary.factTable) }
        for f in intent.numericFilters + intent.percentPassing { tables.insert(try dimension(f.column).table) }
        for f in intent.dateFilters { tables.insert(try dimension(f.column).table) }
        if case .shareOf(let filters) = intent.shape { for f in filters { tables.insert(try dimension(f.dimension).table) } }
        if let rest = intent.versusRest { tables.insert(try dimension(rest.dimension).table) }
        for f in intent.thresholdOnShareOf { tables.insert(try dimension(f.dimension).table) }
        for e in extra { tables.insert(e) }
        return tables
    }

    func whereClause(_ intent: QueryIntent, includePeriod: Bool = true, timeNotNull: Bool = false) throws -> String {
        let parts = try whereParts(intent, includePeriod: includePeriod, timeNotNull: timeNotNull).map(\.sql)
        return parts.isEmpty ? "" : " WHERE " + parts.joined(separator: " AND ")
    }

    /// The conditions of a WHERE clause, each with the logical table whose columns it reads.
    func whereParts(_ intent: QueryIntent, includePeriod: Bool = true, timeNotNull: Bool = false) throws -> [(sql: String, table: String)] {
        var parts = try intent.filters.map { (try condition($0), try dimension($0.dimension).table) }
        parts += intent.namedFilters.compactMap { name in vocabulary.filters.first { $0.name == name }.map { ($0.expr, $0.table) } }
        if let n = intent.quarterOfYear, !intent.partOfYear { parts.append(("\(dialect.quarter(time)) = \(n)", timeTable)) }
        if let n = intent.monthOfYear, !intent.partOfYear {
            parts.append((intent.monthOfYearThrough.map { "\(dialect.month(time)) BETWEEN \(n) AND \($0)" } ?? "\(dialect.month(time)) = \(n)", timeTable))
        }
        if let n = intent.dayOfMonth { parts.append(("\(dialect.dayOfMonth(time)) = \(n)", timeTable)) }
        if let active = intent.activeIn, let inactive = intent.inactiveIn {
            // Whose activity: the listed table, or what the measure counts (customers or products).
            guard let metric = vocabulary.metric(named: intent.metric) else { throw Failure(reason: "no measure") }
            let table: String
            if let listed = intent.listing?.table {
                table = listed
            } else if metric.table != vocabulary.factTable {
                table = metric.table
            } else if let t = [vocabulary.customersTable, vocabulary.productsTable].first(where: { t in joinKeys(t).map { metric.expr == "COUNT(DISTINCT \($0.factColumn))" } ?? false }) {
                table = t
            } else {
                throw Failure(reason: "active in \(active.label) but not in \(inactive.label) applies to counts or lists of customers or products")
            }
            guard let keys = joinKeys(table) else { throw Failure(reason: "\(table) cannot be matched to sales") }
            let column = metric.table == vocabulary.factTable && intent.listing == nil ? keys.factColumn : keys.dimColumn
            let filtered = try intent.filters.filter { try dimension($0.dimension).table != table }
            var tables: Set<String> = [vocabulary.factTable]
            for f in filtered { tables.insert(try dimension(f.dimension).table) }
            let extra = try filtered.map { " AND " + (try condition($0)) }.joined()
            // "which subcategories sold in 2013 but not in 2012": the values listed are what was active, not their products.
            if let name = intent.listing?.dimension, let d = try? dimension(name), d.table == table {
                tables.insert(table)
                let sub = { (p: QueryIntent.Period) in "SELECT \(d.expr) FROM \(self.from(tables, forceFact: true).0) WHERE \(self.periodCondition(p))\(extra) AND \(d.expr) IS NOT NULL" }
                parts.append(("\(d.expr) IN (\(sub(active))) AND \(d.expr) NOT IN (\(sub(inactive)))", table))
            } else {
                let sub = { (p: QueryIntent.Period) in "SELECT \(keys.factColumn) FROM \(self.from(tables, forceFact: true).0) WHERE \(self.periodCondition(p))\(extra)" }
                parts.append(("\(column) IN (\(sub(active))) AND \(column) NOT IN (\(sub(inactive)))", column == keys.factColumn ? vocabulary.factTable : table))
            }
        }
        if let e = intent.entityThreshold {
            parts.append(try entityThresholdCondition(e, intent))
        }

        if let band = intent.band, band.namedOnly, band.perEntity == nil {
            let d = try dimension(band.column)
            parts.append(("\(d.expr) IS NOT NULL", d.table))
        }
        parts += try intent.numericFilters.map { f in
            let d = try dimension(f.column)
            return ("\(d.expr) \(f.op) \(formatNumber(f.value))", d.table)
        }
        parts += try intent.dateFilters.map { f in
            let d = try dimension(f.column)
            let bounds = [f.period.from.map { "\(d.expr) >= \(quote($0))" }, f.period.until.map { "\(d.expr) < \(quote($0))" }].compactMap { $0 }
            return (bounds.isEmpty ? "1 = 1" : bounds.joined(separator: " AND "), d.table)
        }
        if includePeriod, let p = intent.period { parts.append((periodCondition(p), timeTable)) }
        if includePeriod, !intent.periods.isEmpty { parts.append(("(" + intent.periods.map { "(\(periodCondition($0)))" }.joined(separator: " OR ") + ")", timeTable)) }
        if timeNotNull && !parts.contains(where: { $0.0.contains(time) }) { parts.append(("\(time) IS NOT NULL", timeTable)) }
        // A buyer whose lines are all undated has no first order, so no cohort: like undated lines in a time bucket, left out.
        if intent.groupBy.contains(QueryIntent.firstOrderYear) { parts.append(("\(try firstOrderYearDimension().expr) IS NOT NULL", vocabulary.factTable)) }
        // After the check above: these subqueries read the order date too, but filter no row of this query by it.
        let onFact = intent.listing == nil && vocabulary.metric(named: intent.metric)?.table == vocabulary.factTable
        if let c = intent.cohort { parts.append(try cohortCondition(c, onFact: onFact)) }
        if let a = intent.activeInEvery { parts.append(try activeInEveryCondition(a, onFact: onFact)) }
        if let c = intent.entityComparison { parts.append(try comparisonCondition(c, onFact: onFact, filters: intent.filters)) }
        for f in intent.neverBought { parts.append(try neverBoughtCondition(f, onFact: onFact)) }
        for p in intent.purchases { parts.append(try purchaseCondition(p, onFact: onFact)) }
        for c in intent.orderContents { parts.append(try orderContentCondition(c, period: intent.period)) }
        return parts
    }

    /// "twice the average": a multiple of an average written into the bound (once is the average itself).
    func times(_ multiple: Double, _ sql: String) -> String { multiple == 1 ? sql : "\(formatNumber(multiple)) * \(sql)" }

    /// Each entity's own total over the sales the question scopes (its period), compared with the threshold.
    func entityThresholdCondition(_ e: QueryIntent.EntityThreshold, _ intent: QueryIntent) throws -> (sql: String, table: String) {
        // The entity is a dimension table's row (its key on the fact table) or, for orders and days, a fact column itself.
        let keys = e.key.map { (factColumn: $0, dimColumn: $0) } ?? joinKeys(e.table)
        guard let keys, let m = vocabulary.metric(named: e.metric) else { throw Failure(reason: "cannot total \(e.metric) per \(e.table)") }
        var inner: [String] = []
        if let n = e.topCount {
            // The N largest totals over everyone: the question's filters and slices are of what they bought, not of who ranks.
            if intent.period != nil, !e.allTime { throw Failure(reason: "a top \(n) ranked over a period the question does not name (say 'lifetime' or the year)") }
            let totals = "FROM \(from(m.tables.union([vocabulary.factTable]), forceFact: true).0) GROUP BY \(keys.factColumn)"
            let sub = "SELECT k FROM (SELECT \(keys.factColumn) AS k, RANK() OVER (ORDER BY \(m.expr) DESC) AS rk \(totals)) WHERE rk <= \(n)"
            let metricOnFact = vocabulary.metric(named: intent.metric)?.table == vocabulary.factTable
            return metricOnFact ? ("\(keys.factColumn) IN (\(sub))", vocabulary.factTable) : ("\(keys.dimColumn) IN (\(sub))", e.table)
        }
        // ("lifetime": each one's total over all time, whatever period the rest of the question has.)
        if let p = intent.period, !e.allTime { inner.append(periodCondition(p)) }
        // "what % of orders each year were single-line orders": an order's undated lines are in no year, so its lines
        // are counted as the time slices count them.
        let orderKey = vocabulary.orderCount.flatMap(vocabulary.distinctColumn(of:))
        if let b = intent.bucket, isTimeBucket(b), e.key != nil, e.key == orderKey, intent.period == nil { inner.append("\(time) IS NOT NULL") }
        // ("products launched in 2013 that sold 100+ units": a period on another table's date needs that table inside.)
        var innerTables = m.tables.union([vocabulary.factTable]).union(intent.period != nil && !e.allTime ? [timeTable] : [])
        // "how many countries took more than 2 million": the column counted (a customer's country) needs its table.
        if e.key != nil, let reported = vocabulary.metric(named: intent.metric) { innerTables.formUnion(reported.tables) }
        // "customers who spent more than 5,000 on bikes": what the total is of is filtered inside each entity's total.
        // An order's value stays the whole order's ("bike orders worth over 2,000"); a day's or a country's total is of
        // the sales the filters keep ("days with over 50k of bike revenue").
        for f in intent.filters where e.key == nil || e.key != orderKey {
            let d = try dimension(f.dimension)
            guard e.key != nil || d.table != e.table else { continue }
            inner.append(try condition(f))
            innerTables.insert(d.table)
        }
        let group = try e.averageWithin.map { try dimension($0) }
        if let group { innerTables.insert(group.table) }
        let totals = "FROM \(from(innerTables, forceFact: true).0)" + (inner.isEmpty ? "" : " WHERE " + inner.joined(separator: " AND ")) + " GROUP BY \(keys.factColumn)"
        // "more than the average customer": the mean of the same totals, over the entities that have one.
        let bound = e.versusAverage ? times(e.value, "(SELECT AVG(v) FROM (SELECT \(m.expr) AS v \(totals)))") : formatNumber(e.value)
        var sub =
            "SELECT \(keys.factColumn) \(totals) HAVING \(m.expr) \(QueryIntent.comparison(above: e.above, orEqual: e.orEqual)) \(bound)"
            + (e.upTo.map { " AND \(m.expr) <= \(formatNumber($0))" } ?? "")
        if let group {
            // "... than the average product of that category": each one's total against the mean of its own group's
            // totals (the group is a column of the entity's own table, one value per entity).
            let own = "SELECT \(keys.factColumn) AS k, \(group.expr) AS g, \(m.expr) AS v \(totals)"
            let ranked = "SELECT k, v, AVG(v) OVER (PARTITION BY g) AS group_average FROM (\(own))"
            sub = "SELECT k FROM (\(ranked)) WHERE v \(QueryIntent.comparison(above: e.above, orEqual: e.orEqual)) \(times(e.value, "group_average"))"
        }
        let metricOnFact = e.key != nil || vocabulary.metric(named: intent.metric)?.table == vocabulary.factTable
        return metricOnFact ? ("\(keys.factColumn) IN (\(sub))", vocabulary.factTable) : ("\(keys.dimColumn) IN (\(sub))", e.table)
    }

    /// A dimension table's metric over fact rows must count each dimension row once per group.
    func needsDedup(_ metric: Vocabulary.Metric, viaFact: Bool) -> Bool {
        viaFact && metric.table != vocabulary.factTable && !metric.expr.uppercased().hasPrefix("COUNT(")
    }

    func describe(_ intent: QueryIntent, _ metric: Vocabulary.Metric) -> String {
        var text = metric.name.replacingOccurrences(of: "_", with: " ")
        if !intent.groupBy.isEmpty { text += " by " + intent.groupBy.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ") }
        let bucketNames: [QueryIntent.Bucket: String] = [
            .year: "year", .quarter: "quarter", .month: "month", .yearMonth: "month",
            .monthOfYear: "calendar month (all years together)", .quarterOfYear: "calendar quarter (all years together)", .ageDecade: "age decade", .day: "day", .weekday: "day of the week",
        ]
        if let b = intent.bucket { text += (intent.groupBy.isEmpty && intent.band == nil ? " by " : " and ") + (bucketNames[b] ?? b.rawValue) }
        if let rest = intent.versusRest {
            text += (intent.groupBy.isEmpty && intent.bucket == nil ? " for " : " and for ") + describeFilter(rest) + " against everything else"
        }
        if let band = intent.band {
            text +=
                (intent.groupBy.isEmpty && intent.bucket == nil ? " by " : " and ")
                + (band.perEntity.map { "each \($0.hasSuffix("s") ? String($0.dropLast()) : $0)'s all-time " } ?? "")
                + band.column.replacingOccurrences(of: "_", with: " ") + " band (" + band.labels.joined(separator: ", ") + (band.namedOnly && band.perEntity == nil ? "; no row for an unknown one" : "") + ")"
        }
        switch intent.shape {
        case .share where intent.shareOfBest:
            text += ", each in percent of the biggest" + (intent.sharePartition.map { " in its \($0.replacingOccurrences(of: "_", with: " "))" } ?? "")
        case .share:
            text +=
                intent.sharePartition.map { ", with each one's share within its \($0.replacingOccurrences(of: "_", with: " ")) in percent" }
                ?? (intent.sharePartitionIsBucket ? ", with each one's share within its \(intent.bucket?.rawValue ?? "period") in percent" : ", with each one's share of the total in percent")
        case .shareOf(let filters): text = "share of " + text + " from " + filters.map(describeFilter).joined(separator: " and ") + ", in percent"
        case .shareOfPeriod(let part): text = "share of " + text + " that falls in " + part.label + ", in percent"
        case .threshold(let above, let value, let percent, let orEqual):
            text +=
                ", only where \(intent.extraMetrics.isEmpty ? "it" : intent.metric.replacingOccurrences(of: "_", with: " ")) is \(above ? (orEqual ? "at least" : "above") : (orEqual ? "at most" : "below")) "
                + (intent.thresholdVersusAverage
                    ? (value == 1 ? "" : "\(formatNumber(value)) times ") + "the average of them"
                    : !intent.thresholdOnShareOf.isEmpty
                        ? "\(formatNumber(value)) % from " + intent.thresholdOnShareOf.map(describeFilter).joined(separator: " and ")
                        : percent ? "\(formatNumber(value)) % of the total" : formatNumber(value))
        default: break
        }
        let filters =
            intent.filters.map(describeFilter) + intent.namedFilters
            + intent.numericFilters.map { "\($0.column.replacingOccurrences(of: "_", with: " ")) \($0.op) \(formatNumber($0.value))" }
            + intent.dateFilters.map { "\($0.column.replacingOccurrences(of: "_", with: " ")) \($0.period.label)" }
        if !filters.isEmpty { text += " for " + filters.joined(separator: ", ") }
        if !intent.percentPassing.isEmpty {
            text =
                "share of " + text + " with "
                + intent.percentPassing.map { "\($0.column.replacingOccurrences(of: "_", with: " ")) \($0.op) \(formatNumber($0.value))" }.joined(separator: " and ") + ", in percent"
        }
        if intent.partOfYear { text = "share of each year's " + text + " that falls in" + (intent.quarterOfYear.map { " Q\($0)" } ?? intent.monthOfYear.map { " month \($0)" } ?? "") + ", in percent" }
        if let n = intent.quarterOfYear, !intent.partOfYear { text += ", Q\(n) of each year" }
        if let n = intent.monthOfYear, !intent.partOfYear {
            text +=
                intent.dayOfMonth.map { ", \($0) \(QuestionParser.monthNames[n - 1]) of each year" }
                ?? intent.monthOfYearThrough.map { ", \(QuestionParser.monthNames[n - 1]) to \(QuestionParser.monthNames[$0 - 1]) of each year" } ?? ", month \(n) of each year"
        }
        if let a = intent.activeIn, let b = intent.inactiveIn { text += ", active in \(a.label) but not in \(b.label)" }
        if let p = intent.period { text += ", \(p.label)" }
        if !intent.periods.isEmpty {
            text += ", " + intent.periods.map(\.label).joined(separator: " vs ")
            // (Halves of one year are labelled without it: "H1 vs H2 of 2013".)
            if intent.periods.allSatisfy({ ["H1", "H2"].contains($0.label) }), let year = intent.periods[0].from?.prefix(4) { text += " of \(year)" }
        }
        if let within = intent.rankWithin, let descending = intent.sortDescending {
            text += ", ranked within each \(within.replacingOccurrences(of: "_", with: " ")) (1 = \(descending ? "largest" : "smallest"))"
        } else if let descending = intent.sortDescending {
            text += descending ? ", largest first" : ", smallest first"
        }
        if intent.newestFirst { text += ", newest first" }
        for c in intent.orderContents {
            text += (intent.asPercentOfBase ? ", the share in percent of orders that " : ", only orders that ") + (c.present ? "include " : "do not include ") + describeFilter(c.filter)
        }
        if let e = intent.entityThreshold {
            // "number of category sold" reads as "number of different category values bought" for a customer.
            let compared =
                e.metric.hasPrefix("number_of_") && e.metric.hasSuffix("_sold") && e.table == vocabulary.customersTable
                ? "number of different " + e.metric.dropFirst(10).dropLast(5).replacingOccurrences(of: "_", with: " ") + " values bought"
                : e.metric.replacingOccurrences(of: "_", with: " ")
            if let n = e.topCount {
                text += ", counting only the top \(n) \(e.table) by \(e.allTime ? "all-time " : "")\(compared) (ties included)"
            } else {
                // ("what % of revenue comes from customers who ...": the part of the measure from them.)
                let share = metric.expr.uppercased().hasPrefix("SUM(") ? ", the share in percent of it from" : ", the share in percent of"
                text +=
                    (intent.asPercentOfBase ? share : ", counting only")
                    + " \(e.key.map { $0.contains("(") ? "those " : "those (by \($0.split(separator: ".").last ?? "")) " } ?? e.table + " ")whose \(e.allTime ? "lifetime " : "")\(compared) is \(e.above ? (e.orEqual ? "at least" : "above") : (e.orEqual ? "at most" : "below")) \(e.versusAverage ? (e.value == 1 ? "" : "\(formatNumber(e.value)) times ") + "the average of them" : formatNumber(e.value))"
                    + (e.upTo.map { " and at most \(formatNumber($0))" } ?? "")
                    + (e.averageWithin.map { " in their own \($0.replacingOccurrences(of: "_", with: " "))" } ?? "")
            }
        }
        if let asOf = intent.ageAsOf { text += " (ages as of \(asOf))" }
        return text
    }

    func describeFilter(_ filter: QueryIntent.ValueFilter) -> String {
        if filter.values == [QueryIntent.excluded(QueryIntent.unknownValue)] { return "\(filter.dimension.replacingOccurrences(of: "_", with: " ")) known" }
        let values = filter.values.map {
            $0 == QueryIntent.unknownValue
                ? "unknown"
                : $0.hasPrefix("\u{1}") || $0.hasPrefix("\u{3}")
                    ? "starting with " + $0.dropFirst()
                    : $0.hasPrefix("\u{4}") ? "containing '\($0.dropFirst())'" : $0.hasPrefix("\u{2}") ? "not " + $0.dropFirst() : $0
        }
        return "\(filter.dimension.replacingOccurrences(of: "_", with: " ")) \(values.joined(separator: " or "))"
    }

    // MARK: - Shapes

    func grouped(_ intent: QueryIntent, _ metric: Vocabulary.Metric) throws -> (String, String) {
        // "what % of bike revenue came from road vs mountain vs touring bikes": the values named are the rows, each a share
        // of the whole (every value of the column), not of itself.
        if case .shareOf(let filters) = intent.shape, !filters.isEmpty, filters.allSatisfy({ intent.groupBy.contains($0.dimension) }),
            filters.allSatisfy({ f in f.values.allSatisfy(QueryIntent.isPlainValue) })
        {
            var whole = intent
            whole.shape = .share
            let (sql, text) = try grouped(whole, metric)
            let rows = try filters.map { f in "x.\(try dimension(f.dimension).name) IN (\(f.values.map(quote).joined(separator: ", ")))" }
            return ("SELECT x.* FROM (\(sql)) x WHERE " + rows.joined(separator: " AND "), text + ", showing " + filters.map(describeFilter).joined(separator: " and "))
        }
        let tables = try tablesUsed(intent, metric)
        var selects: [(String, String)] = []
        for g in intent.groupBy { let d = try dimension(g); selects.append((d.expr, d.name)) }
        // ("each year's December share, for 2011, 2012 and 2013": whole years named beside a breakdown by year are its
        // rows already; the filter keeps them.)
        let periodsAreYearRows = intent.bucket == .year && intent.periods.allSatisfy { $0.from?.hasSuffix("-01-01") == true && $0.until?.hasSuffix("-01-01") == true }
        if !intent.periods.isEmpty && !periodsAreYearRows { selects.append(periodsColumn(intent.periods)) }
        if let b = intent.bucket { let (e, l) = try bucketExpr(b, intent); selects.append((e, l)) }
        if let band = intent.band { selects.append(try bandExpr(band)) }
        if let rest = intent.versusRest { selects.append(try versusRestExpr(rest)) }
        let (fromClause, viaFact) = from(tables)
        var metricExpr = metric.expr
        // The count a share is of (its numerator), shown beside it when asked for.
        var part: String?
        var metric = metric
        // Rows of a dimension table counted through its sales (a filter on a sales column): each row once.
        if viaFact, metric.table != vocabulary.factTable, metric.expr.uppercased() == "COUNT(*)", let keys = joinKeys(metric.table) {
            metric.expr = "COUNT(DISTINCT \(keys.dimColumn))"
            metricExpr = metric.expr
        }
        if case .shareOf(let filters) = intent.shape {
            // "each bike subcategory's share from Bikes": every group is wholly in or out of the part, 100% or 0%.
            for f in filters {
                if let g = intent.groupBy.first(where: { vocabulary.determines.contains("\($0)>\(f.dimension)") }) {
                    throw Failure(
                        reason:
                            "each \(g.replacingOccurrences(of: "_", with: " ")) lies wholly inside or outside \(describeFilter(f)), so its share of it is 100% or 0%; ask for the share within a total (\"of each year's bike revenue\") as a question of its own"
                    )
                }
            }
            let cond = try filters.map(condition).joined(separator: " AND ")
            metricExpr = "100.0 * \(try conditional(metric.expr, cond)) / \(metric.expr)"
            part = try conditional(metric.expr, cond)
        }
        if !intent.percentPassing.isEmpty {
            // "what % of customers in each country are 65 or over": those passing out of each group's count (the unknown
            // ages included in it, as rows of the group).
            let passes = try intent.percentPassing.map { f in "\(try dimension(f.column).expr) \(f.op) \(formatNumber(f.value))" }.joined(separator: " AND ")
            metricExpr = "100.0 * \(try conditional(metric.expr, passes)) / \(metric.expr)"
            part = try conditional(metric.expr, passes)
        }
        if case .shareOfPeriod(let p) = intent.shape {
            metricExpr = "100.0 * \(try conditional(metric.expr, periodCondition(p))) / \(metric.expr)"
            part = try conditional(metric.expr, periodCondition(p))
        }
        if intent.partOfYear {
            // December's (Q4's) part of each year's total.
            let part = intent.monthOfYear.map { "\(dialect.month(time)) = \($0)" } ?? intent.quarterOfYear.map { "\(dialect.quarter(time)) = \($0)" } ?? "1 = 1"
            metricExpr = "100.0 * \(try conditional(metric.expr, part)) / \(metric.expr)"
        }
        // "For each category, how many products sold at least 1,000 units", "for each year, how many orders were worth more
        // than 2,000": the threshold is counted inside each group, so a group where nothing passes shows 0 instead of
        // vanishing.
        var scoped = intent
        if let e = intent.entityThreshold, !selects.isEmpty, intent.shape == .plain, metric.table == vocabulary.factTable,
            metric.expr.uppercased().hasPrefix("COUNT(DISTINCT ")
        {
            metricExpr = try conditional(metric.expr, try entityThresholdCondition(e, intent).sql)
            scoped.entityThreshold = nil
        }
        // "For every subcategory in Components, how many products cost more than 500": the rows of a table counted in
        // each of its own groups where a number of theirs passes, so a group where none does shows 0.
        // ("which subcategories have products costing more than 500": only those that have some.)
        if !selects.isEmpty, intent.bucket == nil, intent.band == nil, intent.periods.isEmpty, intent.shape == .plain, !viaFact, !intent.onlyGroupsThatHave,
            metric.table != vocabulary.factTable, metric.expr.uppercased() == "COUNT(*)", !intent.numericFilters.isEmpty,
            try intent.numericFilters.allSatisfy({ try dimension($0.column).table == metric.table }),
            try intent.groupBy.allSatisfy({ try dimension($0).table == metric.table })
        {
            let passes = try intent.numericFilters.map { f in "\(try dimension(f.column).expr) \(f.op) \(formatNumber(f.value))" }.joined(separator: " AND ")
            metricExpr = "SUM(CASE WHEN \(passes) THEN 1 ELSE 0 END)"
            scoped.numericFilters = []
        }
        // "what % of orders contained a helmet": the orders with those contents, out of all orders.
        if intent.asPercentOfBase, !intent.orderContents.isEmpty, intent.shape == .plain {
            let contents = try intent.orderContents.map { try orderContentCondition($0, period: intent.period).sql }.joined(separator: " AND ")
            metricExpr = "100.0 * \(try conditional(metric.expr, contents)) / \(metric.expr)"
            part = try conditional(metric.expr, contents)
            scoped.orderContents = []
        }
        // "what % of 2013 revenue came from customers whose first order was in 2013": the cohort's part of the total.
        if intent.cohortIsPart, let c = intent.cohort, intent.shape == .plain {
            let cond = try cohortCondition(c, onFact: true).sql
            metricExpr = "100.0 * \(try conditional(metric.expr, cond)) / \(metric.expr)"
            part = try conditional(metric.expr, cond)
            scoped.cohort = nil
        }
        // "what % of orders had more than one line": those passing, out of all counted.
        if let e = intent.entityThreshold, intent.asPercentOfBase, intent.shape == .plain {
            metricExpr = "100.0 * \(try conditional(metric.expr, try entityThresholdCondition(e, intent).sql)) / \(metric.expr)"
            part = try conditional(metric.expr, try entityThresholdCondition(e, intent).sql)
            scoped.entityThreshold = nil
        }
        // A slice computed from the order date (weekend or weekday) is a time bucket: undated lines have no row.
        let slicesTime = try intent.groupBy.contains { try dimension($0).expr.contains(time) }
        // (A breakdown by a customer's date, "customers by birth month", keeps the unknown dates as a row, like an
        // unknown age: only sales lines without a date are left out of time buckets.)
        let whereSQL = try whereClause(scoped, timeNotNull: (isTimeBucket(intent.bucket) && timeTable == vocabulary.factTable) || slicesTime)
        // A key named like the column both sides of a join hold ("customer_key") would be ambiguous as a bare name.
        let joinColumnNames = Set(vocabulary.tables.keys.compactMap { vocabulary.joinColumns(of: $0)?.fact.split(separator: ".").last.map(String.init) })
        let groupSQL = selects.isEmpty ? "" : " GROUP BY " + selects.map { joinColumnNames.contains($0.1) ? $0.0 : $0.1 }.joined(separator: ", ")
        let label: String = {
            if intent.asPercentOfBase, intent.entityThreshold != nil || !intent.orderContents.isEmpty { return "pct_of_\(metric.name)" }
            if !intent.percentPassing.isEmpty || intent.cohortIsPart || intent.partOfYear { return "pct_of_\(metric.name)" }
            switch intent.shape {
            case .shareOf, .shareOfPeriod: return "pct_of_\(metric.name)"
            default: return metric.name
            }
        }()
        var sql: String
        if let eager = try eagerlyAggregated(intent, metric, tables: tables, selects: selects, label: label) {
            sql = eager
        } else if needsDedup(metric, viaFact: viaFact) {
            let key = vocabulary.tables[metric.table]!
            let inner =
                "SELECT DISTINCT " + (selects.map { "\($0.0) AS \($0.1)" } + ["\(key.alias).*"]).joined(separator: ", ")
                + " FROM \(fromClause)\(whereSQL)"
            let outerMetric = metric.expr.replacingOccurrences(of: "\(key.alias).", with: "x.")
            sql =
                "SELECT " + (selects.map { "x.\($0.1)" } + ["\(outerMetric) AS \(label)"]).joined(separator: ", ")
                + " FROM (\(inner)) x" + (selects.isEmpty ? "" : " GROUP BY " + selects.map { "x.\($0.1)" }.joined(separator: ", "))
        } else {
            // A share inside each group also shows the part it is a share of ("how many are married, and what %").
            // "how many came back, and what % of the cohort is that": the count asked for beside its share.
            var partColumn: [String] = []
            if let part, !selects.isEmpty && ({ if case .shareOf = intent.shape { return true } else { return false } }() || !intent.percentPassing.isEmpty) || intent.countWithShare {
                partColumn = ["\(intent.countOfAll ? metric.expr : part) AS \(metric.name)"]
            }
            sql =
                "SELECT " + (selects.map { "\($0.0) AS \($0.1)" } + partColumn + ["\(metricExpr) AS \(label)"]).joined(separator: ", ")
                + " FROM \(fromClause)\(whereSQL)\(groupSQL)"
        }
        // "for each country, how many of 2013's buyers were new and how many returning": the two kinds side by side, a
        // row per value of the other slice (each count 0 where a kind has none).
        if intent.shape == .plain, selects.count == 2, selects.contains(where: { $0.1 == QueryIntent.customerStatus }), intent.ranking == nil, intent.sortDescending == nil,
            intent.periods.isEmpty, part == nil, metricExpr == metric.expr, let other = selects.first(where: { $0.1 != QueryIntent.customerStatus })
        {
            let kinds = ["New", "Returning"].map { "COALESCE(SUM(CASE WHEN \(QueryIntent.customerStatus) = '\($0)' THEN \(label) END), 0) AS \($0.lowercased())_\(label)" }
            // (A time bucket is ordered once the rows are built.)
            sql = "SELECT \(other.1), \(kinds.joined(separator: ", ")) FROM (\(sql)) GROUP BY \(other.1)" + (intent.bucket == nil ? " ORDER BY \(other.1)" : "")
        }
        if intent.shape == .share && !selects.isEmpty {
            var over = try intent.sharePartition.map { "PARTITION BY \(try dimension($0).name)" } ?? ""
            if intent.sharePartitionIsBucket, let b = intent.bucket { over = "PARTITION BY \(try bucketExpr(b, intent).label)" }
            let (whole, name) = intent.shareOfBest ? ("MAX", "pct_of_best") : ("SUM", "pct_of_total")
            var total = "\(whole)(\(label)) OVER (\(over))"
            // "how many different customers bought from each product line, and what % of all buyers is that": a distinct
            // count does not add up over groups one thing can be in several of, so the whole is counted once, not summed.
            if over.isEmpty, !intent.shareOfBest, label == metric.name, metric.expr.uppercased().replacingOccurrences(of: " ", with: "").hasPrefix("COUNT(DISTINCT") {
                total = "(SELECT \(metric.expr) FROM \(fromClause)\(whereSQL))"
            }
            sql = "SELECT " + selects.map(\.1).joined(separator: ", ") + ", \(label), 100.0 * \(label) / \(total) AS \(name) FROM (\(sql))"
        }
        if case .threshold(let above, let value, true, let orEqual) = intent.shape, !selects.isEmpty, !intent.thresholdOnShareOf.isEmpty {
            // "countries where bikes make up less than 97% of revenue": the part's share of each group's own total.
            let part = try conditional(metric.expr, try intent.thresholdOnShareOf.map(condition).joined(separator: " AND "))
            let share = "100.0 * \(part) / \(metric.expr)"
            sql =
                "SELECT " + (selects.map { "\($0.0) AS \($0.1)" } + ["\(metric.expr) AS \(label)", "\(share) AS pct_of_\(metric.name)"]).joined(separator: ", ")
                + " FROM \(fromClause)\(whereSQL)\(groupSQL) HAVING \(share) \(QueryIntent.comparison(above: above, orEqual: orEqual)) \(formatNumber(value))"
        } else if case .threshold(let above, let value, let percent, let orEqual) = intent.shape, !selects.isEmpty {
            let total = "(SELECT \(metric.expr) FROM \(fromClause)\(whereSQL))"
            var bound = percent ? "\(value / 100) * \(total)" : formatNumber(value)
            // "which months had above-average revenue": the mean of the groups' own totals.
            if intent.thresholdVersusAverage {
                bound = times(value, "(SELECT AVG(v) FROM (SELECT \(metric.expr) AS v FROM \(fromClause)\(whereSQL) GROUP BY \(selects.map(\.0).joined(separator: ", "))))")
            }
            sql += " HAVING \(metric.expr) \(QueryIntent.comparison(above: above, orEqual: orEqual)) \(bound)"
            if percent { sql = "SELECT *, 100.0 * \(label) / \(total) AS pct_of_total FROM (\(sql))" }
        }
        if let within = intent.rankWithin, intent.sortDescending != nil, intent.shape == .plain, selects.count >= 2 {
            // "rank the subcategories by revenue within their category": a rank that restarts in each group, 1 the biggest.
            // (A period of the breakdown is its column's label: "within each year".)
            let column = intent.groupBy.contains(within) ? try dimension(within).name : within
            let order = intent.sortDescending == true ? "DESC" : "ASC"
            sql = "SELECT *, RANK() OVER (PARTITION BY \(column) ORDER BY \(label) \(order)) AS rank FROM (\(sql)) ORDER BY \(column), rank"
        } else if intent.showRank, let descending = intent.sortDescending, !selects.isEmpty {
            // "rank the countries by revenue and show the rank": the sorted rows, each with its rank, 1 the first.
            sql = "SELECT *, RANK() OVER (ORDER BY \(label)\(descending ? " DESC" : "")) AS rank FROM (\(sql)) ORDER BY rank"
        } else if intent.sortDescending != nil, intent.tieBreakByName || intent.tieBreakColumn == selects.first?.1, intent.ranking == nil, selects.count == 1 {
            // "in descending order of customer count and alphabetically by country where counts are equal".
            sql += " ORDER BY \(label)\(intent.sortDescending == true ? " DESC" : ""), \(selects[0].1)"
        } else if intent.sortDescending == true {
            sql += " ORDER BY \(label) DESC"
        } else if intent.sortDescending == false {
            sql += " ORDER BY \(label)"
        } else if intent.bucket == .weekday, !(intent.shape == .share && !selects.isEmpty) {
            // Monday to Sunday, not alphabetically. (Not around a share, whose outer query has no order dates.)
            sql += " ORDER BY MIN(\(dialect.weekdayNumber(time)))"
        } else if let b = intent.bucket, isTimeBucket(b) {
            sql += " ORDER BY \(try bucketExpr(b, intent).label)" + (intent.newestFirst ? " DESC" : "")
        } else if intent.newestFirst, intent.bucket == nil, selects.count == 1 {
            sql += " ORDER BY \(selects[0].1) DESC"
        }
        return (sql, describe(intent, metric))
    }

    /// Eager aggregation. A sum over the fact table, grouped by the columns of one much smaller
    /// dimension (or by a time bucket alone), is first summed per join key (or per day): SQLite reads
    /// the fact table's covering index in key order without sorting, and only the few partial sums
    /// are joined and grouped again. Sums and counts add up, so the answer is the same; on the
    /// scale-1 warehouse such questions take 10 ms instead of 20-25. Nil when the rewrite does not apply.
    func eagerlyAggregated(
        _ intent: QueryIntent, _ metric: Vocabulary.Metric, tables: Set<String>,
        selects: [(String, String)], label: String
    ) throws -> String? {
        guard timeOverride == nil, intent.band == nil, intent.versusRest == nil, !intent.partOfYear, intent.shape == .plain || intent.shape == .share, intent.periods.isEmpty, !selects.isEmpty,
            metric.tables == [vocabulary.factTable], let factRows = fact.rows
        else { return nil }
        guard isAdditive(metric) else { return nil }
        let dimensions = tables.subtracting([vocabulary.factTable])
        let key: String
        if dimensions.isEmpty {
            guard intent.groupBy.isEmpty, isTimeBucket(intent.bucket) else { return nil }
            key = time
        } else {
            guard dimensions.count == 1, let name = dimensions.first, intent.bucket == nil,
                try intent.groupBy.allSatisfy({ try dimension($0).table == name }),
                let rows = vocabulary.tables[name]?.rows, rows * 20 <= factRows, let keys = joinKeys(name)
            else { return nil }
            key = keys.factColumn
        }
        let parts = try whereParts(intent, timeNotNull: isTimeBucket(intent.bucket))
        func clause(_ conditions: [String]) -> String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }
        // Named after the fact table's alias, the partial sums keep every reference to it valid.
        let inner =
            "SELECT \(key), \(metric.expr) AS \(label) FROM \(fact.physical) \(fact.alias)"
            + clause(parts.filter { $0.table == vocabulary.factTable }.map(\.sql)) + " GROUP BY \(key)"
        var fromClause = "(\(inner)) \(fact.alias)"
        if let name = dimensions.first, let t = vocabulary.tables[name], let on = vocabulary.joins[name] {
            fromClause += " JOIN \(t.physical) \(t.alias) ON \(on)"
        }
        return "SELECT " + (selects.map { "\($0.0) AS \($0.1)" } + ["SUM(\(fact.alias).\(label)) AS \(label)"]).joined(separator: ", ")
            + " FROM \(fromClause)" + clause(parts.filter { $0.table != vocabulary.factTable }.map(\.sql))
            // By expression, not label: a label named like a column of both tables ("product_key") would be ambiguous.
            + " GROUP BY " + selects.map(\.0).joined(separator: ", ")
    }

    /// A plain sum or row count: partial results add up to the whole.
    func isAdditive(_ metric: Vocabulary.Metric) -> Bool {
        let upper = metric.expr.uppercased()
        return (upper.hasPrefix("SUM(") && metric.expr.hasSuffix(")") && !metric.expr.dropFirst(4).contains("(")) || upper == "COUNT(*)"
    }

    /// The FROM clause (with its WHERE) and the metric of a series over time buckets. A sum over
    /// the fact table alone is summed per day first, as in `eagerlyAggregated`.
    func bucketedSource(_ intent: QueryIntent, _ metric: Vocabulary.Metric, tables: Set<String>) throws -> (from: String, metric: String) {
        let whereSQL = try whereClause(intent, timeNotNull: true)
        if timeOverride == nil, tables == [vocabulary.factTable], metric.tables == [vocabulary.factTable], isAdditive(metric) {
            let daily = "SELECT \(time), \(metric.expr) AS v FROM \(fact.physical) \(fact.alias)\(whereSQL) GROUP BY \(time)"
            return ("(\(daily)) \(fact.alias)", "SUM(\(fact.alias).v)")
        }
        // Rows of a dimension table counted through its sales (customers buying in each year): each row once.
        let (fromClause, viaFact) = from(tables)
        if viaFact, metric.table != vocabulary.factTable, metric.expr.uppercased() == "COUNT(*)", let keys = joinKeys(metric.table) {
            return (fromClause + whereSQL, "COUNT(DISTINCT \(keys.dimColumn))")
        }
        return (fromClause + whereSQL, metric.expr)
    }

    /// ", for country Germany, 2013": the filters and period of a customer analysis.
    func scope(_ intent: QueryIntent) -> String {
        var parts =
            intent.filters.map(describeFilter)
            + intent.numericFilters.map { "\($0.column.replacingOccurrences(of: "_", with: " ")) \($0.op) \(formatNumber($0.value))" }
            + intent.dateFilters.map { "\($0.column.replacingOccurrences(of: "_", with: " ")) \($0.period.label)" }
        if let p = intent.period { parts.append(p.label) }
        if let a = intent.activeIn, let b = intent.inactiveIn { parts.append("active in \(a.label) but not in \(b.label)") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    func formatNumber(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }

    /// SUM(x) -> SUM(CASE WHEN cond THEN x ELSE 0 END); COUNT(DISTINCT y) -> COUNT(DISTINCT CASE WHEN cond THEN y END).
    /// A share of anything else (an average, a ratio) has no meaning: refuse rather than answer 100 %.
    func conditional(_ expr: String, _ cond: String) throws -> String {
        let upper = expr.uppercased()
        if upper.hasPrefix("SUM(") && expr.hasSuffix(")") && !expr.dropFirst(4).contains("(") {
            return "SUM(CASE WHEN \(cond) THEN \(expr.dropFirst(4).dropLast()) ELSE 0 END)"
        }
        if upper.hasPrefix("COUNT(DISTINCT ") && expr.hasSuffix(")") {
            return "COUNT(DISTINCT CASE WHEN \(cond) THEN \(expr.dropFirst(15).dropLast()) END)"
        }
        if upper == "COUNT(*)" { return "SUM(CASE WHEN \(cond) THEN 1 ELSE 0 END)" }
        throw Failure(reason: "a share is defined for sums and counts, not for \(expr)")
    }

    /// The columns that identify a row of a table for people: its unique columns and its name.
    func identity(_ table: String) -> [(String, String)] {
        let t = vocabulary.tables[table]!
        return vocabulary.identityDimensions(of: table)
            .map { ($0.expr.replacingOccurrences(of: "\(t.alias).", with: "d."), $0.name) }
    }

    /// The fact column that references a dimension table, and the dimension's own key.
    func joinKeys(_ table: String) -> (factColumn: String, dimColumn: String)? { vocabulary.joinColumns(of: table).map { ($0.fact, $0.dim) } }

    func ranked(_ intent: QueryIntent, _ metric: Vocabulary.Metric, _ ranking: QueryIntent.Ranking) throws -> (String, String) {
        var tables = try tablesUsed(intent, metric)
        var keyExpr: String
        var keyName = "entity"
        var joinBack: String? = nil
        var identityColumns: [(String, String)] = []
        switch ranking.entity {
        case .table(let table):
            if table == metric.table && table != vocabulary.factTable {
                let t = vocabulary.tables[table]!
                keyExpr = "\(t.alias).\(joinKeys(table)!.dimColumn.split(separator: ".").last!)"
                tables.insert(table)
            } else {
                guard let keys = joinKeys(table) else { throw Failure(reason: "cannot rank \(table)") }
                keyExpr = keys.factColumn
                tables.insert(vocabulary.factTable)
            }
            let t = vocabulary.tables[table]!
            let dimKey = joinKeys(table)!.dimColumn.split(separator: ".").last!
            joinBack = " JOIN \(t.physical) d ON d.\(dimKey) = r.entity"
            identityColumns = identity(table)
            for name in intent.displayColumns {
                let d = try dimension(name)
                identityColumns.append((d.expr.replacingOccurrences(of: "\(t.alias).", with: "d."), d.name))
            }
        case .dimension(let name):
            let d = try dimension(name)
            keyExpr = d.expr
            keyName = d.name
            tables.insert(d.table)
            identityColumns = [("r.\(d.name)", d.name)]
        case .bucket(let bucket):
            let (e, l) = try bucketExpr(bucket, intent)
            keyExpr = e
            keyName = l
            tables.insert(vocabulary.factTable)
            identityColumns = [("r.\(l)", l)]
        }
        var partition: (String, String)? = nil
        if let p = ranking.perDimension { let d = try dimension(p); partition = (d.expr, d.name); tables.insert(d.table) }
        // "bikes that earned less than the average bike in their own subcategory": a slice of the things listed is the
        // group each is measured within. Two groupings cannot both partition one ranking.
        let slices = intent.groupBy.filter { $0 != ranking.perDimension && $0 != keyName }
        if !slices.isEmpty {
            guard partition == nil, slices.count == 1 else { throw Failure(reason: "a ranking within several groupings at once is not supported") }
            let d = try dimension(slices[0])
            partition = (d.expr, d.name)
            tables.insert(d.table)
        }
        // "the top subcategory for each age band: under 40, 40-59, 60 and over": the bands are the groups ranked within.
        if let band = intent.band {
            guard partition == nil else { throw Failure(reason: "a ranking within several groupings at once is not supported") }
            partition = try bandExpr(band)
            tables.insert(band.perEntity == nil ? try dimension(band.column).table : vocabulary.factTable)
        }
        // "top 3 subcategories in each year": the ranking restarts in each time bucket.
        var timePartition = false
        if let w = ranking.withinBucket {
            if partition != nil { throw Failure(reason: "a ranking within both a dimension and a time grain is not supported") }
            let (e, l) = try bucketExpr(w, intent)
            partition = (e, l)
            timePartition = true
        } else if let b = intent.bucket, ranking.entity != .bucket(b) {
            if partition != nil { throw Failure(reason: "a ranking within both a dimension and a time grain is not supported") }
            let (e, l) = try bucketExpr(b, intent)
            partition = (e, l)
            tables.insert(vocabulary.factTable)
            timePartition = true
        }
        let (fromClause, _) = from(tables)
        var selectCols = ["\(keyExpr) AS \(keyName)"]
        if let partition { selectCols.insert("\(partition.0) AS \(partition.1)", at: 0) }
        var metricExpr = metric.expr
        var label = metric.name
        if case .shareOf(let filters) = intent.shape {
            // In percent, as the answer says (0-100).
            metricExpr = "100.0 * \(try conditional(metric.expr, try filters.map(condition).joined(separator: " AND "))) / \(metric.expr)"
            label = "pct_of_\(metric.name)"
        }
        let whereSQL = try whereClause(
            intent,
            timeNotNull: timePartition
                || {
                    if case .bucket = ranking.entity { return true }; return false
                }())
        let groupCols = (partition.map { [$0.1] } ?? []) + [keyName]
        var hasPercent = false
        if intent.shareOfEachRow {
            guard partition == nil else { throw Failure(reason: "each row's share within a group of a ranking is not supported") }
            // The totals of all the rows, before any cut: the whole the share is of.
            selectCols.append("100.0 * \(metricExpr) / SUM(\(metricExpr)) OVER () AS pct_of_total")
            hasPercent = true
        }
        var sql = "WITH s AS (SELECT \(selectCols.joined(separator: ", ")), \(metricExpr) AS \(label) FROM \(fromClause)\(whereSQL) GROUP BY \(groupCols.joined(separator: ", "))"
        var source = "s"
        if case .threshold(let above, let value, _, let orEqual) = intent.shape, intent.thresholdVersusAverage, let partition {
            // Each one against the mean of its own group ("the average bike in its subcategory").
            sql +=
                "), a AS (SELECT *, AVG(\(label)) OVER (PARTITION BY \(partition.1)) AS group_average FROM s), t AS (SELECT * FROM a WHERE \(label) \(QueryIntent.comparison(above: above, orEqual: orEqual)) \(times(value, "group_average"))"
            source = "t"
        } else if case .threshold(let above, let value, true, let orEqual) = intent.shape, let partition {
            // "products with more than 20% of their own subcategory's revenue": each one's share of its group's total.
            sql +=
                "), sh AS (SELECT *, 100.0 * \(label) / SUM(\(label)) OVER (PARTITION BY \(partition.1)) AS pct_of_total FROM s), t AS (SELECT * FROM sh WHERE pct_of_total \(QueryIntent.comparison(above: above, orEqual: orEqual)) \(formatNumber(value))"
            source = "t"
            hasPercent = true
        } else if case .threshold(let above, let value, let percent, let orEqual) = intent.shape {
            let total = "(SELECT \(metric.expr) FROM \(from(try tablesUsed(intent, metric)).0)\(whereSQL))"
            // "products that bring in more than the average product": the mean of the same totals.
            let average = "(SELECT AVG(v) FROM (SELECT \(selectCols.joined(separator: ", ")), \(metric.expr) AS v FROM \(fromClause)\(whereSQL) GROUP BY \(groupCols.joined(separator: ", "))))"
            let bound = intent.thresholdVersusAverage ? times(value, average) : percent ? "\(value / 100) * \(total)" : formatNumber(value)
            sql += " HAVING \(metric.expr) \(QueryIntent.comparison(above: above, orEqual: orEqual)) \(bound)"
            if percent {
                sql = sql.replacingOccurrences(of: "\(metricExpr) AS \(label) FROM", with: "\(metricExpr) AS \(label), 100.0 * \(metric.expr) / \(total) AS pct_of_total FROM")
                hasPercent = true
            }
        }
        sql += ")"
        let identitySelect = identityColumns.map { "\($0.0) AS \($0.1)" }
        let partitionSelect = partition.map { ["r.\($0.1)"] } ?? []
        // "(same cost -> by name A-Z)": level rows by the name of what is ranked.
        var byName = ""
        if let column = intent.tieBreakColumn {
            byName = ", \(try dimension(column).name)"
        } else if intent.tieBreakByName {
            switch ranking.entity {
            case .table(let t):
                guard let name = vocabulary.nameDimension(of: t) else { throw Failure(reason: "\(t) have no name to break ties by") }
                byName = ", \(name.name)"
            case .dimension(let d): byName = ", r.\(d)"
            case .bucket: throw Failure(reason: "periods level on the measure have no name to sort by")
            }
        }
        if ranking.count == 0, partition != nil || intent.showRank {
            // "rank the products by revenue within each category": every one, with its place, 1 the first of its group.
            let over = (partition.map { "PARTITION BY \($0.1) " } ?? "") + "ORDER BY \(label) \(ranking.highest ? "DESC" : "ASC")"
            sql +=
                ", r AS (SELECT *, RANK() OVER (\(over)) AS rk FROM \(source))"
                + " SELECT \((partitionSelect + identitySelect + ["r.\(label)"] + (hasPercent ? ["r.pct_of_total"] : []) + ["r.rk AS rank"]).joined(separator: ", ")) FROM r\(joinBack ?? "") ORDER BY \((partitionSelect + ["r.rk"]).joined(separator: ", "))\(byName)"
        } else if ranking.count == 0 {
            // A list: every entity that passes, best first.
            sql +=
                " SELECT \((partitionSelect + identitySelect + ["r.\(label)"] + (hasPercent ? ["r.pct_of_total"] : [])).joined(separator: ", ")) FROM \(source) r\(joinBack ?? "") ORDER BY r.\(label)\(intent.sortDescending == false ? "" : " DESC")\(byName)"
        } else {
            let over = (partition.map { "PARTITION BY \($0.1) " } ?? "") + "ORDER BY \(label) \(ranking.highest ? "DESC" : "ASC")"
            // "the best and the worst": the same ranking read from the other end as well.
            let low = ranking.bothEnds ? ", RANK() OVER (" + (partition.map { "PARTITION BY \($0.1) " } ?? "") + "ORDER BY \(label) ASC) AS rk_low" : ""
            // A row with no value (a product with no cost, a customer with no birth date) is not ranked, first or last.
            sql += ", r AS (SELECT *, RANK() OVER (\(over)) AS rk\(low) FROM \(source) WHERE \(label) IS NOT NULL)"
            let cut =
                ranking.bothEnds ? "(r.rk <= \(ranking.count) OR r.rk_low <= \(ranking.count))" : ranking.onlyPlace ? "r.rk = \(ranking.count)" : "r.rk <= \(ranking.count)"
            sql +=
                " SELECT \((partitionSelect + identitySelect + ["r.\(label)"] + (hasPercent ? ["r.pct_of_total"] : []) + (intent.showRank ? ["r.rk AS rank"] : [])).joined(separator: ", ")) FROM r\(joinBack ?? "") WHERE \(cut) ORDER BY \((partitionSelect + [intent.sortDescending.map { "r.\(label)\($0 ? " DESC" : "")" } ?? "r.rk"]).joined(separator: ", "))\(byName)"
        }
        var text =
            (ranking.count == 0
                ? ""
                : ranking.bothEnds
                    ? "top \(ranking.count) and bottom \(ranking.count) "
                    : ranking.onlyPlace ? "number \(ranking.count) from the \(ranking.highest ? "top" : "bottom") of the " : "\(ranking.highest ? "top" : "bottom") \(ranking.count) ")
        func plural(_ word: String) -> String {
            guard ranking.count != 1, !word.hasSuffix("s") else { return word }
            // "categories", but "days" (a vowel before the y).
            return word.hasSuffix("y") && !word.hasSuffix("ay") ? word.dropLast() + "ies" : word + "s"
        }
        switch ranking.entity {
        case .table(let t): text += t
        case .dimension(let d): text += plural(d.replacingOccurrences(of: "_", with: " "))
        case .bucket(let b): text += plural(b == .yearMonth || b == .monthOfYear ? "month" : b == .quarterOfYear ? "quarter" : b == .ageDecade ? "age decade" : b.rawValue)
        }
        var described = intent
        if case .bucket = ranking.entity { described.bucket = nil }  // already named as what is ranked
        text += " by " + describe(described, metric)
        if let p = ranking.perDimension { text += ", within each \(p.replacingOccurrences(of: "_", with: " "))" }
        if ranking.perDimension == nil, !timePartition, let partition { text += ", each within its own \(partition.1.replacingOccurrences(of: "_", with: " "))" }
        if let b = ranking.withinBucket { text += ", within each \(b.rawValue)" }
        if !intent.displayColumns.isEmpty { text += ", with " + intent.displayColumns.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ") }
        if let column = intent.tieBreakColumn { text += ", level ones by \(column.replacingOccurrences(of: "_", with: " "))" } else if intent.tieBreakByName { text += ", level ones by name" }
        if intent.shareOfEachRow { text += ", each with its share of the total in percent" }
        return (sql, text + " (ties included)")
    }

    func series(_ intent: QueryIntent, _ metric: Vocabulary.Metric) throws -> (String, String) {
        var inner = intent
        let bucket = intent.bucket ?? .month
        // Series per group ("growth for each category"): the window restarts in each group.
        let groups = try intent.groupBy.map { try dimension($0) }
        if !groups.isEmpty, case .averagePerBucket = intent.shape {
            throw Failure(reason: "an average per period broken down by \(intent.groupBy.joined(separator: " and ")) is not supported")
        }
        var outputFilter = ""
        var outputLabel: String
        switch intent.shape {
        case .averagePerBucket where bucket == .monthOfYear:
            // "for each calendar month, the average monthly revenue": each month's total, averaged over the years.
            let source = try bucketedSource(intent, metric, tables: try tablesUsed(intent, metric))
            let sql = "SELECT month, AVG(v) AS average_monthly_\(metric.name) FROM (SELECT \(dialect.year(time)) AS year, \(dialect.month(time)) AS month, \(source.metric) AS v FROM \(source.from) GROUP BY year, month) GROUP BY month ORDER BY month"
            return (sql, "for each calendar month, the average over the years of the monthly " + describe(intent, metric))
        case .averagePerBucket:
            let (e, l) = try bucketExpr(bucket, intent)
            let source = try bucketedSource(intent, metric, tables: try tablesUsed(intent, metric))
            let adjective = [QueryIntent.Bucket.day: "daily", .month: "monthly", .quarter: "quarterly", .year: "yearly"][bucket] ?? bucket.rawValue
            if let days = intent.calendarDays, bucket == .day {
                // Every calendar day of the period counts, a day without sales as zero.
                let sql = "SELECT SUM(v) * 1.0 / \(days) AS average_daily_\(metric.name) FROM (SELECT \(e) AS \(l), \(source.metric) AS v FROM \(source.from) GROUP BY \(l))"
                return (sql, "average daily \(describe(intent, metric)), over all \(days) calendar days (days without sales count as zero)")
            }
            if let outer = intent.averageWithin {
                // "average daily revenue by month": each day's total, averaged over the days of each month with sales.
                guard intent.calendarDays == nil else { throw Failure(reason: "an average over calendar days within each period is not supported") }
                let (oe, ol) = try bucketExpr(outer, intent)
                guard ol != l else { throw Failure(reason: "an average per \(bucket.rawValue) within each \(outer.rawValue) is not supported") }
                let averages = "SELECT \(oe) AS \(ol), \(e) AS \(l), \(source.metric) AS v FROM \(source.from) GROUP BY \(ol), \(l)"
                let column = "average_\(adjective)_\(metric.name)"
                var described = intent
                described.bucket = nil
                described.ranking = nil
                if let r = intent.ranking {
                    // The highest (lowest) averages, ties at the cut-off kept.
                    let direction = r.highest ? "DESC" : "ASC"
                    let sql =
                        "SELECT \(ol), \(column) FROM (SELECT \(ol), AVG(v) AS \(column), RANK() OVER (ORDER BY AVG(v) \(direction)) AS rk FROM (\(averages)) GROUP BY \(ol))"
                        + " WHERE rk <= \(r.count) ORDER BY \(column) \(direction)"
                    let which = r.count == 1 ? "the \(ol.replacingOccurrences(of: "_", with: " "))" : "the \(r.count) \(ol.replacingOccurrences(of: "_", with: " "))s"
                    return (sql, "\(which) with the \(r.highest ? "highest" : "lowest") average \(adjective) " + describe(described, metric) + " (ties included)")
                }
                let sql = "SELECT \(ol), AVG(v) AS \(column) FROM (\(averages)) GROUP BY \(ol) ORDER BY \(ol == "weekday" ? "MIN(\(dialect.weekdayNumber(l)))" : ol)"
                return (sql, "average \(adjective) " + describe(described, metric) + ", for each \(ol.replacingOccurrences(of: "_", with: " "))")
            }
            let sql = "SELECT AVG(v) AS average_\(adjective)_\(metric.name) FROM (SELECT \(e) AS \(l), \(source.metric) AS v FROM \(source.from) GROUP BY \(l))"
            return (sql, "average \(adjective) " + describe(intent, metric))
        // "year-to-date buyer count at the end of each month": the same customer buys in several months, so a sum of each
        // period's distinct count is not how many there are so far. Refused (a count of new customers adds up, and is
        // its own shape).
        case .runningTotal where metric.table == vocabulary.factTable && (vocabulary.countsPeople(metric) || vocabulary.countsProducts(metric)):
            throw Failure(reason: "a running total of \(metric.name.replacingOccurrences(of: "_", with: " ")) (the same ones come back in several periods, so their counts do not add up)")
        case .runningTotal where intent.runningRestartsEachYear:
            // One series per year: the year and the month (quarter) of the year as columns, summed within the year.
            let within: (expr: String, label: String)
            switch intent.bucket {
            case .month, .yearMonth, .monthOfYear: within = (dialect.month(time), "month")
            case .quarter, .quarterOfYear: within = (dialect.quarter(time), "quarter")
            default: throw Failure(reason: "a running total that starts again each year goes by month or by quarter (say which)")
            }
            let source = try bucketedSource(intent, metric, tables: try tablesUsed(intent, metric))
            let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
            let groupNames = groups.map { "\($0.name), " }.joined()
            let partition = "PARTITION BY " + (groups.map(\.name) + ["year"]).joined(separator: ", ")
            let value =
                intent.asPercentOfBase
                ? "100.0 * SUM(v) OVER (\(partition) ORDER BY \(within.label)) / SUM(v) OVER (\(partition)) AS cumulative_pct"
                : "SUM(v) OVER (\(partition) ORDER BY \(within.label)) AS running_total"
            let sql =
                "WITH t AS (SELECT \(groupCols)\(dialect.year(time)) AS year, \(within.expr) AS \(within.label), \(source.metric) AS v FROM \(source.from) GROUP BY \(groupNames)year, \(within.label)) SELECT \(groupNames)year, \(within.label), v AS \(metric.name), \(value) FROM t ORDER BY \(groupNames)year, \(within.label)"
            return (sql, (intent.asPercentOfBase ? "cumulative share in percent of " : "running total of ") + describe(intent, metric) + ", starting again each year")
        case .runningTotal where intent.bucket == nil && groups.isEmpty && intent.ranking != nil:
            return try cumulativeDownRanked(intent, metric)
        case .runningTotal where intent.bucket == nil && groups.count == 1:
            // "rank the subcategories by revenue and show each one's cumulative share": down the list, biggest first
            // (no time is read, so lines without a date count).
            let source = (from: from(try tablesUsed(intent, metric)).0 + (try whereClause(intent)), metric: metric.expr)
            let g = groups[0]
            let running = "SUM(v) OVER (ORDER BY v DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
            let value = intent.asPercentOfBase ? "100.0 * \(running) / SUM(v) OVER () AS cumulative_pct" : "\(running) AS running_total"
            let own = intent.shareOfEachRow ? "100.0 * v / SUM(v) OVER () AS pct_of_total, " : ""
            let sql = "WITH t AS (SELECT \(g.expr) AS \(g.name), \(source.metric) AS v FROM \(source.from) GROUP BY \(g.name)) SELECT \(g.name), v AS \(metric.name), \(own)\(value) FROM t ORDER BY v DESC"
            return (
                sql,
                (intent.asPercentOfBase ? "cumulative share in percent of " : "running total of ") + describe(intent, metric)
                    + (intent.sortDescending == nil ? ", biggest first" : "") + (intent.shareOfEachRow ? ", with each one's own share of the total in percent" : "")
            )
        case .runningTotal:
            let (e, l) = try bucketExpr(bucket == .month && !singleYear(intent) ? .yearMonth : bucket, intent)
            let source = try bucketedSource(intent, metric, tables: try tablesUsed(intent, metric))
            let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
            let groupNames = groups.map { "\($0.name), " }.joined()
            let partition = groups.isEmpty ? "" : "PARTITION BY " + groups.map(\.name).joined(separator: ", ") + " "
            // A cumulative share: the running total over the whole of its group.
            let whole = "SUM(v) OVER (\(partition.trimmingCharacters(in: .whitespaces)))"
            let value = intent.asPercentOfBase ? "100.0 * SUM(v) OVER (\(partition)ORDER BY \(l)) / \(whole) AS cumulative_pct" : "SUM(v) OVER (\(partition)ORDER BY \(l)) AS running_total"
            let own = intent.shareOfEachRow ? "100.0 * v / \(whole) AS pct_of_total, " : ""
            let sql =
                "WITH t AS (SELECT \(groupCols)\(e) AS \(l), \(source.metric) AS v FROM \(source.from) GROUP BY \(groupNames)\(l)) SELECT \(groupNames)\(l), v AS \(metric.name), \(own)\(value) FROM t ORDER BY \(groupNames)\(l)"
            return (
                sql,
                (intent.asPercentOfBase ? "cumulative share in percent of " : "running total of ") + describe(intent, metric)
                    + (intent.shareOfEachRow ? ", with each one's own share of the total in percent" : "")
            )
        default:
            break
        }
        if intent.shape == .growth, let (a, b) = twoPeriods(intent) {
            // "which country had the biggest increase": the ranked dimension is the slice of the comparison.
            var sliced = groups
            if case .dimension(let d)? = intent.ranking?.entity { sliced = [try dimension(d)] }
            if let wide = try periodOverPeriod(intent, metric, a, b, sliced) { return wide }
        }
        // A yearly (quarterly) series shows whole years (quarters): "between January 2013 and January 2014" cut to years
        // would answer for all of 2013, so a period that does not fall on the grain's boundaries is refused.
        if let p = intent.period, intent.shape != .runningTotal {
            let starts: Set<String> = bucket == .year ? ["01-01"] : bucket == .quarter ? ["01-01", "04-01", "07-01", "10-01"] : []
            let ends = [p.from, p.until].compactMap { $0 }
            if !starts.isEmpty, ends.contains(where: { !starts.contains(String($0.suffix(5))) }) {
                throw Failure(reason: "a \(bucket.rawValue)ly series over \(p.label), which is not whole \(bucket.rawValue)s")
            }
        }
        // Years to show are kept for a yearly series only; by quarter or month they would be silently dropped.
        if !intent.outputYears.isEmpty && bucket != .year {
            throw Failure(reason: "a change by \(bucket.rawValue) shown for \(intent.outputYears.map(String.init).joined(separator: " and ")) only")
        }
        // Growth and moving averages look back past the asked period: compute over all of it, then keep the asked part.
        inner.period = nil
        var key = dialect.yearMonth(time)
        outputLabel = "month"
        var outputExpr = "period"
        if bucket == .year {
            key = dialect.year(time); outputLabel = "year"
            if !intent.outputYears.isEmpty {
                outputFilter = " WHERE period IN (\(intent.outputYears.map(String.init).joined(separator: ", ")))"
            } else if let p = intent.period, let from = p.from {
                outputFilter = " WHERE period >= \(from.prefix(4))" + (p.until.map { " AND period < \($0.prefix(4))" } ?? "")
            }
        } else if bucket == .quarter {
            key = "\(dialect.year(time)) || '-Q' || \(dialect.quarter(time))"; outputLabel = "quarter"
            // ("from 2012 onwards": open at the end.) A date's quarter key, "2012-07-01" being "2012-Q3", compares as text.
            func quarterKey(_ date: String) -> String { "\(date.prefix(4))-Q\(((Int(date.dropFirst(5).prefix(2)) ?? 1) + 2) / 3)" }
            if let p = intent.period, let from = p.from {
                outputFilter = " WHERE period >= '\(quarterKey(from))'" + (p.until.map { " AND period < '\(quarterKey($0))'" } ?? "")
            }
        } else {
            if let p = intent.period, let from = p.from {
                outputFilter = " WHERE period >= '\(from.prefix(7))'" + (p.until.map { " AND period < '\($0.prefix(7))'" } ?? "")
                if singleYear(intent) { outputExpr = "CAST(substr(period, 6, 2) AS INTEGER)" }
            }
        }
        let source = try bucketedSource(inner, metric, tables: try tablesUsed(inner, metric).union([vocabulary.factTable]))
        let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
        let groupNames = groups.map { "\($0.name), " }.joined()
        let partition = groups.isEmpty ? "" : "PARTITION BY " + groups.map(\.name).joined(separator: ", ") + " "
        var sql = "WITH t AS (SELECT \(groupCols)\(key) AS period, \(source.metric) AS v FROM \(source.from) GROUP BY \(groupNames)period), g AS (SELECT \(groupNames)period, v, "
        var text: String
        if case .movingAverage(let n) = intent.shape {
            sql += "AVG(v) OVER (\(partition)ORDER BY period ROWS BETWEEN \(n - 1) PRECEDING AND CURRENT ROW) AS moving_average FROM t)"
            sql += " SELECT \(groupNames)\(outputExpr) AS \(outputLabel), v AS \(metric.name), moving_average FROM g\(outputFilter) ORDER BY \(groupNames)period"
            text = "\(n)-\(outputLabel) moving average of " + describe(intent, metric)
        } else {
            let change = intent.absoluteChange ? "change" : "growth_pct"
            var rows: String
            if intent.sameTimeLastYear && bucket != .year {
                // "each quarter of 2013 against the same quarter of 2012": each period beside the one a year before
                // ('2013-Q3' with '2012-Q3', '2013-07' with '2012-07'), whatever lies between them.
                let sameGroup = groups.map { " AND b.\($0.name) = a.\($0.name)" }.joined()
                let aGroups = groups.map { "a.\($0.name), " }.joined()
                sql = "WITH t AS (SELECT \(groupCols)\(key) AS period, \(source.metric) AS v FROM \(source.from) GROUP BY \(groupNames)period), g AS (SELECT \(aGroups)a.period, a.v, b.v AS previous_year, "
                sql += (intent.absoluteChange ? "a.v - b.v" : "100.0 * (a.v - b.v) / b.v") + " AS \(change) FROM t a LEFT JOIN t b ON b.period = (CAST(substr(a.period, 1, 4) AS INTEGER) - 1) || substr(a.period, 5)\(sameGroup))"
                rows = "SELECT \(groupNames)\(outputExpr) AS \(outputLabel), v AS \(metric.name), previous_year AS \(metric.name)_previous_year, \(change) FROM g\(outputFilter)"
                text = "year-over-year " + (intent.absoluteChange ? "change" : "growth in percent") + " of each \(outputLabel) against the same \(outputLabel) a year before, of " + describe(intent, metric)
            } else {
                let previous = "LAG(v) OVER (\(partition)ORDER BY period)"
                // A group with no sales in the year before has no growth, rather than growth over an older year.
                let adjacent = groups.isEmpty || bucket != .year ? "" : "CASE WHEN LAG(period) OVER (\(partition)ORDER BY period) = period - 1 THEN "
                sql += adjacent + (intent.absoluteChange ? "v - \(previous)" : "100.0 * (v - \(previous)) / \(previous)") + (adjacent.isEmpty ? "" : " END") + " AS \(change) FROM t)"
                rows = "SELECT \(groupNames)\(outputExpr) AS \(outputLabel), v AS \(metric.name), \(change) FROM g\(outputFilter)"
                text = "\(outputLabel)-over-\(outputLabel) " + (intent.absoluteChange ? "change" : "growth in percent") + " of " + describe(intent, metric)
            }
            if let sign = intent.changeSign {
                // "the months in which revenue fell": the periods whose change is below (above) zero, in time order.
                guard intent.ranking == nil, !intent.sameTimeLastYear else { throw Failure(reason: "the periods where it \(sign ? "rose" : "fell") beside a ranking or a year-ago comparison") }
                if intent.countChangePeriods {
                    guard groupNames.isEmpty else { throw Failure(reason: "a count of the periods where it \(sign ? "rose" : "fell") in each group is not supported") }
                    sql += ", r AS (\(rows)) SELECT COUNT(*) AS \(outputLabel)s FROM r WHERE \(change) \(sign ? ">" : "<") 0"
                    return (sql, "number of \(outputLabel)s where \(describe(intent, metric)) \(sign ? "rose" : "fell") from the \(outputLabel) before")
                }
                sql += ", r AS (\(rows)) SELECT * FROM r WHERE \(change) \(sign ? ">" : "<") 0 ORDER BY \(groupNames)\(outputLabel)"
                text += ", only the \(outputLabel)s where it \(sign ? "rose" : "fell")"
                return (sql, text)
            }
            if let ranking = intent.ranking {
                guard case .bucket = ranking.entity else { throw Failure(reason: "a ranking of a change over time ranks periods, or one slice between two periods") }
                // "which quarter saw the biggest jump": the periods whose change ranks first, ties kept.
                sql +=
                    ", r AS (\(rows)) SELECT * FROM r WHERE \(change) IS NOT NULL AND \(change) \(ranking.highest ? ">=" : "<=") (SELECT \(change) FROM r WHERE \(change) IS NOT NULL ORDER BY \(change) \(ranking.highest ? "DESC" : "ASC") LIMIT 1 OFFSET \(ranking.count - 1)) ORDER BY \(change) \(ranking.highest ? "DESC" : "ASC")"
                text = "the \(ranking.count == 1 ? "" : "\(ranking.count) ")\(outputLabel)\(ranking.count == 1 ? "" : "s") with the \(ranking.highest ? "largest" : "smallest") " + text
            } else {
                sql += " " + rows + " ORDER BY \(groupNames)period"
            }
        }
        return (sql, text)
    }

    /// The two periods a growth rate compares, when the question names them: one year (against the year
    /// before) or a range of two consecutive quarters or months. ("In 2012 and in 2013" is each year's own growth.)
    func twoPeriods(_ intent: QueryIntent) -> (QueryIntent.Period, QueryIntent.Period)? {
        func year(_ y: Int) -> QueryIntent.Period { .init(from: "\(y)-01-01", until: "\(y + 1)-01-01", label: "\(y)") }
        let years = intent.outputYears.sorted()
        if intent.bucket == .year || intent.bucket == nil, intent.period == nil {
            if years.count == 1 { return (year(years[0] - 1), year(years[0])) }
            return nil
        }
        guard years.isEmpty, let p = intent.period, let from = p.from, let until = p.until else { return nil }
        // "from Q4 2012 to Q4 2013": the two quarters named at the ends, not every quarter between them.
        let ends = p.label.components(separatedBy: " to ")
        if intent.bucket != .quarter, ends.count == 2, ends.allSatisfy({ $0.hasPrefix("Q") }), SQLDateMath.addMonths(from, 6) <= until {
            let last = SQLDateMath.addMonths(until, -3)
            return (.init(from: from, until: SQLDateMath.addMonths(from, 3), label: ends[0]), .init(from: last, until: until, label: ends[1]))
        }
        // "for each month from July to December": a series of months, not two quarters.
        for months in [3, 1] where !(months == 3 && (intent.bucket == .month || intent.bucket == .yearMonth)) {
            let middle = SQLDateMath.addMonths(from, months)
            guard SQLDateMath.addMonths(middle, months) == until, from.hasSuffix("-01"), months == 1 || [1, 4, 7, 10].contains(Int(from.dropFirst(5).prefix(2)) ?? 0) else { continue }
            let name = { (d: String) in months == 3 ? "Q\((Int(d.dropFirst(5).prefix(2))! - 1) / 3 + 1) \(d.prefix(4))" : String(d.prefix(7)) }
            return (.init(from: from, until: middle, label: name(from)), .init(from: middle, until: until, label: name(middle)))
        }
        return nil
    }

    /// "mountain bike units per country: 2012, 2013 and the % change": each group's measure in both periods
    /// side by side and the change between them, in one row per group. Only for measures that can be
    /// counted conditionally (sums and counts); others fall back to the series.
    func periodOverPeriod(
        _ intent: QueryIntent, _ metric: Vocabulary.Metric, _ a: QueryIntent.Period, _ b: QueryIntent.Period,
        _ groups: [Vocabulary.Dimension]
    ) throws -> (String, String)? {
        guard let inA = try? conditional(metric.expr, periodCondition(a)), let inB = try? conditional(metric.expr, periodCondition(b)) else { return nil }
        var scoped = intent
        scoped.period = nil
        scoped.outputYears = []
        let tables = try tablesUsed(scoped, metric).union(groups.map(\.table))
        let conditions = try whereParts(scoped).map(\.sql) + ["(\(periodCondition(a)) OR \(periodCondition(b)))"]
        func column(_ p: QueryIntent.Period) -> String { metric.name + "_" + p.label.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined() }
        let change = intent.absoluteChange ? "change" : "growth_pct"
        let selects =
            groups.map { "\($0.expr) AS \($0.name)" } + [
                "\(inA) AS \(column(a))", "\(inB) AS \(column(b))",
                // Both the change and the change in percent: "the change" alone is read either way, and each
                // is one glance from the other for whoever checks it.
                "\(inB) - \(inA) AS change", "100.0 * (\(inB) - \(inA)) / \(inA) AS growth_pct",
            ]
        var sql = "SELECT " + selects.joined(separator: ", ") + " FROM \(from(tables, forceFact: true).0) WHERE " + conditions.joined(separator: " AND ")
        if !groups.isEmpty { sql += " GROUP BY " + groups.map(\.name).joined(separator: ", ") }
        var plain = scoped
        plain.shape = .plain
        plain.bucket = nil
        plain.ranking = nil
        var text =
            (intent.absoluteChange ? "change" : "growth in percent") + " of " + describe(plain, metric) + " from \(a.label) to \(b.label), with both values and the change in "
            + (intent.absoluteChange ? "percent" : "amount")
        if let ranking = intent.ranking {
            // "which country had the biggest increase": the groups whose change ranks first, ties kept.
            guard case .dimension(let d) = ranking.entity, groups.map(\.name) == [d], ranking.perDimension == nil else { return nil }
            sql =
                "WITH r AS (\(sql)) SELECT * FROM r WHERE \(change) IS NOT NULL AND \(change) \(ranking.highest ? ">=" : "<=") (SELECT \(change) FROM r WHERE \(change) IS NOT NULL ORDER BY \(change) \(ranking.highest ? "DESC" : "ASC") LIMIT 1 OFFSET \(ranking.count - 1)) ORDER BY \(change) \(ranking.highest ? "DESC" : "ASC")"
            text = "the \(d.replacingOccurrences(of: "_", with: " ")) with the \(ranking.highest ? "largest" : "smallest") " + text
        } else if !groups.isEmpty {
            sql += " ORDER BY " + groups.map(\.name).joined(separator: ", ")
        }
        return (sql, text)
    }

    // MARK: - Customer analyses

    func customerKey() throws -> String {
        guard let keys = joinKeys(vocabulary.customersTable) else {
            throw Failure(reason: "the model has no customer relationship")
        }
        return keys.factColumn
    }

    /// What one order is: the measure the model declares `role: orders`. Without it, lines are not orders.
    func orderCountExpr() throws -> String {
        guard let orders = vocabulary.orderCount else { throw Failure(reason: "the model declares no order count (role: orders), so orders per customer cannot be counted") }
        return orders.expr
    }

    func factFrom(_ intent: QueryIntent, extra: [QueryIntent.ValueFilter] = [], withGroups: Bool = false) throws -> String {
        var tables: Set<String> = [vocabulary.factTable]
        if withGroups { for g in intent.groupBy { tables.insert(try dimension(g).table) } }
        for f in intent.filters + extra { tables.insert(try dimension(f.dimension).table) }
        for f in intent.numericFilters { tables.insert(try dimension(f.column).table) }
        for f in intent.dateFilters { tables.insert(try dimension(f.column).table) }
        return from(tables, forceFact: true).0
    }

    func repeatCustomers(_ intent: QueryIntent, share: Bool) throws -> (String, String) {
        let key = try customerKey()
        var intent = intent
        let ranking = intent.ranking
        if let r = ranking, case .dimension(let d) = r.entity, intent.groupBy.isEmpty { intent.groupBy = [d] }
        // Slices of the customers themselves ("in each country"): each buyer counted in their own group.
        let groups = try intent.groupBy.map { try dimension($0) }
        guard groups.allSatisfy({ $0.table == vocabulary.customersTable }) else {
            throw Failure(reason: "repeat customers can be broken down by the customers' own attributes only")
        }
        var tables: Set<String> = [vocabulary.factTable]
        for f in intent.filters { tables.insert(try dimension(f.dimension).table) }
        for g in groups { tables.insert(g.table) }
        for f in intent.numericFilters { tables.insert(try dimension(f.column).table) }
        for f in intent.dateFilters { tables.insert(try dimension(f.column).table) }
        let fromClause = from(tables, forceFact: true).0
        let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
        let groupNames = groups.map(\.name)
        let inner = "SELECT \(groupCols)\(key) AS customer, \(try orderCountExpr()) AS orders FROM \(fromClause)\(try whereClause(intent)) GROUP BY \((groupNames + [key]).joined(separator: ", "))"
        let outerGroup = groupNames.isEmpty ? "" : " GROUP BY " + groupNames.joined(separator: ", ")
        let outerCols = groupNames.map { "\($0), " }.joined()
        let by = groups.isEmpty ? "" : " by " + groupNames.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
        let value = share ? "pct_repeat_customers" : "repeat_customers"
        // A share also shows the count it is made of ("how many repeat buyers, and what % of the group are they").
        let countColumn = share ? "SUM(orders > 1) AS repeat_customers, " : ""
        var sql = "SELECT \(outerCols)\(countColumn)\(share ? "100.0 * SUM(orders > 1) / COUNT(*)" : "SUM(orders > 1)") AS \(value) FROM (\(inner))\(outerGroup)"
        var text = (share ? "customers with more than one order, and their share of buying customers in percent" : "customers with more than one order") + by
        if let r = ranking, !groupNames.isEmpty {
            // The groups ranked by that count, ties at the cut-off kept.
            let order = r.highest ? "DESC" : "ASC"
            sql = "SELECT \(groupNames.joined(separator: ", ")), \(value) FROM (SELECT *, RANK() OVER (ORDER BY \(value) \(order)) AS rk FROM (\(sql))) WHERE rk <= \(r.count) ORDER BY \(value) \(order)"
            text = "the \(r.count == 1 ? "" : "\(r.count) ")\(groupNames.joined(separator: " and ").replacingOccurrences(of: "_", with: " ")) with the \(r.highest ? "most" : "fewest") \(share ? "share of " : "")repeat customers (ties included)"
        }
        return (sql, text + scope(intent))
    }

    func newCustomers(_ intent: QueryIntent) throws -> (String, String) {
        if intent.asPercentOfBase { return try newCustomerShare(intent) }
        let key = try customerKey()
        var base = intent
        base.period = nil
        // (Within one year the months or quarters are numbered as every other breakdown numbers them, so that counts set
        // side by side join on the same keys.)
        var keys = QueryIntent(metric: "")
        keys.period = intent.period
        let (bucket, label) = try bucketExpr(intent.bucket ?? .year, keys)
        let firstBucket = bucket.replacingOccurrences(of: time, with: "first_order")
        base.periods = []
        var outer = ""
        if let p = intent.period { outer = " WHERE " + periodCondition(p).replacingOccurrences(of: time, with: "first_order") }
        if !intent.periods.isEmpty {
            outer = " WHERE (" + intent.periods.map { "(" + periodCondition($0).replacingOccurrences(of: time, with: "first_order") + ")" }.joined(separator: " OR ") + ")"
        }
        // "made their first purchase on a weekend": a filter on a column of the order date (weekday, month) is a condition
        // on the first order's date, not on which lines count towards it.
        let onFirstDate = try base.filters.filter { try dimension($0.dimension).expr.contains(time) }
        base.filters.removeAll { onFirstDate.contains($0) }
        for f in onFirstDate {
            let c = try condition(f).replacingOccurrences(of: time, with: "first_order")
            outer += (outer.isEmpty ? " WHERE " : " AND ") + c
        }
        // (With no period, grain or other measure asked, such a count is one number, not a series of years.)
        let oneTotal =
            !onFirstDate.isEmpty && intent.bucket == nil && intent.period == nil && intent.periods.isEmpty && intent.extraMetrics.isEmpty && intent.ranking == nil
            && !intent.runningTotalOfNew
        // "per country": a customer's own columns, one value per customer, so they ride along with the first order.
        let groups = try intent.groupBy.map { (try dimension($0).expr, $0) }
        var inner = groups.map { ", \($0.0) AS \($0.1)" }.joined()
        let names = groups.map { ", \($0.1)" }.joined()
        // "... and what's their average lifetime value": each new customer's own all-time total (every line, dated or not),
        // averaged over the customers of each period. Only an average per buyer: a plain "how much did they spend" could
        // be their first year's or all time, and is not guessed.
        var averages = ""
        var lifetime = ""
        for name in intent.extraMetrics {
            guard let m = vocabulary.metric(named: name), let numerator = vocabulary.perMemberSum(of: m, per: .buyers)?.expr
            else {
                throw Failure(reason: "\(name.replacingOccurrences(of: "_", with: " ")) beside new customers (only an average per customer of their lifetime, such as their average lifetime value)")
            }
            inner += ", \(numerator) AS \(m.name)"
            averages += ", AVG(\(m.name)) AS \(m.name)"
            lifetime += " and their average lifetime " + m.name.replacingOccurrences(of: "_", with: " ")
        }
        // (With lifetime totals the undated lines count too; a customer with no dated line has no first order.)
        let firstKnown = averages.isEmpty ? outer : outer.isEmpty ? " WHERE first_order IS NOT NULL" : outer + " AND first_order IS NOT NULL"
        let sql =
            "SELECT \(firstBucket) AS \(label)\(names), COUNT(*) AS new_customers\(averages) FROM (SELECT \(key) AS customer\(inner), MIN(\(time)) AS first_order FROM \(try factFrom(base, withGroups: true))\(try whereClause(base, timeNotNull: averages.isEmpty)) GROUP BY \(key))\(firstKnown) GROUP BY \(label)\(names) ORDER BY \(label)\(names)"
        let by = intent.groupBy.map { " and " + $0.replacingOccurrences(of: "_", with: " ") }.joined()
        if oneTotal {
            let groupNames = groups.map(\.1)
            let select = groupNames.map { "\($0), " }.joined()
            let grouped = groupNames.isEmpty ? "" : " GROUP BY " + groupNames.joined(separator: ", ") + " ORDER BY " + groupNames.joined(separator: ", ")
            let total =
                "SELECT \(select)COUNT(*) AS new_customers FROM (SELECT \(key) AS customer\(inner), MIN(\(time)) AS first_order FROM \(try factFrom(base, withGroups: true))\(try whereClause(base, timeNotNull: true)) GROUP BY \(key))\(outer)\(grouped)"
            let described = onFirstDate.map(describeFilter).joined(separator: ", ")
            return (total, "customers whose first order was on \(described)" + (groupNames.isEmpty ? "" : " by " + groupNames.joined(separator: " and ").replacingOccurrences(of: "_", with: " ")) + scope(base))
        }
        let firstDay = onFirstDate.isEmpty ? "" : ", first order on " + onFirstDate.map(describeFilter).joined(separator: ", ")
        if intent.runningTotalOfNew {
            guard averages.isEmpty, intent.ranking == nil, intent.periods.isEmpty else { throw Failure(reason: "a running total of new customers with another measure, ranking or comparison is not supported") }
            let partition = names.isEmpty ? "" : "PARTITION BY " + intent.groupBy.joined(separator: ", ") + " "
            let running = "SELECT \(label)\(names), new_customers, SUM(new_customers) OVER (\(partition)ORDER BY \(label)) AS running_total FROM (\(sql)) ORDER BY \(label)\(names)"
            return (running, "new customers by \(label) of their first order\(by)\(firstDay), with their running total" + scope(base))
        }
        if !averages.isEmpty {
            guard intent.ranking == nil else { throw Failure(reason: "a ranking of new customers with another measure beside them is not supported") }
            return (sql, "new customers\(lifetime) by \(label) of their first order\(by)\(firstDay)" + scope(base))
        }
        if let r = intent.ranking {
            // The periods ranked by their count, ties at the cut-off kept.
            let ranked =
                "SELECT \(label), new_customers FROM (SELECT \(label), new_customers, RANK() OVER (ORDER BY new_customers \(r.highest ? "DESC" : "ASC")) AS rk FROM (\(sql))) WHERE rk <= \(r.count) ORDER BY new_customers \(r.highest ? "DESC" : "ASC")"
            return (ranked, "the \(r.count == 1 ? "" : "\(r.count) ")\(label)\(r.count == 1 ? "" : "s") with the \(r.highest ? "most" : "fewest") new customers (by \(label) of their first order, ties included)" + scope(base))
        }
        return (sql, "new customers by \(label) of their first order\(by)\(firstDay)" + scope(base))
    }

    func retained(_ intent: QueryIntent, _ a: QueryIntent.Period, _ b: QueryIntent.Period) throws -> (String, String) {
        // "how many of the products we sold in 2012 still sold in 2013": products kept, as customers are.
        let metric = vocabulary.metric(named: intent.metric)
        if let metric, vocabulary.countsProducts(metric) {
            guard let keys = joinKeys(vocabulary.productsTable), intent.groupBy.isEmpty, !intent.asPercentOfBase else {
                throw Failure(reason: "products sold in two periods can only be counted, without slices or shares")
            }
            let source = "FROM \(try factFrom(intent, withGroups: false))\(try whereClause(intent, timeNotNull: true)) GROUP BY \(keys.factColumn)"
            let sql = "SELECT COUNT(*) AS products FROM (SELECT \(keys.factColumn) \(source) HAVING SUM(\(periodCondition(a))) > 0 AND SUM(\(periodCondition(b))) > 0)"
            return (sql, "products sold in \(a.label) and again in \(b.label)")
        }
        // ("how many bikes sold in 2012 and again in 2013": units or products, not the people; never counted as people.)
        if let metric, !vocabulary.countsPeople(metric) {
            throw Failure(reason: "\(metric.name.replacingOccurrences(of: "_", with: " ")) in two periods (I can count the customers, or the products, sold in both)")
        }
        let key = try customerKey()
        // ("bought a bike in 2012 and then came back for accessories in 2013": each period has a value of its own, which
        // one filter for both would merge.)
        if intent.filters.contains(where: { f in f.values.count >= 2 && (try? dimension(f.dimension).table) != vocabulary.customersTable }) {
            throw Failure(reason: "customers who bought one thing in one period and another in the next (ask for each on its own)")
        }
        // Slices of the customers themselves ("split it by country"): each customer in their own group.
        let groups = try intent.groupBy.map { try dimension($0) }
        let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
        let names = groups.map(\.name)
        let outerGroups = names.isEmpty ? "" : " GROUP BY " + names.joined(separator: ", ")
        let bySlices = names.isEmpty ? "" : " by " + names.joined(separator: " and ").replacingOccurrences(of: "_", with: " ")
        let source = "FROM \(try factFrom(intent, withGroups: true))\(try whereClause(intent, timeNotNull: true)) GROUP BY \((names + [key]).joined(separator: ", "))"
        if intent.asPercentOfBase {
            // "Of the customers who ordered in 2012, what % also ordered in 2013": the base is the first period's buyers.
            let sql =
                "SELECT \(names.map { "\($0), " }.joined())\(intent.countWithShare ? "SUM(again > 0) AS customers, " : "")100.0 * SUM(again > 0) / COUNT(*) AS pct_retained FROM (SELECT \(groupCols)\(key), SUM(\(periodCondition(b))) AS again \(source) HAVING SUM(\(periodCondition(a))) > 0)\(outerGroups)"
            return (sql, "share of the customers who bought in \(a.label) who bought again in \(b.label), in percent" + bySlices)
        }
        let sql =
            "SELECT \(names.map { "\($0), " }.joined())COUNT(*) AS customers FROM (SELECT \(groupCols)\(key) \(source) HAVING SUM(\(periodCondition(a))) > 0 AND SUM(\(periodCondition(b))) > 0)\(outerGroups)"
        return (sql, "customers who bought in \(a.label) and again in \(b.label)" + bySlices)
    }

    func both(_ intent: QueryIntent, _ filters: [QueryIntent.ValueFilter]) throws -> (String, String) {
        let key = try customerKey()
        let having = try filters.map { "SUM(\(try condition($0))) > 0" }.joined(separator: " AND ")
        // Slices of the customers themselves ("in each country"): each customer in their own group.
        let groups = try intent.groupBy.map { try dimension($0) }
        guard groups.allSatisfy({ $0.table == vocabulary.customersTable }) else {
            throw Failure(reason: "customers who bought several things can be broken down by the customers' own attributes only")
        }
        var tables: Set<String> = [vocabulary.factTable]
        for f in intent.filters + filters { tables.insert(try dimension(f.dimension).table) }
        for g in groups { tables.insert(g.table) }
        for f in intent.numericFilters { tables.insert(try dimension(f.column).table) }
        for f in intent.dateFilters { tables.insert(try dimension(f.column).table) }
        let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
        let names = groups.map(\.name)
        if intent.asPercentOfBase, filters.count == 2 {
            // "Of the customers who bought a bike, what % also bought a helmet": the first purchase's buyers are the base.
            let (first, second) = (try condition(filters[0]), try condition(filters[1]))
            let inner = "SELECT \(groupCols)\(key), SUM(\(second)) AS second FROM \(from(tables, forceFact: true).0)\(try whereClause(intent)) GROUP BY \((names + [key]).joined(separator: ", ")) HAVING SUM(\(first)) > 0"
            let sql = "SELECT \(names.map { "\($0), " }.joined())100.0 * SUM(second > 0) / COUNT(*) AS pct FROM (\(inner))" + (names.isEmpty ? "" : " GROUP BY " + names.joined(separator: ", "))
            return (
                sql,
                "of the customers who bought \(describeFilter(filters[0])), the share who also bought \(describeFilter(filters[1])), in percent"
                    + (names.isEmpty ? "" : " by " + names.joined(separator: " and ").replacingOccurrences(of: "_", with: " ")) + scope(intent)
            )
        }
        let inner = "SELECT \(groupCols)\(key) FROM \(from(tables, forceFact: true).0)\(try whereClause(intent)) GROUP BY \((names + [key]).joined(separator: ", ")) HAVING \(having)"
        let sql = "SELECT \(names.map { "\($0), " }.joined())COUNT(*) AS customers FROM (\(inner))" + (names.isEmpty ? "" : " GROUP BY " + names.joined(separator: ", "))
        return (
            sql,
            "customers who bought " + filters.flatMap(\.values).joined(separator: " and ")
                + (names.isEmpty ? "" : " by " + names.joined(separator: " and ").replacingOccurrences(of: "_", with: " ")) + scope(intent)
        )
    }

    func without(_ intent: QueryIntent, _ factName: String) throws -> (String, String) {
        guard let metric = vocabulary.metric(named: intent.metric) else { throw Failure(reason: "no metric") }
        // "How many calendar days in 2011 had no orders at all": the period's days less the days with sales.
        if vocabulary.countsDaysWithSales(metric) {
            guard intent.groupBy.isEmpty, intent.bucket == nil, intent.ranking == nil, let p = intent.period, let first = p.from, let until = p.until,
                let days = SQLDateMath.daysBetween(first, until)
            else { throw Failure(reason: "days without sales need one period with a first and a last day, and no breakdown") }
            let sql = "SELECT \(days) - COUNT(DISTINCT \(time)) AS days_without_sales FROM \(from(try tablesUsed(intent, metric)).0)\(try whereClause(intent, timeNotNull: true))"
            return (sql, "calendar days of \(p.label) (\(days)) without sales" + (intent.filters.isEmpty ? "" : " (" + intent.filters.map(describeFilter).joined(separator: ", ") + ")"))
        }
        // "list the customers who have never placed an order": the rows listed are the ones without sales, whatever
        // measure the verb named; otherwise the table the measure counts (products, for "never sold").
        var table = metric.table == vocabulary.factTable ? vocabulary.productsTable : metric.table
        if case .table(let listed)? = intent.ranking?.entity {
            guard metric.table == vocabulary.factTable || metric.table == listed else { throw Failure(reason: "\(metric.table) counted for \(listed) with no sales") }
            table = listed
        }
        guard let t = vocabulary.tables[table], let keys = joinKeys(table) else { throw Failure(reason: "cannot find rows without sales") }
        // "per category, the total product count and how many have never sold": the catalogue's own count beside it.
        let catalogue = try intent.extraMetrics.map { name -> Vocabulary.Metric in
            guard let m = vocabulary.metric(named: name), m.table == table, m.expr.uppercased() == "COUNT(*)", intent.ranking == nil else {
                throw Failure(reason: "\(name.replacingOccurrences(of: "_", with: " ")) beside \(table) with no sales (only the number of \(table) in all can be shown beside them)")
            }
            return m
        }
        let dimKey = keys.dimColumn
        // "products that cost more than 500 and never sold": a number of the rows' own is a filter on them.
        let ownNumbers = try intent.numericFilters.map { f -> String in
            let d = try dimension(f.column)
            guard d.table == table else { throw Failure(reason: "a comparison on \(f.column.replacingOccurrences(of: "_", with: " ")) of \(table) with no sales") }
            return "\(d.expr) \(f.op) \(formatNumber(f.value))"
        }
        var conditions = try intent.filters.filter { try dimension($0.dimension).table == table }.map(condition) + ownNumbers
        var factConditions = try intent.filters.filter { try dimension($0.dimension).table != table }.map(condition)
        if let p = intent.period { factConditions.append(periodCondition(p)) }
        conditions.append("\(dimKey) NOT IN (SELECT \(keys.factColumn) FROM \(fact.physical) \(fact.alias)\(factConditions.isEmpty ? "" : " WHERE " + factConditions.joined(separator: " AND ")))")
        let whereSQL = " WHERE " + conditions.joined(separator: " AND ")
        if !intent.groupBy.isEmpty || intent.asPercentOfBase || !catalogue.isEmpty {
            // A share is counted inside each group, so a group whose things all sold shows 0. A count, like any count of
            // rows that pass a condition, has a row only for the groups where some do.
            let own = try intent.filters.filter { try dimension($0.dimension).table == table }.map(condition) + ownNumbers
            let notSold = conditions.last!
            let groups = try intent.groupBy.map { try dimension($0) }
            var value = intent.asPercentOfBase ? "100.0 * SUM(\(notSold)) / COUNT(*) AS pct_\(table)_never_sold" : "COUNT(*) AS \(table)_never_sold"
            // "how many never sold, and what % of the catalogue is that": the count beside its share.
            if intent.asPercentOfBase, intent.countWithShare { value = "SUM(\(notSold)) AS \(table)_never_sold, " + value }
            // ("for each category, how many of its products never sold": every group, 0 where all of them sold.)
            if intent.everyGroupShown || !catalogue.isEmpty, !intent.asPercentOfBase { value = "SUM(\(notSold)) AS \(table)_never_sold" }
            value = catalogue.map { "COUNT(*) AS \($0.name), " }.joined() + value
            let kept = intent.asPercentOfBase || intent.everyGroupShown || !catalogue.isEmpty ? own : conditions
            let sql =
                "SELECT " + (groups.map { "\($0.expr) AS \($0.name)" } + [value]).joined(separator: ", ") + " FROM \(t.physical) \(t.alias)"
                + (kept.isEmpty ? "" : " WHERE " + kept.joined(separator: " AND ")) + (groups.isEmpty ? "" : " GROUP BY " + groups.map(\.name).joined(separator: ", "))
            let slices = groups.isEmpty ? "" : " by " + groups.map { $0.name.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
            let counted = intent.asPercentOfBase && intent.countWithShare ? "number and " : ""
            let all = catalogue.isEmpty ? "" : "number of \(table) in all and "
            return (sql, all + (intent.asPercentOfBase ? "\(counted)share of \(table) with no sales, in percent" : "number of \(table) with no sales") + slices)
        }
        if let ranking = intent.ranking, ranking.count == 0, case .dimension(let name) = ranking.entity {
            // "which subcategories have never sold": the values all of whose rows are unsold.
            let d = try dimension(name)
            guard d.table == table else { throw Failure(reason: "\(name) does not describe \(table)") }
            let own = try intent.filters.filter { try dimension($0.dimension).table == table }.map(condition) + ownNumbers
            let sql =
                "SELECT \(d.expr) AS \(d.name) FROM \(t.physical) \(t.alias)" + (own.isEmpty ? "" : " WHERE " + own.joined(separator: " AND "))
                + " GROUP BY \(d.name) HAVING SUM(\(conditions.last!)) = COUNT(*)"
            return (sql, "\(d.name.replacingOccurrences(of: "_", with: " ")) values none of whose \(table) has sales" + scope(intent))
        }
        if intent.ranking?.count == 0 {
            // "... with its category and subcategory": the listed rows' own columns named to be shown.
            let shown = try intent.displayColumns.map { try dimension($0) }
            guard shown.allSatisfy({ $0.table == table }) else { throw Failure(reason: "columns of another table beside \(table) with no sales") }
            let cols = identity(table).map { "\($0.0.replacingOccurrences(of: "d.", with: "\(t.alias).")) AS \($0.1)" } + shown.map { "\($0.expr) AS \($0.name)" }
            return (
                "SELECT \(cols.joined(separator: ", ")) FROM \(t.physical) \(t.alias)\(whereSQL)",
                "\(table) with no sales" + (intent.filters.isEmpty ? "" : " (\(intent.filters.flatMap(\.values).joined(separator: ", ")))")
                    + (intent.numericFilters.isEmpty ? "" : ", " + intent.numericFilters.map { "\($0.column.replacingOccurrences(of: "_", with: " ")) \($0.op) \(formatNumber($0.value))" }.joined(separator: " and "))
                    + (shown.isEmpty ? "" : ", with " + shown.map { $0.name.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", "))
            )
        }
        return (
            "SELECT COUNT(*) AS \(table) FROM \(t.physical) \(t.alias)\(whereSQL)",
            "number of \(table) with no sales"
                + (intent.numericFilters.isEmpty ? "" : ", " + intent.numericFilters.map { "\($0.column.replacingOccurrences(of: "_", with: " ")) \($0.op) \(formatNumber($0.value))" }.joined(separator: " and "))
        )
    }

    /// "What share of total revenue do our top 10 products account for": each entity's total, ranked (ties kept),
    /// the top ones' sum over the sum of all. Only a sum adds up across entities.
    func shareOfTop(_ intent: QueryIntent, _ metric: Vocabulary.Metric) throws -> (String, String) {
        guard let ranking = intent.ranking, case .table(let table) = ranking.entity, let keys = joinKeys(table),
            metric.table == vocabulary.factTable, metric.expr.uppercased().hasPrefix("SUM(")
        else {
            throw Failure(reason: "a share of the top ranked works for sums over customers or products")
        }
        var plain = intent
        plain.ranking = nil
        plain.groupBy = []
        // "for each category, ... from its top product": ranked within each group, each group's own share. Only a column
        // of the ranked rows' own table, so that each one lies in one group.
        let group = try intent.groupBy.first.map { try dimension($0) }
        if let group, group.table != table || intent.groupBy.count > 1 { throw Failure(reason: "a share of the top ranked within groups of another table is not supported") }
        var tables = try tablesUsed(plain, metric)
        if let group { tables.insert(group.table) }
        let whereSQL = try whereClause(plain)
        let g = group.map { "\($0.expr) AS \($0.name), " } ?? ""
        let partition = group.map { "PARTITION BY \($0.name) " } ?? ""
        let within = group.map { " within each \($0.name.replacingOccurrences(of: "_", with: " "))" } ?? ""
        let s = "WITH s AS (SELECT \(g)\(keys.factColumn) AS entity, \(metric.expr) AS v FROM \(from(tables, forceFact: true).0)\(whereSQL) GROUP BY \(group.map { "\($0.name), " } ?? "")entity), "
        if ranking.count == 1, let t = vocabulary.tables[table] {
            // "for each category, what's the top product and what % of the category's revenue does it account for": the one
            // at the top is named, beside its share (each of several tied at the top with its own).
            let g = group.map { "r.\($0.name), " } ?? ""
            let sql =
                s + "r AS (SELECT *, RANK() OVER (\(partition)ORDER BY v \(ranking.highest ? "DESC" : "ASC")) AS rk, 100.0 * v / SUM(v) OVER (\(partition.trimmingCharacters(in: .whitespaces))) AS pct FROM s) "
                + "SELECT \(g)\(identity(table).map { "\($0.0) AS \($0.1)" }.joined(separator: ", ")), r.v AS \(metric.name), r.pct AS pct_of_\(metric.name) FROM r JOIN \(t.physical) d ON d.\(keys.dimColumn.split(separator: ".").last!) = r.entity WHERE r.rk = 1"
                + (group.map { " ORDER BY r.\($0.name)" } ?? "")
            return (sql, "the \(ranking.highest ? "top" : "bottom") one of \(table) by \(describe(plain, metric))\(within) (ties included), with its share in percent")
        }
        let sql =
            s
            + "r AS (SELECT \(group.map { "\($0.name), " } ?? "")v, RANK() OVER (\(partition)ORDER BY v \(ranking.highest ? "DESC" : "ASC")) AS rk FROM s) "
            + "SELECT \(group.map { "\($0.name), " } ?? "")100.0 * SUM(CASE WHEN rk <= \(ranking.count) THEN v ELSE 0 END) / SUM(v) AS pct_of_\(metric.name) FROM r"
            + (group.map { " GROUP BY \($0.name) ORDER BY \($0.name)" } ?? "")
        let text = "share of \(describe(plain, metric)) from the \(ranking.highest ? "top" : "bottom") \(ranking.count) \(table)\(within) (ties included), in percent"
        return (sql, text)
    }

    func shareOfTableWith(_ intent: QueryIntent, _ table: String, _ filters: [QueryIntent.ValueFilter]) throws -> (String, String) {
        guard let t = vocabulary.tables[table], let keys = joinKeys(table) else { throw Failure(reason: "no table \(table)") }
        var own = try intent.filters.map(condition)
        if intent.baseIsBuyers {
            // Only the people who bought in the period are shared out.
            let period = intent.period.map { " WHERE " + periodCondition($0) } ?? ""
            own.append("\(keys.dimColumn) IN (SELECT \(keys.factColumn) FROM \(from([vocabulary.factTable], forceFact: true).0)\(period))")
        }
        let ownWhere = own.isEmpty ? "" : " WHERE " + own.joined(separator: " AND ")
        var factConditions = try filters.map(condition)
        if let p = intent.period { factConditions.append(periodCondition(p)) }
        let factTables = Set(try filters.map { try dimension($0.dimension).table }).union([vocabulary.factTable])
        let sub = "SELECT \(keys.factColumn) FROM \(from(factTables, forceFact: true).0)" + (factConditions.isEmpty ? "" : " WHERE " + factConditions.joined(separator: " AND "))
        // Each slice is of the table's own rows: its columns or an age decade (a band is a column by now).
        var groups = try intent.groupBy.map { try dimension($0) }.map { (expr: $0.expr, name: $0.name) }
        if let b = intent.bucket {
            let (expr, label) = try bucketExpr(b, intent)
            groups.append((expr, label))
        }
        let groupSelect = groups.map { "\($0.expr) AS \($0.name), " }.joined()
        let groupBy = groups.isEmpty ? "" : " GROUP BY " + groups.map(\.name).joined(separator: ", ")
        // "how many of them have sold at least once, and what percentage": the number beside its share.
        let count = intent.countWithShare ? "SUM(\(keys.dimColumn) IN (\(sub))) AS \(table), " : ""
        let sql = "SELECT \(groupSelect)\(count)100.0 * SUM(\(keys.dimColumn) IN (\(sub))) / COUNT(*) AS pct FROM \(t.physical) \(t.alias)\(ownWhere)\(groupBy)"
        return (
            sql,
            (groups.isEmpty ? "" : "for each " + groups.map { $0.name.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ") + ", ")
                + (intent.baseIsBuyers ? "of the \(table) who bought\(intent.period.map { " in \($0.label)" } ?? ""), the share" : "share of \(table)")
                + (intent.filters.isEmpty ? "" : " (\(intent.filters.flatMap(\.values).joined(separator: ", ")))") + (filters.isEmpty ? " with any sales" : " who bought " + filters.flatMap(\.values).joined(separator: ", "))
                + (intent.period.map { " in \($0.label)" } ?? "") + ", in percent"
        )
    }
}
