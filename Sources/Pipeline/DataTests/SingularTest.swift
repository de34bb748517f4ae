import Foundation

/// A data test written as SQL that returns the offending rows (none means it passes), as in dbt.
/// Its first lines say which table it checks (`-- table: fact_sales`) and what it asserts.
public struct SingularTest: Sendable {
    public var name: String
    public var table: String
    public var description: String
    public var sql: String

    init(path: String) throws {
        name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        sql = try String(contentsOfFile: path, encoding: .utf8)
        let comments = sql.split(separator: "\n").prefix { $0.hasPrefix("--") }
            .map { $0.dropFirst(2).trimmingCharacters(in: .whitespaces) }
        guard let tableLine = comments.first(where: { $0.hasPrefix("table:") }) else {
            throw PipelineError(
                step: "tests", file: path, line: 1,
                message: "a data test must start with a '-- table: NAME' comment")
        }
        table = tableLine.dropFirst("table:".count).trimmingCharacters(in: .whitespaces)
        description = comments.filter { !$0.hasPrefix("table:") }.joined(separator: " ")
    }
}
