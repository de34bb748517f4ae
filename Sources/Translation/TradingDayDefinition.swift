/// "where a trading day is a date on which at least one order was placed": the definition a user gives of the days the
/// model's per-day measures already count (days with sales), read as said. Any other definition is left unread. Read
/// after the rewordings, which say "trading day" as "day".
extension QuestionParser {
    func readTradingDayDefinition(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["day", "days"].contains(q[i]) && q.isFree(i) {
            guard let verb = ((i + 1)..<(i + 3)).first(where: { ["is", "are", "being", "means", "meaning"].contains(q[$0]) }) else { continue }
            // "... a date on which at least one order was placed", "... a day with one or more orders".
            guard let noun = q.span(verb + 1, upTo: verb + 12).first(where: { ["order", "orders", "sale", "sales"].contains(q[$0]) }) else { continue }
            let between = ((verb + 1)..<noun).map { q[$0] }
            guard between.contains(where: { ["date", "day"].contains($0) }),
                between.allSatisfy({ ["a", "date", "day", "on", "which", "with", "at", "least", "one", "or", "more", "any", "there", "was", "were", "is", "some", "1"].contains($0) })
            else { continue }
            var end = noun + 1
            if ["was", "were", "is"].contains(q[end]), ["placed", "made", "taken", "received", "booked"].contains(q[end + 1]) { end += 2 }
            var start = i
            if q[start - 1] == "trading" { start -= 1 }
            if ["a", "the"].contains(q[start - 1]) { start -= 1 }
            if ["where", "when", "with"].contains(q[start - 1]) { start -= 1 }
            guard (start..<end).allSatisfy(q.isFree) else { continue }
            q.use(start..<end)
        }
    }
}
