/// One build, as Dagster records a run: when, how it ended, what it produced and from what.
public struct RunRecord: Codable, Sendable {
    public struct ModelRows: Codable, Sendable {
        public var model: String
        public var rows: Int
        public var milliseconds: Double
    }

    public var id: Int64
    public var startedAt: String
    public var finishedAt: String?
    /// `running`, `succeeded`, `failed`, or `interrupted` (the process died mid-build).
    public var status: String
    public var error: String?
    public var warehouse: String
    public var sourceDirectory: String
    public var models: [ModelRows]
    public var tests: [DataTestResult]
    public var sources: [LakeObject]
}
