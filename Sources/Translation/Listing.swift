import SemanticModel

/// "List the customers we have no birth date on file for", "Which products don't have a category",
/// "all the helmets we carry, with their cost", "the subcategories in Accessories, alphabetically":
/// rows of a table (or the values of a dimension) that pass the filters, with asked-for columns.
extension QuestionParser {
    /// "list", "show me all": the question asks for rows.
    static func listCue(_ q: QuestionWords) -> Bool {
        q.words.contains("list") || q.has("show me all") || q.has("show all") || q.has("show me every") || q.has("show every")
            || q.has("give me all") || q.has("which ones") || q.has("which are they") || q.has("name them")
            // "who are our customers with ...": the people themselves.
            || (q.words.first == "who" && ["are", "were"].contains(q[1]))
    }

    /// "show me the German customers who ...", "show me the accessories we've never sold": "show" with the things
    /// themselves (people, products, or values naming them) asks for their rows, as "list" does.
    func showsThings(_ q: QuestionWords) -> Bool {
        guard let show = (0..<min(q.count, 4)).first(where: { ["show", "display"].contains(q[$0]) }) else { return false }
        var k = show + 1
        if ["me", "us"].contains(q[k]) { k += 1 }
        while ["the", "our", "all", "every", "any", "those"].contains(q[k]) { k += 1 }
        var values = 0
        while let (_, length) = valueSpan(q, k) {
            k += length
            values += 1
        }
        if Lexicon.peopleWords.contains(q[k]) || Lexicon.productWords.contains(q[k]) { return true }
        return values > 0 && ["that", "which", "who", "we", "with", "whose", "never"].contains(q[k])
    }

