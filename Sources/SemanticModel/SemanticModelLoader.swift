import Foundation
import GRDB
import Yams

/// Loads the semantic model and its verified queries, and checks them against the warehouse.
public enum SemanticModelLoader {
    /// Reads `path` (and `verified_queries.yaml` beside it, when present).
    public static func load(path: String) throws -> SemanticModel {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SemanticModelError(file: path, message: "cannot read the semantic model: \(error.localizedDescription)")
        }
        var model: SemanticModel = try decode(SemanticModel.self, from: text, file: path)
        let extra = verifiedQueriesPath(forModel: path)
        if FileManager.default.fileExists(atPath: extra) {
            let extraText = try String(contentsOfFile: extra, encoding: .utf8)
            let file: VerifiedQueryFile = try decode(VerifiedQueryFile.self, from: extraText, file: extra)
            model.verified_queries = (model.verified_queries ?? []) + (file.verified_queries ?? [])
        }
        try checkNames(model, text: text, file: path)
        return model
    }

    public static func verifiedQueriesPath(forModel path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("verified_queries.yaml").path
    }

    struct VerifiedQueryFile: Codable {
        var verified_queries: [SemanticModel.VerifiedQuery]?
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as YamlError {
            // Yams' own messages carry line and column.
            throw SemanticModelError(file: file, message: "not valid YAML: \(error)")
        } catch let error as DecodingError {
            let (path, message): ([CodingKey], String)
            switch error {
            case .keyNotFound(let key, let context): (path, message) = (context.codingPath + [key], "missing required key '\(key.stringValue)'")
            case .typeMismatch(_, let context): (path, message) = (context.codingPath, "wrong type: \(context.debugDescription)")
            case .valueNotFound(_, let context): (path, message) = (context.codingPath, "missing value: \(context.debugDescription)")
            case .dataCorrupted(let context): (path, message) = (context.codingPath, context.debugDescription)
            @unknown default: (path, message) = ([], "\(error)")
            }
            let where_ = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw SemanticModelError(file: file, line: line(of: path, in: text), message: "\(message) at \(where_)")
        }
    }

    /// The line of a coding path in the YAML, found through Yams' node marks.
    static func line(of path: [CodingKey], in text: String) -> Int? {
        guard var node = try? Yams.compose(yaml: text) else { return nil }
        var line = node.mark?.line
        for key in path {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping, let child = mapping[key.stringValue] {
                node = child
            } else {
                break
            }
            line = node.mark?.line ?? line
        }
        return line
    }

    /// Names must be unique and relationships must point at declared tables and columns.
    static func checkNames(_ model: SemanticModel, text: String, file: String) throws {
        let tableNames = Set(model.tables.map(\.name))
        for (r, relationship) in (model.relationships ?? []).enumerated() {
            for name in [relationship.left_table, relationship.right_table] where !tableNames.contains(name) {
                throw SemanticModelError(
                    file: file, line: line(of: [CodingPathKey("relationships"), CodingPathKey(r)], in: text),
                    message: "relationship '\(relationship.name)' names the table '\(name)', which the model does not declare (tables: \(tableNames.sorted().joined(separator: ", ")))")
            }
        }
    }

    /// Compiles every expression against the live warehouse: a model that names a missing column
    /// fails here, at load, with the YAML line, not later in a user's question.
    public static func validate(_ model: SemanticModel, text: String? = nil, file: String, against db: Database) throws {
        let yaml = text ?? (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        for (t, table) in model.tables.enumerated() {
            let base = table.base_table.table
            guard try db.tableExists(base) else {
                throw SemanticModelError(file: file, line: line(of: [CodingPathKey("tables"), CodingPathKey(t), CodingPathKey("base_table")], in: yaml),
                                         message: "table '\(table.name)': base table '\(base)' does not exist in the warehouse")
            }
            let sections: [(String, [(String, String)], (String) -> String)] = [
                ("dimensions", (table.dimensions ?? []).map { ($0.name, $0.expr) }, { "SELECT \($0) FROM \(base) LIMIT 0" }),
                ("time_dimensions", (table.time_dimensions ?? []).map { ($0.name, $0.expr) }, { "SELECT \($0) FROM \(base) LIMIT 0" }),
                ("facts", (table.facts ?? []).map { ($0.name, $0.expr) }, { "SELECT \($0) FROM \(base) LIMIT 0" }),
                ("metrics", (table.metrics ?? []).map { ($0.name, $0.expr) }, { "SELECT \($0) FROM \(base) LIMIT 0" }),
                ("filters", (table.filters ?? []).map { ($0.name, $0.expr) }, { "SELECT 1 FROM \(base) WHERE \($0) LIMIT 0" }),
            ]
            for (section, items, probe) in sections {
                for (i, item) in items.enumerated() {
                    do {
                        do {
                            _ = try db.makeStatement(sql: probe(item.1))
                        } catch where section == "metrics" || section == "filters" {
                            // Metrics and filters may use columns of related tables (gross profit needs cost).
                            _ = try db.makeStatement(sql: probe(item.1).replacingOccurrences(of: "FROM \(base)", with: "FROM \(joinedFrom(model, base: base))"))
                        }
                    } catch let error as DatabaseError {
                        throw SemanticModelError(
                            file: file, line: line(of: [CodingPathKey("tables"), CodingPathKey(t), CodingPathKey(section), CodingPathKey(i), CodingPathKey("expr")], in: yaml),
                            message: "\(table.name).\(section) '\(item.0)': the expression `\(item.1)` does not compile on \(base): \(error.message ?? "\(error)")")
                    }
                }
            }
        }
        for (q, query) in (model.verified_queries ?? []).enumerated() {
            do {
                _ = try db.makeStatement(sql: query.sql)
            } catch let error as DatabaseError {
                throw SemanticModelError(file: file, line: line(of: [CodingPathKey("verified_queries"), CodingPathKey(q)], in: yaml),
                                         message: "verified query '\(query.name)' does not compile: \(error.message ?? "\(error)")")
            }
        }
    }

    /// Metrics may use columns of joined tables (gross profit needs product cost).
    static func joinedFrom(_ model: SemanticModel, base: String) -> String {
        var from = base
        for relationship in model.relationships ?? [] {
            guard let left = model.table(named: relationship.left_table), let right = model.table(named: relationship.right_table),
                  left.base_table.table == base else { continue }
            let on = relationship.relationship_columns.map { "\(base).\($0.left_column) = \(right.base_table.table).\($0.right_column)" }
            from += " JOIN \(right.base_table.table) ON " + on.joined(separator: " AND ")
        }
        return from
    }
}
