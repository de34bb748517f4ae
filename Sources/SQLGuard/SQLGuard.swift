/// The static check every generated query passes before it runs.
///
/// Policy: exactly one statement; a reading query (SELECT or WITH, with subqueries, set
/// operations, window functions and CTEs, recursive ones included); it reads only the allowed
/// tables, resolving CTE names by scope so that a CTE cannot smuggle in another table under an
/// allowed name; it calls only allowed functions. Refusals say what to change.
public struct SQLGuard: Sendable {
    public var policy: GuardPolicy

    public init(policy: GuardPolicy) {
        self.policy = policy
    }

    static let writeKeywords: Set<String> = [
        "insert", "update", "delete", "replace", "drop", "create", "alter", "attach", "detach", "pragma", "vacuum",
        "reindex", "analyze", "begin", "commit", "rollback", "savepoint", "release", "transaction", "upsert",
    ]
    /// Words that end a FROM list at their depth.
    static let fromTerminators: Set<String> = [
        "where", "group", "having", "order", "limit", "window", "union", "except", "intersect", "returning", "select",
    ]
    /// Keywords that may precede "(" without being a function call.
    static let nonFunctionKeywords: Set<String> = [
        "in", "exists", "as", "over", "values", "and", "or", "not", "on", "using", "from", "join", "select", "where",
        "by", "then", "else", "when", "case", "filter", "with", "recursive", "materialized", "cast", "is", "like",
        "glob", "between", "all", "distinct", "union", "except", "intersect", "partition", "rows", "range", "groups",
        "preceding", "following", "current", "row", "any", "some", "end", "limit", "offset", "having", "escape",
        "collate", "matches", "regexp", "lateral",
    ]

    /// Keywords that read the wall clock: answers are anchored on the data, never on today.
    static let clockKeywords: Set<String> = ["current_timestamp", "current_date", "current_time"]

    /// SQLite folds only ASCII letters when it compares names; so does the guard, so that a name
    /// the guard allows is the very name SQLite resolves.
    static func fold(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }

    public func check(_ sql: String) -> GuardVerdict {
        let tokens: [SQLToken]
        do {
            tokens = try SQLTokenizer.tokenize(sql)
        } catch let failure as SQLTokenizer.Failure {
            return .refuse("the SQL cannot be read: \(failure.message) (at character \(failure.offset + 1))")
        } catch {
            return .refuse("the SQL cannot be read")
        }
        // Exactly one statement: a trailing semicolon is fine, anything after it is not.
        var body = tokens
        while body.last?.text == ";" && body.last?.kind == .punctuation { body.removeLast() }
        if body.isEmpty { return .refuse("the SQL is empty") }
        if let semicolon = body.firstIndex(where: { $0.kind == .punctuation && $0.text == ";" }) {
            return .refuse("only one statement may run, but there is more after the ';' at character \(body[semicolon].offset + 1)")
        }
        guard let first = body.first?.keyword, first == "select" || first == "with" else {
            return .refuse("only reading queries (SELECT or WITH ... SELECT) may run; this starts with '\(body[0].text)'")
        }
        if let parameter = body.first(where: { $0.kind == .parameter }) {
            return .refuse("parameters such as '\(parameter.text)' are not supported: write the values into the query")
        }
        for (index, token) in body.enumerated() where token.keyword.map(Self.writeKeywords.contains) ?? false {
            // replace(x, y, z) is the string function, not REPLACE INTO.
            if token.keyword == "replace" && index + 1 < body.count && body[index + 1].text == "(" { continue }
            return .refuse("only reading queries may run; '\(token.text.uppercased())' would change or administer the database")
        }
        return checkReferences(body)
    }

