/// How a question was understood: what to measure, over which slices, filtered how, shaped how.
/// Follow-up questions refine the previous intent.
struct QueryIntent: Sendable, Equatable {
    enum Bucket: String, Sendable, Equatable {
        case year, quarter, month, yearMonth, monthOfYear, quarterOfYear, ageDecade, day, weekday

        /// How many days a period of this grain spans, roughly: a finer grain nests inside a coarser one. A weekday is a
        /// set of days; an age decade is not a time at all.
        var span: Int? {
            switch self {
            case .day: return 1
            case .weekday: return 2
            case .month, .yearMonth, .monthOfYear: return 30
            case .quarter, .quarterOfYear: return 91
            case .year: return 365
            case .ageDecade: return nil
            }
        }
    }

    enum Entity: Sendable, Equatable {
        /// The rows of a logical table, identified by its unique columns (top customers, products).
        case table(String)
        /// A dimension's values (which country, which category).
        case dimension(String)
        case bucket(Bucket)
    }

    struct Ranking: Sendable, Equatable {
        var count: Int
        var highest: Bool
        var entity: Entity
        /// "in each category": the ranking restarts per value of this dimension.
        var perDimension: String?
        /// "for every year, which month ...": the ranking restarts in each bucket of this coarser grain.
        var withinBucket: Bucket? = nil
        /// "the best and the worst month": the rows at both ends (the top `count` and the bottom `count`).
        var bothEnds = false
        /// "the second best product": only the rows at place `count`, not the ones above it.
        var onlyPlace = false
    }

    struct Period: Sendable, Equatable {
        /// Inclusive start and exclusive end, `YYYY-MM-DD`; nil = open.
        var from: String?
        var until: String?
        var label: String

        /// Whether `other` lies inside this period (ISO dates compare as text; open ends are unbounded).
        func contains(_ other: Period) -> Bool {
            (from ?? "") <= (other.from ?? "") && (other.until ?? "9999") <= (until ?? "9999")
        }
    }

    enum Shape: Sendable, Equatable {
        /// Rows passing a condition on their own sales ("spent more than 7,000", "never sold"), which a list can show.
        var isThresholdOrWithout: Bool {
            switch self {
            case .threshold, .without: return true
            default: return false
            }
        }

        case plain
        /// Each group's share of the total, in percent.
        case share
        /// Share of the metric that comes from rows matching these filters, in percent.
        case shareOf([ValueFilter])
        /// Period-over-period change in percent.
        case growth
        case runningTotal
        case movingAverage(Int)
        /// Average of the metric over the buckets (average monthly revenue).
        case averagePerBucket
        /// Groups whose metric passes a threshold; `percentOfTotal` compares with the total.
        case threshold(above: Bool, value: Double, percentOfTotal: Bool, orEqual: Bool = false)
        /// Rows of a table with no fact rows (products never sold).
        case without(String)
        /// Customers with more than one order: count, or share of buyers.
        case repeatCustomers(share: Bool)
        /// Customers counted in the bucket of their first order.
        case newCustomers
        /// Customers with rows in both periods.
        case retained(Period, Period)
        /// Entities with rows matching each of these filters (bought both a bike and a helmet).
        case both([ValueFilter])
        /// Share of a table's rows (married customers) that have fact rows matching filters.
        case shareOfTableWith(String, [ValueFilter])
        /// Share of the metric that falls in this period, out of the metric over `period` (nil: all time).
        case shareOfPeriod(Period)
        /// Share of the metric that comes from the entities of the ranking ("our top 10 products").
        case shareOfTop
        /// The fewest rows of a table that, best first, make up this fraction of the metric ("how many products does it
        /// take to reach 80% of revenue").
        case paretoCount(table: String, fraction: Double)
    }

    struct ValueFilter: Sendable, Equatable {
        var dimension: String
        var values: [String]
    }

