import Foundation
import SQLGuard
import SemanticModel
import Testing
import Warehouse

@Suite struct SemanticModelTests {
    func write(_ text: String) throws -> String {
        let dir = SharedWarehouse.root.appendingPathComponent("model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("model.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func validate(_ path: String) throws {
        var model = try SemanticModelLoader.load(path: path)
        let policy = GuardPolicy(allowedTables: model.baseTables)
        let executor = try ReadOnlyExecutor(path: SharedWarehouse.path, allowedTables: policy.allowedTables, allowedFunctions: policy.allowedFunctions)
        try SemanticModelLoader.validate(&model, file: path, against: executor)
    }

    @Test func theProjectModelLoadsAndValidates() throws {
        try validate(SharedWarehouse.modelPath)
        let model = try SemanticModelLoader.load(path: SharedWarehouse.modelPath)
        #expect(model.baseTables == ["dim_customers", "dim_products", "fact_sales"])
        #expect((model.verified_queries ?? []).count >= 2)
    }

    @Test func aColumnMissingFromTheWarehouseIsNamedWithItsLine() throws {
        let path = try write(
            """
            name: m
            tables:
              - name: customers
                base_table: {table: dim_customers}
                dimensions:
                  - name: country
                    expr: country
                  - name: shoe_size
                    expr: shoe_size
            """)
        do {
            try validate(path)
            Issue.record("a missing column passed validation")
        } catch let error as SemanticModelError {
            #expect(error.line == 9)
            #expect(error.message.contains("shoe_size"))
            #expect(error.description.hasPrefix(path + ":9"))
        }
    }

    @Test func aMissingTableIsNamed() throws {
        let path = try write("name: m\ntables:\n  - name: stores\n    base_table: {table: dim_stores}\n")
        #expect { try validate(path) } throws: { ($0 as? SemanticModelError)?.message.contains("dim_stores") == true }
    }

    @Test func badYAMLAndMissingKeysSayWhere() throws {
        let broken = try write("name: m\ntables:\n  - name: [unclosed\n")
        #expect { try SemanticModelLoader.load(path: broken) } throws: { error in
            guard let error = error as? SemanticModelError else { return false }
            return error.message.contains("not valid YAML") && error.line != nil && error.description.contains("model.yaml:\(error.line!)")
        }
        let tabs = try write("name: m\ntables:\n\t- name: x\n")
        #expect { try SemanticModelLoader.load(path: tabs) } throws: { ($0 as? SemanticModelError)?.line == 3 }
        let duplicate = try write("name: m\nname: n\ntables: []\n")
        #expect { try SemanticModelLoader.load(path: duplicate) } throws: { ($0 as? SemanticModelError)?.line != nil }
        let missing = try write("name: m\ntables:\n  - name: customers\n    description: no base table\n")
        #expect { try SemanticModelLoader.load(path: missing) } throws: { error in
            guard let error = error as? SemanticModelError else { return false }
            return error.message.contains("base_table") && error.line == 3
        }
    }

    @Test func aRelationshipToAnUndeclaredTableIsRefused() throws {
        let path = try write(
            """
            name: m
            tables:
              - name: sales
                base_table: {table: fact_sales}
            relationships:
              - name: r
                left_table: sales
                right_table: stores
                relationship_columns: [{left_column: a, right_column: b}]
            """)
        #expect { try SemanticModelLoader.load(path: path) } throws: { ($0 as? SemanticModelError)?.message.contains("stores") == true }
    }

    /// Roles are read, never guessed, so a mistake in one must stop the load with its line.
    @Test(arguments: [
        // An unknown role, on the line that says it.
        ("  - name: sales\n    role: sale\n    base_table: {table: fact_sales}\n", 4, "one of sales, customers, products"),
        // A measure's role on a dimension.
        ("  - name: sales\n    role: sales\n    base_table: {table: fact_sales}\n    dimensions:\n      - {name: order_number, expr: order_number, role: orders}\n", 7, "one of name, age"),
        // Two measures both claiming to count orders.
        (
            "  - name: sales\n    role: sales\n    base_table: {table: fact_sales}\n    metrics:\n      - {name: orders, expr: COUNT(DISTINCT order_number), role: orders}\n      - {name: tickets, expr: COUNT(DISTINCT order_number), role: orders}\n",
            8, "already declared by 'orders'"
        ),
        // Several tables and none of them the sales table.
        ("  - name: sales\n    base_table: {table: fact_sales}\n  - name: customers\n    base_table: {table: dim_customers}\n", 3, "role: sales"),
        // A sales table with dates but no date that orders time.
        ("  - name: sales\n    role: sales\n    base_table: {table: fact_sales}\n    time_dimensions:\n      - {name: order_date, expr: order_date}\n  - name: customers\n    base_table: {table: dim_customers}\n", 3, "default_time"),
    ])
    func aWrongRoleStopsTheLoadWithItsLine(tables: String, line: Int, says: String) throws {
        let extra = tables.contains("customers") || tables.contains("role: sale\n") ? "" : "  - name: customers\n    role: customers\n    base_table: {table: dim_customers}\n"
        let path = try write("name: m\ntables:\n" + tables + extra)
        #expect { try SemanticModelLoader.load(path: path) } throws: { error in
            guard let error = error as? SemanticModelError else { return false }
            return error.line == line && error.message.contains(says)
        }
    }

    @Test func theProjectModelDeclaresEveryRoleOnce() throws {
        let model = try SemanticModelLoader.load(path: SharedWarehouse.modelPath)
        let declared = model.tables.flatMap { table in
            [table.role] + (table.metrics ?? []).map(\.role) + table.allColumns.map(\.role)
        }.compactMap { $0 }
        for role in SemanticRole.allCases where role.isUnique {
            #expect(declared.filter { $0 == role.rawValue }.count == (role == .name ? 2 : 1), "role \(role.rawValue)")
        }
        #expect(declared.contains(SemanticRole.percentage.rawValue))
    }

    /// A measure in percent is a kind, not one thing: several may say so.
    @Test func severalMeasuresMayBePercentages() throws {
        let lines: [String] = [
            "name: m", "tables:", "  - name: sales", "    role: sales", "    base_table: {table: fact_sales}", "    metrics:",
            "      - {name: margin_pct, expr: 100.0 * SUM(a - b) / SUM(a), role: percentage}",
            "      - {name: discount_pct, expr: 100.0 * SUM(d) / SUM(a), role: percentage}",
            "  - name: customers", "    role: customers", "    base_table: {table: dim_customers}",
        ]
        let path = try write(lines.joined(separator: "\n") + "\n")
        let model = try SemanticModelLoader.load(path: path)
        var roles: [String] = []
        for table in model.tables { roles += (table.metrics ?? []).compactMap(\.role) }
        #expect(roles == ["percentage", "percentage"])
    }
}
