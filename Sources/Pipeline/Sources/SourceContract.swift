import Foundation
import Yams

/// The six exports the pipeline expects, read from `models/raw/sources.yml`.
public struct SourceContract: Decodable, Sendable {
    public struct Column: Decodable, Sendable {
        public var name: String
        public var description: String
    }

    public struct Source: Decodable, Sendable {
        public var name: String
        /// Path relative to the source folder, e.g. `source_crm/cust_info.csv`.
        public var file: String
        public var description: String
        public var columns: [Column]
        public var rawTable: String { "raw_" + name }
    }

    public var sources: [Source]

    public static func load(from resources: ProjectResources) throws -> SourceContract {
        let path = resources.modelsDirectory + "/raw/sources.yml"
        do {
            return try YAMLDecoder().decode(SourceContract.self, from: try String(contentsOfFile: path, encoding: .utf8))
        } catch {
            throw PipelineError(step: "contract", file: path, message: "cannot read the source contract: \(error)")
        }
    }
}
