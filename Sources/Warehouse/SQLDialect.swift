/// The engine-specific pieces of generated SQL. Translators build SQL through this, so a
/// PostgreSQL-wire warehouse later needs a new dialect, not new translators.
public struct SQLDialect: Sendable {
    public var name: String
    /// Year of a `YYYY-MM-DD` text column, as an integer.
    public var year: @Sendable (String) -> String
    /// Month number 1-12.
    public var month: @Sendable (String) -> String
    /// Quarter 1-4.
    public var quarter: @Sendable (String) -> String
    /// Day of the month 1-31.
    public var dayOfMonth: @Sendable (String) -> String = { "CAST(substr(\($0), 9, 2) AS INTEGER)" }
    /// `'YYYY-MM'` label.
    public var yearMonth: @Sendable (String) -> String
    /// Days between two date columns.
    public var daysBetween: @Sendable (_ from: String, _ to: String) -> String
    /// Whole years between a birth date column and a fixed `YYYY-MM-DD` date.
    public var age: @Sendable (_ birth: String, _ asOf: String) -> String
    /// English name of the day of the week ('Monday' ...).
    public var weekday: @Sendable (String) -> String = {
        "CASE strftime('%w', \($0)) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' WHEN '6' THEN 'Saturday' END"
    }

    /// Day of the week as a number, Monday 0 to Sunday 6: the order a business week is read in.
    public var weekdayNumber: @Sendable (String) -> String = { "((CAST(strftime('%w', \($0)) AS INTEGER) + 6) % 7)" }

    public static let sqlite = SQLDialect(
        name: "sqlite",
        year: { "CAST(substr(\($0), 1, 4) AS INTEGER)" },
        month: { "CAST(substr(\($0), 6, 2) AS INTEGER)" },
        quarter: { "((CAST(substr(\($0), 6, 2) AS INTEGER) + 2) / 3)" },
        yearMonth: { "substr(\($0), 1, 7)" },
        daysBetween: { "(julianday(\($1)) - julianday(\($0)))" },
        age: { birth, asOf in
            let year = asOf.prefix(4)
            let monthDay = asOf.dropFirst(5)
            return "(\(year) - CAST(substr(\(birth), 1, 4) AS INTEGER) - (substr(\(birth), 6, 5) > '\(monthDay)'))"
        })
}
