import SQLGuard
import SemanticModel

/// Builds the checker the LLM translator passes its SQL through before accepting it. The
/// service backs it with the SQL guard and SQLite's compile step, so a refused or uncompilable
/// query goes back to the model with the reason instead of to the person.
public enum SQLCheck {
    /// Async so that a service may back it with an async compile step; a plain closure converts.
    public typealias Checker = @Sendable (String) async -> (allowed: Bool, reason: String)

    /// The guard alone, with the model's tables allowed.
    public static func guardOnly(model: SemanticModel) -> Checker {
        let sqlGuard = SQLGuard(policy: GuardPolicy(allowedTables: model.baseTables))
        return { sql in
            let verdict = sqlGuard.check(sql)
            return (verdict.allowed, verdict.reason)
        }
    }

    /// The guard, then `compile` (SQL, whether it reads json_each/json_tree) returning SQLite's
    /// complaint or nil: e.g. `{ catalog.compileError(of: $0, allowSchemaReads: $1) }`.
    public static func guardAndCompile(
        model: SemanticModel,
        compile: @escaping @Sendable (String, Bool) async -> String?
    ) -> Checker {
        let sqlGuard = SQLGuard(policy: GuardPolicy(allowedTables: model.baseTables))
        return { sql in
            let verdict = sqlGuard.check(sql)
            guard verdict.allowed else { return (false, verdict.reason) }
            if let problem = await compile(sql, verdict.usesJSONTables) { return (false, "SQLite cannot run it: \(problem)") }
            return (true, verdict.reason)
        }
    }
}
