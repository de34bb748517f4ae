/// The semantic model, in the shape of Snowflake Cortex Analyst's YAML.
public struct SemanticModel: Codable, Sendable {
    public var name: String
    public var description: String?
    public var tables: [LogicalTable]
    public var relationships: [Relationship]?
    public var verified_queries: [VerifiedQuery]?
    /// What loading skipped and why (a broken verified query, for one): shown to the person
    /// running the service, never fatal.
    public var warnings: [String] = []

    enum CodingKeys: String, CodingKey {
        case name, description, tables, relationships, verified_queries
    }

    public struct BaseTable: Codable, Sendable {
        public var database: String?
        public var schema: String?
        public var table: String
    }

    public struct PrimaryKey: Codable, Sendable {
        public var columns: [String]
    }

    /// A dimension, time dimension or fact: a named column expression.
    public struct Column: Codable, Sendable {
        public var name: String
        public var expr: String
        public var data_type: String?
        public var description: String?
        public var synonyms: [String]?
        public var sample_values: [String]?
        public var is_enum: Bool?
        public var unique: Bool?
        /// The date the expression is computed as of (an age), when it depends on one.
        public var reference_date: String?
        /// What the column is for (`name`, `age`, `default_time`); see `SemanticRole`.
        public var role: String?
    }

    /// A named aggregate (metric) or a named condition (filter).
    public struct NamedExpression: Codable, Sendable {
        public var name: String
        public var expr: String
        public var description: String?
        public var synonyms: [String]?
        /// The date the expression is computed as of (an average age), when it depends on one.
        public var reference_date: String?
        /// What the measure counts (`revenue`, `units`, `orders`, `buyers`); see `SemanticRole`.
        public var role: String?
    }

    public struct LogicalTable: Codable, Sendable {
        public var name: String
        public var description: String?
        public var synonyms: [String]?
        /// What the table holds (`sales`, `customers`, `products`); see `SemanticRole`.
        public var role: String?
        public var base_table: BaseTable
        public var primary_key: PrimaryKey?
        public var dimensions: [Column]?
        public var time_dimensions: [Column]?
        public var facts: [Column]?
        public var metrics: [NamedExpression]?
        public var filters: [NamedExpression]?

        public var allColumns: [Column] { (dimensions ?? []) + (time_dimensions ?? []) + (facts ?? []) }
    }

    public struct Relationship: Codable, Sendable {
        public struct ColumnPair: Codable, Sendable {
            public var left_column: String
            public var right_column: String
        }
        public var name: String
        public var left_table: String
        public var right_table: String
        public var relationship_columns: [ColumnPair]
        public var join_type: String?
        public var relationship_type: String?
    }

    public struct VerifiedQuery: Codable, Sendable {
        public var name: String
        public var question: String
        public var sql: String
        public var verified_by: String?
        public var verified_at: String?
        public var use_as_onboarding_question: Bool?

        public init(
            name: String, question: String, sql: String, verified_by: String?, verified_at: String?,
            use_as_onboarding_question: Bool?
        ) {
            self.name = name
            self.question = question
            self.sql = sql
            self.verified_by = verified_by
            self.verified_at = verified_at
            self.use_as_onboarding_question = use_as_onboarding_question
        }
    }

    /// The physical tables queries may read.
    public var baseTables: Set<String> { Set(tables.map { $0.base_table.table.lowercased() }) }

    public func table(named name: String) -> LogicalTable? { tables.first { $0.name == name } }
}
