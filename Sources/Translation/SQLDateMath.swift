import Foundation

/// Calendar arithmetic on `YYYY-MM-DD` text, for building date bounds.
enum SQLDateMath {
    static func addDays(_ iso: String, _ days: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let date = formatter.date(from: iso) else { return iso }
        // UTC has no daylight saving, so a day is always 86,400 seconds.
        return formatter.string(from: date.addingTimeInterval(Double(days) * 86_400))
    }

    /// The number of days from one `YYYY-MM-DD` date to another (the second not counted), or nil when either is not a date.
    static func daysBetween(_ from: String, _ until: String) -> Int? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let a = formatter.date(from: from), let b = formatter.date(from: until) else { return nil }
        return Int((b.timeIntervalSince(a) / 86_400).rounded())
    }

    /// The first-of-month date `months` later ("2013-07-01" + 3 = "2013-10-01"); the day is kept as is.
    static func addMonths(_ iso: String, _ months: Int) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return iso }
        let total = parts[0] * 12 + (parts[1] - 1) + months
        return String(format: "%04d-%02d-%02d", total / 12, total % 12 + 1, parts[2])
    }
}
