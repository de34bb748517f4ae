/// The second core's share of a build: the largest export's raw load and the staging models that
/// read only it, written to a file of their own while the main connection builds everything else.
///
/// SQLite lets one connection write a file at a time, so parallel work needs a second file. The
/// main connection then adopts the side tables (`WarehouseBuilder.adopt`): with identical schemas
/// SQLite copies their records without decoding them, a fraction of the cost of building them.
struct SideLane: Sendable {
    let path: String
    let source: SourceContract.Source
    let models: [Model]

    /// Tables the lane produces, in the order it builds them.
    var tables: [String] { [source.rawTable] + models.map(\.name) }

    /// The largest export (by bytes) and the staging models that read nothing else; nil when no
    /// staging model qualifies, as then there is nothing worth a second thread.
    init?(catalog: ModelCatalog, sources: [LakeObject], path: String) {
        guard let largest = zip(catalog.contract.sources, sources).max(by: { $0.1.bytes < $1.1.bytes })?.0 else { return nil }
        var tables: Set<String> = [largest.rawTable]
        var models: [Model] = []
        for model in catalog.models where model.layer == .staging && Set(model.dependencies).isSubset(of: tables) {
            models.append(model)
            tables.insert(model.name)
        }
        guard !models.isEmpty else { return nil }
        self.path = path
        self.source = largest
        self.models = models
    }
}