    var metric: String
    var groupBy: [String] = []
    var bucket: Bucket?
    var filters: [ValueFilter] = []
    var namedFilters: [String] = []
    var period: Period?
    /// Several periods compared side by side (December 2011 vs December 2012).
    var periods: [Period] = []
    var ranking: Ranking?
    var shape: Shape = .plain
    /// "above average": the threshold is the average of the totals compared (each group's or each entity's), not a number.
    var thresholdVersusAverage = false
    /// "countries where bikes make up less than 97% of revenue": a percent threshold on this part's share of each group.
    var thresholdOnShareOf: [ValueFilter] = []
    /// Sort groups by the metric (largest first) when asked to rank without a cut-off.
    var sortDescending: Bool?
    /// "rank the subcategories by revenue within their category": the sort restarts in each value of this dimension.
    var rankWithin: String?
    /// "most recent year first": a time breakdown in reverse order of time.
    var newestFirst = false
    /// The date ages are computed at.
    var ageAsOf: String?
    /// Years the answer should be restricted to after computing (growth in 2012 and 2013).
    var outputYears: [Int] = []
    /// Further measures over the same slices and filters ("orders, units and revenue by year").
    var extraMetrics: [String] = []
    /// A share computed within each value of this dimension rather than of the grand total.
    var sharePartition: String?
    /// "what % of the quarter's revenue did each category bring in": shares within each period row.
    var sharePartitionIsBucket = false
    /// "how many days pass between one order and the same customer's next": the average gap between consecutive orders.
    var orderGaps = false
    /// "the longest gap in days between two consecutive order dates": how many days (`.days`), or which dates with the
    /// days between ("which two consecutive dates are furthest apart", `.dates`).
    enum DateGap: Sendable, Equatable { case days, dates }
    var longestDateGap: DateGap?
    /// "customers who placed two or more orders on the same day": at least this many orders on one day.
    var sameDayOrders: Int?
    /// "on average per customer": the measure is computed per entity, then averaged over the entities.
    var perEntity: PerEntity?
    /// "the median order value": the middle of the per-entity values (the mean of the two middle ones when
    /// their number is even) instead of their average.
    var median = false
    /// "lifetime spend per customer: the lowest, the highest and the average": several aggregates of the
    /// per-entity values, in the order asked (`MIN`, `MAX`, `AVG`); empty for the average alone.
    var summary: [String] = []
    /// The date periods and time buckets apply to, when not the default order date ("born before 1950").
    var timeDimension: String?
    /// Columns shown beside each ranked row ("and which country each is in").
    var displayColumns: [String] = []
    /// "bought in 2012 but not in 2013": customers or products with sales in one period and none in the other.
    var activeIn: Period?
    var inactiveIn: Period?
    /// The same quarter of every year ("Q4 revenue by year").
    var quarterOfYear: Int?
    /// The same month of every year ("December revenue by year").
    var monthOfYear: Int?
    /// With `monthOfYear`, the last of consecutive months of every year ("June, July and August of each year").
    var monthOfYearThrough: Int?
    /// The column that splits buyers into new and returning (`CustomerStatus.swift`), as groups and filters name it.
    static let customerStatus = "customer_status"
    /// The column that puts each buyer's sales in the year of their first order of all time (`FirstOrderYear.swift`).
    static let firstOrderYear = "first_order_year"
    /// The column that splits orders by whether they contain `orderContentSplit` ("orders with clothing vs those without").
    static let orderContentsColumn = "order_contents"
    var orderContentSplit: ValueFilter?
    /// "In which month did revenue first go above 1 million": only the earliest time bucket whose measure (or running
    /// total) passes the value (`FirstPassing.swift`).
    var firstPassing: FirstPassing?
    struct FirstPassing: Sendable, Equatable {
        var above: Bool
        var value: Double
        var orEqual: Bool
    }
    /// The first days of periods a question restates as the new customers' first orders; each must be the cut-off.
    var customerStatusStarts: [String] = []
    /// "(same cost -> by name A-Z)": a ranking's rows that are level on the measure go by name, A to Z.
    var tieBreakByName = false
    /// "sorted by revenue, then by customer number": a column of the ranked rows that orders those level on the measure.
    var tieBreakColumn: String?
    /// "average daily revenue by month": the periods an average per period is taken within (the average's own grain
    /// is `bucket`, finer than this one).
    var averageWithin: Bucket?
    /// "top 10 products by revenue, with each one's share of the total": every ranked row's part of the total of all.
    var shareOfEachRow = false
    /// "which subcategories have products costing more than 500": only the groups that have some are rows.
    var onlyGroupsThatHave = false
    /// "cumulative revenue by quarter, restarting at the start of each year": the running total starts from zero each
    /// year (one series per year, its months or quarters in order).
    var runningRestartsEachYear = false
    /// "the cumulative number of new customers, month by month": each period's new customers with their running total.
    var runningTotalOfNew = false
    /// "what % of customers in each country are aged 65 or over": numbers of the counted rows' own that make the part of
    /// each group's count (the rows failing them stay in the whole).
    var percentPassing: [NumericFilter] = []
    /// "each month's revenue as a % of the best month": each row's share of the biggest row (100 for it), not of the total.
    var shareOfBest = false
    /// "together with their revenue and rank": each row's rank number is a column of the answer.
    var showRank = false
    /// "2012 and 2013 side by side": the compared periods or values are columns of one row each (`Pivot.swift`).
    var pivot = false
    /// With `monthOfYear`, the same calendar day of every year ("on 25 December each year", "on Christmas Day").
    var dayOfMonth: Int?
    /// The value a filter uses for "unknown" (NULL, 'n/a' or empty in the data).
    static let unknownValue = "\u{0}unknown"
    /// A filter value that excludes this value ("excluding the United States"); unknown rows stay in.
    static func excluded(_ value: String) -> String { "\u{2}" + value }
    /// A filter value that matches names starting with a model code ("Road-150 ...").
    static func modelPrefix(_ code: String) -> String { "\u{1}" + code }
    /// A filter value that matches a name or its variants ("Sport-100 Helmet" -> "Sport-100 Helmet- Blue").
    static func namePrefix(_ prefix: String) -> String { "\u{3}" + prefix }
    /// A filter value that matches names containing a text ("'Mountain' in their name").
    static func containing(_ text: String) -> String { "\u{4}" + text }
    /// A value named as the data spells it: not unknown, excluded, a model code, a name prefix or a text searched for.
    static func isPlainValue(_ value: String) -> Bool {
        value != unknownValue && !["\u{1}", "\u{2}", "\u{3}", "\u{4}"].contains(where: value.hasPrefix)
    }
    /// Bands of a number given in the question ("under 35, 35-49, 50-64, 65 and over"), as a slice.
    var band: Band?
    /// "Bikes versus everything else": the values named against all the others, a slice of two rows.
    var versusRest: ValueFilter?
    /// Comparisons on a number of a row ("products that cost more than 1,000", "customers under 40").
    var numericFilters: [NumericFilter] = []
    /// "customers born in the 1970s": a period on another table's date, which filters that table's rows (the
    /// question's own periods stay on the order date).
    var dateFilters: [DateFilter] = []
    /// "customers who spent more than 5,000": only the customers (or products) whose own total passes.
    var entityThreshold: EntityThreshold?

