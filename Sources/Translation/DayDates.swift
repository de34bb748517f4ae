import Foundation

/// Single calendar days written out: "1 August 2013", "August 1st, 2013", "2013-08-01". With the word before
/// them they bound a period ("before 1 August 2013" ends the day before, "until 31 Dec 2013" takes that day in,
/// "since 1 July 2013" starts on it); alone or after "on" they are the period of that one day. Read before months,
/// so that "1 August 2013" is not taken for all of August with a stray "1".
extension QuestionParser {
    /// The day written at `i` and how many words it takes.
    /// A day of the month as written: "7", "7th", "31st".
    static func dayNumber(_ w: String) -> Int? {
        var w = w
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) && w.count > 2 { w = String(w.dropLast(2)) }
        return Int(w).flatMap { (1...31).contains($0) ? $0 : nil }
    }

    static func dayDate(_ q: QuestionWords, at i: Int) -> (date: String, length: Int)? {
        let number = dayNumber
        let year = Lexicon.year
        func valid(_ y: Int, _ m: Int, _ d: Int) -> String? {
            let days = [31, y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...12).contains(m), d <= days[m - 1] else { return nil }
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        let w = q[i]
        if w.count == 10, w.split(separator: "-").count == 3, let y = Int(w.prefix(4)), let m = Int(w.dropFirst(5).prefix(2)), let d = Int(w.suffix(2)),
            let date = valid(y, m, d)
        {
            return (date, 1)
        }
        // "1 August 2013", "1st of August 2013"
        if let d = number(w) {
            var j = i + 1
            if q[j] == "of" { j += 1 }
            if let m = Lexicon.months[q[j]], let y = year(q[j + 1]), let date = valid(y, m, d) { return (date, j + 2 - i) }
        }
        // "August 1 2013", "Aug 1st, 2013"
        if let m = Lexicon.months[w], let d = number(q[i + 1]), let y = year(q[i + 2]), let date = valid(y, m, d) { return (date, 3) }
        return nil
    }

    /// The day of the month written beside a month with no year ("25 December", "the 24th of December", "December 31st"),
    /// and the words it takes. A bare number before the month counts only after "on" or "the", or with an ordinal suffix,
    /// so that "the top 5 December days" is not read as 5 December.
    func calendarDay(_ q: QuestionWords, month m: Int, at i: Int) -> (day: Int, words: Range<Int>)? {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        func fits(_ d: Int) -> Bool { d <= lengths[m - 1] }
        if let d = Self.dayNumber(q[i + 1]), fits(d), Int(q[i + 2]) == nil, q.isFree(i + 1) { return (d, (i + 1)..<(i + 2)) }
        let n = q[i - 1] == "of" ? i - 2 : i - 1
        guard n >= 0, q.isFree(n), let d = Self.dayNumber(q[n]), fits(d) else { return nil }
        guard Int(q[n]) == nil || ["on", "the"].contains(q[n - 1]) else { return nil }
        return (d, n..<i)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// "2013-08-01" as people write it: "1 August 2013".
    static func dayLabel(_ date: String) -> String {
        guard let d = Int(date.suffix(2)), let m = Int(date.dropFirst(5).prefix(2)), (1...12).contains(m) else { return date }
        return "\(d) \(monthNames[m - 1]) \(date.prefix(4))"
    }

    func readDayDates(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        var i = 0
        while i < q.count {
            guard q.isFree(i), let (date, length) = Self.dayDate(q, at: i) else {
                i += 1
                continue
            }
            let end = i + length
            let before = q[i - 1]
            let label = Self.dayLabel(date)
            // "between 1 June 2012 and 31 August 2012", "from 2013-03-01 to 2013-03-31": both days included.
            // ("20 dec 2012 to 5 jan 2013": two whole dates joined by "to" are a range without "from" too.)
            let joined = ["between", "from"].contains(before) ? ["and", "to", "till", "until", "through", "thru"] : ["to", "till", "until", "through", "thru"]
            if joined.contains(q[end]), let (last, length2) = Self.dayDate(q, at: end + 1), ["between", "from"].contains(before) || last >= date {
                if last < date { context.conflicts.append("a range that ends (\(last)) before it starts (\(date))") }
                setPeriod(&intent, &context, .init(from: date, until: SQLDateMath.addDays(last, 1), label: "\(Self.dayLabel(date)) to \(Self.dayLabel(last))"))
                q.use((["between", "from"].contains(before) ? i - 1 : i)..<(end + 1 + length2))
                i = end + 1 + length2
                continue
            }
            var start = i
            var period: QueryIntent.Period
            // "on or after", "up to and including", "no later than": bounds of several words that take the day in.
            let inclusive: [(String, Bool)] = [
                ("up to and including", false), ("on or after", true), ("on or before", false), ("no later than", false), ("no earlier than", true),
                ("not before", true), ("not after", false), ("up to", false), ("as late as", false),
            ]
            if let (phrase, from) = inclusive.first(where: { p in
                let n = p.0.split(separator: " ").count; return q.wordsMatched(p.0, at: i - n) == n
            }) {
                let n = phrase.split(separator: " ").count
                period = from ? .init(from: date, until: nil, label: "since \(label)") : .init(from: nil, until: SQLDateMath.addDays(date, 1), label: "up to and including \(label)")
                setPeriod(&intent, &context, period)
                q.use((i - n)..<end)
                i = end
                continue
            }
            switch before {
            case "before", "prior":
                period = .init(from: nil, until: date, label: "before \(label)")
                start -= 1
            case "to" where q[i - 2] == "prior":
                period = .init(from: nil, until: date, label: "before \(label)")
                start -= 2
            case "until", "till", "through", "thru":
                period = .init(from: nil, until: SQLDateMath.addDays(date, 1), label: "up to and including \(label)")
                start -= 1
            case "since", "from", "starting":
                period = .init(from: date, until: nil, label: "since \(label)")
                start -= 1
            case "after":
                period = .init(from: SQLDateMath.addDays(date, 1), until: nil, label: "after \(label)")
                start -= 1
            default:
                period = .init(from: date, until: SQLDateMath.addDays(date, 1), label: label)
                if before == "on" { start -= 1 }
            }
            setPeriod(&intent, &context, period)
            q.use(start..<end)
            i = end
        }
    }
}
