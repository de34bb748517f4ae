import GRDB

/// One build, as Dagster records a run: when, how it ended, what it produced and from what.
/// A row of `runs` in the run history; the same value is what `GET /v1/runs` returns.
public struct RunRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public struct ModelRows: Codable, Sendable {
        public var model: String
        public var rows: Int
        public var milliseconds: Double
    }

    /// Nil until the run is inserted.
    public var id: Int64?
    /// The build's process: a run left `running` whose process is gone was interrupted.
    public var pid: Int32
    public var startedAt: String
    public var finishedAt: String?
    public var status: RunStatus
    public var error: String?
    public var warehouse: String
    public var sourceDirectory: String
    /// Stored as JSON text (GRDB encodes nested Codable values so).
    public var models: [ModelRows]
    public var tests: [DataTestResult]
    public var sources: [LakeObject]

    public static let databaseTableName = "runs"
    // The API speaks camelCase; the table, like every table here, snake_case.
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public init(
        id: Int64? = nil, pid: Int32, startedAt: String, finishedAt: String? = nil, status: RunStatus, error: String? = nil,
        warehouse: String, sourceDirectory: String, models: [ModelRows] = [], tests: [DataTestResult] = [],
        sources: [LakeObject] = []
    ) {
        self.id = id
        self.pid = pid
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.error = error
        self.warehouse = warehouse
        self.sourceDirectory = sourceDirectory
        self.models = models
        self.tests = tests
        self.sources = sources
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
