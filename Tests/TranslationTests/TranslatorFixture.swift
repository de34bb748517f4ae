import Foundation
import SemanticModel
import TestSupport
import Translation
import Warehouse

/// Translators over a semantic model without a warehouse: the columns of each table are given, the
/// enum values come from the model's sample values, the data period is fixed. Translation is pure,
/// so these tests run in milliseconds and check the SQL and the refusals themselves.
enum TranslatorFixture {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let cyclingColumns: [String: [String]] = [
        "dim_customers": [
            "customer_key", "customer_id", "customer_number", "first_name", "last_name", "country", "marital_status", "gender",
            "birth_date", "create_date",
        ],
        "dim_products": [
            "product_key", "product_id", "product_number", "product_name", "category_id", "category", "subcategory",
            "maintenance", "cost", "product_line", "start_date",
        ],
        "fact_sales": ["order_number", "product_key", "customer_key", "order_date", "shipping_date", "due_date", "sales_amount", "quantity", "price"],
    ]

    static let cycling: RuleBasedTranslator = {
        let path = projectRoot.appendingPathComponent("semantic-model/cycling_pro.yaml").path
        return make(try! SemanticModelLoader.load(path: path), columns: cyclingColumns)
    }()

    static func make(_ model: SemanticModel, columns: [String: [String]], period: [String] = ["2010-12-29", "2014-01-28"]) -> RuleBasedTranslator {
        // Names hold model codes ("Road-150 Red, 44"); enum values come from the model's sample values.
        let catalog = InMemoryCatalog(
            tables: columns,
            values: [
                "product_name": ["Sport-100 Helmet- Red", "Road-150 Red, 44", "Mountain-200 Black, 38", "Road-650 Red, 44", "Road-650 Black, 52"],
                // Which names each subcategory holds: every helmet is one model, jerseys are two.
                "(subcategory) || '|' || (product_name)": [
                    "Helmets|Sport-100 Helmet- Red", "Helmets|Sport-100 Helmet- Blue", "Jerseys|Long-Sleeve Logo Jersey- S",
                    "Jerseys|Short-Sleeve Classic Jersey- S",
                ],
                // Each subcategory is in one category: a share of a category inside a subcategory is 0 or 100 %.
                "category": ["Bikes", "Clothing"], "subcategory": ["Road Bikes", "Mountain Bikes", "Jerseys"],
                "(subcategory) || '|' || (category)": ["Road Bikes|Bikes", "Mountain Bikes|Bikes", "Jerseys|Clothing"],
                "(category) || '|' || (subcategory)": ["Bikes|Road Bikes", "Bikes|Mountain Bikes", "Clothing|Jerseys"],
            ],
            dates: (period[0], period[1]))
        return try! RuleBasedTranslator(model: model, catalog: catalog)
    }

    /// A second, small model with other table and column names: the same kinds of questions must
    /// translate from what this model says, not from names the translator knows.
    static let shop = shop(yaml: shopYAML)

    static let shopYAML = """
        name: shop
        tables:
          - name: clients
            role: customers
            synonyms: [client, customers, customer, buyers]
            base_table: {table: crm_clients}
            primary_key: {columns: [id]}
            dimensions:
              - {name: client_id, expr: id, data_type: NUMBER, unique: true}
              - {name: land, expr: land, data_type: TEXT, synonyms: [country, countries], sample_values: [Norway, Chile], is_enum: true}
            metrics:
              - {name: client_count, expr: COUNT(*), synonyms: [customers, number of customers]}
          - name: articles
            role: products
            synonyms: [article, products, product, items]
            base_table: {table: art}
            primary_key: {columns: [art_id]}
            dimensions:
              - {name: art_id, expr: art_id, data_type: NUMBER, unique: true}
              - {name: art_name, expr: title, data_type: TEXT, synonyms: [name], role: name}
              - {name: family, expr: family, data_type: TEXT, synonyms: [category, categories], sample_values: [Tents, Boots], is_enum: true}
            facts:
              - {name: unit_cost, expr: unit_cost, data_type: NUMBER, synonyms: [cost, product cost]}
          - name: lines
            role: sales
            synonyms: [orders, sales]
            base_table: {table: sales_lines}
            dimensions:
              - {name: ticket, expr: ticket, data_type: TEXT}
            time_dimensions:
              - {name: sold_on, expr: sold_on, data_type: DATE, role: default_time}
            facts:
              - {name: amount, expr: amount, data_type: NUMBER}
            metrics:
              - {name: takings, expr: SUM(amount), synonyms: [revenue, sales, turnover], role: revenue}
              - {name: tickets, expr: COUNT(DISTINCT ticket), synonyms: [orders, number of orders], role: orders}
              - {name: shoppers, expr: COUNT(DISTINCT client_id), synonyms: [buyers], role: buyers}
        relationships:
          - {name: l_c, left_table: lines, right_table: clients, relationship_columns: [{left_column: client_id, right_column: id}], relationship_type: many_to_one}
          - {name: l_a, left_table: lines, right_table: articles, relationship_columns: [{left_column: art_id, right_column: art_id}], relationship_type: many_to_one}
        """

    /// The shop model from its YAML (the tests of roles change a line of it).
    static func shop(yaml: String) -> RuleBasedTranslator {
        let dir = try! ScratchDirectory.make("shop-model")
        let path = dir.appendingPathComponent("shop.yaml").path
        try! yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let model = try! SemanticModelLoader.load(path: path)
        return make(
            model,
            columns: [
                "crm_clients": ["id", "land"], "art": ["art_id", "title", "family", "unit_cost"],
                "sales_lines": ["ticket", "client_id", "art_id", "sold_on", "amount"],
            ],
            period: ["2020-01-03", "2022-06-30"])
    }
}

extension RuleBasedTranslator {
    /// The SQL for a question, or nil when it is refused.
    func sql(_ question: String) -> String? {
        if case .sql(let generated) = translateNow(question, context: nil) { return generated.sql }
        return nil
    }

    /// How an answered question was read, or nil when it is refused.
    func interpretation(_ question: String) -> String? {
        if case .sql(let generated) = translateNow(question, context: nil) { return generated.interpretation }
        return nil
    }

    /// Why a question is refused, or nil when it is answered.
    func refusal(_ question: String) -> String? {
        if case .refusal(let reason, _) = translateNow(question, context: nil) { return reason }
        return nil
    }
}
