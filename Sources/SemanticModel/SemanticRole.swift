/// What a table, measure or column is for, declared in the YAML with `role:` so the translators
/// never guess it from names or synonyms: which measure counts orders, which column names a
/// product, which date orders time. Each role is declared once (a name once per table).
public enum SemanticRole: String, CaseIterable, Sendable {
    /// The table of events, one row per order line: what measures sum and time filters cut.
    case sales
    /// The table of the people who buy.
    case customers
    /// The table of the things sold.
    case products
    /// The measure of money taken.
    case revenue
    /// The measure of units sold.
    case units
    /// The measure that counts orders (a distinct count of an order number).
    case orders
    /// The measure that counts the distinct customers who bought.
    case buyers
    /// A measure already on a 0-100 scale (a margin in percent): "below 40%" is its own value, not a share of the
    /// total. Any number of measures may declare it.
    case percentage
    /// The dimension that names its table's entity (a customer's or a product's name).
    case name
    /// The dimension holding a person's age.
    case age
    /// The time dimension of the sales table that time filters and buckets use.
    case defaultTime = "default_time"

    /// The part of a table a role may be declared on.
    public enum Place: String, Sendable {
        case table, metric, dimension, timeDimension = "time dimension"
    }

    public var place: Place {
        switch self {
        case .sales, .customers, .products: .table
        case .revenue, .units, .orders, .buyers, .percentage: .metric
        case .name, .age: .dimension
        case .defaultTime: .timeDimension
        }
    }

    /// Whether one declaration names the thing (the revenue measure), or many may share the role.
    public var isUnique: Bool { self != .percentage }

    /// The roles a place accepts, for error messages.
    public static func allowed(in place: Place) -> [String] { allCases.filter { $0.place == place }.map(\.rawValue) }
}
