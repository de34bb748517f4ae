/// What a successful build produced.
public struct BuildReport: Sendable {
    public var runID: Int64
    public var sources: [LakeObject]
    public var models: [RunRecord.ModelRows]
    public var tests: [DataTestResult]
    public var milliseconds: Double
}