    /// Walks the tokens once, tracking paren depth, CTE scopes and FROM lists.
    private func checkReferences(_ t: [SQLToken]) -> GuardVerdict {
        var depth = 0
        var cteScopes: [(depth: Int, names: Set<String>)] = []
        var fromAtDepth: Set<Int> = []
        var expectTable = false
        var expectCTEName: Int? = nil  // depth of the WITH whose next CTE name comes
        var cteBodyDepths: [Int] = []  // depths whose closing paren ends a CTE body
        var tables: Set<String> = []
        var usesJSON = false
        var i = 0

        func isCTE(_ name: String) -> Bool { cteScopes.contains { $0.names.contains(name) } }

        while i < t.count {
            let token = t[i]
            let word = token.keyword
            let following = i + 1 < t.count ? t[i + 1] : nil

            // A CTE definition: name [(columns)] AS [NOT] [MATERIALIZED] (body)
            if let withDepth = expectCTEName {
                if word == "recursive" { i += 1; continue }
                guard token.isName || token.kind == .string else { return .refuse("a WITH clause must name its query, found '\(token.text)'") }
                let name = token.text.lowercased()
                if let index = cteScopes.lastIndex(where: { $0.depth == withDepth }) {
                    cteScopes[index].names.insert(name)
                } else {
                    cteScopes.append((withDepth, [name]))
                }
                i += 1
                if i < t.count && t[i].text == "(" {  // column list
                    while i < t.count && t[i].text != ")" { i += 1 }
                    i += 1
                }
                while i < t.count, let w = t[i].keyword, ["as", "not", "materialized"].contains(w) { i += 1 }
                guard i < t.count, t[i].text == "(" else { return .refuse("the WITH query '\(name)' has no body in parentheses") }
                depth += 1
                cteBodyDepths.append(depth)
                expectCTEName = nil
                i += 1
                continue
            }

            if token.kind == .punctuation {
                switch token.text {
                case "(":
                    depth += 1
                    // "FROM (a JOIN b)" or "FROM (raw_x)": a parenthesised list of tables, not a
                    // subquery, so the names inside are table references like any other.
                    if expectTable && !["select", "with", "values"].contains(following?.keyword ?? "") {
                        fromAtDepth.insert(depth)
                    } else {
                        expectTable = false
                    }
                case ")":
                    fromAtDepth.remove(depth)
                    cteScopes.removeAll { $0.depth >= depth }
                    if cteBodyDepths.last == depth {
                        cteBodyDepths.removeLast()
                        depth -= 1
                        if following?.text == "," { expectCTEName = depth; i += 2; continue }
                    } else {
                        depth -= 1
                    }
                    if depth < 0 { return .refuse("a closing parenthesis has no opening one") }
                case ",":
                    if fromAtDepth.contains(depth) { expectTable = true }
                default:
                    break
                }
                i += 1
                continue
            }

            if word == "with" {
                expectCTEName = depth
                i += 1
                continue
            }
            // "x IN raw_x" reads a whole table without parentheses.
            if word == "in", let following, following.isName || following.kind == .string {
                expectTable = true
                i += 1
                continue
            }
            if word == "from" || word == "join" {
                fromAtDepth.insert(depth)
                expectTable = true
                i += 1
                continue
            }
            if let word, Self.fromTerminators.contains(word) {
                fromAtDepth.remove(depth)
                expectTable = false
                i += 1
                continue
            }

            if expectTable && (token.isName || token.kind == .string) {
                expectTable = false
                // schema.name ?
                var schema: String? = nil
                var name = Self.fold(token.text)
                if following?.text == ".", i + 2 < t.count, t[i + 2].isName || t[i + 2].kind == .string {
                    schema = name
                    name = Self.fold(t[i + 2].text)
                    i += 2
                }
                let after = i + 1 < t.count ? t[i + 1] : nil
                if after?.text == "(" {
                    // A table-valued function.
                    if name == "json_each" || name == "json_tree" {
                        usesJSON = true
                    } else {
                        return .refuse("the table function \(name)() is not allowed; query the tables \(allowedList) instead")
                    }
                } else if let schema {
                    guard schema == "main" else {
                        return .refuse("only the main database's tables may be read; '\(schema).\(name)' is outside it")
                    }
                    guard policy.allowedTables.contains(name) else { return refuseTable(name) }
                    tables.insert(name)
                } else if isCTE(name) {
                    // A name defined by an enclosing WITH: its body was checked where it was written.
                } else {
                    guard policy.allowedTables.contains(name) else { return refuseTable(name) }
                    tables.insert(name)
                }
                i += 1
                continue
            }
            expectTable = false

            // Function calls: a name directly followed by "(".
            if following?.text == "(" && token.isName {
                let name = Self.fold(token.text)
                if token.kind == .quotedName || !Self.nonFunctionKeywords.contains(name) {
                    guard policy.allowedFunctions.contains(name) else {
                        return .refuse("the function \(name)() is not allowed in queries")
                    }
                    if name == "json_each" || name == "json_tree" { usesJSON = true }
                    if name == "printf" || name == "format", let problem = FormatCheck.problem(inCallAt: i + 1, of: t) {
                        return .refuse(problem)
                    }
                }
            }
            // Quoted or not, SQLite's own objects stay out of reach.
            if token.isName && Self.fold(token.text).hasPrefix("sqlite_") {
                return .refuse("SQLite's internal objects (\(token.text)) may not be queried")
            }
            if let word, Self.clockKeywords.contains(word) {
                return .refuse("\(word.uppercased()) reads today's clock; answers are anchored on the data, so write the date you mean (e.g. '2013-12-31')")
            }
            i += 1
        }
        if depth != 0 { return .refuse("the parentheses do not balance") }
        if tables.isEmpty {
            return GuardVerdict(allowed: true, reason: "allowed: reads no table", tables: [], usesJSONTables: usesJSON)
        }
        return GuardVerdict(
            allowed: true, reason: "allowed: a read-only query of \(tables.sorted().joined(separator: ", "))",
            tables: tables.sorted(), usesJSONTables: usesJSON)
    }

    private var allowedList: String { policy.allowedTables.sorted().joined(separator: ", ") }

    private func refuseTable(_ name: String) -> GuardVerdict {
        if name.hasPrefix("sqlite_") {
            return .refuse("SQLite's internal table \(name) may not be queried; only \(allowedList) are available")
        }
        if name.hasPrefix("raw_") || name.hasPrefix("stg_") {
            return .refuse("\(name) is a \(name.hasPrefix("raw_") ? "raw" : "staging") table of the pipeline; questions are answered from \(allowedList) only")
        }
        return .refuse("the table \(name) is not available; only \(allowedList) may be queried")
    }
}
