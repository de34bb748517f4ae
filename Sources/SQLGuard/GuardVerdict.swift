/// The guard's answer: whether the SQL may run, why not, and which tables it reads.
public struct GuardVerdict: Sendable, Codable, Equatable {
    public var allowed: Bool
    public var reason: String
    public var tables: [String]
    /// True when the statement uses json_each/json_tree, which make SQLite read its schema.
    public var usesJSONTables: Bool

    static func refuse(_ reason: String, tables: [String] = []) -> GuardVerdict {
        GuardVerdict(allowed: false, reason: reason, tables: tables, usesJSONTables: false)
    }

    enum CodingKeys: String, CodingKey { case allowed, reason, tables }

    public init(allowed: Bool, reason: String, tables: [String], usesJSONTables: Bool) {
        self.allowed = allowed
        self.reason = reason
        self.tables = tables
        self.usesJSONTables = usesJSONTables
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        allowed = try c.decode(Bool.self, forKey: .allowed)
        reason = try c.decode(String.self, forKey: .reason)
        tables = try c.decode([String].self, forKey: .tables)
        usesJSONTables = false
    }
}