    /// "what share of each year's revenue came in December": the month (quarter) of every year is the part of each
    /// year's total that is shared, not a filter.
    var partOfYear = false
    /// "each quarter of 2013 against the same quarter of 2012", "yoy growth by month": a change from the same
    /// quarter or month a year before, not from the period just before.
    var sameTimeLastYear = false
    /// "as an absolute difference", "the biggest jump": a change is the difference itself, not a percentage.
    var absoluteChange = false
    /// "2013 revenue was how many times 2011's": the later period's value as a multiple of the earlier one's.
    var multiple = false
    /// "how many came back, and what % of the cohort is that": a share of a count shows the count beside it.
    var countWithShare = false
    /// "how many buyers did we have, and what % of them were new": the count beside the share is of all of them.
    var countOfAll = false
    /// "for each category, how many of its products never sold": every group of the breakdown, 0 where all sold.
    var everyGroupShown = false
    /// "the months in which revenue fell": only the periods whose change from the one before is below (false) or above
    /// (true) zero.
    var changeSign: Bool?
    /// "in how many months did revenue go up": the number of periods that pass `changeSign`, not the periods.
    var countChangePeriods = false
    /// "on average how many orders a day in December 2013, over all 31 days": a daily average over every calendar day
    /// of the period (days without sales count as zero), not over the days with sales.
    var calendarDays: Int? = nil
    /// "customers whose first order was in 2012", "customers who have not ordered since June 2013": only the customers
    /// (or products) whose first (or last) sale falls in a period.
    var cohort: Cohort?
    /// "what % of 2013 revenue came from customers whose first order was in 2013": the cohort is the part of the measure
    /// shared out (in each group), not a filter on the whole.
    var cohortIsPart = false
    /// "how many customers placed at least one order in every year from 2011 to 2013": only the customers with sales in
    /// each of the period's years (quarters, months).
    var activeInEvery: ActiveInEvery?

    /// "which bikes sold fewer units in 2013 than in 2012": only the things whose measure in one period passes (a
    /// multiple of) their measure in another.
    var entityComparison: EntityComparison?

    /// "customers who bought a mountain bike but never a road bike": only customers who never bought any of these, in
    /// any period (one list per "never").
    var neverBought: [ValueFilter] = []
    /// "bought a bike in 2012 and then an accessory in 2013": only customers with each of these purchases in its period.
    var purchases: [Purchase] = []

    /// "orders that include a bike": only orders with (or without) a line matching each filter, all lines of them counted.
    var orderContents: [OrderContent] = []

