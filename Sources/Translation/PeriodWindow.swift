/// One period read out of the middle of a question ("in Q4 2012" after "first order", "2012" after "than in"), by the
/// time pass itself over the fewest words that name one, so that a later period stays the question's own.
extension QuestionParser {
    /// The period whose words start at `first`, and those words. A window of up to seven words is tried, shortest
    /// first (longest first after "from" or "between"); the words outside it are blanked, not marked, so that no rule reads past its end. A window that reads a
    /// grain, several periods or a clash is no single period.
    /// A range ("from 1 October 2013 to 7 October 2013") is read whole: its start alone would be a period too.
    func periodWindow(_ q: QuestionWords, from first: Int) -> (period: QueryIntent.Period, words: [Int])? {
        let sizes = ["from", "between"].contains(q[first]) ? Array((0...8).reversed()) : Array(0...6)
        for size in sizes where first + size < q.count {
            var window = q
            for k in window.words.indices where k < first || k > first + size { window.words[k] = "" }
            var probe = QueryIntent(metric: "")
            var probeContext = Context()
            parseTime(&window, &probe, &probeContext)
            let read = q.words.indices.filter { window.used[$0] && !q.used[$0] }
            if let period = probe.period, probe.bucket == nil, probe.periods.isEmpty, probe.monthOfYear == nil, probe.quarterOfYear == nil,
                probeContext.conflicts.isEmpty, probeContext.periodClashes.isEmpty, read.first == first, read.last! - read.first! + 1 == read.count
            {
                return (period, read)
            }
        }
        return nil
    }
}
