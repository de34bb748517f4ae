/// "How many customers placed exactly 1 order, how many placed 2, how many 3, and so on?", "How many
/// orders had 1 line, 2 lines, 3 lines ...": the entities counted per value of their own measure.
/// The listed numbers are examples of the values, so they are read, not used as filters.
extension QuestionParser {
    func parseDistribution(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard q.has("so on") || q.has("etc") || q.words.contains("distribution") || q.words.contains("histogram") || q.words.contains("distributed") else { return }
        // "how many customers placed 1, 2, 3 ... orders", "distribution of customers by number of orders".
        guard let h = q.find("distribution of").map({ $0 + 2 }) ?? q.find("histogram of").map({ $0 + 2 }) ?? q.find("how are").map({ $0 + 2 }) ?? q.find("how many").map({ $0 + 2 }) else { return }
        var e = h
        while ["of", "our", "the", "different"].contains(q[e]) { e += 1 }
        guard let entity = Self.entityWords[q[e]] else { return }
        // The measure: a fact measure named after the entity ("placed 1 order", "had 2 lines").
        var measure: Vocabulary.Metric?
        for k in (e + 1)..<max(e + 1, q.count) where q.isFree(k) {
            if let m = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && ($0.phrases.contains(q[k]) || $0.phrases.contains(q[k] + "s")) }) {
                measure = m
                break
            }
        }
        guard let measure else { return }
        intent.distribution = .init(entity: entity, metric: measure.name)
        intent.metric = measure.name
        context.explicitMetric = true
        context.countQuestions = 1
        for k in 0..<q.count where q.isFree(k) {
            let w = q[k]
            if Double(w) != nil || Lexicon.numberWords[w] != nil || measure.phrases.contains(w) || measure.phrases.contains(w + "s")
                || ["how", "many", "exactly", "placed", "had", "have", "has", "made", "with"].contains(w)
            {
                q.use(k..<(k + 1))
            }
        }
        // The entity named again ("... (how many customers have 1 order, 2 orders ...)") is the same one.
        for k in 0..<q.count where q.isFree(k) && q[k] == q[e] { q.use(k..<(k + 1)) }
        q.use(e..<(e + 1))
        _ = q.take([
            "and so on", "so on", "etc", "distribution of", "distribution", "histogram of", "histogram", "by number of", "by how many", "by the number of",
            "how are", "distributed", "i e",
        ])
    }
}