    struct OrderContent: Sendable, Equatable {
        var filter: ValueFilter
        var present: Bool
    }

    struct Purchase: Sendable, Equatable {
        var filter: ValueFilter
        var period: Period
    }

    struct EntityComparison: Sendable, Equatable {
        var entity: Entity
        var metric: String
        /// The period whose measure is compared ("2013" in "more in 2013 than in 2012") and the one it is compared with.
        var period: Period
        var baseline: Period
        /// The period's measure is above the baseline's (times the factor), or below it.
        var above: Bool
        var factor: Double
        /// "sold twice as many": the multiple itself passes.
        var orEqual = false
        /// "show both years' revenue": each period's measure is a column beside each row listed.
        var showValues = false
        /// "and by how much": the change from the baseline to the period beside them too.
        var showChange = false
        /// "only products that sold in both years": a thing without sales in that period takes no part.
        var requireBaseline = false
        var requirePeriod = false
    }

    struct ActiveInEvery: Sendable, Equatable {
        var table: String
        var bucket: Bucket
        var period: Period
        /// How many of those periods the span holds: a customer needs sales in each.
        var count: Int
    }

    struct Cohort: Sendable, Equatable {
        var table: String
        var period: Period
        /// "customers whose most recent order was before 1 August 2013": the last sale of all time, not the first.
        var last = false
    }

    struct EntityThreshold: Sendable, Equatable {
        var table: String
        var metric: String
        var above: Bool
        var value: Double
        /// "at least 3 orders": the value itself passes.
        var orEqual: Bool = false
        /// The fact column that names each entity when it is not a table's row (an order number, a date).
        var key: String? = nil
        /// "between 10,000 and 50,000": the upper bound (inclusive) of a range whose lower bound is `value`.
        var upTo: Double? = nil
        /// "more than the average customer": compared with the average of the entities' totals.
        var versusAverage = false
        /// "for our top 100 customers by lifetime spend": the N with the largest totals (ties kept), not a threshold.
        var topCount: Int? = nil
        /// "lifetime", "ever": each one's total over all time, whatever period the rest of the question has.
        var allTime = false
        /// "more than the average product of that category": compared with the average of its own group (a column of the
        /// entity's table) only.
        var averageWithin: String? = nil
    }

    /// "How many customers placed 1, 2, 3 ... orders": entities counted by their own value of a measure.
    var distribution: Distribution?

    struct Distribution: Sendable, Equatable {
        var entity: PerEntity
        var metric: String
        /// "for each band, the number of buyers and the revenue they account for": each band's total of the banded
        /// measure is shown beside the count.
        var showsTotal = false
    }

    /// A count as a percentage of its base: things never sold of all such things ("what % of the catalogue has
    /// never sold"), customers retained of those who bought in the first period ("what % also ordered in 2013").
    var asPercentOfBase = false
    /// "what % of its 2013 buyers bought clothing": the customers shared out are those with sales in the period.
    var baseIsBuyers = false

    /// Rows of a table, or values of a dimension, instead of a measure.
    var listing: Listing?

    struct Listing: Sendable, Equatable {
        var table: String?
        var dimension: String?
        /// Columns shown beside each row ("with their cost").
        var columns: [String]
        var alphabetical: Bool
        /// Only rows with sales matching the question ("customers who bought ...").
        var bought: Bool
        /// "sorted by surname and then first name": columns the rows are ordered by, in turn.
        var sortColumns: [String] = []
        /// "youngest first": the sort columns from the latest down.
        var sortDescending = false
    }

    struct DateFilter: Sendable, Equatable {
        var column: String
        var period: Period
    }

    struct NumericFilter: Sendable, Equatable {
        var column: String
        var op: String
        var value: Double
    }

    struct Band: Sendable, Equatable {
        /// The numeric dimension or fact banded.
        var column: String
        /// Where each band after the first starts (the first is everything below the first cut).
        var cuts: [Double]
        /// One label per band, in the question's own words.
        var labels: [String]
        /// The banded number is a measure of each row of this table over all its sales ("repeat buyers vs one-time
        /// buyers": each customer's number of orders), not a column.
        var perEntity: String? = nil
        /// "under 50 vs 50 and over": only the bands named, no row for an unknown value.
        var namedOnly = false
    }

    enum PerEntity: String, Sendable, Equatable {
        case customer, product, order
    }

    /// The SQL comparison of a threshold: "more than" is `>`, "at least" is `>=`.
    static func comparison(above: Bool, orEqual: Bool) -> String {
        (above ? ">" : "<") + (orEqual ? "=" : "")
    }

    init(metric: String) {
        self.metric = metric
    }
}
