import Foundation

/// All models of the project, in an order where every model comes after what it reads.
public struct ModelCatalog: Sendable {
    public var contract: SourceContract
    public var schema: MartSchema
    public var models: [Model]
    public var singularTests: [SingularTest]

    public static func load(_ resources: ProjectResources = .bundled) throws -> ModelCatalog {
        let contract = try SourceContract.load(from: resources)
        let schema = try MartSchema.load(from: resources)
        var found: [Model] = []
        for layer in [Model.Layer.staging, .marts] {
            for path in try resources.sqlFiles(in: resources.modelsDirectory + "/" + layer.rawValue) {
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let sql = try String(contentsOfFile: path, encoding: .utf8)
                found.append(Model(name: name, layer: layer, path: path, sql: sql, dependencies: []))
            }
        }
        let known = Set(found.map(\.name) + contract.sources.map(\.rawTable))
        for index in found.indices {
            let words = Set(SQLText.identifiers(in: found[index].sql))
            found[index].dependencies = known.filter { words.contains($0) && $0 != found[index].name }.sorted()
        }
        for table in schema.models where !found.contains(where: { $0.name == table.name }) {
            throw PipelineError(
                step: "marts", file: "models/marts/schema.yml",
                message: "schema.yml describes '\(table.name)' but there is no models/marts/\(table.name).sql")
        }
        let tests = try resources.sqlFiles(in: resources.testsDirectory).map(SingularTest.init(path:))
        return ModelCatalog(contract: contract, schema: schema, models: try Self.ordered(found), singularTests: tests)
    }

    /// Topological order; a cycle is a project error worth naming.
    static func ordered(_ models: [Model]) throws -> [Model] {
        var done: [String] = []
        var remaining = models
        while !remaining.isEmpty {
            let names = Set(remaining.map(\.name))
            guard let next = remaining.firstIndex(where: { $0.dependencies.allSatisfy { !names.contains($0) } }) else {
                throw PipelineError(step: "models", message: "models depend on each other in a cycle: \(names.sorted().joined(separator: ", "))")
            }
            done.append(remaining[next].name)
            remaining.remove(at: next)
        }
        return done.compactMap { name in models.first { $0.name == name } }
    }
}
