import Foundation

/// "age bands: under 35, 35-49, 50-64, 65 and over", "price band ... under 50, 50-499, 500-1499 and
/// 1500+": bands defined in the question become a slice labelled in its own words. Read before
/// thresholds, so "under 35" here is a band, not a filter.
extension QuestionParser {
    /// "300000" written "300,000".
    static func withThousands(_ digits: String) -> String {
        guard digits.count > 3, digits.allSatisfy(\.isNumber) else { return digits }
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    struct BandSpec { var low: Double?; var high: Double?; var label: String; var range: Range<Int> }

    func parseBands(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context, raw: String) {
        var specs: [BandSpec] = []
        var i = 0
        func number(_ w: String) -> Double? { w.first?.isNumber == true ? Double(w) : nil }
        func text(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
        while i < q.count {
            guard q.isFree(i) else { i += 1; continue }
            let w = q[i]
            if ["under", "below"].contains(w), let n = number(q[i + 1]) {
                specs.append(.init(low: nil, high: n, label: "\(w) \(text(n))", range: i..<(i + 2))); i += 2; continue
            }
            if w == "less", q[i + 1] == "than", let n = number(q[i + 2]) {
                specs.append(.init(low: nil, high: n, label: "less than \(text(n))", range: i..<(i + 3))); i += 3; continue
            }
            let parts = w.split(separator: "-")
            if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), a < b {
                specs.append(.init(low: a, high: b, label: w, range: i..<(i + 1))); i += 1; continue
            }
            // "30 to 44", "45 through 59": a band written out.
            if let a = number(w), ["to", "through", "thru"].contains(q[i + 1]), let b = number(q[i + 2]), a < b, q.isFree(i + 2) {
                specs.append(.init(low: a, high: b, label: "\(text(a)) to \(text(b))", range: i..<(i + 3))); i += 3; continue
            }
            if let n = number(w) {
                // "60 plus": that number and up, labelled as said.
                if q[i + 1] == "plus", !specs.isEmpty {
                    specs.append(.init(low: n, high: nil, label: "\(text(n)) plus", range: i..<(i + 2))); i += 2; continue
                }
                // "1500+", "300,000+": as typed (read as "1500 or more"), thousands separators included.
                if q[i + 1] == "or", q[i + 2] == "more", let typed = [text(n), Self.withThousands(text(n))].first(where: { raw.contains("\($0)+") }) {
                    specs.append(.init(low: n, high: nil, label: "\(typed)+", range: i..<(i + 3))); i += 3; continue
                }
                let tail = q[i + 1] + " " + q[i + 2]
                if ["and over", "or over", "and above", "or above", "or more", "and more", "and older", "or older", "and up"].contains(tail) {
                    specs.append(.init(low: n, high: nil, label: "\(text(n)) \(tail)", range: i..<(i + 3))); i += 3; continue
                }
                // "1500+", "300,000+": as typed, thousands separators included.
                if let typed = [text(n), Self.withThousands(text(n))].first(where: { raw.contains("\($0)+") }) {
                    specs.append(.init(low: n, high: nil, label: "\(typed)+", range: i..<(i + 1))); i += 1; continue
                }
            }
            if w == "over" || w == "above", let n = number(q[i + 1]), !specs.isEmpty {
                specs.append(.init(low: n, high: nil, label: "\(w) \(text(n))", range: i..<(i + 2))); i += 2; continue
            }
            i += 1
        }
        guard specs.count >= 2 else { return }
        // "aged 50 and over versus those under 50": the bands in the order of their numbers, whatever order they were said in.
        // ("compare ... of customers under 30 with that of customers aged 30 and over": the same, with "compare".)
        let compared =
            (0..<specs[0].range.lowerBound).contains { ["compare", "comparing"].contains(q[$0]) }
            && q.span(specs[0].range.upperBound, upTo: specs[1].range.lowerBound).contains { ["with", "to", "against", "and"].contains(q[$0]) }
        let saidVersus = specs.count == 2 && (compared || q.span(specs[0].range.upperBound, upTo: specs[1].range.lowerBound).contains { ["vs", "versus"].contains(q[$0]) })
        if saidVersus { specs.sort { ($0.low ?? -Double.infinity) < ($1.low ?? -Double.infinity) } }
        // The bands must follow one another: each starts where the previous one ends (or one after).
        for k in 1..<specs.count {
            guard let low = specs[k].low, let previous = specs[k - 1].high, low == previous || low == previous + 1 else { return }
        }
        guard specs.dropLast().allSatisfy({ $0.high != nil }), specs.first?.low == nil || specs.count >= 2 else { return }
        // What is banded: the one number of the model the question names.
        var columns: [(String, Range<Int>)] = []
        for j in 0..<q.count where q.isFree(j) {
            for d in vocabulary.dimensions where d.numeric {
                for phrase in d.phrases + d.phrases.map({ $0 + "s" }) {
                    if let length = q.wordsMatched(phrase, at: j), !columns.contains(where: { $0.0 == d.name }) { columns.append((d.name, j..<(j + length))) }
                }
            }
        }
        // "revenue for customers under 40 vs 40 and over": people followed by numbers of an age's size are of that age (an
        // amount has its unit or verb), as the numeric filters read "customers under 40".
        let bounds = specs.flatMap { [$0.low, $0.high].compactMap { $0 } }
        if columns.isEmpty, let first = specs.first, QuestionParser.peopleAndSexes.contains(q[first.range.lowerBound - 1]),
            bounds.allSatisfy({ $0 == $0.rounded() && (16...100).contains($0) }),
            let age = vocabulary.dimensions.first(where: { $0.numeric && $0.referenceDate != nil })
        {
            columns.append((age.name, first.range.lowerBound..<first.range.lowerBound))
        }
        if columns.isEmpty, bandPerEntity(&q, &intent, &context, specs, raw: raw) { return }
        guard columns.count == 1, let (column, at) = columns.first else {
            context.conflicts.append(
                columns.isEmpty
                    ? "bands (\(specs.map(\.label).joined(separator: ", "))) of a number I could not identify"
                    : "bands of several numbers at once")
            return
        }
        let cuts = specs.dropFirst().map { $0.low! }
        let labels = specs.map { Self.asWritten($0.label, in: raw) }
        intent.band = .init(column: column, cuts: cuts, labels: labels)
        // "customers under 50 vs 50 and over": two groups set against each other are the rows named; the unknown is no
        // third row.
        // ("... with unknown-age customers as their own group": the unknown row is asked for too.)
        let lower = raw.lowercased()
        let unknownKept =
            ["unknown", "no birth", "without a birth", "missing"].contains { lower.contains($0) }
            && ["own group", "own row", "separate group", "separate row", "as a group", "their own", "its own"].contains { lower.contains($0) }
        if saidVersus, !unknownKept { intent.band?.namedOnly = true }
        for s in specs { q.use(s.range) }
        q.use(at)
        // "by customer age band": the slicing words before the banded number belong to the band.
        var k = at.lowerBound - 1
        while k >= 0, q.isFree(k), ["customer", "product", "unit", "by", "per", "the", "each", "for", "in", "their", "of"].contains(q[k]) {
            q.use(k..<(k + 1))
            k -= 1
        }
        if let d = vocabulary.dimension(named: column) {
            _ = q.take(d.phrases + d.phrases.map { $0 + "s" })
            // "the selling price on each sales line": the fact's own grain, not a product line.
            if d.table == vocabulary.factTable {
                _ = q.take([
                    "on each sales line", "on each order line", "each sales line", "per sales line", "on each line", "sales line",
                    "selling price", "on each sale", "sales lines", "order lines",
                ])
                // "split into lines sold at a price under 100 and lines at 100 or more": the sales lines banded, not a
                // product line (which "product lines" would be).
                for i in 0..<q.count
                where q.isFree(i) && q[i] == "lines" && !["product", "sales", "order"].contains(q[i - 1])
                    && ["sold", "at", "priced", "price", "prices", "with", "where", "that", "costing", "under", "over", "below", "above"].contains(q[i + 1])
                { q.use(i..<(i + 1)) }
            }
        }
        _ = q.take(["bands", "band", "brackets", "bracket", "buckets", "bucket", "ranges", "groups", "group", "tiers"])
        // (Not "ignore anyone with no birth date": that excludes the unknown row, and is read as such.)
        let excluded: Set<String> = ["excluding", "exclude", "excl", "except", "ignore", "ignoring", "omitting", "omit", "skip", "skipping", "drop", "dropping"]
        let excluding = q.words.indices.contains { k in excluded.contains(q[k]) && (1...4).contains { ["no", "unknown", "without"].contains(q[k + $0]) } }
        if !excluding { _ = q.take(["with no birth date", "no birth date", "unknown age", "with no age", "no age", "customers with no birth date"]) }
    }

    /// "Group our buyers by how much they have spent in total: under 500, 500-1999 ...", "orders by value band":
    /// bands of each customer's (order's, product's) own total of a sales measure, counting them per band.
    /// Exactly one kind of entity and one measure must be named; anything else stays a refusal.
    /// A band's label as the question wrote it: "1,000-4,999", not the "1000-4999" its words were read as.
    static func asWritten(_ label: String, in raw: String) -> String {
        guard label.contains(where: \.isNumber) else { return label }
        var pattern = ""
        for c in label {
            if c.isNumber {
                pattern += pattern.last?.isNumber == true ? ",?\(c)" : String(c)
            } else {
                pattern += c == " " ? "\\s+" : NSRegularExpression.escapedPattern(for: String(c))
            }
        }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
            let match = regex.firstMatch(in: raw, range: NSRange(raw.startIndex..., in: raw)), let range = Range(match.range, in: raw)
        else { return label }
        return String(raw[range])
    }

    func bandPerEntity(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context, _ specs: [BandSpec], raw: String) -> Bool {
        // ("by how many different products they have bought: 1 product, 2-3 products, ...": the things counted, named in
        // the measure or in the bands' labels, are not whose totals are banded.)
        let inBands = Set(specs.flatMap { [$0.range.upperBound, $0.range.lowerBound + 1] })
        let entityAt = (0..<q.count).filter { j in
            q.isFree(j) && Self.entityWords[q[j]] != nil && !["different", "distinct", "unique"].contains(q[j - 1]) && !(inBands.contains(j) && Double(q[j - 1]) != nil)
        }
        let entities = Set(entityAt.compactMap { Self.entityWords[q[$0]] })
        guard entities.count == 1, let entity = entities.first else { return false }
        var found: [(Vocabulary.Metric, Range<Int>)] = []
        for m in vocabulary.metrics where m.table == vocabulary.factTable {
            for phrase in m.phrases {
                for j in 0..<q.count where !entityAt.contains(j) {
                    guard let n = q.wordsMatched(phrase, at: j), !(j..<(j + n)).contains(where: entityAt.contains) else { continue }
                    found.append((m, j..<(j + n)))
                }
            }
        }
        guard Set(found.map(\.0.name)).count == 1, let metric = found.first?.0 else { return false }
        let cuts = specs.dropFirst().map { $0.low! }
        // The measure named a second time, listed beside the count ("the number of buyers and the revenue they account
        // for"), is reported per band too; a single mention is only what the bands are cut on.
        // ("and what is each bucket's combined revenue": a list word shortly before; "how many in each spend band" names
        // the bands again.)
        let first = found.map(\.1.lowerBound).min() ?? 0
        let listedAgain = found.contains { (_, range) in
            range.lowerBound > first && !["band", "bands", "bucket", "buckets", "bracket", "brackets", "group", "groups", "tier", "tiers"].contains(q[range.upperBound])
                && (max(first + 1, range.lowerBound - 6)..<range.lowerBound).contains { ["and", "plus", "with", "alongside", "also"].contains(q[$0]) }
        }
        intent.distribution = .init(entity: entity, metric: metric.name, showsTotal: listedAgain)
        intent.band = .init(column: metric.name, cuts: cuts, labels: specs.map { Self.asWritten($0.label, in: raw) })
        intent.metric = metric.name
        context.explicitMetric = true
        context.countQuestions = 1
        for s in specs { q.use(s.range) }
        for (_, range) in found { q.use(range) }
        for j in entityAt { q.use(j..<(j + 1)) }
        _ = q.take([
            "value bands", "value band", "spend bands", "bands", "band", "brackets", "bracket", "buckets", "bucket", "tiers", "group", "how much",
            "in total", "fall in each", "falls in each", "in each", "each", "fall", "falls",
        ])
        if listedAgain { _ = q.take(["they account for", "they generated", "they brought in", "they represent", "they spent", "it accounts for", "they make up", "combined"]) }
        return true
    }
}
