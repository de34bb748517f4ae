import Foundation
import GRDB
import Pipeline
import QueryService
import SampleData
import SemanticModel
import TestSupport
import Translation
import Warehouse

/// One sample warehouse (scale 1) built once for the whole test run, read-only for the tests.
enum SharedWarehouse {
    static let root = ScratchDirectory.path("query-service")
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let modelPath = projectRoot.appendingPathComponent("semantic-model/cycling_pro.yaml").path

    /// Built on first use. A failure is reported by every test that needs the warehouse, instead
    /// of taking the whole test process down.
    static let built: Result<String, any Error> = Result {
        let source = root.appendingPathComponent("source").path
        let warehouse = root.appendingPathComponent("warehouse.sqlite").path
        _ = try SampleGenerator(scale: 1, seed: 7).write(to: source)
        _ = try WarehouseBuilder(
            options: BuildOptions(
                sourceDirectory: source, warehousePath: warehouse,
                lakeDirectory: root.appendingPathComponent("lake").path)
        ).build()
        return warehouse
    }

    static var path: String { get throws { try built.get() } }

    /// A service with its own log (and, when asked, its own copy of the semantic model).
    static func service(copyModel: Bool = false, limits: QueryLimits = QueryLimits()) throws -> (AskService, URL) {
        let dir = root.appendingPathComponent("svc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var model = modelPath
        if copyModel {
            let target = dir.appendingPathComponent("cycling_pro.yaml")
            try FileManager.default.copyItem(atPath: modelPath, toPath: target.path)
            let verified = SemanticModel.verifiedQueriesPathFor(modelPath)
            try FileManager.default.copyItem(atPath: verified, toPath: dir.appendingPathComponent("verified_queries.yaml").path)
            model = target.path
        }
        let service = try AskService(.init(warehousePath: try path, modelPath: model, logPath: dir.appendingPathComponent("log.sqlite").path, limits: limits)) {
            model, executor in try RuleBasedTranslator(model: model, catalog: executor)
        }
        return (service, dir)
    }

    /// Rows of any SQL on the warehouse, as sorted strings, for comparing answers with references.
    static func rows(_ sql: String) throws -> [String] {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config).read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                row.databaseValues.map { value -> String in
                    if let d = Double.fromDatabaseValue(value) { return String(format: "%.4f", d) }
                    return String(describing: value)
                }.joined(separator: "|")
            }.sorted()
        }
    }
}

extension SemanticModel {
    static func verifiedQueriesPathFor(_ model: String) -> String { SemanticModelLoader.verifiedQueriesPath(forModel: model) }
}
