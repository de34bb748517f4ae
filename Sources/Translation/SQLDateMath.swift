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
}
