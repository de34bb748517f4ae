import Foundation

/// A transformation, as in dbt: one SQL `SELECT` in a file named after the table it builds.
public struct Model: Sendable {
    public enum Layer: String, Sendable { case staging, marts }

    public var name: String
    public var layer: Layer
    public var path: String
    public var sql: String
    /// Tables this model reads (other models or raw tables), derived from the SQL.
    public var dependencies: [String]
}
