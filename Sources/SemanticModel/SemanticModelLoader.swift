import Foundation
import Warehouse
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
        try checkRoles(model, text: text, file: path)
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

    /// Roles must be known, declared where they belong and once each (a name once per table); a
    /// model of several tables must say which one holds the sales, and that table which date
    /// orders time: the translators read these, never guess them.
    static func checkRoles(_ model: SemanticModel, text: String, file: String) throws {
        // Role (a name: role and table) -> who declared it.
        var seen: [String: String] = [:]
        func check(_ role: String?, at place: SemanticRole.Place, _ path: [any CodingKey], owner: String, table: String) throws {
            guard let role else { return }
            let at = line(of: path + [CodingPathKey("role")], in: text)
            guard let known = SemanticRole(rawValue: role), known.place == place else {
                let allowed = SemanticRole.allowed(in: place)
                throw SemanticModelError(
                    file: file, line: at,
                    message: "\(place.rawValue) '\(owner)': unknown role '\(role)' here; a \(place.rawValue) takes "
                        + (allowed.isEmpty ? "no role" : "one of \(allowed.joined(separator: ", "))"))
            }
            // A name belongs to its table: customers and products each have one.
            let key = known == .name ? "name in table '\(table)'" : role
            if known.isUnique, let earlier = seen[key] {
                throw SemanticModelError(
                    file: file, line: at, message: "\(place.rawValue) '\(owner)': role \(key) is already declared by '\(earlier)'; declare it once")
            }
            seen[key] = owner
        }
        let tablesKey = CodingPathKey("tables")
        for (t, table) in model.tables.enumerated() {
            let here: [any CodingKey] = [tablesKey, CodingPathKey(t)]
            try check(table.role, at: .table, here, owner: table.name, table: table.name)
            for (i, column) in (table.dimensions ?? []).enumerated() {
                try check(column.role, at: .dimension, here + [CodingPathKey("dimensions"), CodingPathKey(i)], owner: column.name, table: table.name)
            }
            for (i, column) in (table.time_dimensions ?? []).enumerated() {
                try check(
                    column.role, at: .timeDimension, here + [CodingPathKey("time_dimensions"), CodingPathKey(i)], owner: column.name,
                    table: table.name)
                if column.role == SemanticRole.defaultTime.rawValue && table.role != SemanticRole.sales.rawValue && model.tables.count > 1 {
                    throw SemanticModelError(
                        file: file, line: line(of: here + [CodingPathKey("time_dimensions"), CodingPathKey(i), CodingPathKey("role")], in: text),
                        message: "time dimension '\(column.name)': 'default_time' belongs to a time dimension of the sales table, not of '\(table.name)'")
                }
            }
            for (i, fact) in (table.facts ?? []).enumerated() where fact.role != nil {
                throw SemanticModelError(
                    file: file, line: line(of: here + [CodingPathKey("facts"), CodingPathKey(i), CodingPathKey("role")], in: text),
                    message: "fact '\(fact.name)': facts take no role; roles go on tables, metrics, dimensions and time dimensions")
            }
            for (i, metric) in (table.metrics ?? []).enumerated() {
                let path = here + [CodingPathKey("metrics"), CodingPathKey(i)]
                try check(metric.role, at: .metric, path, owner: metric.name, table: table.name)
                if metric.role != nil && table.role != SemanticRole.sales.rawValue && model.tables.count > 1 {
                    throw SemanticModelError(
                        file: file, line: line(of: path + [CodingPathKey("role")], in: text),
                        message: "metric '\(metric.name)': a measure's role belongs to a metric of the sales table, not of '\(table.name)'")
                }
            }
        }
        guard model.tables.count > 1 else { return }
        guard let sales = model.tables.firstIndex(where: { $0.role == SemanticRole.sales.rawValue }) else {
            throw SemanticModelError(
                file: file, line: line(of: [tablesKey], in: text),
                message: "no table declares 'role: sales'; with several tables, declare it on the table of order lines (the one relationships start from)")
        }
        if !(model.tables[sales].time_dimensions ?? []).isEmpty && seen[SemanticRole.defaultTime.rawValue] == nil {
            throw SemanticModelError(
                file: file, line: line(of: [tablesKey, CodingPathKey(sales)], in: text),
                message: "table '\(model.tables[sales].name)' has time dimensions but none declares 'role: default_time'; declare it on the date that orders time")
        }
    }

    /// Compiles every expression against the live warehouse, through its catalogue: a model that
    /// names a missing column fails here, at load, with the YAML line, not later in a user's question.
    public static func validate(_ model: inout SemanticModel, text: String? = nil, file: String, against catalog: any WarehouseCatalog) throws {
        let yaml = text ?? (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        for (t, table) in model.tables.enumerated() {
            let base = table.base_table.table
            do {
                _ = try catalog.columns(of: base)
            } catch {
                throw SemanticModelError(
                    file: file, line: line(of: [CodingPathKey("tables"), CodingPathKey(t), CodingPathKey("base_table")], in: yaml),
                    message: "table '\(table.name)': base table '\(base)' does not exist in the warehouse (\(error))")
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
                    guard var problem = catalog.compileError(of: probe(item.1), allowSchemaReads: false) else { continue }
                    // Metrics and filters may use columns of related tables (gross profit needs cost).
                    if section == "metrics" || section == "filters" {
                        let joined = probe(item.1).replacingOccurrences(of: "FROM \(base)", with: "FROM \(joinedFrom(model, base: base))")
                        guard let again = catalog.compileError(of: joined, allowSchemaReads: false) else { continue }
                        problem = again
                    }
                    throw SemanticModelError(
                        file: file, line: line(of: [CodingPathKey("tables"), CodingPathKey(t), CodingPathKey(section), CodingPathKey(i), CodingPathKey("expr")], in: yaml),
                        message: "\(table.name).\(section) '\(item.0)': the expression `\(item.1)` does not compile on \(base): \(problem)")
                }
            }
        }
        // A verified query that no longer compiles (a renamed column) is skipped, not fatal.
        model.verified_queries = (model.verified_queries ?? []).filter { query in
            guard let problem = catalog.compileError(of: query.sql, allowSchemaReads: false) else { return true }
            model.warnings.append("verified_queries.yaml: verified query '\(query.name)' skipped: it does not compile on the warehouse (\(problem))")
            return false
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
