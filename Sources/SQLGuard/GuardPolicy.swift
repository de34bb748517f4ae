/// What queries may touch: the tables (from the semantic model) and the functions.
public struct GuardPolicy: Sendable {
    public var allowedTables: Set<String>
    public var allowedFunctions: Set<String>

    public init(allowedTables: Set<String>, allowedFunctions: Set<String> = GuardPolicy.analyticalFunctions) {
        self.allowedTables = Set(allowedTables.map { $0.lowercased() })
        self.allowedFunctions = allowedFunctions
    }

    /// Pure functions an analyst needs, as SQLite 3.40 has them (no string_agg, concat or timediff:
    /// the guard must not allow what the engine then cannot run). Nothing that reads or writes
    /// files, loads code, allocates on request (zeroblob, randomblob) or exposes SQLite's internals
    /// (sqlite_*, pragma_*). `->` and `->>` are the JSON operators, which SQLite authorizes as functions.
    public static let analyticalFunctions: Set<String> = [
        // aggregates
        "count", "sum", "total", "avg", "min", "max", "group_concat",
        // window functions
        "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
        "first_value", "last_value", "nth_value",
        // scalar
        "abs", "coalesce", "ifnull", "nullif", "iif", "length", "lower", "upper", "trim", "ltrim", "rtrim",
        "substr", "substring", "replace", "instr", "round", "printf", "format", "typeof", "char", "unicode",
        "quote", "like", "glob", "sign", "hex",
        // dates
        "date", "time", "datetime", "julianday", "strftime", "unixepoch",
        // math
        "ceil", "ceiling", "floor", "exp", "ln", "log", "log10", "log2", "pow", "power", "sqrt", "mod", "pi",
        // JSON (json_each and json_tree are table-valued)
        "json", "json_extract", "json_array", "json_object", "json_group_array", "json_group_object", "json_each", "json_tree",
        "json_type", "json_valid", "json_array_length", "->", "->>",
    ]
}