    func parseListing(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) -> Bool {
        let asked = Self.listCue(q) || showsThings(q) || q.words.contains("which") || q.words.contains("what")
        // "which products had sales in every month of 2013": the rows with sales in each of them (a list is not counted
        // in each month, so "every" here is all of them).
        let everyBucket = asked && context.inEveryBucket && intent.period != nil ? intent.bucket : nil
        if everyBucket != nil { intent.bucket = nil }
        defer { if everyBucket != nil, intent.listing == nil { intent.bucket = everyBucket } }
        // A ranking word ("our top customer") is a different question: rows of the best-ranked, not a list.
        // Parts read into the context and applied later (several years, "both", a share) are not lists either.
        guard asked, !context.ranked, context.rankCount == nil, context.years.count <= 1, !context.both, !context.shareRequested,
            context.perDimension == nil, intent.shape == .plain, intent.ranking == nil, intent.bucket == nil, intent.band == nil, intent.perEntity == nil,
            intent.extraMetrics.isEmpty, intent.periods.isEmpty
        else { return false }
        var listing = QueryIntent.Listing(table: nil, dimension: nil, columns: [], alphabetical: false, bought: false)
        // What is listed: a dimension's values ("the subcategories"), or a table's rows ("customers", or "helmets" -> products).
        if case .table(let t)? = context.whichEntity { listing.table = t }
        // "which subcategories sold fewer units in December than in November": the values compared are the rows.
        // "which subcategories are flagged as needing maintenance": the values of a column with rows passing the filters.
        if case .dimension(let d)? = context.whichEntity, intent.entityComparison?.entity == .dimension(d) || vocabulary.dimension(named: d)?.isEnum == true {
            listing.dimension = d
            intent.groupBy.removeAll { $0 == d }
        }
        if listing.table == nil, let t = context.entityTable { listing.table = t }
        if listing.table == nil, intent.groupBy.count == 1, let d = vocabulary.dimension(named: intent.groupBy[0]),
            d.isEnum || intent.entityComparison?.entity == .dimension(d.name)
        {
            listing.dimension = d.name
            intent.groupBy = []
        }
        if listing.table == nil && listing.dimension == nil {
            for i in 0..<q.count where q.isFree(i) {
                if let (name, length) = dimensionPhrase(q, i), let d = vocabulary.dimension(named: name), d.isEnum || intent.entityComparison?.entity == .dimension(name) {
                    listing.dimension = name
                    q.use(i..<(i + length))
                    break
                }
                if let (entity, length) = entityAt(&q, i, tablesOnly: true), case .table(let t) = entity, t != vocabulary.factTable {
                    listing.table = t
                    q.use(i..<(i + length))
                    break
                }
            }
        }
        if listing.table == nil && listing.dimension == nil {
            let tables = Set(intent.filters.compactMap { vocabulary.dimension(named: $0.dimension)?.table }).subtracting([vocabulary.factTable])
            if tables.count == 1 { listing.table = tables.first }
        }
        guard listing.table != nil || listing.dimension != nil, intent.groupBy.isEmpty else { return false }
        if let everyBucket {
            guard let t = listing.table, let period = intent.period, let active = activeInEvery(t, everyBucket, period) else { return false }
            intent.activeInEvery = active
            context.inEveryBucket = false
        }
        // "with their cost", "and its category": columns shown beside each row.
        for i in 0..<q.count where q.isFree(i) && ["with", "and", "plus", "including", "showing", "show"].contains(q[i]) {
            var j = i + 1
            while ["their", "its", "the", "his", "her"].contains(q[j]) { j += 1 }
            if let (name, length) = numericColumnAny(q, at: j) ?? dimensionPhrase(q, j) {
                listing.columns.append(name)
                q.use(i..<(j + length))
            }
        }
        listing.columns += context.displayColumns
        context.displayColumns = []
        // "sorted by surname and then first name": columns of the listed rows, in turn.
        // (The slices may have read "by" already, finding no slice after it.)
        if let i = (0..<q.count).first(where: { ["sorted", "sort", "ordered", "order", "arranged", "alphabetically"].contains(q[$0]) && ["by", "on"].contains(q[$0 + 1]) }) {
            var j = i + 2
            var columns: [String] = []
            while true {
                while ["and", "then", "the", "their", "by"].contains(q[j]) && q.isFree(j) { j += 1 }
                guard let (name, length) = dimensionPhrase(q, j), vocabulary.dimension(named: name)?.table == (listing.table ?? "") else { break }
                columns.append(name)
                j += length
            }
            if !columns.isEmpty {
                listing.sortColumns = columns
                q.use(i..<j)
                _ = q.take(["ascending", "a to z", "alphabetically"])
            }
        }
        // "oldest first", "youngest first": in order of the date an age is computed from (the earliest birth date is the
        // oldest), shown beside each row.
        if listing.sortColumns.isEmpty, let t = listing.table, let age = vocabulary.dimensions.first(where: { $0.role == .age && $0.table == t }),
            let born = vocabulary.dimensions.first(where: { $0.isTime && $0.table == t && age.expr.contains($0.expr) })
        {
            let oldest = q.take(["oldest first", "from oldest to youngest", "oldest to youngest", "sorted by age oldest first"])
            let youngest = !oldest && q.take(["youngest first", "from youngest to oldest", "youngest to oldest", "sorted by age youngest first"])
            if oldest || youngest {
                listing.sortColumns = [born.name]
                listing.sortDescending = youngest
                if !listing.columns.contains(born.name) { listing.columns.append(born.name) }
            }
        }
        // "that cost us less than 1000, cheapest first": by the number the question filters the rows on (never guessed:
        // a price and a cost differ).
        // ("the glove products with their cost, most expensive first": the one number shown beside them.)
        let shownNumbers = listing.columns.filter { vocabulary.dimension(named: $0).map { !$0.isEnum && !$0.isTime } ?? false }
        if listing.sortColumns.isEmpty, let t = listing.table,
            let column = intent.numericFilters.first(where: { vocabulary.dimension(named: $0.column)?.table == t })?.column
                ?? (shownNumbers.count == 1 && vocabulary.dimension(named: shownNumbers[0])?.table == t ? shownNumbers[0] : nil)
        {
            let phrases = vocabulary.dimension(named: column)?.phrases ?? []
            let up = q.take(["cheapest first", "least expensive first", "from cheapest to most expensive", "cheapest to most expensive"] + phrases.map { "lowest \($0) first" })
            let down =
                !up
                && q.take(["most expensive first", "priciest first", "dearest first", "from most expensive to cheapest", "most expensive to cheapest"] + phrases.map { "highest \($0) first" })
            if up || down {
                listing.sortColumns = [column]
                listing.sortDescending = down
                if !listing.columns.contains(column) { listing.columns.append(column) }
            }
        }
        // "(same cost -> by name A-Z)", "ties by name": after the sort, rows that are level go by name.
        if !listing.sortColumns.isEmpty {
            for column in listing.sortColumns {
                for phrase in vocabulary.dimension(named: column)?.phrases ?? [] { _ = q.take(["same \(phrase)", "equal \(phrase)", "the same \(phrase)"]) }
            }
            _ = q.take(["if two are level", "if tied", "ties", "for ties", "where tied", "on a tie", "break ties", "then"])
            if q.take(["by name a to z", "by name a z", "alphabetical by name", "alphabetically by name"]) { listing.alphabetical = true }
        }
        if q.take(["alphabetically", "in alphabetical order", "alphabetical order", "a to z", "a z", "sorted by name", "by name"]) { listing.alphabetical = true }
        // Only a verb of buying asks for rows with sales; a period on another date ("born in 1986") does not.
        // ("ordered by surname" is a sort, not a purchase.)
        listing.bought = q.words.indices.contains { k in
            ["bought", "buy", "buys", "purchased", "ordered", "sold", "spent", "placed", "shopped"].contains(q[k]) && !(q[k] == "ordered" && ["by", "on"].contains(q[k + 1]))
        }
        intent.listing = listing
        intent.metric = vocabulary.metrics.first { $0.table == (listing.table ?? vocabulary.dimension(named: listing.dimension!)!.table) }?.name ?? ""
        context.listRequested = false
        _ = q.take(["which", "what", "who"])
        return !intent.metric.isEmpty
    }
}
