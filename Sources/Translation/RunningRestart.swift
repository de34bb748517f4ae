import Foundation

/// "Cumulative revenue by quarter for 2012 and 2013, restarting the running total at the start of each year",
/// "year-to-date revenue by month for 2012 and 2013": a running total that starts again from zero each January, one
/// series per year. Read before the time grains, so that "each year" is not taken for a second breakdown; the SQL keeps
/// the year and the month (quarter) of the year as columns and sums within each year.
extension QuestionParser {
    func parseRunningRestart(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let restartWords: Set<String> = ["restarting", "restart", "restarts", "restarted", "resetting", "reset", "resets", "again", "over", "afresh", "anew"]
        let running = q.words.contains { ["running", "cumulative", "cumulatively"].contains($0) }
        let starts: Set<String> = ["starting", "start", "starts", "beginning", "begin", "begins", "counting", "count"]
        for i in 0..<q.count where q.isFree(i) && restartWords.contains(q[i]) {
            // ("starting again", "starting over", "beginning afresh": the restart said with a start.)
            guard running || q.has(anyOf: ["year to date", "ytd"]) else { return }
            if ["again", "over", "afresh", "anew"].contains(q[i]), !starts.contains(q[i - 1]) { continue }
            // "... at the start of each year", "every January", "with each new year", "for every year": the year it restarts in.
            guard let end = (i + 1...i + 9).first(where: { k in ["each", "every"].contains(q[k]) && (q[k + 1] == "year" || q[k + 1] == "new" && q[k + 2] == "year") || q[k] == "january" }) else { continue }
            let last = q[end] == "january" ? end : q[end + 1] == "new" ? end + 2 : end + 1
            let first = starts.contains(q[i - 1]) ? i - 1 : i
            guard (first...last).allSatisfy({ q.isFree($0) }) else { continue }
            q.use(first..<(last + 1))
            // ("..., restarting" after a comma leaves "and" or "which" before it; they go with it.)
            if ["and", "which", "that"].contains(q[first - 1]), q.isFree(first - 1) { q.use((first - 1)..<first) }
            intent.runningRestartsEachYear = true
            setShape(&intent, &context, .runningTotal)
            // ("a year-to-date running total that restarts every January": the restart says the same.)
            if running { _ = q.take(["year to date", "ytd"]) }
            // ("one row per year and month": the rows it has anyway.)
            _ = q.take(["per year and month", "by year and month", "per year and quarter", "by year and quarter", "for each year and month"])
            return
        }
        // "year-to-date revenue by month for 2012 and 2013", "ytd units by quarter for each year": each year to date, at
        // each month's (quarter's) end.
        let grains = ["by month", "by quarter", "month by month", "quarter by quarter", "per month", "per quarter", "each month", "each quarter", "monthly", "quarterly"]
        if Set(q.words.compactMap(Lexicon.year)).count >= 2 || q.has(anyOf: ["each year", "every year", "per year", "by year"]), grains.contains(where: { q.has($0) }),
            q.take(["year to date", "ytd"])
        {
            _ = q.take(["for each year", "in each year", "of each year", "each year", "every year", "per year", "by year"])
            intent.runningRestartsEachYear = true
            setShape(&intent, &context, .runningTotal)
        }
    }
}
