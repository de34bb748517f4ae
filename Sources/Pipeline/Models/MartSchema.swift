import Foundation
import Yams

/// `models/marts/schema.yml`: types, keys, indexes, tests, descriptions and lineage of the marts.
public struct MartSchema: Decodable, Sendable {
    public struct Column: Decodable, Sendable {
        public var name: String
        public var type: String
        public var description: String
        public var tests: [ColumnTest]?
        public var lineage: String?
    }

    public struct Table: Decodable, Sendable {
        public var name: String
        public var description: String
        public var grain: String
        public var primary_key: String
        public var indexes: [[String]]?
        public var columns: [Column]
    }

    /// A generic test, written as in dbt: `unique`, `not_null`, `{accepted_values: [...]}`,
    /// `{relationships: table.column}`.
    public enum ColumnTest: Decodable, Sendable, CustomStringConvertible {
        case unique
        case notNull
        case acceptedValues([String])
        case relationships(table: String, column: String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let word = try? container.decode(String.self) {
                switch word {
                case "unique": self = .unique
                case "not_null": self = .notNull
                default:
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "unknown test '\(word)' (use unique, not_null, accepted_values, relationships)")
                }
                return
            }
            if let map = try? container.decode([String: [String]].self), let values = map["accepted_values"] {
                self = .acceptedValues(values)
                return
            }
            if let map = try? container.decode([String: String].self), let target = map["relationships"] {
                let parts = target.split(separator: ".").map(String.init)
                guard parts.count == 2 else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "relationships takes table.column, got '\(target)'")
                }
                self = .relationships(table: parts[0], column: parts[1])
                return
            }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown test")
        }

        public var description: String {
            switch self {
            case .unique: return "unique"
            case .notNull: return "not_null"
            case .acceptedValues(let values): return "accepted_values(\(values.joined(separator: ", ")))"
            case .relationships(let table, let column): return "relationships(\(table).\(column))"
            }
        }
    }

    public var models: [Table]

    public func table(named name: String) -> Table? { models.first { $0.name == name } }

    public static func load(from resources: ProjectResources) throws -> MartSchema {
        let path = resources.modelsDirectory + "/marts/schema.yml"
        do {
            return try YAMLDecoder().decode(MartSchema.self, from: try String(contentsOfFile: path, encoding: .utf8))
        } catch {
            throw PipelineError(step: "marts", file: path, message: "cannot read the mart schema: \(error)")
        }
    }
}
