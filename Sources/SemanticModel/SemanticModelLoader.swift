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
        let (verified, warnings) = loadVerifiedQueries(path: verifiedQueriesPath(forModel: path))
        model.verified_queries = (model.verified_queries ?? []) + verified
        model.warnings += warnings
        try checkNames(model, text: text, file: path)
        return model
    }

    /// The reviewed queries of `verified_queries.yaml`, entry by entry: a broken entry (or a
    /// broken file) is skipped with a warning naming the file and line, because one bad review
    /// must not stop every question from being answered.
    public static func loadVerifiedQueries(path: String) -> (queries: [SemanticModel.VerifiedQuery], warnings: [String]) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return ([], ["\(path): cannot be read (\(error.localizedDescription)); no verified queries are used"])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return ([], []) }
            root = node
        } catch {
            return ([], ["\(path): not valid YAML (\(error)); no verified queries are used until it is fixed"])
        }
        guard let entries = root.mapping?["verified_queries"] else {
            return ([], ["\(path)\(root.mark.map { ":\($0.line)" } ?? ""): expected a 'verified_queries:' list; no verified queries are used"])
        }
        guard let sequence = entries.sequence else {
            if entries.null != nil { return ([], []) }
            return ([], ["\(path)\(entries.mark.map { ":\($0.line)" } ?? ""): 'verified_queries' must be a list; no verified queries are used"])
        }
        var queries: [SemanticModel.VerifiedQuery] = []
        var warnings: [String] = []
        for (index, node) in sequence.enumerated() {
            do {
                queries.append(try YAMLDecoder().decode(SemanticModel.VerifiedQuery.self, from: node))
            } catch {
                let reason: String
                switch error {
                case DecodingError.keyNotFound(let key, _): reason = "missing '\(key.stringValue)'"
                case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
                    DecodingError.dataCorrupted(let context):
                    reason = context.debugDescription
                default: reason = "\(error)"
                }
                warnings.append("\(name):\(node.mark?.line ?? 0): verified query #\(index + 1) skipped: \(reason)")
            }
        }
        return (queries, warnings)
    }

    public static func verifiedQueriesPath(forModel path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("verified_queries.yaml").path
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError {
            // YAMLDecoder wraps the parser's error, and its line, in a DecodingError.
            throw syntaxError(context.underlyingError as! YamlError, file: file)
        } catch let error as DecodingError {
            let (path, message): ([any CodingKey], String)
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

    /// A YAML syntax error with the line and column Yams found it at.
    static func syntaxError(_ error: YamlError, file: String) -> SemanticModelError {
        let mark: Mark?
        let problem: String
        switch error {
        case .scanner(_, let p, let m, _), .parser(_, let p, let m, _), .composer(_, let p, let m, _): (mark, problem) = (m, p)
        case .duplicatedKeysInMapping(let duplicates, let context):
            (mark, problem) = (context.mark, "duplicate key(s) \(duplicates.joined(separator: ", "))")
        default: (mark, problem) = (nil, "\(error)")
        }
        return SemanticModelError(file: file, line: mark?.line, column: mark?.column, message: "not valid YAML: \(problem)")
    }

    /// The line of a coding path in the YAML, found through Yams' node marks.
    static func line(of path: [any CodingKey], in text: String) -> Int? {
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
    public static func validate(_ model: inout SemanticModel, text: String? = nil, file: String, against db: Database) throws {
        let yaml = text ?? (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        for (t, table) in model.tables.enumerated() {
            let base = table.base_table.table
            guard try db.tableExists(base) else {
                throw SemanticModelError(
                    file: file, line: line(of: [CodingPathKey("tables"), CodingPathKey(t), CodingPathKey("base_table")], in: yaml),
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
                        } catch  where section == "metrics" || section == "filters" {
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
        // A verified query that no longer compiles (a renamed column) is skipped, not fatal.
        model.verified_queries = (model.verified_queries ?? []).filter { query in
            do {
                _ = try db.makeStatement(sql: query.sql)
                return true
            } catch {
                let message = (error as? DatabaseError)?.message ?? "\(error)"
                model.warnings.append("verified_queries.yaml: verified query '\(query.name)' skipped: it does not compile on the warehouse (\(message))")
                return false
            }
        }
    }

    /// Metrics may use columns of joined tables (gross profit needs product cost).
    static func joinedFrom(_ model: SemanticModel, base: String) -> String {
        var from = base
        for relationship in model.relationships ?? [] {
            guard let left = model.table(named: relationship.left_table), let right = model.table(named: relationship.right_table),
                left.base_table.table == base
            else { continue }
            let on = relationship.relationship_columns.map { "\(base).\($0.left_column) = \(right.base_table.table).\($0.right_column)" }
            from += " JOIN \(right.base_table.table) ON " + on.joined(separator: " AND ")
        }
        return from
    }
}
