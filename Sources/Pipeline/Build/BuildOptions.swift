import Foundation

/// Where a build reads from and writes to.
public struct BuildOptions: Sendable {
    /// Folder holding `source_crm/` and `source_erp/`.
    public var sourceDirectory: String
    /// The warehouse file that goes live when the build succeeds.
    public var warehousePath: String
    public var lakeDirectory: String
    /// The run history file; by default `runs.sqlite` beside the warehouse.
    public var runsPath: String
    public var resources: ProjectResources
    /// Caps the new warehouse's size in pages: how the tests simulate a full disk.
    public var maxPageCount: Int?
    /// What an export may be: a regular file (links only when allowed) under a size cap.
    public var sourceFile: SourceFile
    /// A fail point for crash tests: the build stops itself (SIGSTOP) at this step, after
    /// saying so on standard output, so a test kills it at an exact place instead of guessing
    /// with timers. One of `BuildOptions.pausePoints`; nil in normal use.
    public var pauseAt: String?
    public static let pausePoints: Set<String> = ["models", "swap", "swapped"]

    public init(
        sourceDirectory: String, warehousePath: String, lakeDirectory: String, runsPath: String? = nil,
        resources: ProjectResources = .bundled, maxPageCount: Int? = nil, sourceFile: SourceFile = SourceFile(),
        pauseAt: String? = nil
    ) {
        self.sourceFile = sourceFile
        self.pauseAt = pauseAt
        self.sourceDirectory = sourceDirectory
        self.warehousePath = warehousePath
        self.lakeDirectory = lakeDirectory
        self.runsPath = runsPath ?? BuildOptions.defaultRunsPath(forWarehouse: warehousePath)
        self.resources = resources
        self.maxPageCount = maxPageCount
    }

    public static func defaultRunsPath(forWarehouse warehouse: String) -> String {
        let dir = (warehouse as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir) + "/runs.sqlite"
    }
}
