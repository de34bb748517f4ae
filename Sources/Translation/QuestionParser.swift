import Foundation
import SemanticModel

/// Maps a question onto a `QueryIntent`, or explains why it will not.
///
/// It works in passes over the question's words — refusals, time, shape, slices, values,
/// metric — each marking the words it understood. A question with content words left over is
/// refused with those words named: a confident wrong answer is the worst outcome.
struct QuestionParser {
    let vocabulary: Vocabulary
    /// Earliest and latest dates in the data (`YYYY-MM-DD`): "last year" is relative to the
    /// latest, not to today.
    let earliestDate: String
    let latestDate: String
    /// Words that need no typo correction, and the words a typo may be corrected into.
    let dictionary: Set<String>
    let corrections: Set<String>
    /// Metric phrases that carry their own slice ("revenue per customer"), with their word counts.
    /// Longest first, so a phrase is claimed before the shorter ones inside it.
    let compoundMetricPhrases: [(metric: Vocabulary.Metric, phrase: String, length: Int, percent: Bool)]
    /// Every measure's phrases of several words, with their first word: words inside another measure's phrase are
    /// not a restatement of the one read (see `explainMetricWords`).
    let multiWordMetricPhrases: [(metric: String, phrase: String, first: String, length: Int)]
    /// Metric phrases that name a date column ("days from order to the due date"), found once here:
    /// searching every phrase for every date's name per question took most of the translation time.
    let dateMetricPhrases: [(metric: Vocabulary.Metric, phrase: String, length: Int)]
    /// Two-word measure phrases ("order lines", "line items"): their second word is not a dimension's ("lines" the
    /// product line) when the first stands before it.
    let twoWordMetricPhrases: Set<String>
    /// Every measure's phrases, for measures said with their shared words once ("first and last order date").
    let metricPhrases: Set<String>
    /// Every value's phrases, for values said with their shared words once ("mountain and road bikes").
    let valuePhrases: Set<String>
    /// The time dimensions' phrases of several words ("order date"), which name a column, not a measure.
    let multiWordTimePhrases: [String]
    /// Measures computed from several columns ("sales minus quantity times cost"), and the first words of their phrases:
    /// a definition in the question restates one only where it starts with one of these words (`dropModelDefinitions`
    /// filtered the measures and tried every phrase at every sentence start on every question).
    let compositeMetrics: [Vocabulary.Metric]
    let compositeFirstWords: Set<String>
    /// Columns the model reads from the product's name (colour, size, model), and their phrases: a definition of one
    /// in the question is that column anyway (`dropNamePartDefinitions`).
    let namePartPhrases: Set<String>

    init(vocabulary: Vocabulary, earliestDate: String, latestDate: String) {
        self.vocabulary = vocabulary
        compoundMetricPhrases = vocabulary.metrics.flatMap { metric in
            metric.phrases.compactMap { phrase in
                let words = phrase.split(separator: " ")
                let percent = words.contains { ["percent", "percentage", "pct"].contains($0) }
                return words.contains("per") || words.contains("by") || percent ? (metric, phrase, words.count, percent) : nil
            }
        }.sorted { $0.length > $1.length }
        multiWordMetricPhrases = vocabulary.metrics.flatMap { metric in
            metric.phrases.compactMap { phrase in
                let words = phrase.split(separator: " ")
                return words.count > 1 ? (metric.name, phrase, String(words[0]), words.count) : nil
            }
        }
        let datePhrases = vocabulary.dimensions.filter(\.isTime).flatMap(\.phrases).filter { $0.contains(" ") }
        multiWordTimePhrases = datePhrases
        compositeMetrics = vocabulary.metrics.filter { m in
            m.table == vocabulary.factTable && (m.expr.contains("cost") || m.expr.contains(" - ") || m.expr.contains(" * ") || m.expr.contains(" / "))
        }
        namePartPhrases = Set(vocabulary.dimensions.filter { $0.expr.contains("product_name") && $0.name != "product_name" }.flatMap { $0.phrases + [$0.name] })
        compositeFirstWords = Set(compositeMetrics.flatMap(\.phrases).compactMap { $0.split(separator: " ").first.map(String.init) })
        dateMetricPhrases = vocabulary.metrics.flatMap { metric in
            metric.phrases.filter { phrase in datePhrases.contains { phrase.contains($0) } }.map { (metric, $0, $0.split(separator: " ").count) }
        }
        twoWordMetricPhrases = Set(vocabulary.metrics.flatMap(\.phrases).filter { $0.split(separator: " ").count == 2 })
        metricPhrases = Set(vocabulary.metrics.flatMap(\.phrases))
        valuePhrases = Set(vocabulary.values.flatMap(\.phrases))
        self.earliestDate = earliestDate
        self.latestDate = latestDate
        let words = vocabulary.knownWords.union(Lexicon.stopWords).union(Self.cueWords)
            .union(Lexicon.months.keys).union(Lexicon.numberWords.keys)
            .union(Lexicon.valueAliasWords)
            .union(Lexicon.outOfScope.keys).union(Lexicon.writeVerbs)
        dictionary = words.union(words.map { $0 + "s" }).union(vocabulary.nameWords).union(Lexicon.ordinals.keys).union(Lexicon.politeOpeners)
            // "reach 80%", "cover half": words of their own, not typos of "each" or "over".
            .union(Self.reachVerbs.flatMap { $0.split(separator: " ").map(String.init) })
            // "came back", "fellow": never typos of the colours "black" or "yellow".
            .union(["back", "block", "fellow", "clue", "glue", "short", "shortest", "shorter", "long", "longest", "longer"])
            // "how much had we banked": money taken, never a typo of "ranked".
            .union(["banked", "bank", "banks"])
            // "brand new", "returning": never typos of "band" or "retaining".
            .union((Self.newWords + Self.returningWords).flatMap { $0.split(separator: " ").map(String.init) })
            // "sort from the strongest": never a typo of "shorts".
            .union(["sort", "sorted", "sorting", "strongest", "weakest", "stack", "range", "ranges", "earn", "earned", "acquire"])
        corrections = vocabulary.knownWords.union(Lexicon.months.keys.filter { $0.count > 3 })
            .union([
                "year", "years", "month", "months", "quarter", "quarters", "monthly", "yearly", "quarterly", "number", "average",
                "percentage", "percent", "share", "growth", "change", "between", "since", "compare", "never", "repeat", "customers", "products",
                // Cue words with an unambiguous spelling: a transposed or dropped letter is still them.
                "highest", "lowest", "biggest", "largest", "smallest", "through", "running", "cumulative", "compared",
                "proportion", "distinct", "different", "breakdown", "weekly", "daily", "ranked", "sorted", "descending",
                "ascending", "chronological", "popular", "expensive", "cheapest", "first", "second", "third", "fourth", "half", "calendar",
                // Verbs of buying, so a typo in one is not corrected into a measure ("purcahse" is not "purchases").
                "purchase", "purchased", "bought", "ordered", "placed", "spend", "spent", "sell", "sold", "shipped", "account",
            ])
    }

    enum Outcome {
        case intent(QueryIntent)
        case refusal(String)
    }

    /// Words that cue shapes and slices; they count as understood once their rule fired.
    static let cueWords: Set<String> = [
        "top", "bottom", "best", "worst", "most", "least", "fewest", "busiest", "median", "every", "each", "spender", "spenders", "tie", "ties", "tied", "tying", "later", "earlier", "onwards", "onward", "highest", "lowest", "biggest", "largest",
        "smallest",
        "share", "percentage", "percent", "proportion", "fraction", "growth", "grow", "grew", "change", "running", "cumulative",
        "moving", "rolling", "average", "monthly", "yearly", "quarterly", "never", "repeat", "both", "compare", "since",
        "between", "before", "after", "until", "quarter", "month", "year", "ytd", "yoy", "mom", "lifetime", "more", "less",
        "over", "above", "below", "under", "million", "thousand", "billion", "k", "m", "bn", "annual", "annually", "averaged",
        "beat", "beats", "exceed", "exceeds", "outperformed", "recent", "newest", "latest",
        // Never typos: "difference" is two edits from "different", which only says things are distinct.
        "difference", "differences", "increase", "decrease", "jump", "drop", "decline",
        // ("counting only ..." is two edits from "costing", a word of the cost.)
        "counting", "counted",
    ]

    /// A value of three letters or fewer ("red") is too easily another word; it is read as a value only when the
    /// question names its column ("black vs red per colour") or sets it against another value of that column.
    func shortValueIsMeant(_ q: QuestionWords, at i: Int, _ value: Vocabulary.Value) -> Bool {
        func sameColumn(_ j: Int) -> Bool { vocabulary.valueByPhrase[q[j]]?.dimension == value.dimension }
        // ("a helmet but no bike": "no" before a thing denies it; a flag's "No" is meant only where its column is named.)
        if ["no", "yes"].contains(q[i]) { return vocabulary.dimension(named: value.dimension)?.phrases.contains(where: q.has) ?? false }
        let joins: Set<String> = ["vs", "versus", "and", "or"]
        if (joins.contains(q[i - 1]) && sameColumn(i - 2)) || (joins.contains(q[i + 1]) && sameColumn(i + 2)) { return true }
        // ("black ones vs red ones")
        if (joins.contains(q[i - 1]) && q[i - 2] == "ones" && sameColumn(i - 3)) || (q[i + 1] == "ones" && joins.contains(q[i + 2]) && sameColumn(i + 3)) { return true }
        // "top 3 red bikes", "red road-650s": said before a value (or a model) of the same table's things, it says which.
        let table = vocabulary.dimension(named: value.dimension)?.table
        if let next = vocabulary.valueByPhrase[q[i + 1]], next.dimension != value.dimension, vocabulary.dimension(named: next.dimension)?.table == table { return true }
        if let code = modelCode(q, at: i + 1), vocabulary.dimension(named: code.dimension)?.table == table { return true }
        return vocabulary.dimension(named: value.dimension)?.phrases.contains(where: q.has) ?? false
    }

    /// The model code said at `i` ("road 650"), with its column and how many words it takes; with `freeOnly`, only
    /// among words not read yet.
    /// Nothing but politeness from `i` on ("... for each please").
    static func endsHere(_ q: QuestionWords, _ i: Int) -> Bool {
        (i..<max(i, q.count)).allSatisfy { ["please", "pls", "thanks", "thank", "you", "cheers"].contains(q[$0]) }
    }

    func modelCode(_ q: QuestionWords, at i: Int, freeOnly: Bool = false) -> (dimension: String, code: String, length: Int)? {
        for length in [3, 2] where !freeOnly || (i..<(i + length)).allSatisfy(q.isFree) {
            let phrase = (i..<(i + length)).map { q[$0] }.joined(separator: " ")
            if let (dimension, code) = vocabulary.modelCodes[phrase] { return (dimension, code, length) }
            // "two road-450s": the model's code in the plural.
            if phrase.hasSuffix("s"), phrase.dropLast().last?.isNumber == true, let (dimension, code) = vocabulary.modelCodes[String(phrase.dropLast())] {
                return (dimension, code, length)
            }
        }
        return nil
    }

    /// "each Road-650 bike (every colour and size)", "by frame size, both colours together": words that sum over a
    /// model's variants restate it; claimed before "both", "colour" and "size" are read as anything else.
    func claimWholeModelWords(_ q: inout QuestionWords) {
        guard q.has(anyOf: ["all", "every", "both", "each", "any"]), (0..<q.count).contains(where: { modelCode(q, at: $0) != nil }) else { return }
        _ = q.take(Self.allVariants.filter { ["every", "each"].contains($0.prefix { $0 != " " }) })
        // "all sizes and colours together", "both colours combined": any run of these words after "all" or "both".
        // "every size/colour counts": after "every" or "any" only when the run says they are summed ("for every size"
        // alone is a breakdown by size).
        let variantWords: Set<String> = ["sizes", "size", "colours", "colour", "colors", "color", "and", "or", "together", "combined", "variants", "counts", "count", "included"]
        let summed: Set<String> = ["together", "combined", "counts", "count", "included"]
        for i in 0..<q.count where q.isFree(i) && ["all", "both", "every", "any"].contains(q[i]) {
            var end = i + 1
            while end < q.count, q.isFree(end), variantWords.contains(q[end]) { end += 1 }
            guard ["all", "both"].contains(q[i]) || summed.contains(q[end - 1]) else { continue }
            if (i + 1..<end).contains(where: { !["and", "or"].contains(q[$0]) && !summed.contains(q[$0]) }) { q.use((q[i - 1] == "in" ? i - 1 : i)..<end) }
        }
    }

    /// A model comes in colours and sizes: "all colours combined", "size and colour variants" restate the whole model.
    static let allVariants = [
        "all colours combined", "all colors combined", "all sizes combined", "all colours", "all colors", "all sizes",
        "colours combined", "combined", "size and colour", "size and color", "colour and size", "color and size",
        "sizes and colours", "in all sizes", "in all colours", "all colours and sizes", "all colors and sizes",
        "both colours together", "both colors together", "both colours combined", "both colours", "both colors", "all colours together",
        "all sizes together", "every colour and size", "every color and size", "every size and colour", "each colour and size",
    ]
    static let variantsCombined = [
        "sizes and colours combined", "sizes and colors combined", "colours and sizes combined", "colors and sizes combined", "all sizes and colours",
        "all sizes and colors", "all colours and sizes", "all colors and sizes", "sizes and colours together", "colours and sizes together",
        "across sizes and colours", "across all sizes and colours", "across colours and sizes", "regardless of size and colour", "regardless of colour and size",
    ]
    /// Words between a ranking cue and what it ranks ("best selling bike", "top 5 earning products").
    static let rankingParticiples: Set<String> = ["selling", "sellers", "seller", "earning", "grossing", "performing", "spending"]
    /// The participles that rank by what was brought in ("top-earning").
    /// Words that ask for a percentage of something named after them ("what share of orders ...").
    static let percentWords: Set<String> = ["percentage", "percent", "share", "proportion", "fraction"]
    static let takingsParticiples: Set<String> = ["earning", "grossing", "spending"]
    /// The largest N of a "top N": beyond it a ranking is a list, and the number is more likely a typo.
    static let maxRankCount = 10_000
    /// Measures that are prices, so that "cheapest first" / "priciest first" sort them.
    static let priceWords = ["selling price", "average price", "avg price", "asp", "price per unit", "unit price", "avg selling price"]
    /// Words after which "single" means "one", not the marital status.
    static let singleAsOne: Set<String> = [
        "day", "date", "month", "year", "order", "week", "quarter", "product", "item", "biggest", "largest", "best", "unit", "line", "purchase", "sale", "transaction", "basket",
    ]
    /// Words per question at most. The parser's passes look around each word, so work grows with
    /// the question; past this a question is refused before any pass runs (a phrase repeated
    /// thousands of times would otherwise build SQL the engine refuses).
    static let maxWords = 150

    func parse(_ question: String, previous: QueryIntent?) -> Outcome {
        var wordCount = 0
        var inWord = false
        for ch in question.unicodeScalars {
            let letter = CharacterSet.alphanumerics.contains(ch)
            if letter && !inWord { wordCount += 1 }
            inWord = letter
        }
        if wordCount > Self.maxWords {
            return .refusal("the question is too long (\(wordCount) words; at most \(Self.maxWords)): ask one thing at a time")
        }
        var q = QuestionWords(question, dictionary: dictionary, corrections: corrections)
        // Instructions, writes and internal tables are refused wherever they are said; a subject the data does not
        // cover only when the question itself asks about it, not a sentence of context before it.
        let asked = withoutContext(question)
        let askedWords = asked.map { QuestionWords($0, dictionary: dictionary, corrections: corrections) }
        if let refusal = refusal(question, q) {
            guard refusal.hasPrefix(Self.noDataOn), let asked, let askedWords, self.refusal(asked, askedWords) == nil else { return .refusal(refusal) }
        }
        if let askedWords { q = askedWords }
        q.expandSharedWords(of: metricPhrases)
        q.expandSharedWords(of: valuePhrases)
        readDateRange(&q)
        if q.count == 0 { return .refusal("the question is empty") }

        // "Retention check: ...", "Pareto check: ...": a short title before a colon names the topic; its words need
        // not be understood (any the passes read still count).
        var titleWords = 0
        if asked == nil, let colon = question.firstIndex(of: ":"), question.distance(from: question.startIndex, to: colon) <= 30 {
            let title = QuestionWords(String(question[..<colon]), dictionary: dictionary, corrections: corrections)
            // ("Quick one for the board pack: ..." is a title of six words.)
            if title.count <= 6 { titleWords = title.count }
        }
        var intent = QueryIntent(metric: "")
        var context = Context()
        // Framing that restates the question's own parts ("in terms of number of orders", "each one has").
        _ = q.take([
            "quick one", "in terms of", "each one", "on a like for like basis", "like for like", "catalogue wide", "catalog wide", "unknowns included", "include the unknowns", "including the unknowns", "include unknowns",
            "keep the unknowns in", "keep the unknowns", "keep unknowns", "unknowns kept",
            // "By CLV I mean ...": a definition follows, not an average.
            "i mean", "we mean", "by which i mean",
        ])
        // "include the ones where gender isn't known as well", "keep customers without a birth date as their own group":
        // unknown rows stay rows of their own anyway (the README's rule), so these restate it.
        // Not with "vs": the named groups are all a comparison shows, so the unknown row would be a part to honour.
        let breakdown =
            q.words.contains { ["by", "per", "each", "every", "group", "groups", "band", "bands", "split", "breakdown"].contains($0) }
            && !q.words.contains { ["vs", "versus", "compared", "against"].contains($0) }
        for i in 0..<q.count where breakdown && ["include", "including", "keep", "keeping"].contains(q[i]) && q.isFree(i) {
            var end = i + 1
            while end < min(q.count, i + 14), !["known", "group", "row", "band", "bucket", "category"].contains(q[end]) { end += 1 }
            guard end < min(q.count, i + 14), (i..<end).contains(where: { ["isnt", "not", "no", "without", "unknown", "missing"].contains(q[$0]) }),
                (i..<end).allSatisfy(q.isFree)
            else { continue }
            end += 1
            if q.wordsMatched("as well", at: end) != nil { end += 2 } else if q[end] == "too" { end += 1 }
            q.use(i..<end)
        }
        readUnknownGroupKept(&q)
        // "(going by order date)": the date every period is read on unless the question names another.
        _ = q.take(["going by order date", "going by the order date", "based on order date", "based on the order date", "using order date", "using the order date", "according to order date", "by order date not ship date"])
        // "count each buyer once": what a count of distinct people does anyway.
        for who in ["buyer", "customer", "client", "person", "shopper"] {
            _ = q.take(["count each \(who) once", "counting each \(who) once", "each \(who) counted once", "each \(who) once"])
        }
        // "age in whole years": the unit ages are counted in, not a breakdown by year.
        if q.words.contains(where: { ["age", "ages", "aged", "old", "older", "younger"].contains($0) }) {
            _ = q.take(["in whole years", "in full years", "in completed years", "in complete years", "whole years", "completed years", "in years"])
        }
        reword(&q)
        context.firstPassingSaid = q.take([Self.firstPassingMark])
        // A rewording can say a shared phrase anew ("first and last order date"): its words are shared out again.
        q.expandSharedWords(of: metricPhrases)
        readTradingDayDefinition(&q)
        readOrderGaps(&q, &intent)
        readDateGaps(&q, &intent)
        readSameDayOrders(&q, &intent)
        // "which product had the single best month ever": one product's month over every product and month, not the best
        // product of each month; refused until such a ranking is built.
        let asksForAThing = (0..<q.count).contains { i in ["which", "what"].contains(q[i]) && (Lexicon.productWords.contains(q[i + 1]) || Lexicon.peopleWords.contains(q[i + 1])) }
        let bestPeriod = (0..<q.count).contains { i in ["best", "biggest", "highest", "top", "worst", "strongest"].contains(q[i]) && ["month", "day", "week", "quarter"].contains(q[i + 1]) }
        if asksForAThing, bestPeriod, q.words.contains(where: { ["single", "ever"].contains($0) }) {
            context.conflicts.append("the best period of all for one of the things ranked (one ranking over every pair of the two)")
        }
        context.emptyGroupsLeftOut = readEmptyGroupsLeftOut(&q)
        readSummaryList(&q, &context)
        // "($)" leaves no word behind; "in dollars" does.
        context.moneyUnit = question.contains("($)") || question.contains("in $") || q.take(["in dollars", "in dollar terms", "in euros"])
        context.listCue = Self.listCue(q) || showsThings(q)
        context.countQuestions = zip(q.words, q.words.dropFirst()).filter { $0 == "how" && $1 == "many" }.count
        context.saidNew = q.words.contains("new")
        // ("how many customers are there and what's their average lifetime spend": the people are counted too.)
        context.peopleCounted = (0..<q.count).contains { i in
            (q[i] == "how" && q[i + 1] == "many" || q[i] == "number" && q[i + 1] == "of") && (2...4).contains { Lexicon.peopleWords.contains(q[i + $0]) }
        }
        context.purchaseVerbs = q.words.filter { ["bought", "buy", "buys", "purchased", "ordered"].contains($0) }.count
        context.joinedByAnd = q.words.contains("and") && !q.words.contains { ["or", "either", "any"].contains($0) }
        parseCustomerStatus(&q, &intent, &context)
        parseEntityComparison(&q, &intent, &context)
        parseNeverBought(&q, &intent, &context)
        parseOrderContents(&q, &intent, &context)
        parsePurchasesInPeriods(&q, &intent, &context)
        parseTopSet(&q, &intent, &context)
        parseNameContains(&q, &intent, &context, raw: question)
        // "2013 revenue per registered customer": over every customer on file, not the buyers a measure per customer
        // divides by ("registered" is otherwise a word that changes nothing); refused rather than answered per buyer.
        if question.range(of: "registered", options: .caseInsensitive) != nil, case let said = " " + QuestionText.normalize(question),
            [" per registered customer", " per registered client"].contains(where: { said.contains($0) })
        {
            context.conflicts.append("a measure per registered customer (every customer on file, not only those who bought)")
        }
        parseNameEquals(&q, &intent, &context, raw: question)
        parsePareto(&q, &intent, &context)
        parseDistribution(&q, &intent, &context)
        parsePivot(&q, &intent)
        parseBands(&q, &intent, &context, raw: question)
        parseRepeatSegment(&q, &intent, &context)
        parseNamedFilters(&q, &intent, &context)
        readFlagEllipsis(&q, &intent, &context)
        parseUnknownValues(&q, &intent, &context)
        parseNumericFilters(&q, &intent, &context)
        claimDateMetrics(&q, &intent, &context)
        claimPeriodCounts(&q, &intent, &context)
        claimDaysBetween(&q, &intent, &context)
        parseCohort(&q, &intent, &context)
        parseSameTimeLastYear(&q, &intent, &context)
        parseTimeDimension(&q, &intent, &context)
        parseRunningRestart(&q, &intent, &context)
        claimGrowthBase(&q)
        context.everyMeansAll = q.has(anyOf: ["at least one order", "at least one purchase", "at least once", "every single", "each and every", "every one of"])
        parseTime(&q, &intent, &context)
        if let outside = outsideData(intent, context) { return .refusal(outside) }
        claimColumnAggregates(&q, &intent, &context)
        claimCompoundMetric(&q, &intent, percentOnly: true)
        claimWholeModelWords(&q)
        // (Read before the slices: "sizes and colours" there is no breakdown by size and colour.)
        context.variantsCombined = q.take(Self.variantsCombined)
        readShareOfBest(&q, &intent)
        parseShape(&q, &intent, &context)
        if intent.metric.isEmpty { claimCompoundMetric(&q, &intent) }
        if let noun = context.rankNoun, let (entity, length) = entityAt(&q, noun) {
            context.rankNounEntity = entity
            // "the best day ... in each month": a finer grain than the breakdown's is what is ranked, within it.
            if case .bucket(let b) = entity, let old = intent.bucket, old != b, b == .day { q.use(noun..<(noun + length)) }
            // "top 5 days of 2013 by revenue", "the busiest single day": days are the rows ranked.
            if case .bucket(.day) = entity, intent.bucket == nil, q.isFree(noun) { q.use(noun..<(noun + length)) }
        }
        rankOrders(&q, &intent, &context)
        readMedianValue(&q, &intent)
        parsePerEntity(&q, &intent)
        if intent.perEntity != nil { parseSummary(&q, &intent) }
        if let list = context.summaryList {
            // "lifetime spend per customer: the lowest, the highest and the average": each customer's own total.
            if intent.perEntity == nil, let m = vocabulary.metric(named: intent.metric), let (base, entity) = perEntityOfRatio(m) {
                intent.metric = base.name
                intent.perEntity = entity
            }
            if intent.perEntity != nil, intent.ranking == nil, !intent.median { intent.summary = list } else { context.conflicts.append("a lowest, highest and average of something other than each customer's, product's or order's own value") }
        }

        parseDisplayColumns(&q, &context)
        parseSlices(&q, &intent, &context)
        // "by country and gender - how many in each combination": the two slices together, as they are anyway.
        if intent.groupBy.count + (intent.bucket == nil ? 0 : 1) >= 2 {
            _ = q.take(["in each combination", "for each combination", "for every combination", "each combination", "every combination", "per combination", "combination", "combinations"])
        }
        // "list our French customers who have spent more than 7,000": the rows of the table named after the cue pass
        // the threshold, as "which customers spent more than 7,000" would.
        if intent.shape.isThresholdOrWithout, context.listCue, context.entityTable == nil, context.whichEntity == nil,
            let cue = q.words.firstIndex(where: { ["list", "show", "give"].contains($0) })
        {
            var k = cue + 1
            while k < cue + 6, ["me", "us", "the", "our", "all", "of", "every", "a", "list"].contains(q[k]) || valueAt(q, k) != nil { k += 1 }
            if q.isFree(k), let (entity, length) = entityAt(&q, k, tablesOnly: true), case .table(let table) = entity, table != vocabulary.factTable {
                context.entityTable = table
                q.use(k..<(k + length))
            }
        }
        parseValues(&q, &intent, &context)
        parseVersusRest(&q, &intent, &context)
        // ("counting only" was read as "only" above.)
        context.onlyWhatSold = q.take([
            "only count products that have sold", "only products that have sold", "only products with at least one sale",
            "only products that have actually sold", "only products that sold", "only products with sales", "only customers who have bought",
            "only customers who have ordered", "only customers with orders", "only things that have sold",
        ])
        let definingAsides = definingAsides(q)
        let named = measuresNamed(q, outside: definingAsides)
        // "revenue by number of orders": a breakdown by each customer's (or order's) own measure, not two measures.
        context.measureAfterBy =
            named.count >= 2
            && named.contains { (_, start, _) in
                q[start - 1] == "by" || (["number", "count"].contains(q[start - 2]) && q[start - 1] == "of" && (q[start - 3] == "by" || (q[start - 3] == "the" && q[start - 4] == "by")))
            }
        let claimedBefore = intent.metric
        var hasMetric = parseMetric(&q, &intent, &context)
        // "what is the average order value and how many orders a buyer places on average": a measure claimed whole before
        // the average per customer was read is a second measure beside it, not one to drop.
        if intent.perEntity != nil, !claimedBefore.isEmpty, intent.metric != claimedBefore, !intent.extraMetrics.contains(claimedBefore) {
            context.conflicts.append("\(claimedBefore.replacingOccurrences(of: "_", with: " ")) beside an average per customer or order (ask for each on its own)")
        }
        // "how many of them are there, and how much have they spent": a count and an amount; answered with the amount
        // alone the count would be dropped, so it is refused until both can be set side by side.
        let pairs = zip(q.words, q.words.dropFirst())
        // ("what did they spend", "what have they spent": the amount asked in other words.)
        let amountAsked =
            pairs.contains { $0 == "how" && $1 == "much" }
            || zip(pairs, q.words.dropFirst(2)).contains { p, third in
                p.0 == "what" && ["did", "do", "have", "has", "had", "does"].contains(p.1) && ["they", "he", "she", "these", "those", "we", "you", "it"].contains(third)
            }
        // "married female buyers - how many, and their total revenue": the amount named after "and", past the count.
        let howMany = (0..<q.count).first { q[$0] == "how" && q[$0 + 1] == "many" }
        let amountAfterAnd =
            howMany.map { h in
                let start = context.metricSpan.lowerBound
                return start > h + 2 && (max(h + 2, start - 4)..<start).contains { q[$0] == "and" }
                    && ((h + 2)..<start).allSatisfy { ["and", "their", "its", "the", "total", "combined", "what", "was", "is", "were"].contains(q[$0]) }
            } ?? false
        context.countAndAmount = howMany != nil && (amountAsked || amountAfterAnd)
        // "how many of each bought something, and how much did each group spend": the people who bought (or the orders)
        // counted beside the amount, when the question says whom ("shoppers", "customers") or what ("orders").
        if context.countAndAmount, hasMetric, intent.extraMetrics.isEmpty, let amount = vocabulary.metric(named: intent.metric),
            amount.table == vocabulary.factTable, !amount.expr.uppercased().hasPrefix("COUNT("),
            let i = (0..<q.count).first(where: { q[$0] == "how" && q[$0 + 1] == "many" })
        {
            var k = i + 2
            while ["of", "each", "them", "those", "these", "are", "there", "were", "was", "is", "in", "total", "all", "our", "the"].contains(q[k]) { k += 1 }
            let count: Vocabulary.Metric?
            if ["orders", "order"].contains(q[k]) {
                count = vocabulary.orderCount
            } else if Lexicon.peopleWords.contains(q[k]) || ((k > i + 2 || amountAfterAnd) && q.words.contains(where: Lexicon.peopleWords.contains)) {
                count = buyersMetric
            } else {
                count = nil
            }
            if let count, count.name != amount.name {
                intent.extraMetrics.insert(count.name, at: 0)
                if q.isFree(k), Lexicon.peopleWords.contains(q[k]) || ["orders", "order"].contains(q[k]) { q.use(k..<(k + 1)) }
                // "how many of each": of each group the question names.
                for j in (i + 2)..<k where q.isFree(j) && ["of", "each"].contains(q[j]) { q.use(j..<(j + 1)) }
            }
        }
        // "how many were brand new and how many had bought before": the period's buyers, split by when they first bought,
        // unless another measure is named ("revenue from returning customers").
        if context.countsBuyersByStatus, let buyers = vocabulary.metric(role: .buyers) {
            let unnamed = vocabulary.metric(named: intent.metric).map { m in
                isPeopleCount(m) || (m.table == vocabulary.factTable && m.expr.uppercased() == "COUNT(*)" && !m.phrases.contains(where: q.has))
            }
            if unnamed ?? true {
                intent.metric = buyers.name
                context.explicitMetric = true
                hasMetric = true
            }
            for i in context.statusNouns where q.isFree(i) { q.use(i..<(i + 1)) }
        }
        // "the lowest-earning products", "top grossing bikes": ranked by what they brought in.
        if !hasMetric, context.rankedByTakings, let takings = vocabulary.metric(role: .revenue) {
            intent.metric = takings.name
            context.explicitMetric = true
            hasMetric = true
        }
        // "List the customers ...": a count read from the table's own word is the rows to list.
        // ("show me the French customers whose gender is unknown": the rows too, unless they are counted or sliced.)
        let showsRows = showsThings(q) && !q.words.contains(where: { ["by", "per", "each", "number", "count", "total", "many", "across"].contains($0) })
        if hasMetric, previous == nil, Self.listCue(q) || showsRows, context.metricSpan.count == 1, intent.extraMetrics.isEmpty,
            let table = vocabulary.tables.values.first(where: { t in t.name != vocabulary.factTable && (t.synonyms.contains(q[context.metricSpan.lowerBound]) || t.name + "s" == q[context.metricSpan.lowerBound]) })
        {
            intent.metric = ""
            context.entityTable = table.name
            context.explicitMetric = false
            hasMetric = false
        }
        if !hasMetric {
            // With a conversation under way, a question without a measure refines the last one,
            // when every word of it is understood: "zxq vbn" is not "the same again".
            if let previous {
                explainTableWords(&q, intent)
                claimOutputWords(&q, intent, &context)
                let leftover = q.unexplained(extraStopWords: [], ignoring: titleWords)
                if !leftover.isEmpty {
                    return .refusal("I did not understand \(leftover.map { "'\($0)'" }.joined(separator: ", ")) in the question")
                }
                return .intent(merge(previous, with: intent, context: context))
            }
            // "List the German customers who bought a Road-150 bike": rows, not a measure.
            if parseListing(&q, &intent, &context) {
                // "list the customers who bought helmets and jerseys": both, or either? Lists carry only "either".
                if intent.listing?.bought == true, context.purchaseVerbs >= 1, context.joinedByAnd,
                    intent.filters.filter({ vocabulary.dimension(named: $0.dimension)?.table == productsTable }).flatMap(\.values).count >= 2
                {
                    return .refusal("I cannot answer this as asked: a list of who bought two things (both of them, or either? say 'or' for either)")
                }
                explainTableWords(&q, intent)
                claimOutputWords(&q, intent, &context)
                if let problem = unhonoured(intent, context, followUp: false) {
                    return .refusal("I cannot answer this as asked: \(problem)")
                }
                let leftover = q.unexplained(extraStopWords: [], ignoring: titleWords)
                if !leftover.isEmpty {
                    return .refusal("I did not understand \(leftover.map { "'\($0)'" }.joined(separator: ", ")) in the question")
                }
                return .intent(intent)
            }
            let unknown = q.unexplained(extraStopWords: [], ignoring: titleWords)
            if !unknown.isEmpty {
                return .refusal("I did not understand \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in the question")
            }
            return .refusal("I could not tell what to measure (revenue, orders, units, customers, products ...)")
        }
        for noun in context.rankNouns {
            if context.ranked, let which = context.whichEntity, case .table(let asked) = which,
                let (entity, _) = entityAt(&q, noun, tablesOnly: true), case .table(let ranked) = entity, ranked != asked
            {
                context.conflicts.append("the \(asked) of the best-ranked \(ranked) (a ranking inside another question)")
            }
        }
        // "the gender mix of our customers in each country", "mix of genders": the column whose values make up each group.
        for i in 0..<q.count where ["split", "breakdown", "mix", "distribution", "makeup"].contains(q[i]) {
            let after = ["of", "by"].contains(q[i + 1]) ? [i + 2, i + 3] : []
            if let d = ([i - 1] + after).lazy.compactMap({ self.dimensionNamed(q.words, $0) }).first { context.mixDimension = d }
        }
        // "gender split of our top 100 customers": a breakdown of the best-ranked set, not a ranking inside each group.
        for i in 0..<q.count where ["split", "breakdown", "mix", "distribution", "makeup"].contains(q[i]) && ["of", "among", "across", "within"].contains(q[i + 1]) {
            let k = ["our", "the"].contains(q[i + 2]) ? i + 3 : i + 2
            if ["top", "bottom", "best", "biggest", "largest", "worst"].contains(q[k]) {
                context.conflicts.append("a breakdown of the best-ranked \([q[k + 1], q[k + 2]].joined(separator: " ")) (a ranking inside another question)")
            }
        }
        let definesMeasure = q.words.indices.contains { i in definitionAt(q, i) && !definingAsides.contains { $0.contains(i) } }
        for aside in definingAsides { q.use(aside) }
        if named.contains(where: { $0.0.name != intent.metric }) && !definesMeasure {
            // Words the chosen measure already read ("how many customers" read as buyers) are not a second one.
            // "bike sales from Australian customers": people a preposition introduces are who bought, not a second count.
            let span = context.metricSpan
            let namesTable = vocabulary.tables.values.contains { $0.name != vocabulary.factTable && ($0.synonyms.contains(q[span.lowerBound]) || $0.name + "s" == q[span.lowerBound]) }
            // ("German customers: sales by product category": people named by a value at the very start are a heading for
            // whose sales are measured.)
            let headingOfPeople =
                span.lowerBound >= 1 && (0..<span.lowerBound).allSatisfy { valueAt(q, $0) != nil || ["our", "the", "all", "for"].contains(q[$0]) }
                && valueAt(q, span.lowerBound - 1) != nil
            if span.count == 1, Lexicon.peopleWords.contains(q[span.lowerBound]) || namesTable,
                ["from", "to", "by", "among", "for"].contains(q[span.lowerBound - 1])
                    || (valueAt(q, span.lowerBound - 1) != nil && ["from", "to", "by", "among", "for"].contains(q[span.lowerBound - 2])) || headingOfPeople,
                let replacement = named.first(where: { $0.0.name != intent.metric && !($0.1..<($0.1 + $0.2)).overlaps(span) })
            {
                intent.metric = replacement.0.name
                context.metricSpan = replacement.1..<(replacement.1 + replacement.2)
                q.use(context.metricSpan)
                explainMetricWords(&q, replacement.0)
            }
            let factWords = Set(vocabulary.tables[vocabulary.factTable]?.synonyms ?? [])
            for (metric, start, length) in named
            where metric.name != intent.metric && !(start..<(start + length)).overlaps(context.metricSpan)
                && start != context.thresholdSpan?.upperBound
                // "orders worth more than 2,500": the measure right before a threshold is what it compares.
                && start + length != context.thresholdSpan?.lowerBound
                // "more than 50k in revenue": the measure the threshold compares, not a second one to report.
                && !(start == (context.thresholdSpan?.upperBound ?? -2) + 1 && ["in", "of"].contains(q[start - 1]))
                // "revenue for orders shipped in 2013": the sales a preposition introduces are what is measured, not a count.
                && !(length == 1 && factWords.contains(q[start]) && ["for", "from", "of", "on", "in", "among", "across", "with", "over"].contains(q[start - 1]))
                // "sales for products that need maintenance": the rows a preposition introduces are who is measured.
                // ("the number of products in each subcategory and their average cost": a count of them is a measure.)
                && !(length == 1 && ["for", "from", "of", "among"].contains(q[start - 1]) && !(q[start - 1] == "of" && ["number", "count"].contains(q[start - 2]))
                    && vocabulary.tables.values.contains { $0.name != vocabulary.factTable && ($0.synonyms.contains(q[start]) || $0.name + "s" == q[start]) })
            {
                // "gross profit per unit sold": one measure divided by the other, not both side by side.
                if q[start - 1] == "per", let ratio = vocabulary.metric(named: Vocabulary.ratioName(intent.metric, metric.name)) {
                    intent.metric = ratio.name
                    q.use((start - 1)..<(start + length))
                    explainMetricWords(&q, metric)
                    // "the average quantity per order line": a measure per thing is already its average.
                    let before = context.metricSpan.lowerBound - 1
                    if ["average", "avg", "mean"].contains(q[before]), q.isFree(before) { q.use(before..<(before + 1)) }
                    continue
                }
                // "units per order line": the measure read first comes after "per", so it is the one divided by.
                let reported = context.metricSpan.lowerBound
                if q[reported - 1] == "per", start + length == reported - 1, let ratio = vocabulary.metric(named: Vocabulary.ratioName(metric.name, intent.metric)) {
                    intent.metric = ratio.name
                    q.use((reported - 1)..<reported)
                    q.use(start..<(start + length))
                    explainMetricWords(&q, metric)
                    continue
                }
                if !intent.extraMetrics.contains(metric.name) { intent.extraMetrics.append(metric.name) }
                q.use(start..<(start + length))
                explainMetricWords(&q, metric)
            }
        }
        // "orders that included a touring bike": counting orders (or buyers) with a matching line is the filter itself.
        if let m = vocabulary.metric(named: intent.metric), m.role == .orders || isPeopleCount(m), !intent.filters.isEmpty, intent.extraMetrics.isEmpty {
            _ = q.take([
                "at least one", "included", "include", "includes", "including", "contained", "contain", "contains", "containing", "had",
                "in them", "in it",
            ])
        }
        // "If several customers tie for 100th place, count them all": ties are always kept at the cut-off.
        if context.ranked, let tie = (0..<q.count).first(where: { ["tie", "ties", "tied", "tying"].contains(q[$0]) && q.isFree($0) }) {
            if let start = (max(0, tie - 4)..<tie).first(where: { ["if", "when", "where"].contains(q[$0]) }), (start..<tie).allSatisfy({ q.isFree($0) }) {
                q.use(start..<(tie + 1))
                var j = tie + 1
                while ["for", "at", "on", "the"].contains(q[j]) || Self.isPlace(q[j]) || q[j] == "place" || q[j] == "cut" || q[j] == "off" { q.use(j..<(j + 1)); j += 1 }
            }
            // "keep anyone tied for fifth", "include any ties at tenth place", "show everyone tied": the tie words and the place.
            // "ties at 100th place included", "return all countries tied at the top": the verb may come after, the rows between.
            let rowNouns = Set(vocabulary.tables.values.flatMap(\.synonyms)).union(Lexicon.peopleWords).union(Lexicon.productWords)
            for t in 0..<q.count where ["tie", "ties", "tied"].contains(q[t]) && q.isFree(t) {
                var start = t
                while start > 0, t - start < 4,
                    ["any", "all", "the", "anyone", "everyone", "everybody", "those"].contains(q[start - 1]) || rowNouns.contains(q[start - 1]) || dimensionPhrase(q, start - 1) != nil
                {
                    start -= 1
                }
                var end = t + 1
                if ["for", "at", "in", "on"].contains(q[end]) {
                    var k = end + 1
                    if q[k] == "the" { k += 1 }
                    if Self.isPlace(q[k]) || q[k] == "top" || q[k] == "cut" {
                        k += 1
                        if ["place", "position", "spot", "off"].contains(q[k]) { k += 1 }
                        end = k
                    }
                }
                // "include ties if any"
                if q[end] == "if", q[end + 1] == "any" { end += 2 }
                let verbs = ["include", "including", "keep", "keeping", "show", "showing", "with", "plus", "list", "count", "counting", "return", "give"]
                if verbs.contains(q[start - 1]) {
                    start -= 1
                } else if ["included", "kept", "counted", "shown", "listed", "count"].contains(q[end]) {
                    end += 1
                } else if ["both", "all"].contains(q[end]), ["count", "included", "counted", "shown"].contains(q[end + 1]) {
                    // "ties both count"
                    end += 2
                } else {
                    continue
                }
                q.use(start..<end)
            }
            _ = q.take([
                "count them all", "include them all", "include all of them", "count all of them", "keep them all", "count all of them",
                "ties included", "including ties", "include ties", "with ties", "keep ties",
            ])
            // "Keep every product tied at the cut-off": the words before may have been read already ("every product").
            for i in 0..<q.count where q.isFree(i) && ["tied", "ties"].contains(q[i]) {
                guard let n = q.wordsMatched("at the cut off", at: i + 1) else { continue }
                var start = i
                while start > i - 4, ["keep", "keeping", "include", "including", "every", "all", "any", "product", "products", "customer", "customers", "one", "ones", "row", "rows", "everyone", "anyone"].contains(q[start - 1]) {
                    start -= 1
                }
                for k in start..<(i + 1 + n) where q.isFree(k) { q.use(k..<(k + 1)) }
            }
        }
        // "counting only products that have sold" (read before the measure): a measure of sales only ever counts what sold;
        // any other measure would have to be restricted, which is not done here.
        if context.onlyWhatSold, vocabulary.metric(named: intent.metric)?.table != vocabulary.factTable {
            context.conflicts.append("only what has sold, with a measure that is not one of sales")
        }
        adoptRemainingDimensions(&q, &intent, &context)
        // "revenue per model, sizes and colours combined", "by subcategory, all colours together": a sum over a product's
        // colours and sizes restates any grouping of products coarser than the product itself (by product it is refused).
        if !intent.groupBy.isEmpty, let name = vocabulary.dimensions.first(where: { $0.role == .name && $0.table == productsTable }),
            intent.groupBy.allSatisfy({ vocabulary.dimension(named: $0)?.table == productsTable })
        {
            if intent.groupBy.contains(name.name) {
                if context.variantsCombined { context.conflicts.append("each product with its sizes and colours combined (each product is one size and colour: say 'per model')") }
            } else {
                _ = q.take(Self.allVariants)
            }
        }
        compareValues(q, &intent)
        context.compared = q.words.contains { ["vs", "versus", "compared", "comparing", "against"].contains($0) }
        context.differenceNamed = q.words.contains("difference")
        // "which categories have products that have never sold": some of each one's products, not all of them.
        // ("... have products we never sold": the clause without its "that".)
        context.someOfTheirRows = (0..<q.count).contains { i in
            let k = q[i + 1] == "any" || q[i + 1] == "some" ? i + 2 : i + 1
            return ["have", "has", "with", "contain", "contains"].contains(q[i]) && Lexicon.productWords.contains(q[k])
                && (["that", "which"].contains(q[k + 1]) || (q[k + 1] == "we" && ["never", "havent", "have", "didnt", "did", "dont"].contains(q[k + 2])))
        }
        context.breakdownAsked = q.words.contains("breakdown") || zip(q.words, q.words.dropFirst()).contains { ["break", "broken"].contains($0) && $1 == "down" }
        _ = q.take(["comparing"])
        // "for each year, what share of the year's revenue came in Q4": the year named with "the" is the group's own.
        // (Its words may be claimed already, as the year the period names.)
        // "what share of yearly orders were placed in January", "of our annual revenue": the same.
        // ("for each quarter of 2013, what % of the quarter's revenue did each category bring in": the period row's own.)
        let grains: [String: QueryIntent.Bucket] = ["quarter": .quarter, "month": .month]
        if let i = (0..<q.count).first(where: { q[$0] == "of" && ["the", "that", "each"].contains(q[$0 + 1]) && grains[q[$0 + 2]] != nil }),
            let b = grains[q[i + 2]], intent.bucket == b || (b == .month && intent.bucket == .yearMonth), intent.groupBy.count == 1
        {
            context.withinGroup = true
            context.withinBucket = true
            q.use(i..<(i + 3))
        } else if let i = (0..<q.count).first(where: { q[$0] == "of" && q[$0 + 1] == "the" && ["year", "years"].contains(q[$0 + 2]) && q[$0 + 3] != "before" }),
            q.words.contains(where: { ["each", "every", "per", "by", "separately"].contains($0) })
        {
            context.withinGroup = true
            q.use(i..<(i + 3))
        } else if let i = (0..<q.count).first(where: { q[$0] == "of" && ["yearly", "annual"].contains(q[$0 + ((["our", "the"].contains(q[$0 + 1])) ? 2 : 1)]) }) {
            context.withinGroup = true
            let n = ["our", "the"].contains(q[i + 1]) ? 3 : 2
            q.use(i..<(i + n))
        }
        // "for each category, what share of the category's revenue does each subcategory make up": the group a row belongs
        // to, named with "the" when a finer grouping beside it is what is shared out.
        for i in 0..<q.count where q[i] == "of" && q[i + 1] == "the" {
            guard let d = dimensionNamed(q.words, i + 2), intent.groupBy.contains(d),
                intent.groupBy.contains(where: { $0 != d && vocabulary.determines.contains("\($0)>\(d)") })
            else { continue }
            context.withinGroup = true
            context.ownParent = d
        }
        for i in 0..<q.count where (q[i] == "of" || q[i] == "within") && ["its", "their", "that", "each", "every"].contains(q[i + 1]) {
            context.withinGroup = true
            if ["each", "every", "that"].contains(q[i + 1]) { context.withinDimension = dimensionNamed(q.words, i + 2) }
            // "what % of its category's revenue does each subcategory bring in": the group each row belongs to.
            if ["its", "their"].contains(q[i + 1]), let d = dimensionNamed(q.words, i + 2) { context.ownParent = d }
            if ["its", "their"].contains(q[i + 1]), dimensionNamed(q.words, i + 2) == nil { context.withinOwn = true }
            // "rank the subcategories by revenue within their category": a rank that restarts in each category.
            // ("rank the subcategories within each category by revenue": the same.)
            if q[i] == "within", ["its", "their", "each", "every"].contains(q[i + 1]), context.rankVerb, let d = dimensionNamed(q.words, i + 2), intent.groupBy.contains(d),
                intent.groupBy.count == 2, intent.sortDescending != nil, intent.ranking == nil
            {
                intent.rankWithin = d
            }
            // "rank the categories by revenue within each year": a rank that restarts in each period of the breakdown.
            if q[i] == "within", ["each", "every"].contains(q[i + 1]), context.rankVerb, intent.groupBy.count == 1, intent.sortDescending != nil, intent.ranking == nil,
                let b = intent.bucket, let grain = ["year": QueryIntent.Bucket.year, "quarter": .quarter, "month": .yearMonth][q[i + 2]], grain == b
            {
                intent.rankWithin = q[i + 2]
            }
        }
        // "within accessories and within clothing, rank the products": each value named after "within" is a group of the
        // breakdown a ranking restarts in.
        let withinValues = context.rankVerb ? (0..<q.count).compactMap { q[$0] == "within" ? valueSpan(q, $0 + 1)?.value.dimension : nil } : []
        if let d = withinValues.first, context.withinDimension == nil, intent.groupBy == [d] || (intent.groupBy.isEmpty && withinValues.count >= 2 && withinValues.allSatisfy { $0 == d }) {
            intent.groupBy = [d]
            context.withinDimension = d
        }
        // "For each customer gender, rank the bike subcategories by units": a ranking (share) of the finer slice that
        // restarts in each group the question opens with.
        if ["for", "in", "within"].contains(q[0]), ["each", "every"].contains(q[1]) {
            var k = 2
            if ["customer", "product"].contains(q[k]) && dimensionNamed(q.words, k) == nil { k += 1 }
            // ("for each bike subcategory": a value before the column narrows it.)
            if dimensionNamed(q.words, k) == nil, let (_, n) = valueSpan(q, k) { k += n }
            context.leadingEach = dimensionNamed(q.words, k)
            // ("for each year, share of revenue by category": the period opened with.)
            context.leadingEachPeriod = context.leadingEach == nil && ["year", "quarter", "month", "week", "day"].contains(q[k])
        }
        if q[0] == "which", dimensionNamed(q.words, 1) != nil, ["have", "has", "contain", "contains", "include", "includes"].contains(q[2]) { intent.onlyGroupsThatHave = true }
        context.saysGrandTotal = q.words.contains { ["total", "overall", "grand", "all", "whole", "entire", "company"].contains($0) }
        context.respectively = q.words.contains("respectively")
        if let lead = context.leadingEach, context.rankVerb, intent.groupBy.count == 2, intent.groupBy.contains(lead), intent.sortDescending != nil, intent.ranking == nil,
            intent.rankWithin == nil
        {
            intent.rankWithin = lead
        }
        context.predicateFilters = predicateFilters(q, intent, context)
        context.percentOfAt = (0..<q.count).first { Self.percentWords.contains(q[$0]) && q[$0 + 1] == "of" }
        context.percentOfTheirs = context.percentOfAt.map { ["their", "its"].contains(q[$0 + 2]) } ?? false
        intent.baseIsBuyers = sharesOutBuyers(q, context.percentOfAt)
        let yearPositions = (0..<q.count).filter { q[$0].count == 4 && Int(q[$0]).map { (1000...2999).contains($0) } == true }
        if let first = yearPositions.first, let last = yearPositions.last, first < last {
            context.yearsJoinedByAnd = (first..<last).contains { q[$0] == "and" || q[$0] == "or" }
            // "in 2012 and in 2013": each year said with its own preposition is a year of its own.
            context.eachYearIntroduced = yearPositions.allSatisfy { ["in", "for", "during"].contains(q[$0 - 1]) }
            // "revenue in 2012 and 2013, and the % change": a change named after both years is the one between them
            // ("grew in 2012 and in 2013" names it before them: each year's own change).
            if yearPositions.count == 2, ((last + 1)..<q.count).contains(where: { ["change", "difference", "growth", "increase", "decrease", "delta"].contains(q[$0]) }),
                !q.words.contains("yoy"), !(0..<q.count).contains(where: { q[$0] == "over" && ["year", "years"].contains(q[$0 + 1]) && q[$0 - 1] == "year" })
            {
                context.differenceNamed = true
            }
        }
        context.metricNamesTable =
            context.metricSpan.count == 1
            && vocabulary.tables.values.contains { $0.name != vocabulary.factTable && ($0.synonyms.contains(q[context.metricSpan.lowerBound]) || $0.name + "s" == q[context.metricSpan.lowerBound]) }
        context.words = q.words
        finish(&intent, &context)
        // "how many came back and ordered again, and what % of that cohort is it": the count and its share, both asked.
        let isShare: Bool = {
            switch intent.shape {
            case .shareOf, .shareOfPeriod, .shareOfTableWith: return true
            default: return intent.asPercentOfBase
            }
        }()
        // ("the number of products never sold, and what % of the catalogue is that": a count said with "number of".)
        let countSaid = context.countQuestions > 0 || ((0..<q.count).first { q[$0] == "number" && q[$0 + 1] == "of" }.map { n in (n..<q.count).contains { q[$0] == "and" } } ?? false)
        if isShare, countSaid, let m = vocabulary.metric(named: intent.metric), m.expr.uppercased().hasPrefix("COUNT(") {
            intent.countWithShare = true
            intent.countOfAll = ["percent", "percentage", "share", "proportion"].contains { w in ["them", "those"].contains { q.firstIndex(of: [w, "of", $0]) != nil } }
        }
        // "as of 30 June 2013, how many orders had we taken in total since we started": with nothing aged, the date is where
        // a total of the sales stops (the day itself included).
        if let asOf = intent.ageAsOf, referenceDates(intent).isEmpty, intent.period == nil, intent.periods.isEmpty, intent.bucket == nil,
            vocabulary.metric(named: intent.metric)?.table == vocabulary.factTable, intent.extraMetrics.allSatisfy({ vocabulary.metric(named: $0)?.table == vocabulary.factTable })
        {
            intent.period = .init(from: nil, until: SQLDateMath.addDays(asOf, 1), label: "up to and including \(asOf)")
            intent.ageAsOf = nil
            _ = q.take(["since we started", "since we began", "since the start", "since the beginning", "since we opened", "so far", "to date", "in total", "all told", "altogether"])
        }
        // "What percentage of our female customers are married? And of our male customers?": the same question asked again
        // of another value, so each value is a group of its own, not the values pooled.
        if intent.shape != .plain || context.shareRequested, let split = intent.filters.first(where: { $0.values.count >= 2 }),
            !intent.groupBy.contains(split.dimension),
            q.words.indices.contains(where: { i in
                ((q.words[i] == "and" && ["of", "for", "among"].contains(q[i + 1])) || (["what", "how"].contains(q.words[i]) && q[i + 1] == "about"))
                    && (2...5).contains { k in valueAt(q, i + k).map { $0.dimension == split.dimension } ?? false }
            })
        {
            intent.groupBy.append(split.dimension)
        }
        // "how much did mountain bike and road bike revenue grow": a rate of two values joined by "and" is each one's
        // ("... combined" pools them).
        // (After the measure, "growth ... for mountain bikes and road bikes" pools them; "and for road bikes" does not.)
        if intent.shape == .growth, let split = intent.filters.first(where: { $0.values.count == 2 }), !intent.groupBy.contains(split.dimension),
            let start = context.filterStarts[split.dimension], start < context.metricSpan.lowerBound, (start..<(start + 5)).contains(where: { q[$0] == "and" }),
            !(start..<(start + 5)).contains(where: { q[$0] == "or" }),
            !q.words.contains(where: { ["combined", "together", "pooled", "altogether", "overall", "total"].contains($0) })
        {
            intent.groupBy.append(split.dimension)
        }
        // "mountain bikes and road bikes: revenue in 2012 and 2013 for each", "... separately": each value named is a group
        // of its own, not the values pooled.
        if let split = intent.filters.first(where: { $0.values.count >= 2 }), !intent.groupBy.contains(split.dimension),
            q.words.indices.contains(where: { i in
                // ("for each" with nothing after it was read as a slicer of nothing, so its words are used.)
                (["separately", "respectively", "individually", "apiece"].contains(q[i]) && q.isFree(i))
                    || (q[i] == "each" && (Self.endsHere(q, i + 1) || (["one", "of"].contains(q[i + 1]) && Self.endsHere(q, i + 2)) || (q[i + 1] == "of" && q[i + 2] == "them")))
                    || (q[i] == "one" && q[i + 1] == "by" && q[i + 2] == "one")
                    // "what was each one's revenue" ("one's" reads as "one"), "each ones revenue" (no apostrophe).
                    || (q[i] == "each" && ["ones", "one"].contains(q[i + 1]))
                    // "revenue in 2012 and 2013 for each, and the % change": "for each" closing its clause.
                    || (i > 0 && q[i - 1] == "for" && q[i] == "each" && ["and", "with", "plus"].contains(q[i + 1]))
            })
        {
            intent.groupBy.append(split.dimension)
        }
        // "for each cohort, the number of customers and their average lifetime revenue": the count of each cohort is a
        // second measure this breakdown does not carry, so it would be dropped.
        if intent.groupBy.contains(QueryIntent.firstOrderYear), let m = vocabulary.metric(named: intent.metric), !isPeopleCount(m),
            !intent.extraMetrics.contains(where: { vocabulary.metric(named: $0).map(isPeopleCount) ?? false }),
            q.words.indices.contains(where: { i in
                ["number", "count", "many", "headcount"].contains(q.words[i]) && (1...3).contains { Lexicon.peopleWords.contains(q[i + $0]) }
            })
        {
            return .refusal("I cannot answer this as asked: the number of customers in each first-order year beside \(m.name.replacingOccurrences(of: "_", with: " ")) (ask for each on its own)")
        }
        // "customers who spent more than 10k, how many per country": "how many" asks for a count; a sum read as the
        // measure means the thing counted was not found.
        if q.words.contains("how"), zip(q.words, q.words.dropFirst()).contains(where: { $0 == "how" && $1 == "many" }), intent.listing == nil,
            intent.distribution == nil, intent.perEntity == nil, intent.extraMetrics.isEmpty, case .threshold = intent.shape,
            let m = vocabulary.metric(named: intent.metric), !m.expr.uppercased().hasPrefix("COUNT("), m.role != .units
        {
            // "how many Australian customers have spent more than 3,000": the people after "how many" (and the values that
            // qualify them) are what is counted; what they spent is compared.
            if let h = q.words.indices.first(where: { q.words[$0] == "how" && q[$0 + 1] == "many" }),
                (2...5).contains(where: { Lexicon.peopleWords.contains(q[h + $0]) }), let buyers = buyersMetric
            {
                intent.metric = buyers.name
            } else {
                return .refusal("I cannot answer this as asked: 'how many' asks for a count, but I read \(m.name.replacingOccurrences(of: "_", with: " ")) as the measure")
            }
        }
        // "bikes and accessories in the same order": a condition on whole orders, which no shape here carries.
        if let i = q.words.firstIndex(of: "same"), ["order", "orders", "basket", "transaction", "purchase", "invoice"].contains(q[i + 1]) {
            return .refusal("I cannot answer this as asked: things bought together in the same order")
        }
        if case .both = intent.shape { _ = q.take(["also", "too", "as well", "went on to"]) }
        // "calendar month (Jan to Dec)": every month of the year, restated.
        if intent.bucket == .monthOfYear {
            _ = q.take(
                [
                    "jan to dec", "january to december", "jan through dec", "january through december", "jan dec", "january december", "all years combined",
                    "all years together", "across all years", "adding all years together", "all years added together", "adding", "stack up", "stacks up",
                ] + Self.pooledYearsPhrases)
        }
        // "listed Monday through Sunday": the order days of the week are always shown in.
        if intent.bucket == .weekday { _ = q.take(Self.weekdayOrderPhrases) }
        // "..., most profitable first (if two are level, alphabetical by name)": a ranking's rows level on the measure go by name.
        if intent.ranking != nil, intent.listing == nil, q.take(["then alphabetically"]) { intent.tieBreakByName = true }
        readAlphabeticalTieBreak(&q, &intent)
        ownBestPeriod(q, intent, &context)
        // ("how many buyers spent more than the average buyer from their own country": one count, each buyer against their
        // own group; the group is no breakdown unless asked for.)
        let ownGroupOnly = intent.ranking == nil && (context.averageWithin.map { intent.groupBy == [$0] && !slicedBy(context.words, $0) } ?? false)
        if ownGroupOnly { intent.groupBy = [] }
        entityThreshold(&q, &intent, &context)
        // ("how many products brought in more revenue in Q4 than in Q3": the measure compared is not reported beside the
        // count as well.)
        if let c = intent.entityComparison, q.words.contains("how"), q.words.contains("many"), intent.metric != c.metric { intent.extraMetrics.removeAll { $0 == c.metric } }
        // "in each category, how many products earned more than the average product of that category": a count per
        // group of the entities whose own total passes their group's average.
        if let within = context.averageWithin, intent.groupBy == [within] || ownGroupOnly, intent.ranking == nil {
            if var e = intent.entityThreshold, e.versusAverage, e.key == nil, e.topCount == nil, e.upTo == nil, vocabulary.dimension(named: within)?.table == e.table {
                e.averageWithin = within
                intent.entityThreshold = e
            } else if case let said = "a comparison with the average of each one's own \(within.replacingOccurrences(of: "_", with: " "))", !context.conflicts.contains(said) {
                context.conflicts.append(said)
            }
        }
        if let name = context.thresholdValues, intent.entityThreshold == nil, context.conflicts.isEmpty {
            context.conflicts.append("a number of different \(name.replacingOccurrences(of: "_", with: " ")) values beside this breakdown or ranking")
        }
        if let name = context.thresholdPeriods, intent.entityThreshold?.metric != name, context.conflicts.isEmpty {
            context.conflicts.append("a \(name.replacingOccurrences(of: "_", with: " ")) threshold beside this breakdown or ranking")
        }
        // "top 10 customers by average order value, only customers with at least 3 orders": a threshold on another measure
        // than the one ranked or broken down, which would otherwise be read on the reported one.
        if case .threshold(_, _, false, _) = intent.shape, let span = context.thresholdSpan, let reported = vocabulary.metric(named: intent.metric) {
            // "2 or more separate orders": the measure after the words that only say the things are distinct.
            let next = q[span.upperBound + (["different", "distinct", "separate", "unique"].contains(q[span.upperBound]) ? 1 : 0)]
            if !reported.phrases.contains(next), !reported.phrases.contains(next + "s"),
                let other = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && ($0.phrases.contains(next) || $0.phrases.contains(next + "s")) })
            {
                // Said of the customers (products) ranked, the threshold is on each one's own total: it says which of them
                // are ranked.
                // "which subcategories sold more than 1,000 units? show revenue too": the measure compared is one of those
                // reported, and goes first (the threshold is on it, the others are shown beside).
                // ("countries with more than 2,000 buyers in 2013, with their revenue": the same, the compared one shown too; not
                // when the rows are cut or sorted by the reported one.)
                // (Not when what is reported counts the people or things themselves: "how many customers placed two
                // or more orders within the same month" is a threshold on each one's orders in some period.)
                let countsRows = isPeopleCount(reported) || countedTable(reported) == productsTable || reported.table != vocabulary.factTable
                if intent.extraMetrics.contains(other.name)
                    || (!countsRows && (intent.ranking?.count ?? 0) == 0 && intent.sortDescending == nil && intent.ranking?.entity != .table(customersTable))
                {
                    intent.extraMetrics = [reported.name] + intent.extraMetrics.filter { $0 != other.name }
                    intent.metric = other.name
                    if q.isFree(span.upperBound) && (other.phrases.contains(q[span.upperBound]) || other.phrases.contains(q[span.upperBound] + "s")) { q.use(span.upperBound..<(span.upperBound + 1)) }
                } else if case .table(let ranked)? = intent.ranking?.entity, ranked == customersTable || ranked == productsTable, intent.groupBy.isEmpty,
                    intent.ranking?.perDimension == nil, case .threshold(let above, let value, false, let orEqual) = intent.shape
                {
                    intent.entityThreshold = .init(table: ranked, metric: other.name, above: above, value: value, orEqual: orEqual)
                    intent.shape = .plain
                    let end = span.upperBound + (["different", "distinct", "separate", "unique"].contains(q[span.upperBound]) ? 2 : 1)
                    for k in span.upperBound..<end where q.isFree(k) { q.use(k..<(k + 1)) }
                } else {
                    context.conflicts.append(
                        "a threshold on \(other.name.replacingOccurrences(of: "_", with: " ")) beside \(reported.name.replacingOccurrences(of: "_", with: " ")) (say it as a question of its own)")
                }
            }
        }
        if context.thresholdUpTo != nil { context.conflicts.append("a range of values ('between') on a total other than each customer's, product's or order's own") }
        explainTableWords(&q, intent)
        claimOutputWords(&q, intent, &context)
        rankByTheMeasureAfterBy(q, &intent, &context)
        claimTieBreakColumn(&q, &intent, &context)
        repeatBuyersAsFilter(&intent)
        countOfThem(q, &intent, &context)
        everyValueNamedAsGroups(&intent)
        averageOfEachNamed(q, &intent)
        // "who spends more per order on average: married or single customers?": the one of the two values named that is
        // higher (lower), as "which ... the most" would rank them.
        // (The raw words: a rewording may have dropped the comparative, "spends more per order" being "spend per order".)
        // (Normalized again only when the intent has that shape: most questions never get here.)
        if intent.ranking == nil, intent.shape == .plain, intent.bucket == nil, intent.extraMetrics.isEmpty, intent.listing == nil,
            intent.groupBy.count == 1, let f = intent.filters.first(where: { $0.dimension == intent.groupBy[0] }), f.values.count == 2,
            case let w = QuestionText.normalize(question).split(separator: " ").map(String.init), ["who", "which"].contains(w.first ?? ""),
            let c = w.firstIndex(where: { ["more", "higher", "bigger", "larger", "less", "fewer", "lower", "smaller"].contains($0) }), c + 1 < w.count, w[c + 1] != "than",
            w.contains(where: { ["or", "vs", "versus"].contains($0) })
        {
            intent.ranking = .init(count: 1, highest: ["more", "higher", "bigger", "larger"].contains(w[c]), entity: .dimension(f.dimension))
            intent.groupBy = []
        }
        // "the most orders any customer placed, and how many customers placed that many": a count of the rows ranked,
        // beside each of them, is 1 on every row; what was asked is not that.
        if case .table(let t)? = intent.ranking?.entity,
            let counted = intent.extraMetrics.first(where: { name in
                vocabulary.metric(named: name).map { countedTable($0) == t || ($0.table == t && $0.expr.uppercased() == "COUNT(*)") } ?? false
            })
        {
            context.conflicts.append("\(counted.replacingOccurrences(of: "_", with: " ")) beside each of the \(t.replacingOccurrences(of: "dim_", with: "")) ranked")
        }
        readChangeCondition(q, &intent)
        whichThingsDropped(q, intent, &context, followUp: previous != nil && context.followUp)
        // "for each category, how many of its products have never sold", "per clothing subcategory, how many ... didn't sell":
        // a count of the catalogue, so each group has its row, 0 included ("by", "per" and "for each" alike). Only "which
        // categories have products that never sold" asks for the groups that have some.
        if case .without = intent.shape, !intent.groupBy.isEmpty, !context.someOfTheirRows, !context.emptyGroupsLeftOut { intent.everyGroupShown = true }
        applyRankPlace(&intent, &context)
        if let problem = unhonoured(intent, context, followUp: previous != nil && context.followUp) {
            return .refusal("I cannot answer this as asked: \(problem)")
        }
        let leftover = q.unexplained(extraStopWords: [], ignoring: titleWords)
        if !leftover.isEmpty {
            return .refusal("I did not understand \(leftover.map { "'\($0)'" }.joined(separator: ", ")) in the question")
        }
        if let previous, context.followUp {
            return .intent(merge(previous, with: intent, context: context))
        }
        return .intent(intent)
    }

    /// Facts gathered while parsing that are not part of the intent itself.
    struct Context {
        var salesContext = false
        var ranked = false
        var rankHighest = true
        /// The cohort is introduced by "from" ("what % of revenue came from customers whose first ..."): the part of a
        /// share, not a restriction of the measure.
        var cohortIsPart = false
        /// "year over year" was said: yearly, unless a finer grain is asked ("for each quarter").
        var yearOverYear = false
        /// "and" joins things and no "or" / "either" offers a choice ("bikes and clothing", not "bikes or clothing").
        var joinedByAnd = false
        /// How many verbs of buying the question has ("bought a bike and also bought a helmet": two purchases).
        var purchaseVerbs = 0
        /// "the biggest drop": the change ranked is a fall, so the biggest is the most negative.
        var drop = false
        var rankCount: Int?
        var perDimension: String?
        var whichEntity: QueryIntent.Entity?
        var shareRequested = false
        var shareOfEachRow = false
        /// "as a percentage" with no other word of shares: the unit of a measure that may be a percentage already.
        var percentUnitOnly = false
        var followUp = false
        var entityTable: String?
        var years: [Int] = []
        var both = false
        /// "... for both", "for each of the two": one row for each of the values named, words that are said when two
        /// values of a column were named before.
        var eachOfThoseNamed = false
        /// "revenue split between weekends and weekdays": the same, when two values are named with a split.
        var splitOfThoseNamed = false
        /// "... Same figure for the US please": the figure asked again for another value, a row of its own.
        var sameForAnother = false
        /// "revenue by product": every row of the table with its metric.
        var listEntity = false
        /// "sizes and colours combined": a sum over each product's variants, said without naming a model.
        var variantsCombined = false
        /// Parts of the question that were read but contradict another part (two shapes, two
        /// periods, two time grains): the question is refused naming them, never half answered.
        var conflicts: [String] = []
        /// Two periods named for one filter; a growth rate may name its base period (the one just before).
        var periodClashes: [(QueryIntent.Period, QueryIntent.Period)] = []
        /// "how many" asked more than once: several counts in one question.
        var countQuestions = 0
        /// "the smallest, largest and average": aggregates of per-entity values, read before anything ranks.
        var summaryList: [String]?
        /// The words right after "top 5" / "biggest": what is ranked, when they name a table.
        var rankNouns: [Int] = []
        /// "the best and the worst month": both ends of one ranking.
        var rankBothEnds = false
        /// "vs", "compared with": two things side by side.
        var compared = false
        /// "the difference": between two periods named, one change even when they are joined by "and".
        var differenceNamed = false
        /// "break down ... by", "a breakdown of", "split ... by": how a whole divides into groups.
        var breakdownAsked = false
        /// "in every year": each year apart, or (for customers) those who bought in all of them.
        var inEveryBucket = false
        /// "at least one order in every year", "in each and every month": in every one of the periods, not in each.
        var everyMeansAll = false
        /// "bikes and helmets": values of two columns of one table joined by "and".
        var joinedValues = false
        /// "with their country", "and which country each is in": columns shown beside ranked or listed rows.
        var displayColumns: [String] = []
        /// "what % of its / that country's / each country's ...": a share inside each group.
        var withinGroup = false
        var withinDimension: String?
        /// "what % of its revenue", with no column named: the group the question opens with.
        var withinOwn = false
        /// "what % of the quarter's revenue": within each period row.
        var withinBucket = false
        /// "For each customer gender, rank the bike subcategories ...": the slice the question opens with.
        var leadingEach: String?
        var leadingEachPeriod = false
        /// "the second best": only this place of the ranking.
        var rankPlace: Int?
        /// "of total revenue", "of the overall": a share of everything, not of each group's.
        var saysGrandTotal = false
        /// "... respectively": each value named on its own.
        var respectively = false
        /// "% of its category's revenue": the coarser group a row's share is taken within.
        var ownParent: String?
        /// "rank", "ranked": the order asked for is a ranking (a rank number can be shown).
        var rankVerb = false
        /// "each subcategory's gross profit": the dimensions named right after "each" or "every".
        var eachNamed: [String] = []
        /// Dimensions named with no slicing word ("list their number, name, country and value"), taken as a breakdown.
        var adoptedBare: [String] = []
        /// "new customers": the customers counted in the year of their first order are new ones, not a slice of buyers.
        var saidNew = false
        var peopleCounted = false
        /// "more than the average bike in their subcategory": the group each one's own average is taken in.
        var averageWithin: String?
        /// Where "rank", "sort" or "order" starts a sort ("rank our helmets by revenue").
        var sortVerbAt: Int?
        /// Where "% of" (a share word, then "of") stands: what follows it names the whole.
        var percentOfAt: Int?
        /// The words the chosen measure was read from.
        var metricSpan: Range<Int> = 0..<0
        /// Where a threshold was read ("more than 5,000"): the measure it compares is named around it.
        var thresholdSpan: Range<Int>?
        /// "more than one category": the column whose distinct values are counted for each customer or product.
        var thresholdValues: String?
        /// "in at least 3 different months": the measure counting the periods each customer or product is compared on.
        var thresholdPeriods: String?
        /// "between 10,000 and 50,000": the range's upper bound, read with the lower one as the threshold.
        var thresholdUpTo: Double?
        /// "counting only products that have sold": restates what a measure of sales does anyway.
        var onlyWhatSold = false
        /// "how many were new and how many returning": buyers counted, one row for each kind.
        var countsBuyersByStatus = false
        /// "how many … and how much …": a count and an amount asked together.
        var countAndAmount = false
        /// "what % of their spend": the share is of the people or things named before it.
        var percentOfTheirs = false
        /// Where "customers" follows "new" or "returning": the measure's word, or else who the split is of.
        var statusNouns: [Int] = []
        /// "top-earning", "highest grossing": a ranking by what was brought in.
        var rankedByTakings = false
        /// "more revenue than the average product": where the measure compared with the average is named, and whose
        /// average it is.
        var averageMeasure: Range<Int>?
        var averageSubject: String?
        var rankNoun: Int? { rankNouns.first }
        /// What the words right after the ranking cue name ("top 3 subcategories ... in each year").
        var rankNounEntity: QueryIntent.Entity?
        /// "the 5 largest orders": orders are what is ranked.
        var ranksOrders = false
        /// A measure word the question named (not one implied by a shape).
        var explicitMetric = false
        /// A second measure said right after "by" ("revenue by number of orders"): a breakdown by it unless it ranks or sorts.
        var measureAfterBy = false
        /// "list ...": the answer must be rows, not one number.
        var listRequested = false
        /// "first go above": the threshold read next is the one the first passing bucket passes (`FirstPassing.swift`).
        var firstPassingSaid = false
        /// "list ...", "show me all ...": said anywhere in the question.
        var listCue = false
        /// The cohort was read from "not ordered since ...", which a last purchase stated outright overrides.
        var weakCohort = false
        /// "change in revenue ($)", "in dollars": the amount is asked for, not a percentage.
        var moneyUnit = false
        /// "in 2012 and 2013": the years named are joined by "and" (each one asked for), not "2012 -> 2013".
        var yearsJoinedByAnd = false
        var eachYearIntroduced = false
        var mixDimension: String?
        var someOfTheirRows = false
        var emptyGroupsLeftOut = false
        /// "the most common surname": rows of this table are counted, per value of the ranked column.
        var countRowsOf: String?
        /// Where each filter's words start ("in Germany" -> the index of "germany"), by dimension.
        var filterStarts: [String: Int] = [:]
        /// Where each numeric filter's words start, by column ("aged 65 or over" after "are").
        var numericFilterStarts: [String: Int] = [:]
        /// The question's words as the passes left them, for the last decisions made on positions.
        var words: [String] = []
        /// The measure was read from a table's own name ("products", "customers"), not a measure word ("buyers").
        var metricNamesTable = false
        /// Filters named in the clause after the measure's verb ("customers who have an unknown gender").
        var predicateFilters: Set<String> = []
        /// "what percentage of ... and what percentage of ...": a share asked again, for each value named.
        var shareAskedAgain = false
    }

    func setShape(_ intent: inout QueryIntent, _ context: inout Context, _ shape: QueryIntent.Shape) {
        // "the cumulative number of new customers, month by month": new customers per period, with their running total.
        if Set([intent.shape, shape].map { "\($0)" }) == ["runningTotal", "newCustomers"] {
            intent.shape = .newCustomers
            intent.runningTotalOfNew = true
            return
        }
        if context.firstPassingSaid, intent.firstPassing == nil, case .threshold(let above, let value, false, let orEqual) = shape {
            intent.firstPassing = .init(above: above, value: value, orEqual: orEqual)
            return
        }
        if intent.shape != .plain && intent.shape != shape {
            context.conflicts.append("\(describeShape(intent.shape)) together with \(describeShape(shape))")
        }
        intent.shape = shape
    }

    func setPeriod(_ intent: inout QueryIntent, _ context: inout Context, _ period: QueryIntent.Period) {
        if let old = intent.period, old != period { context.periodClashes.append((old, period)) }
        intent.period = period
    }

    func setBucket(_ intent: inout QueryIntent, _ context: inout Context, _ bucket: QueryIntent.Bucket) {
        // "average daily revenue by month": the days' totals averaged within each month (a weekday is a set of days).
        if intent.shape == .averagePerBucket, let old = intent.bucket, intent.averageWithin == nil, let inner = old.span, let outer = bucket.span, outer > inner,
            bucket != .weekday || old == .day
        {
            intent.averageWithin = bucket
            return
        }
        if let old = intent.bucket, old != bucket, !(old == .month && bucket == .monthOfYear), !(old == .monthOfYear && bucket == .month),
            !(old == .quarter && bucket == .quarterOfYear), !(old == .quarterOfYear && bucket == .quarter)
        {
            context.conflicts.append("two time grains (\(old.rawValue) and \(bucket.rawValue)) in one breakdown")
        }
        if intent.bucket != .monthOfYear && intent.bucket != .quarterOfYear { intent.bucket = bucket }
    }

    /// The grain an average per period is taken over; a coarser grain read before it ("by month, the average daily
    /// revenue") is the one it is taken within.
    func averagePer(_ bucket: QueryIntent.Bucket, _ intent: inout QueryIntent, _ context: inout Context) {
        if let outer = intent.bucket, outer != bucket {
            intent.bucket = bucket
            setBucket(&intent, &context, outer)
        } else {
            intent.bucket = bucket
        }
    }

    /// ("Using age at 31 Jan 2014, ...": "using" before what is not a measure defines no measure.)
    func definitionAt(_ q: QuestionWords, _ i: Int) -> Bool {
        Self.definitionWords.contains(q[i]) && (q[i] != "using" || vocabulary.metrics.contains { m in m.phrases.contains { q.wordsMatched($0, at: i + 1) != nil } })
    }

    /// "revenue, gross profit (revenue minus quantity times cost) and margin %": a definition in parentheses defines the
    /// measure before it; the measures outside them are each asked for, those inside are the definition's words.
    /// Only an aside of known words counts: one that carries instructions or anything else is left to be read, or refused.
    func definingAsides(_ q: QuestionWords) -> [Range<Int>] {
        q.asides.filter { a in
            a.contains { definitionAt(q, $0) } && a.count <= 14
                && a.allSatisfy { i in
                    (dictionary.contains(q[i]) || Self.definitionWords.contains(q[i]) || ["multiplied", "times", "plus", "over"].contains(q[i]) || Double(q[i]) != nil)
                        && !Lexicon.writeVerbs.contains(q[i]) && Lexicon.outOfScope[q[i]] == nil
                }
        }
    }

    /// "fifth", "10th", "third": a place in a ranking, said with a tie.
    static func isPlace(_ word: String) -> Bool {
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twentieth", "last"].contains(word)
            || (["th", "st", "nd", "rd"].contains(String(word.suffix(2))) && Int(word.dropLast(2)) != nil)
    }

    func describeShape(_ shape: QueryIntent.Shape) -> String {
        switch shape {
        case .plain: return "a plain total"
        case .share, .shareOf, .shareOfTableWith, .shareOfPeriod, .shareOfTop: return "a share"
        case .growth: return "a growth rate"
        case .runningTotal: return "a running total"
        case .movingAverage: return "a moving average"
        case .averagePerBucket: return "an average per period"
        case .threshold: return "a threshold"
        case .without: return "things never sold"
        case .repeatCustomers: return "repeat customers"
        case .newCustomers: return "new customers"
        case .retained: return "customers retained between periods"
        case .both: return "customers who bought both"
        case .paretoCount: return "the fewest that make up a share"
        }
    }

    // MARK: - Refusals

    /// "customers, products and sales": the model's tables, for messages.
    var tableList: String {
        let names = vocabulary.tables.keys.sorted()
        return names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names.joined()
    }

    /// The year of the data's last order, for "last year" said where the parser does not read it.
    var latestYear: Int? { Int(latestDate.prefix(4)) }
    var dataPeriod: String { "from \(earliestDate) to \(latestDate)" }

    static let noDataOn = "the warehouse holds no data on"

    /// Marks the column of a tie-break ("then customer number ascending"), said as one word by the rewordings.
    static let tieBreakMark = "\u{5}"

    /// "customers over 6,000 in 2013, by revenue descending, then customer number ascending": a column of the rows ranked
    /// orders those level on the measure. Any other column is refused, never read as a breakdown.
    func claimTieBreakColumn(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        for i in 0..<q.count where q[i].hasPrefix(Self.tieBreakMark) && q.isFree(i) {
            let column = String(q[i].dropFirst())
            q.use((q[i - 1] == "then" ? i - 1 : i)..<(i + 1))
            if case .table(let t)? = intent.ranking?.entity, intent.listing == nil, vocabulary.dimension(named: column)?.table == t {
                intent.tieBreakColumn = column
            } else {
                context.conflicts.append("a second sort by \(column.replacingOccurrences(of: "_", with: " ")) (only the rows that column belongs to, ranked, can be)")
            }
        }
    }

    /// The table whose rows a ranking lists: its own, or the one a unique column names ("our top 5 clothing products" may
    /// be read as product names).
    func rankedTable(_ entity: QueryIntent.Entity) -> String? {
        switch entity {
        case .table(let t): return t
        case .dimension(let d): return vocabulary.dimension(named: d).flatMap { $0.unique || $0.role == .name ? $0.table : nil }
        case .bucket: return nil
        }
    }

    /// "which products had their highest-revenue month in December 2013": each one's own best period, compared with a
    /// period named. Unless the periods themselves are what is ranked ("for each subcategory, its best month"), the
    /// ranking read would be of the things within each period, which is another question: refused.
    func ownBestPeriod(_ q: QuestionWords, _ intent: QueryIntent, _ context: inout Context) {
        let superlatives: Set<String> = ["highest", "best", "top", "biggest", "largest", "strongest", "peak", "busiest", "lowest", "worst", "weakest"]
        let grains: Set<String> = ["month", "quarter", "year", "day", "week", "weekday", "date"]
        for i in 0..<q.count where ["their", "its", "his", "her"].contains(q[i]) && superlatives.contains(q[i + 1]) {
            guard let g = ((i + 2)...(i + 5)).first(where: { grains.contains(q[$0]) }) else { continue }
            if case .bucket? = intent.ranking?.entity { return }
            context.conflicts.append("each one's own \(q[i + 1]) \(q[g]) (a period ranked for each of them, then compared)")
            return
        }
    }

    /// "top 3 countries by revenue in 2013, with the number of orders for each": with several measures, the ranking is
    /// by the one named after "by", the others shown beside. When no single one is named so, the ranking is refused.
    /// A sort ("rank our helmets by revenue, highest first, and include units sold") is read the same way.
    func rankByTheMeasureAfterBy(_ q: QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.ranking != nil || intent.sortDescending != nil, !intent.extraMetrics.isEmpty else { return }
        // "products bought by the largest number of different customers ... show the customer count": the people counted
        // for each product are its buyers, whichever word counts them.
        if let m = vocabulary.metric(named: intent.metric), isPeopleCount(m), intent.ranking?.entity != .table(customersTable) {
            intent.extraMetrics.removeAll { vocabulary.metric(named: $0).map(isPeopleCount) ?? false }
            if intent.extraMetrics.isEmpty { return }
        }
        // ("our ten biggest customers by 2013 revenue": a year between "by" and the measure is its period.)
        let said = " " + q.words.filter { Lexicon.year($0) == nil }.joined(separator: " ") + " "
        let names = [intent.metric] + intent.extraMetrics
        // "which 3 countries had the highest revenue per buyer? show the number of buyers too", "sorted from the highest
        // margin to the lowest": the measure right after the ranking word ranks, as one after "by" does.
        // (The bare words cover "the most", "from the highest" and "the 10 products that made most revenue" alike.)
        let lead = ["by", "by the", "by total", "most", "highest", "lowest", "biggest", "largest", "fewest"]
        var matched: [String: String] = [:]
        for name in names {
            // ("which 5 customers spent the most": a verb right before "the most" names what is ranked, too.)
            matched[name] = vocabulary.metric(named: name)?.phrases.filter { p in
                lead.contains { said.contains(" \($0) \(p) ") } || said.contains(" \(p) the most ") || said.contains(" \(p) most ")
            }.max { $0.count < $1.count }
        }
        let named = names.filter { matched[$0] != nil }
        // ("the highest revenue per buyer", with revenue also shown: the longer phrase is the one said.)
        let after = named.filter { a in !named.contains { b in b != a && matched[b]!.hasPrefix(matched[a]! + " ") } }
        guard after.count == 1, let by = after.first else {
            // "units and revenue for each product": every one listed with its measures, no cut and no order asked for (sorted
            // by the first measure named).
            if let r = intent.ranking, r.count == 0, !context.ranked, intent.sortDescending == nil, after.isEmpty { return }
            context.conflicts.append(
                intent.ranking != nil ? "a ranking with several measures (say which one ranks: 'by revenue')" : "a sort with several measures (say which one sorts: 'by revenue')")
            return
        }
        intent.metric = by
        intent.extraMetrics = names.filter { $0 != by }
    }

    func refusal(_ raw: String, _ q: QuestionWords) -> String? {
        let lower = raw.lowercased()
        for mark in Lexicon.injectionMarks where q.find(mark) != nil {
            return "the question contains instructions to the system (\"\(mark)\"); I only answer questions about the data, so I will not run any of it"
        }
        for phrase in Lexicon.adminPhrases where q.find(phrase) != nil {
            return "I can only read the data; administering the database (\(phrase)) is for the data engineers"
        }
        for sentence in lower.split(whereSeparator: { ".!?;\n".contains($0) }) {
            let words = QuestionText.normalize(String(sentence)).split(separator: " ").map(String.init)
            guard let first = words.firstIndex(where: { !Lexicon.politeOpeners.contains($0) }) else { continue }
            let verb = words[first]
            let object = first + 1 < words.count ? words[first + 1] : nil
            if Lexicon.writeVerbs.contains(verb)
                || (Lexicon.ambiguousWriteVerbs.contains(verb) && object.map(Lexicon.writeObjects.contains) ?? false)
            {
                return "I can only read the data; '\(verb)' would change it. Ask the data engineers for changes."
            }
        }
        let words = Set(q.words)
        // Table names are found in the text as typed ("stg_crm"); other phrases as whole words.
        // (Foundation's substring search is slow enough to matter: it runs only when there is an underscore.)
        let typedUnderscore = lower.utf8.contains(UInt8(ascii: "_"))
        func mentions(_ phrase: String) -> Bool {
            if phrase.utf8.contains(UInt8(ascii: "_")) { return typedUnderscore && lower.contains(phrase) }
            return q.has(phrase)
        }
        if words.contains("raw") || words.contains("staging") || words.contains("stg") || Lexicon.internalObjects.contains(where: mentions) {
            return "only \(tableList) can be queried; raw and staging tables, the query log and SQLite's catalogue are not available"
        }
        for (word, subject) in Lexicon.outOfScope {
            // "do women and men shop on different days": to shop is to buy, a verb after the people who do it.
            if word == "shop", let i = q.find("shop"), Lexicon.peopleWords.union(["they", "we", "women", "men", "who", "to", "people", "females", "males"]).contains(q[i - 1]) {
                continue
            }
            // "I look after the UK shop", "UK store: revenue by product line": one shop named by its customers' country is
            // the business there, its customers' sales ("how many stores", "which store" stay out of scope).
            if ["shop", "store"].contains(word), let i = q.find(word), !q.words.contains(word + "s"),
                (max(0, i - 3)..<i).contains(where: { k in
                    valueSpan(q, k).map { k + $0.1 == i && vocabulary.dimension(named: $0.0.dimension)?.table == vocabulary.customersTable } ?? false
                })
            {
                continue
            }
            if mentions(word) {
                return "\(Self.noDataOn) \(subject); it covers \(tableList), \(dataPeriod)"
            }
        }
        return nil
    }

    /// "in each category", "per country": a slice said outright, not only "in their country".
    func slicedBy(_ w: [String], _ dimension: String) -> Bool {
        w.indices.dropLast().contains { k in ["each", "per", "every", "by"].contains(w[k]) && dimensionNamed(w, k + 1) == dimension }
    }

    /// "Average catalogue cost per subcategory, most expensive first": an average of costs is sorted as prices are. (A list
    /// of products "most expensive first" is sorted by the listing.)
    static func averagedCost(_ q: QuestionWords) -> Bool {
        q.words.contains("cost") && q.words.contains { ["average", "avg", "mean"].contains($0) }
    }

    /// "the number of customers and how many of them are women", "number of customers and number of female customers".
    func countOfSomeBesideAll(_ w: [String], _ intent: QueryIntent, _ context: Context) -> Bool {
        func at(_ i: Int) -> String { i >= 0 && i < w.count ? w[i] : "" }
        let counting: Set<String> = ["number", "count", "many", "total"]
        for k in 2..<max(2, w.count) where at(k) == "how" && at(k + 1) == "many" && at(k + 2) == "of" && ["them", "those", "these"].contains(at(k + 3)) {
            let countedBefore = (0..<k).contains { counting.contains(w[$0]) }
            let filtersAfter = intent.filters.allSatisfy { f in (context.filterStarts[f.dimension] ?? -1) > k }
            if countedBefore && filtersAfter { return true }
        }
        for i in w.indices where ["number", "count"].contains(w[i]) && at(i + 1) == "of" && !at(i + 2).isEmpty {
            for j in (i + 3)..<max(i + 3, min(w.count, i + 8)) where ["number", "count"].contains(w[j]) && at(j + 1) == "of" {
                if at(j + 3) == at(i + 2) && at(j + 2) != at(i + 2) { return true }
            }
        }
        return false
    }

    /// "in their country", "of that same subcategory", "within its category": the group of each one's own, named within
    /// `within` words after `start` (a possessive or "that same" is needed: "in 2013" or "for each country" is not one).
    func ownGroup(_ q: QuestionWords, from start: Int, within: Int) -> String? {
        for k in start..<(start + within) where ["in", "of", "for", "within", "across", "from"].contains(q[k]) {
            var d = k + 1
            while ["their", "its", "that", "the", "same", "own", "his", "her"].contains(q[d]) { d += 1 }
            if d > k + 1, q[k + 1] != "the" || q[k + 2] == "same", let name = dimensionNamed(q.words, d) { return name }
        }
        return nil
    }

    // MARK: - Time

    func parseTime(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // Any four-digit year is read as one, so that a year outside the data is refused with the
        // data's period rather than left over as an unexplained number.
        func year(_ w: String) -> Int? {
            guard w.count == 4, let y = Int(w), (1000...2999).contains(y) else { return nil }
            return y
        }
        func day(_ y: Int, _ m: Int, _ d: Int) -> String { String(format: "%04d-%02d-%02d", y, m, d) }
        func nextMonth(_ y: Int, _ m: Int) -> String { m == 12 ? day(y + 1, 1, 1) : day(y, m + 1, 1) }

        // "born in the 1960s", "born in the 60s": a decade is a period of ten years.
        for i in 0..<q.count where q.isFree(i) && q[i].hasSuffix("0s") && (q[i].count == 5 || q[i].count == 3) {
            let born = vocabulary.dimensions.contains { d in d.isTime && d.table != vocabulary.factTable && d.phrases.contains { p in (1...3).contains { q[i - $0] == p } } }
            guard let y = q[i].count == 5 ? year(String(q[i].dropLast())) : (born ? Int(q[i].dropLast()).flatMap { (30...90).contains($0) ? 1900 + $0 : nil } : nil) else { continue }
            setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: day(y + 10, 1, 1), label: "the \(y)s"))
            q.use(i..<(i + 1))
        }
        // "as of 2014-01-31", "as at 31 Jan 2014", "as of jan 31 2014": the date ages are computed at.
        // "age at 2014-01-31", "ages on 31 Jan 2014": the same, said after the word age (which stays to be read).
        // (The word "age" may already be read, as what a filter compares.)
        var ageAt = (0..<q.count).first { ["age", "ages", "aged"].contains(q[$0]) && ["at", "on"].contains(q[$0 + 1]) && q.isFree($0 + 1) }
        // "their age in whole years at 31/01/2014", "(whole years at 31 jan 2014)": the unit of the age said in between.
        if ageAt == nil, q.words.contains(where: { ["age", "ages", "aged"].contains($0) }),
            let on = (2..<max(2, q.count)).first(where: { j in
                guard ["at", "on"].contains(q[j]), q.isFree(j), q[j - 1] == "years" else { return false }
                return ["whole", "full", "completed"].contains(q[j - 2]) || (q[j - 2] == "in" && ["age", "ages"].contains(q[j - 3]))
            })
        {
            ageAt = on - 1
        }
        // "customers who were under 30 on 31 January 2014": the date right after an age compared is the age's.
        if ageAt == nil, intent.numericFilters.contains(where: { vocabulary.dimension(named: $0.column)?.referenceDate != nil }),
            let on = (1..<max(1, q.count)).first(where: { ["at", "on"].contains(q[$0]) && q.isFree($0) && !q.isFree($0 - 1) })
        {
            ageAt = on - 1
        }
        // ("aged 27 or under on 2014-01-31 (age in whole years as of that date)": the first place that gives a date.)
        for i in [q.find("as of"), q.find("as at"), ageAt].compactMap({ $0 }) where intent.ageAsOf == nil {
            let start = ageAt == i ? i + 1 : i
            if q[i + 2].count == 10, q[i + 2].contains("-") {
                intent.ageAsOf = q[i + 2]
                q.use(start..<(i + 3))
                // "single men under 30 (age at 2014-01-31)": the age is the one compared, so the word is read with the date.
                if ageAt == i, !intent.numericFilters.isEmpty || intent.band != nil { q.use(i..<(i + 1)) }
            } else if let d = Int(q[i + 2]), let m = Lexicon.months[q[i + 3]], let y = year(q[i + 4]), (1...31).contains(d) {
                intent.ageAsOf = day(y, m, d)
                q.use(start..<(i + 5))
            } else if let m = Lexicon.months[q[i + 2]], let d = Int(q[i + 3]), let y = year(q[i + 4]), (1...31).contains(d) {
                intent.ageAsOf = day(y, m, d)
                q.use(start..<(i + 5))
            }
        }
        if intent.ageAsOf != nil { _ = q.take(["as of that date", "as at that date", "at that date", "on that date", "as of that day", "on that day"]) }
        // Full dates: "between 2012-06-01 and 2012-08-31", "since 2013-03-01".
        // Day-month ranges: "between 1 June and 31 August 2012".
        for i in 0..<q.count where q.isFree(i) && (q[i] == "between" || q[i] == "from") {
            if let d1 = Int(q[i + 1]), let m1 = Lexicon.months[q[i + 2]] {
                var j = i + 3
                var y1: Int? = year(q[j])
                if y1 != nil { j += 1 }
                if ["and", "to", "till", "until", "through"].contains(q[j]), let d2 = Int(q[j + 1]), let m2 = Lexicon.months[q[j + 2]],
                    let y2 = year(q[j + 3])
                {
                    y1 = y1 ?? y2
                    let end = day(y2, m2, d2)
                    setPeriod(&intent, &context, .init(from: day(y1!, m1, d1), until: nil, label: "\(d1) \(Self.monthNames[m1 - 1]) \(y1!) to \(d2) \(Self.monthNames[m2 - 1]) \(y2)"))
                    intent.period?.until = SQLDateMath.addDays(end, 1)
                    q.use(i..<(j + 4))
                    break
                }
            }
        }
        readDayDates(&q, &intent, &context)
        // Quarters: "Q3 2013", "q3 of 2013", "third quarter of 2013", "2013 Q3"; several are compared side by side.
        var quarterPeriods: [QueryIntent.Period] = []
        var quarterStarts: [Int] = []
        for i in 0..<q.count where q.isFree(i) {
            var quarter: Int?
            var length = 1
            if let n = Lexicon.quarter(q[i]) { quarter = n }
            if let n = Lexicon.ordinals[q[i]], q[i + 1] == "quarter" { quarter = n; length = 2 }
            guard let quarter else { continue }
            var y: Int?
            var start = i
            var end = i + length
            if q[end] == "of" || q[end] == "in", let found = year(q[end + 1]) { y = found; end += 2 } else if let found = year(q[end]) { y = found; end += 1 } else if let found = year(q[i - 1]) { y = found; start = i - 1 }
            guard let y else {
                // "q4 rev by year", "Q1 of each year": the same quarter in every year, when the question says so.
                let acrossYears = ["by year", "each year", "per year", "every year", "year by year", "of each year", "in each year", "yearly", "annually"]
                if q[i].hasPrefix("q") || length == 2, acrossYears.contains(where: { q.has($0) }) {
                    // ("what % of each year's revenue was booked in the fourth quarter": the same, in words.)
                    if intent.quarterOfYear != nil && intent.quarterOfYear != quarter { context.conflicts.append("two quarters of the year") }
                    intent.quarterOfYear = quarter
                    q.use(i..<(i + length))
                } else if ["in", "during", "for"].contains(q[i - 1]) || q[i].hasPrefix("q"),
                    case let years = Set(q.words.compactMap(year)), years.count == 1, let only = years.first
                {
                    // "2013's orders ... in Q4": the quarter of the one year the question names (that year stays a period too).
                    let m = (quarter - 1) * 3 + 1
                    quarterStarts.append(i)
                    quarterPeriods.append(.init(from: day(only, m, 1), until: quarter == 4 ? day(only + 1, 1, 1) : day(only, m + 3, 1), label: "Q\(quarter) \(only)"))
                    q.use(((["in", "during", "for"].contains(q[i - 1]) ? i - 1 : i))..<(i + length))
                }
                continue
            }
            let m = (quarter - 1) * 3 + 1
            // "since Q3 2013", "starting Q1 2013": from the quarter's first day on.
            if ["since", "starting"].contains(q[start - 1]) {
                setPeriod(&intent, &context, .init(from: day(y, m, 1), until: nil, label: "since Q\(quarter) \(y)"))
                q.use((start - 1)..<end)
                continue
            }
            quarterStarts.append(start)
            quarterPeriods.append(.init(from: day(y, m, 1), until: quarter == 4 ? day(y + 1, 1, 1) : day(y, m + 3, 1), label: "Q\(quarter) \(y)"))
            if q[start - 1] == "in" || q[start - 1] == "for" || q[start - 1] == "during" { start -= 1 }
            q.use(start..<end)
        }
        // "for Q3 2013 and Q4 2013, with the growth from Q3 to Q4", "in Q4 2013, i.e. total Q4 2013 revenue ...": a quarter
        // named again is the same one.
        let firsts = quarterPeriods.indices.filter { i in !quarterPeriods[..<i].contains(quarterPeriods[i]) }
        (quarterPeriods, quarterStarts) = (firsts.map { quarterPeriods[$0] }, firsts.map { quarterStarts[$0] })
        // "from Q3 2013 to Q4 2013", "Q1 2012 through Q4 2013": one range, not two periods side by side.
        // "between Q1 2012 and Q4 2013" is a range too, unless two things are set against each other ("the difference between").
        let betweenRange =
            quarterPeriods.count == 2 && q[quarterStarts[1] - 1] == "and" && q[quarterStarts[0] - 1] == "between"
            && !q.words.contains { ["difference", "differences", "compare", "compared", "comparing", "vs", "versus", "gap"].contains($0) }
        if quarterPeriods.count == 2, ["to", "through", "till", "until", "thru", "-"].contains(q[quarterStarts[1] - 1]) || betweenRange {
            let (a, b) = (quarterPeriods[0], quarterPeriods[1])
            if a.from! < b.until! {
                quarterPeriods = [.init(from: a.from, until: b.until, label: "\(a.label) to \(b.label)")]
                q.use((quarterStarts[1] - 1)..<quarterStarts[1])
                if ["from", "between"].contains(q[quarterStarts[0] - 1]) { q.use((quarterStarts[0] - 1)..<quarterStarts[0]) }
            } else {
                context.conflicts.append("a range that ends (\(b.label)) before it starts (\(a.label))")
            }
        }
        if quarterPeriods.count == 1 { setPeriod(&intent, &context, quarterPeriods[0]) } else if quarterPeriods.count > 1 { intent.periods = quarterPeriods }
        // Months with a year: "December 2011", "dec of 2012", possibly several (compare).
        var monthPeriods: [QueryIntent.Period] = []
        var monthStarts: [Int] = []
        var ranges: [QueryIntent.Period] = []
        for i in 0..<q.count where q.isFree(i) {
            guard let m = Lexicon.months[q[i]], !(q[i] == "may" && year(q[i + 1]) == nil && q[i + 1] != "of") else { continue }
            var end = i + 1
            if q[end] == "of" { end += 1 }
            // "July to December 2013": the first month takes the year of the second.
            if year(q[end]) == nil, ["to", "through", "until", "till", "thru"].contains(q[i + 1]), let m2 = Lexicon.months[q[i + 2]] {
                var e2 = i + 3
                if q[e2] == "of" { e2 += 1 }
                if let y2 = year(q[e2]), m <= m2 {
                    ranges.append(.init(from: day(y2, m, 1), until: nextMonth(y2, m2), label: "\(q[i].capitalized) to \(q[i + 2].capitalized) \(y2)"))
                    q.use(i..<(e2 + 1))
                    if ["from", "between"].contains(q[i - 1]) { q.use((i - 1)..<i) }
                    continue
                }
            }
            guard let y = year(q[end]) else {
                // "December revenue by year", "sales in December for each year": the same month in every year, when the question says so.
                let acrossYears = ["by year", "each year", "per year", "every year", "year by year", "for each year", "in each year", "yearly", "annually"]
                if q[i].count > 3 || q[i] == "may", acrossYears.contains(where: { q.has($0) }) {
                    // ("June, July and August for each year": consecutive months of every year, said one after the other.)
                    var before = i - 1
                    while ["and", "to", "through", "thru"].contains(q[before]) { before -= 1 }
                    let ranged = ["to", "through", "thru"].contains(q[i - 1])
                    if let first = intent.monthOfYear, ranged ? m > (intent.monthOfYearThrough ?? first) : m == (intent.monthOfYearThrough ?? first) + 1, intent.dayOfMonth == nil,
                        Lexicon.months[q[before]] == (intent.monthOfYearThrough ?? first)
                    {
                        intent.monthOfYearThrough = m
                        q.use((before + 1)..<(i + 1))
                        continue
                    }
                    if intent.monthOfYear != nil && intent.monthOfYear != m { context.conflicts.append("two months of the year") }
                    intent.monthOfYear = m
                    q.use(i..<(i + 1))
                    // "on 25 December each year", "on the 24th of December", "December 31st": one calendar day of every year.
                    var first = i
                    if let (d, days) = calendarDay(q, month: m, at: i) {
                        if intent.dayOfMonth != nil && intent.dayOfMonth != d { context.conflicts.append("two days of the year") }
                        intent.dayOfMonth = d
                        q.use(days)
                        first = min(i, days.lowerBound)
                    }
                    if ["in", "for", "during", "on"].contains(q[first - 1]) && q.isFree(first - 1) { q.use((first - 1)..<first) }
                    if q[first - 1] == "the", ["on", "in", "for"].contains(q[first - 2]), q.isFree(first - 1), q.isFree(first - 2) { q.use((first - 2)..<first) }
                } else if ["starting", "since"].contains(q[i - 1]), case let years = Set(q.words.compactMap(year)), years.count == 1, let only = years.first {
                    // "cumulative revenue through H2 2013, starting July": from that month of the one year named on.
                    ranges.append(.init(from: day(only, m, 1), until: nil, label: "since \(q[i].capitalized) \(only)"))
                    q.use((i - 1)..<(i + 1))
                } else if q[i].count > 3 || q[i] == "may" || (["or", "and"].contains(q[i + 1]) && Lexicon.months[q[i + 2]] != nil),
                    ["in", "during", "for"].contains(q[i - 1]),
                    case let years = Set(q.words.compactMap(year)), years.count == 1, let only = years.first
                {
                    // "what share of 2013's turnover came in December": the month of the one year the question names.
                    monthStarts.append(i)
                    monthPeriods.append(.init(from: day(only, m, 1), until: nextMonth(only, m), label: "\(q[i].capitalized) \(only)"))
                    q.use((i - 1)..<(i + 1))
                }
                continue
            }
            // "from February 2013 to January 2014", "January 2012 through June 2013": one range.
            if monthPeriods.count == 1, let previous = monthStarts.last,
                ["to", "through", "till", "until", "thru"].contains(q[i - 1])
                    || (q[i - 1] == "and" && q[previous - 1] == "between")
            {
                let first = monthPeriods.removeLast()
                let range = QueryIntent.Period(from: first.from, until: nextMonth(y, m), label: "\(first.label) to \(q[i].capitalized) \(y)")
                if first.from! < range.until! {
                    ranges.append(range)
                } else {
                    context.conflicts.append("a range that ends (\(q[i].capitalized) \(y)) before it starts (\(first.label))")
                }
                q.use((i - 1)..<(end + 1))
                if ["from", "between"].contains(q[previous - 1]) { q.use((previous - 1)..<previous) }
                continue
            }
            // "starting July 2013 ... to January 2014": the end of the range started.
            if monthPeriods.isEmpty, let open = ranges.last, let from = open.from, open.until == nil, ["to", "through", "till", "until", "thru"].contains(q[i - 1]) {
                let until = nextMonth(y, m)
                if from < until {
                    ranges[ranges.count - 1] = .init(from: from, until: until, label: "\(open.label.replacingOccurrences(of: "since ", with: "")) to \(q[i].capitalized) \(y)")
                } else {
                    context.conflicts.append("a range that ends (\(q[i].capitalized) \(y)) before it starts (\(open.label))")
                }
                q.use((i - 1)..<(end + 1))
                continue
            }
            if ["since", "starting", "after"].contains(q[i - 1]) {
                let from = q[i - 1] == "after" ? nextMonth(y, m) : day(y, m, 1)
                ranges.append(.init(from: from, until: nil, label: "\(q[i - 1] == "after" ? "after" : "since") \(q[i].capitalized) \(y)"))
                q.use((i - 1)..<(end + 1))
                continue
            }
            if ["before", "until", "till"].contains(q[i - 1]) {
                ranges.append(.init(from: nil, until: day(y, m, 1), label: "before \(q[i].capitalized) \(y)"))
                q.use((i - 1)..<(end + 1))
                continue
            }
            monthPeriods.append(.init(from: day(y, m, 1), until: nextMonth(y, m), label: "\(q[i].capitalized) \(y)"))
            monthStarts.append(i)
            q.use(i..<(end + 1))
        }
        for range in ranges { setPeriod(&intent, &context, range) }
        // Months without a year: "December 2011 and December 2012" shares one year per month; "in june" alone is unsupported.
        // "in November or December 2013": either month, so the span they make when they follow each other.
        if monthPeriods.count == 2, monthStarts.count == 2, q[monthStarts[1] - 1] == "or" {
            let (a, b) = (monthPeriods[0], monthPeriods[1])
            if a.until == b.from {
                monthPeriods = [.init(from: a.from, until: b.until, label: "\(a.label) to \(b.label)")]
                q.use((monthStarts[1] - 1)..<monthStarts[1])
            } else {
                context.conflicts.append("either of two months that do not follow each other (\(a.label) or \(b.label))")
            }
        }
        if monthPeriods.count == 1 {
            setPeriod(&intent, &context, monthPeriods[0])
        } else if monthPeriods.count > 1 {
            if !intent.periods.isEmpty { context.conflicts.append("quarters and months compared at once") }
            intent.periods = monthPeriods
        }

        // "1986 or later", "from 1980 onwards", "2012 or earlier": open ranges written after the year.
        for i in 0..<q.count where q.isFree(i) {
            guard let y = year(q[i]) else { continue }
            let tail = q[i + 1] + " " + q[i + 2]
            if ["or later", "and later", "or after", "and after"].contains(tail) || ["onwards", "onward"].contains(q[i + 1]) {
                let length = ["onwards", "onward"].contains(q[i + 1]) ? 2 : 3
                let start = ["from", "since"].contains(q[i - 1]) ? i - 1 : i
                setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: nil, label: "since \(y)"))
                q.use(start..<(i + length))
            } else if ["or earlier", "and earlier", "or before", "and before"].contains(tail) {
                setPeriod(&intent, &context, .init(from: nil, until: day(y + 1, 1, 1), label: "until \(y)"))
                q.use(i..<(i + 3))
            }
        }
        // Year ranges and open ranges.
        for i in 0..<q.count where q.isFree(i) {
            switch q[i] {
            // "for 2011 to 2013", "over 2011 through 2013": one span, as "from 2011 to 2013" (a year "to" another year
            // without such a word stays the change from one to the other).
            case "for", "over", "across", "during", "covering", "spanning":
                guard let y = year(q[i + 1]), ["to", "until", "through", "till", "thru"].contains(q[i + 2]), let y2 = year(q[i + 3]), q.isFree(i + 3) else { continue }
                if y2 < y { context.conflicts.append("a range that ends (\(y2)) before it starts (\(y))") }
                setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: day(y2 + 1, 1, 1), label: "\(y) to \(y2)"))
                q.use(i..<(i + 4))
            case "since", "after", "from", "starting":
                if let y = year(q[i + 1]) {
                    let from = q[i] == "after" ? day(y + 1, 1, 1) : day(y, 1, 1)
                    if ["to", "until", "through", "and", "till"].contains(q[i + 2]), let y2 = year(q[i + 3]) {
                        if y2 < y { context.conflicts.append("a range that ends (\(y2)) before it starts (\(y))") }
                        setPeriod(&intent, &context, .init(from: from, until: day(y2 + 1, 1, 1), label: "\(y) to \(y2)"))
                        q.use(i..<(i + 4))
                    } else {
                        setPeriod(&intent, &context, .init(from: from, until: nil, label: "since \(q[i] == "after" ? y + 1 : y)"))
                        q.use(i..<(i + 2))
                    }
                }
            case "before", "until", "till", "prior":
                let offset = q[i] == "prior" && q[i + 1] == "to" ? 2 : 1
                if let y = year(q[i + offset]) {
                    setPeriod(&intent, &context, .init(from: nil, until: day(y, 1, 1), label: "before \(y)"))
                    q.use(i..<(i + offset + 1))
                }
            case "between":
                if let y = year(q[i + 1]), q[i + 2] == "and", let y2 = year(q[i + 3]) {
                    if y2 < y { context.conflicts.append("a range that ends (\(y2)) before it starts (\(y))") }
                    setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: day(y2 + 1, 1, 1), label: "\(y) to \(y2)"))
                    q.use(i..<(i + 4))
                }
            default:
                break
            }
        }
        // "revenue by year, 2011 to 2013", "each year, 2011 through 2013": beside a breakdown by a time grain, a year "to"
        // another is the span the rows cover, not a change from one to the other.
        // (The words are joined, once, only when such a span is there: the grain may have been read already.)
        let spans = (0..<q.count).filter { i in
            q.isFree(i) && q.isFree(i + 2) && year(q[i]) != nil && ["to", "through", "thru", "until", "till"].contains(q[i + 1]) && year(q[i + 2]) != nil
        }
        let sentence = spans.isEmpty ? "" : q.words.joined(separator: " ")
        let grainSaid = ["by year", "each year", "per year", "every year", "yearly", "annual", "by month", "each month", "per month", "monthly", "by quarter", "each quarter", "per quarter", "quarterly"]
            .contains { sentence.contains($0) }
        for i in spans where grainSaid {
            guard let y = year(q[i]), let y2 = year(q[i + 2]), y < y2 else { continue }
            setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: day(y2 + 1, 1, 1), label: "\(y) to \(y2)"))
            q.use(i..<(i + 3))
        }
        // "last year", "this year": relative to the latest date in the data.
        let latestYear = Int(latestDate.prefix(4)) ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        // "the most recent month we have data for": the month of the latest order.
        if let i = q.find("most recent month") ?? q.find("latest month"), latestDate.count == 10, let y = Int(latestDate.prefix(4)),
            let m = Int(latestDate.dropFirst(5).prefix(2))
        {
            setPeriod(&intent, &context, .init(from: day(y, m, 1), until: nextMonth(y, m), label: String(latestDate.prefix(7))))
            q.use(i..<(i + (q[i] == "most" ? 3 : 2)))
            _ = q.take(["we have data for", "we have data", "in the data", "of data"])
        }
        // Halves: "second half of 2013", "H1 2013"; "the first half" alone takes the year of the other half named.
        var halves: [(Int, Int?, Range<Int>)] = []
        var listedYears = false
        for i in 0..<q.count where q.isFree(i) {
            var half: Int?
            var end = i
            if (q[i] == "first" || q[i] == "second") && q[i + 1] == "half" { half = q[i] == "first" ? 1 : 2; end = i + 2 }
            if q[i] == "h1" || q[i] == "h2" { half = q[i] == "h1" ? 1 : 2; end = i + 1 }
            guard let half else { continue }
            var y: Int?
            if q[end] == "of" || q[end] == "in", let found = year(q[end + 1]) { y = found; end += 2 } else if let found = year(q[end]) { y = found; end += 1 }
            var start = i
            if q[i - 1] == "the" { start -= 1 }
            halves.append((half, y, start..<end))
            // "the first half of 2011, 2012 and 2013": the same half of each year listed.
            while y != nil, halves.count < 6, let next = year(q[end] == "and" || q[end] == "or" ? q[end + 1] : q[end]), q.isFree(end) {
                end += q[end] == "and" || q[end] == "or" ? 2 : 1
                halves.append((half, next, end - 1..<end))
                halves[halves.count - 2].2 = halves[halves.count - 2].2.lowerBound..<(end - 1)
                start = end - 1
                listedYears = true
            }
        }
        // "H1 vs H2 revenue for 2013": halves without a year take the one year the question names.
        let onlyYear: Int? = {
            let years = Set(q.words.compactMap(year)); return years.count == 1 ? years.first : nil
        }()
        // "H2 2013 versus H2 2012": each half its own year.
        let halfYears = Set(halves.compactMap { $0.1 })
        let yearOfAHalf = halfYears.count == 1 ? halfYears.first : halfYears.isEmpty ? onlyYear : nil
        if !halves.isEmpty, halves.allSatisfy({ $0.1 != nil || yearOfAHalf != nil }) {
            // "h1 vs h2 2013": halves of one year compared are labelled by the half alone, as people label them.
            let oneYear = halves.count > 1 && Set(halves.map { $0.1 ?? yearOfAHalf! }).count == 1
            var periods = halves.map { h in
                let y = h.1 ?? yearOfAHalf!
                return QueryIntent.Period(
                    from: h.0 == 1 ? day(y, 1, 1) : day(y, 7, 1), until: h.0 == 1 ? day(y, 7, 1) : day(y + 1, 1, 1),
                    label: (h.0 == 1 ? "H1" : "H2") + (oneYear ? "" : " \(y)"))
            }
            // "the first half of 2011, 2012 and 2013": the same months of each year listed, each year a row.
            if listedYears, halves.count > 1, Set(halves.map(\.0)).count == 1, intent.monthOfYear == nil {
                intent.monthOfYear = halves[0].0 == 1 ? 1 : 7
                intent.monthOfYearThrough = halves[0].0 == 1 ? 6 : 12
                periods = halves.map { h in QueryIntent.Period(from: day(h.1!, 1, 1), until: day(h.1! + 1, 1, 1), label: "\(h.1!)") }
            }
            for h in halves { q.use(h.2) }
            if periods.count == 1 {
                setPeriod(&intent, &context, periods[0])
            } else {
                if !intent.periods.isEmpty { context.conflicts.append("halves and other periods compared at once") }
                intent.periods = periods.sorted { $0.from! < $1.from! }
            }
        }
        // "the last complete quarter", "the last full month": the calendar quarter (month) before the one of the latest order,
        // as "last year" is the year before (not "the last quarter of 2013", a quarter of that year).
        if latestDate.count == 10, let m = Int(latestDate.dropFirst(5).prefix(2)) {
            for grain in ["quarter", "month"] {
                // (Plain "last month" and "the previous quarter" are as often the one before another: "vs the previous month".)
                let phrases = ["last complete", "last completed", "last full", "most recent complete", "most recent full"].map { "\($0) \(grain)" } + (grain == "quarter" ? ["last quarter"] : [])
                guard let phrase = phrases.first(where: { q.find($0) != nil }), let i = q.find(phrase) else { continue }
                let end = i + phrase.split(separator: " ").count
                // ("the last month of 2013", "the last quarter we have data for": a period of the year, or the latest one.)
                let complete = phrase.contains("complete") || phrase.contains("full")
                guard complete || (!["of", "in", "we", "with", "for", "on"].contains(q[end]) && !["vs", "versus", "than", "over", "to", "with", "from", "previous", "the"].contains(q[i - 1]))
                else { continue }
                var y = latestYear
                var first = grain == "quarter" ? (m - 1) / 3 * 3 + 1 - 3 : m - 1
                if first < 1 { first += 12; y -= 1 }
                let until = grain == "quarter" ? (first + 3 > 12 ? day(y + 1, 1, 1) : day(y, first + 3, 1)) : nextMonth(y, first)
                let label = grain == "quarter" ? "Q\((first - 1) / 3 + 1) \(y)" : String(format: "%04d-%02d", y, first)
                setPeriod(&intent, &context, .init(from: day(y, first, 1), until: until, label: label))
                q.use(i..<end)
                _ = q.take(["in the data", "of the data", "of data", "we have data for", "we have"])
            }
        }
        for (phrase, y) in [("last year", latestYear - 1), ("previous year", latestYear - 1), ("this year", latestYear)] {
            if let i = q.find(phrase) {
                setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: day(y + 1, 1, 1), label: "\(y)"))
                q.use(i..<(i + 2))
            }
        }
        // "1986 or later", "2012 onwards", "2011 or earlier".
        for i in 0..<q.count where q.isFree(i) {
            guard let y = year(q[i]) else { continue }
            let next = q[i + 1] + " " + q[i + 2]
            if ["or later", "and later", "or after", "and after"].contains(next) || q[i + 1] == "onwards" || q[i + 1] == "onward" {
                setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: nil, label: "\(y) or later"))
                q.use((["in", "from"].contains(q[i - 1]) ? i - 1 : i)..<(i + (q[i + 1].hasPrefix("onward") ? 2 : 3)))
            } else if ["or earlier", "and earlier", "or before", "and before"].contains(next) {
                setPeriod(&intent, &context, .init(from: nil, until: day(y + 1, 1, 1), label: "\(y) or earlier"))
                q.use((q[i - 1] == "in" ? i - 1 : i)..<(i + 3))
            }
        }
        // Remaining bare years.
        for i in 0..<q.count where q.isFree(i) {
            // "more than 1500": an amount, unless a time word says it is a year.
            if ["than", "above", "below", "under", "exceeding", "least", "most", "over", "top", "bottom"].contains(q[i - 1]) {
                // "over 2011, 2012 and 2013", "2013 over 2012": years, by the years around them.
                guard q[i - 1] == "over", let y = year(q[i]), (1900...2100).contains(y),
                    [",", "and"].contains(q[i + 1]) || year(q[i + 1]) != nil || year(q[i - 2]) != nil
                else { continue }
            }
            if let y = year(q[i]), (1900...2100).contains(y) || ["in", "for", "during", "of", "since", "until", "over", "across", "throughout"].contains(q[i - 1]) {
                // "bottom 3 bikes by 2013 revenue - only bikes that sold in 2013": the same year said twice is one.
                if !context.years.contains(y) { context.years.append(y) }
                q.use(i..<(i + 1))
                if ["in", "for", "during", "of", "through", "throughout"].contains(q[i - 1]) && q.isFree(i - 1) { q.use((i - 1)..<i) }
            }
        }
        // "bought in 2012 but not in 2013": active in the first period and not in the second.
        let negations = [
            // "sold in 2012 but had no sales at all in 2013": the sales denied are the activity, not a measure.
            "but had no sales at all", "but had no sales", "but had zero sales", "but sold nothing", "but made no sales", "but with no sales", "but no sales", "but zero sales",
            "but did not sell", "but didnt sell", "but did not buy", "but didnt buy", "but did not order", "but didnt order",
            "but did not", "but didnt", "but had no orders", "but no orders", "but have not", "but havent", "but has not", "but hasnt",
            "but not at all", "but nothing at all", "but not", "but nothing", "and not", "but never", "but no", "and nothing",
            // "who ordered in 2012 never came back, i.e. placed no order at all after 2012": no "but", the same denial.
            "never came back", "never returned", "did not come back", "didnt come back", "never ordered again", "never bought again",
            "never placed another order", "placed no order at all", "placed no orders at all", "placed no order", "placed no orders",
            // "customers who bought in 2012 didn't buy anything at all in 2013": the denial of the second period's buying.
            "didnt buy anything at all", "did not buy anything at all", "didnt buy anything", "did not buy anything", "didnt order anything",
            "did not order anything", "didnt purchase anything", "did not purchase anything", "didnt buy", "did not buy", "didnt order",
            "did not order", "didnt purchase", "did not purchase", "didnt return", "did not return", "had no orders", "made no purchases",
            "but then didnt place a single order", "but then did not place a single order", "didnt place a single order", "did not place a single order",
            "but then didnt", "but then did not",
        ]
        if let negation = negations.first(where: { q.has($0) }), let at = q.find(negation) {
            var periods = intent.periods
            if periods.isEmpty, let p = intent.period, context.years.isEmpty { periods = [p] }
            periods += context.years.map { .init(from: day($0, 1, 1), until: day($0 + 1, 1, 1), label: "\($0)") }
            if intent.periods.isEmpty, let p = intent.period, context.years.count == 1 {
                // A year and another period ("in 2012 but not after 2012"): the one written after the denial is the one
                // without sales. The year's words tell where it stands; said on both sides, the later period is denied.
                let said = q.words.indices.filter { q[$0] == String(context.years[0]) }
                let year = periods[0]
                if said.allSatisfy({ $0 > at }) {
                    periods = [p, year]
                } else if said.allSatisfy({ $0 < at }) || (p.from ?? "") >= (year.until ?? "~") {
                    periods = [year, p]
                } else {
                    periods = []
                }
            } else if intent.periods.isEmpty, let p = intent.period, !context.years.isEmpty {
                periods.insert(p, at: 0)
            }
            // "customers who first bought in 2011 never placed another order after 2011": the cohort's own period is the
            // one they were active in.
            if periods.count == 1, let c = intent.cohort, !c.last, let until = c.period.until, (periods[0].from ?? "") >= until {
                periods.insert(c.period, at: 0)
            }
            if periods.count == 2 {
                intent.activeIn = periods[0]
                intent.inactiveIn = periods[1]
                intent.periods = []
                intent.period = nil
                context.years = []
                context.periodClashes = []
                _ = q.take(negations)
                _ = q.take(["at all", "something", "anything", "any"])
            }
        }
        if context.years.count == 1 {
            let y = context.years[0]
            setPeriod(&intent, &context, .init(from: day(y, 1, 1), until: day(y + 1, 1, 1), label: "\(y)"))
        }
        _ = q.take(["all time", "of all time", "ever", "in our entire trading history", "in our trading history", "trading history"])
        // "the last 6 months": the calendar months up to the latest order.
        // "the last 7 days": the days up to and including the latest order date.
        for i in 0..<q.count where q.isFree(i) && (q[i] == "last" || q[i] == "past") {
            // "the last 3 full months": whole calendar months only, so a month the data ends in the middle of is left out.
            let full = ["full", "complete", "whole"].contains(q[i + 2]) && q[i + 3] == "months"
            let unit = full ? i + 3 : i + 2
            guard let n = Int(q[i + 1]) ?? Lexicon.numberWords[q[i + 1]], ["months", "days"].contains(q[unit]), (1...120).contains(n),
                latestDate.count == 10, let y = Int(latestDate.prefix(4)), let m = Int(latestDate.dropFirst(5).prefix(2))
            else { continue }
            let days = q[unit] == "days"
            let partial = full && SQLDateMath.addDays(latestDate, 1).hasSuffix("-01") == false
            let startIndex = y * 12 + (m - 1) - (n - 1) - (partial ? 1 : 0)
            let from = days ? SQLDateMath.addDays(latestDate, 1 - n) : day(startIndex / 12, startIndex % 12 + 1, 1)
            setPeriod(&intent, &context, .init(from: from, until: partial ? day(y, m, 1) : nil, label: "the last \(n) \(full ? "full " : "")\(q[unit])"))
            q.use(i..<(unit + 1))
            // "for each of the last 3 months": one row per month (or day), not their total.
            if q[i - 1] == "the", q[i - 2] == "of", ["each", "every"].contains(q[i - 3]) {
                setBucket(&intent, &context, days ? .day : .yearMonth)
                q.use((i - 3)..<(i - 1))
            }
            _ = q.take(["in the data", "we have data for", "we have data", "of data", "with data", "on record"])
        }
        // "the 12 months from February 2013 to January 2014": a count that restates the range.
        if let p = intent.period, let from = p.from, let until = p.until, from.hasSuffix("-01"), until.hasSuffix("-01"),
            let y1 = Int(from.prefix(4)), let m1 = Int(from.dropFirst(5).prefix(2)), let y2 = Int(until.prefix(4)), let m2 = Int(until.dropFirst(5).prefix(2))
        {
            let n = (y2 * 12 + m2) - (y1 * 12 + m1)
            _ = q.take(["the \(n) months", "\(n) months"])
        }
        if intent.period != nil || !intent.periods.isEmpty {
            _ = q.take([
                "both days included", "both dates included", "both ends included", "both included", "inclusive", "both inclusive",
                "including both", "both days inclusive",
            ])
        }
    }

    // MARK: - Shape

    func parseShape(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let salesVerbs = [
            "bought", "buy", "buys", "purchased", "purchase", "ordered", "orders", "placed", "spent", "spend",
            "sold", "sell", "sales", "selling", "shifted", "came back", "revenue", "turnover",
        ]
        // "an order", but not the order rows are sorted in ("in descending order of customer count").
        let sortWords: Set<String> = ["descending", "ascending", "alphabetical", "chronological", "reverse", "sort", "numerical", "that", "same", "in", "date", "calendar"]
        let saysOrder = (0..<q.count).contains { q[$0] == "order" && q.isFree($0) && !sortWords.contains(q[$0 - 1]) }
        // A period on the order date is about sales; one on another table's date ("created in 2012") is not.
        let periodOnSales = intent.timeDimension.map { vocabulary.dimension(named: $0)?.table == vocabulary.factTable } ?? true
        context.salesContext = salesVerbs.contains { q.has($0) } || saysOrder || (periodOnSales && (intent.period != nil || !intent.periods.isEmpty))

        // "What % of French customers' 2013 spending went on accessories? Same figure for the US please": a row for each.
        if q.take(["and the same figure for", "same figure for", "and the same number for", "same number for", "same again for", "and the same for", "same for"]) {
            context.eachOfThoseNamed = true
            context.sameForAnother = true
        }
        // Follow-ups: "and by country?", "only 2013", "top 5 instead", "as a share".
        if q[0] == "and" || q[0] == "only" || q[0] == "now" || q[0] == "what" && q[1] == "about" || q.has("instead") || q[0] == "as" || q.has("same") || q[0] == "just" {
            context.followUp = true
            _ = q.take(["what about", "how about", "instead", "and", "only", "now", "same but", "same", "just"])
        }

        // "most recent year first", "newest first": the grain word between may already be read as the breakdown.
        for i in 0..<q.count where q.isFree(i) && (["newest", "latest"].contains(q[i]) || (q[i] == "recent" && q[i - 1] == "most")) {
            var k = i + 1
            if ["year", "month", "quarter", "week", "day", "period", "one", "ones"].contains(q[k]) { k += 1 }
            guard q[k] == "first", q.isFree(k) else { continue }
            intent.newestFirst = true
            q.use((q[i] == "recent" ? i - 1 : i)..<(k + 1))
            break
        }
        if q.take(["in reverse chronological order", "reverse chronological order", "reverse chronological"]) { intent.newestFirst = true }
        // "highest month first", "smallest country first": a sort order around the thing sorted.
        // ("first names" is a column, not an order.)
        for i in 0..<q.count where q.isFree(i) && q[i] == "first" && dimensionPhrase(q, i) == nil {
            for back in [1, 2, 3] where q.isFree(i - back) {
                let w = q[i - back]
                if Lexicon.highEndWords.contains(w) {
                    intent.sortDescending = true
                } else if Lexicon.lowEndWords.contains(w) {
                    intent.sortDescending = false
                } else {
                    continue
                }
                q.use((i - back)..<(i - back + 1))
                q.use(i..<(i + 1))
                // "biggest day first", "smallest country first": the thing sorted, said between, is the slice already read.
                for k in (i - back + 1)..<i
                where ["day", "month", "year", "quarter", "week", "weekday", "one", "ones", "group", "value", "spender", "spenders", "seller", "sellers", "earner", "earners"].contains(q[k])
                    || Lexicon.peopleWords.contains(q[k]) || Lexicon.productWords.contains(q[k])
                    || dimensionPhrase(q, k) != nil
                {
                    q.use(k..<(k + 1))
                }
                break
            }
        }
        if q.take([
            "biggest first", "largest first", "highest first", "most first", "descending", "from highest to lowest",
            "highest to lowest", "largest to smallest", "biggest to smallest", "from highest", "sorted descending",
            "in descending order", "top down", "high to low", "from high to low", "from the strongest to the weakest", "strongest to weakest",
            "from the strongest month to the weakest", "strongest first", "best to worst", "from best to worst",
        ]) || ((q.has(anyOf: Self.priceWords) || Self.averagedCost(q)) && q.take(["priciest first", "most expensive first"])) {
            intent.sortDescending = true
        }
        if q.take([
            "smallest first", "lowest first", "least first", "fewest first", "ascending", "in ascending order",
            "from lowest to highest", "lowest to highest", "smallest to largest", "from lowest", "sorted ascending", "low to high", "from low to high",
            "weakest first", "worst to best", "from worst to best",
        ]) || ((q.has(anyOf: Self.priceWords) || Self.averagedCost(q)) && q.take(["cheapest first", "least expensive first"])) {
            if intent.sortDescending == true { context.conflicts.append("two opposite sort orders") }
            intent.sortDescending = false
        }
        if intent.sortDescending != nil || intent.newestFirst { _ = q.take(["sort it", "sort them", "sorted", "sort", "sorting"]) }
        // "from the most customers to the fewest", "from the biggest market to the smallest": a sort order whose two
        // ends frame the thing sorted, not a ranking (the words between are the measure, read later).
        let high = Lexicon.highEndWords
        let low = Lexicon.lowEndWords
        // ("most to least", "top to bottom": the same, without "from".)
        for i in 0..<q.count where q.isFree(i) && (q[i] == "from" || (high.contains(q[i]) || low.contains(q[i])) && q[i + 1] == "to" && q[i - 1] != "from") {
            let first = q[i] != "from" ? i : q[i + 1] == "the" ? i + 2 : i + 1
            let firstHigh = high.contains(q[first])
            guard firstHigh || low.contains(q[first]) else { continue }
            guard let to = ((first + 1)...(first + 4)).first(where: { q[$0] == "to" && q.isFree($0) }) else { continue }
            let last = q[to + 1] == "the" ? to + 2 : to + 1
            guard (firstHigh ? low : high).contains(q[last]) else { continue }
            if let sorted = intent.sortDescending, sorted != firstHigh { context.conflicts.append("two opposite sort orders") }
            intent.sortDescending = firstHigh
            for j in [i, first, to, last] + (first > i + 1 ? [i + 1] : []) + (last > to + 1 ? [to + 1] : []) { q.use(j..<(j + 1)) }
            // ("Sort the countries from the highest ... to the lowest": the verb said before the order.)
            _ = q.take(["sort the", "sort them", "sorted", "sort", "order them", "rank them"])
            // "from the best day to the worst": a word for the rows sorted, already named by the breakdown.
            for k in (first + 1)..<to where ["day", "days", "month", "months", "year", "years", "quarter", "quarters", "weekday", "one", "ones"].contains(q[k]) {
                q.use(k..<(k + 1))
            }
        }
        // "sorted"/"ranked"/"rank" alone: by the measure, largest first (the usual meaning of a ranking).
        // ("sorted by surname" sorts by a column of the rows, read with the list.)
        let byColumn = (0..<q.count).contains { k in
            ["sorted", "sort", "ordered"].contains(q[k]) && q[k + 1] == "by" && dimensionPhrase(q, k + 2 + (["the", "their"].contains(q[k + 2]) ? 1 : 0)) != nil
        }
        context.rankVerb = q.has(anyOf: ["rank", "ranked", "ranking"])
        readShownRank(&q, &intent)
        context.eachNamed = (0..<q.count).compactMap { ["each", "every"].contains(q[$0]) ? dimensionNamed(q.words, $0 + 1) : nil }
        context.sortVerbAt = (0..<q.count).first { i in
            ["rank", "sort"].contains(q[i]) || (q[i] == "order" && ["our", "the", "all", "them", "these", "those"].contains(q[i + 1]))
                // ("list our accessories by revenue, highest first": a list with a sort order sorts what it lists.)
                || (q[i] == "list" && ["our", "the", "all"].contains(q[i + 1]))
        }
        if !byColumn, q.take(["sorted by", "ranked by", "sorted", "ranked", "rank", "in order"]), intent.sortDescending == nil {
            intent.sortDescending = true
        }
        readRankPlace(&q, &context)
        // Top/bottom N.
        var directions: Set<Bool> = []
        var directionWords: [Int] = []
        for i in 0..<q.count where q.isFree(i) {
            let w = q[i]
            // ("the thinnest margin", "the fattest margins": said of a margin, its size.)
            let highest = ["top", "best", "biggest", "largest", "highest", "leading", "strongest", "busiest", "longest", "fattest", "widest", "healthiest"].contains(w)
            let lowest = ["bottom", "worst", "smallest", "lowest", "fewest", "least", "weakest", "poorest", "slowest", "quietest", "shortest", "thinnest", "slimmest", "narrowest"]
                .contains(w)
            // "at least one order" is a threshold, not a ranking (and not read here); so is "did sales top 60k".
            guard highest || lowest, !(w == "least" && q[i - 1] == "at") else { continue }
            if w == "top", Double(q[i + 1]) != nil, ["k", "m", "bn", "million", "thousand"].contains(q[i + 2]) { continue }
            directions.insert(highest)
            directionWords.append(i)
            // "the highest 2013 revenue", "2013 top products": a year, not a count of rows (a count of 2013 is said before
            // the rows: "top 2013 customers" stays a count).
            if let n = Int(q[i + 1]) ?? Lexicon.numberWords[q[i + 1]], Lexicon.year(q[i + 1]) == nil || Lexicon.peopleWords.contains(q[i + 2]) || Lexicon.productWords.contains(q[i + 2]) {
                context.ranked = true; context.rankHighest = highest; context.rankCount = n
                q.use(i..<(i + 2))
                let participle = Self.rankingParticiples.contains(q[i + 2]) ? 1 : 0
                if Self.takingsParticiples.contains(q[i + 2]) { context.rankedByTakings = true }
                q.use((i + 2)..<(i + 2 + participle))
                context.rankNouns.append(i + 2 + participle)
            } else if let n = Int(q[i - 1]) ?? Lexicon.numberWords[q[i - 1]], q.isFree(i - 1), Lexicon.year(q[i - 1]) == nil {
                context.ranked = true; context.rankHighest = highest; context.rankCount = n
                q.use((i - 1)..<(i + 1))
                let participle = Self.rankingParticiples.contains(q[i + 1]) ? 1 : 0
                if Self.takingsParticiples.contains(q[i + 1]) { context.rankedByTakings = true }
                q.use((i + 1)..<(i + 1 + participle))
                context.rankNouns.append(i + 1 + participle)
            } else if Lexicon.year(q[i + 1]) == nil, q[i + 1].first.map({ $0.isNumber || $0 == "-" }) ?? false {
                // "top 0", "top -5", "top 1e308", a 20-digit count: not a count that can be honoured.
                context.conflicts.append("'\(w) \(q[i + 1])' (a ranking needs a whole number from 1 to \(Self.maxRankCount))")
                q.use(i..<(i + 2))
            } else {
                context.ranked = true; context.rankHighest = highest
                q.use(i..<(i + 1))
                // "best selling bike", "top earning product": the participle says how it is ranked; the noun follows.
                if Self.rankingParticiples.contains(q[i + 1]) {
                    q.use((i + 1)..<(i + 2))
                    context.salesContext = true
                    context.rankedByTakings = Self.takingsParticiples.contains(q[i + 1])
                    context.rankNouns.append(i + 2)
                } else {
                    context.rankNouns.append(i + 1)
                }
            }
            if let n = context.rankCount, !(1...Self.maxRankCount).contains(n) {
                context.conflicts.append("'\(w) \(n)' (a ranking needs a whole number from 1 to \(Self.maxRankCount))")
            }
        }
        // "which country had the highest and the lowest revenue", "top 3 and bottom 3": one ranking reads one end, and the
        // other would be dropped.
        // "the best and the worst months of 2012", "top 3 and bottom 3 products": one ranking read from both ends, when the
        // two are said together and with the same count.
        if directions.count == 2, directionWords.count == 2, readBothEnds(q, directionWords[0], directionWords[1], &context) {
        } else if directions.count == 2 {
            context.conflicts.append("both the highest and the lowest (ask for each on its own)")
        }
        // "the most common surname", "the 5 most common first names": values of a column ranked by how many rows have them.
        for (phrase, highest) in [("most common", true), ("most frequent", true), ("least common", false), ("rarest", false)] {
            guard let i = q.find(phrase) else { continue }
            let length = phrase.split(separator: " ").count
            var k = i + length
            while ["the", "our"].contains(q[k]) { k += 1 }
            // "which birth year is the most common": the column may come before, after "which".
            let asked = (0..<i).first { ["which", "what"].contains(q[$0]) && q.isFree($0 + 1) }.flatMap { w in entityAt(&q, w + 1).map { (w + 1, $0) } }
            let after = entityAt(&q, k).map { (k, $0) }
            guard let (at, (entity, n)) = after ?? asked, case .dimension(let d) = entity, let table = vocabulary.dimension(named: d)?.table,
                table != vocabulary.factTable
            else { continue }
            k = at
            context.ranked = true; context.rankHighest = highest
            if let count = Int(q[i - 1]) ?? Lexicon.numberWords[q[i - 1]], q.isFree(i - 1) { context.rankCount = count; q.use((i - 1)..<i) }
            if context.whichEntity == nil { context.whichEntity = .dimension(d) }
            context.countRowsOf = table
            q.use(i..<(i + length))
            q.use(k..<(k + n))
        }
        for phrase in ["best selling", "top selling", "most popular", "best seller", "bestseller", "best sellers", "bestselling", "top seller"] {
            guard let i = q.find(phrase) else { continue }
            let length = phrase.split(separator: " ").count
            q.use(i..<(i + length))
            // "our 3 most popular accessories": the count said before the words.
            if context.rankCount == nil, q.isFree(i - 1), let n = Int(q[i - 1]) ?? Lexicon.numberWords[q[i - 1]], Lexicon.year(q[i - 1]) == nil {
                context.rankCount = n
                q.use((i - 1)..<i)
            }
            context.ranked = true; context.rankHighest = true; context.salesContext = true
            context.rankNouns.append(i + length)
        }
        if let i = q.find("the most") ?? q.find("most"), q.isFree(i), q[i - 1] != "at" {
            // "which month had the most and the fewest units": both ends, when said together; apart, each would need its
            // own ranking, and one would be dropped.
            if context.ranked, !context.rankHighest, !context.rankBothEnds, let low = (i..<min(q.count, i + 6)).first(where: { ["fewest", "least", "lowest", "worst"].contains(q[$0]) }) {
                if !readBothEnds(q, q[i] == "the" ? i + 1 : i, low, &context) { context.conflicts.append("both the highest and the lowest (ask for each on its own)") }
            } else if context.ranked, !context.rankHighest, !context.rankBothEnds {
                context.conflicts.append("both the highest and the lowest (ask for each on its own)")
            }
            context.ranked = true; context.rankHighest = true
            q.use(i..<(i + (q[i] == "the" ? 2 : 1)))
        }
        // "which 3 customers", "who are our 5 ...", "which three subcategories"
        for i in 0..<q.count where (q[i] == "which" || q[i] == "what") && (Int(q[i + 1]) ?? Lexicon.numberWords[q[i + 1]]) != nil && q.isFree(i + 1) {
            context.rankCount = Int(q[i + 1]) ?? Lexicon.numberWords[q[i + 1]]
            q.use((i + 1)..<(i + 2))
        }
        // "who are the 3 customers with the highest lifetime spend": the count of a ranking said before the rows ranked.
        if context.ranked, context.rankCount == nil {
            let rowWords = Lexicon.peopleWords.union(Lexicon.productWords).union(vocabulary.tables.values.flatMap(\.synonyms))
            for i in 0..<q.count where q.isFree(i) && rowWords.contains(q[i + 1]) {
                guard let n = Int(q[i]) ?? Lexicon.numberWords[q[i]], (1...Self.maxRankCount).contains(n), ["the", "our", "are", "were"].contains(q[i - 1]) else { continue }
                context.rankCount = n
                q.use(i..<(i + 1))
                break
            }
        }

        // "(absolute, not %)": the percent sign is negated, so it asks for no share or percentage.
        if q.take(["not percent", "not in percent", "not as a percentage", "not a percentage", "rather than percent", "instead of percent"]) {
            intent.absoluteChange = true
        }
        // Percent shapes. "in %" is a unit: a growth rate is already one, anything else becomes a share.
        let percentUnit = q.take(["in percent", "as a percentage", "in percentage", "as a percent", "as percentages", "in percentages"])
        // "with their share", "each one's revenue and its share": each row's own (read when the rows are ranked).
        let shareWords: Set<String> = ["share", "percentage", "percent", "proportion"]
        // ("each one's share", "each subcategory's share": the possessive's "s" is dropped.)
        // ("each month's revenue as a % of the 2013 total": "each" a few words before, with no question or slice between.)
        let notBetween: Set<String> = ["what", "which", "how", "of", "for", "in", "the", "each", "per", "by"]
        context.shareOfEachRow = q.words.indices.contains { i in
            shareWords.contains(q[i])
                && (["their", "its", "each", "ones"].contains(q[i - 1]) || q[i - 2] == "each"
                    // ("that month's % of the year's orders": the row's own period.)
                    || (q[i - 2] == "that" && ["month", "quarter", "year", "week", "day"].contains(q[i - 1]))
                    || q.span(max(0, i - 5), upTo: i - 2).contains { j in q[j] == "each" && !((j + 1)..<i).contains { notBetween.contains(q[$0]) } })
        }
        if q.take(["percentage", "percent", "share", "proportion", "fraction", "what part", "how much of", "portion", "ratio", "mix"]) {
            context.shareRequested = true
            context.shareAskedAgain = q.words.filter { ["percentage", "percent", "share", "proportion", "fraction"].contains($0) }.count >= 2
        }
        // "placed an order", "made a purchase": the act of buying, not a count of orders.
        if q.take([
            "placed an order", "place an order", "placed a order", "made an order", "made a purchase", "make a purchase",
            "placed at least one order", "placed any order", "placed orders", "place orders", "ordered at least once",
            "bought at least once", "sold at least once", "purchased at least once", "at least once", "at least one order",
        ]) {
            context.salesContext = true
        }
        // "our most loyal buyers:": a description of who is asked about, not a ranking.
        _ = q.take(["most loyal", "loyal", "valued", "dear"])
        // "give me both numbers": the periods or groups compared are the rows.
        _ = q.take(["both numbers", "both totals", "both figures", "both values", "both of them"])
        // "for the quarterly review": the occasion, not a breakdown.
        _ = q.take([
            "quarterly business review", "business review", "qbr", "quarterly review", "monthly review", "annual review", "yearly review", "monthly report", "annual report",
            "quarterly report", "weekly review", "board meeting", "board pack", "board report", "board deck",
        ])

        if q.take(["quarter over quarter", "quarter on quarter", "qoq", "q o q"]) {
            setShape(&intent, &context, .growth); intent.bucket = .quarter
        }
        if q.take(["year over year", "year on year", "yoy", "y o y"]) {
            // By quarter or month ("yoy growth for each quarter of 2013") it is the same quarter a year before.
            setShape(&intent, &context, .growth); context.yearOverYear = true
        } else if q.take(["month over month", "month on month", "mom", "m o m"]) {
            setShape(&intent, &context, .growth); intent.bucket = .month
        }
        // "compared with the month before", "over the quarter before it": the change from one period to the next.
        for (grain, bucket) in [("month", QueryIntent.Bucket.month), ("quarter", .quarter), ("year", .year)] {
            let phrases =
                [
                    "compared with the previous", "compared to the previous", "vs the previous", "versus the previous", "over the previous",
                    "from the previous", "on the previous", "than the previous", "relative to the previous",
                ].map { $0 + " " + grain }
                + [
                    "compared with the \(grain) before it", "compared with the \(grain) before", "compared to the \(grain) before",
                    "over the \(grain) before it", "over the \(grain) before", "than the \(grain) before", "from the \(grain) before",
                    "vs the \(grain) before", "on the \(grain) before", "versus the \(grain) before", "against the \(grain) before",
                    "versus the previous \(grain)", "against the previous \(grain)", "vs the prior \(grain)", "versus the prior \(grain)",
                    "compared with the prior \(grain)", "over the prior \(grain)", "on the prior \(grain)",
                ]
            if q.take(phrases) {
                if intent.shape != .growth { setShape(&intent, &context, .growth) }
                if intent.bucket == nil || intent.bucket == bucket || (bucket == .month && intent.bucket == .yearMonth) {
                    intent.bucket = intent.bucket ?? bucket
                } else {
                    context.conflicts.append("a change from the \(grain) before with a breakdown by \(intent.bucket!.rawValue)")
                }
            }
        }
        // "the biggest jump", "an increase", "a drop": a change in amount (in percent only when the question says so).
        let amountChange =
            q.take([
                "jump", "jumps", "increase", "increased", "rise", "rose", "drop", "dropped", "drops", "decline", "declined", "fell",
                "dip", "dipped", "decrease", "decreased", "difference",
            ])
        // ("fall the most", "the biggest fall": a change, in percent unless said otherwise; "fall in each of these age
        // bands" is none.)
        let fallRanked = q.words.contains(where: { ["most", "biggest", "largest", "sharpest", "steepest", "worst"].contains($0) }) && q.take(["fall", "falls"])
        // "fall the most", "the worst drop": a fall, whether or not it was read as the change itself.
        context.drop = ["drop", "dropped", "drops", "decline", "declined", "fell", "fall", "falls", "dip", "dipped", "decrease", "decreased"].contains { q.words.contains($0) }
        if q.take(["absolute difference", "absolute change", "in absolute terms", "absolute terms", "absolute", "as an amount"]) || context.moneyUnit { intent.absoluteChange = true }
        // "how much did revenue change versus the month before": the amount it changed by.
        // ("by how many orders did the monthly order count change": the same, counted.)
        let howMuchChanged = (0..<q.count).contains { (i: Int) -> Bool in
            let by = q[i - 1] == "by"
            guard q[i] == "how", q[i + 1] == "much" || (q[i + 1] == "many" && by) else { return false }
            return q.span(i + 2, upTo: i + (by ? 10 : 7)).contains { ["change", "changed"].contains(q[$0]) }
        }
        if howMuchChanged && !context.shareRequested && !percentUnit { intent.absoluteChange = true }
        // "with the change in units vs the previous month", "the year-on-year change in buyers": a change said with no
        // percent or rate is the amount it changed by (growth is in percent).
        let bareChange =
            q.has(anyOf: ["change", "changed", "changes"]) && !q.words.contains(where: { ["grow", "growth", "grew", "growing", "rate", "percent", "percentage", "pct"].contains($0) })
        if q.take(["grow", "growth", "grew", "growing", "change", "changed", "by how much"]) || amountChange || fallRanked, intent.shape == .plain || intent.shape == .growth {
            if intent.shape != .growth { setShape(&intent, &context, .growth) }
            if amountChange || bareChange, !context.shareRequested && !percentUnit { intent.absoluteChange = true }
        }
        if q.take(["running total", "cumulative", "running sum"]) {
            setShape(&intent, &context, .runningTotal)
            // "from the start of our data up to and including that year": where every running total starts and stops.
            _ = q.take([
                "from the start of our data up to and including that year", "from the start of the data up to and including that year",
                "from the start of our data up to and including that month", "from the start of the data up to and including that month",
                "from the start of our data", "from the start of the data", "from the beginning of our data", "from the beginning of the data",
                "since the start of our data", "since the start of the data", "up to and including that year", "up to and including that month",
                "up to and including that quarter", "from the first year", "from the first month",
            ])
        }
        // "2013 revenue was how many times 2011's", "how many times bigger": one period's value as a multiple of another's.
        // ("how many times did each customer order" is a count of orders: only between two periods named.)
        if ((context.years.count >= 2 || intent.periods.count >= 2) && q.take(["how many times bigger", "how many times larger", "how many times higher", "how many times more", "how many times"]))
            || q.take([
                "times as much as", "times as much", "times as many as", "times as many", "times bigger than", "times bigger", "times higher than", "times higher", "times larger than", "times larger", "what multiple of", "as a multiple of",
                "multiple of",
            ])
        {
            if intent.shape != .growth { setShape(&intent, &context, .growth) }
            intent.multiple = true
        }
        // "2014 ytd revenue": the total from the start of that year (of the latest year when none is named) to the end of the data.
        if q.take(["year to date", "ytd", "so far this year"]) {
            let y = context.years.count == 1 ? context.years[0] : (Int(latestDate.prefix(4)) ?? 0)
            let latest = Int(latestDate.prefix(4)) ?? 0
            let text = " " + q.words.joined(separator: " ") + " "
            let yearBefore = [" same period ", " same time ", " same days ", " last year ", " previous year ", " year before ", " prior year ", " a year ago ", " year earlier "]
            // "ytd revenue this year vs the same period last year", "2014 ytd vs 2013": the latest year's days so far set
            // against the same days of the year before (1 January up to the same date).
            let compared = q.words.contains { ["vs", "versus", "compared", "compare", "comparing", "against"].contains($0) }
            if compared, yearBefore.contains(where: text.contains) || context.years == [latest - 1, latest] || context.years == [latest, latest - 1],
                context.years.isEmpty || context.years.contains(latest), latestDate.count == 10
            {
                let monthDay = String(latestDate.dropFirst(4))
                intent.periods = [
                    .init(from: "\(latest - 1)-01-01", until: SQLDateMath.addDays("\(latest - 1)\(monthDay)", 1), label: "\(latest - 1) ytd"),
                    .init(from: "\(latest)-01-01", until: SQLDateMath.addDays(latestDate, 1), label: "\(latest) ytd"),
                ]
                intent.period = nil
                context.years = []
                context.periodClashes = []
                _ = q.take([
                    "the same period last year", "the same period a year ago", "the same period of last year", "the same period the year before",
                    "the same period in the previous year", "the same period of the previous year", "the same time last year", "the same days last year",
                    "same period last year", "same period a year ago", "same time last year", "same days last year", "the same period", "same period",
                    "the same time", "the same days",
                ])
            } else if context.years.count > 1 || !intent.periods.isEmpty {
                // "year to date revenue by quarter for 2012 and 2013": several years, each to date, is no one period.
                context.conflicts.append("'year to date' with several years")
            } else if intent.period == nil || intent.period?.from == "\(y)-01-01" {
                intent.period = .init(from: "\(y)-01-01", until: nil, label: "\(y) to date")
                context.years = []
            } else {
                context.conflicts.append("'year to date' together with another period")
            }
        }
        if let i = q.find("moving average") ?? q.find("rolling average") {
            var n = 3
            if let k = Int(q[i - 2]), q[i - 1] == "month" { n = k; q.use((i - 2)..<i) }
            if let k = Int(q[i - 1]) { n = k; q.use((i - 1)..<i) }
            setShape(&intent, &context, .movingAverage(n))
            intent.bucket = .month
            q.use(i..<(i + 2))
            // "(the month plus the two before it)", "(that month plus the 2 before it)": the window said again.
            let before = [String(n - 1)] + Lexicon.numberWords.filter { $0.value == n - 1 }.map(\.key)
            _ = q.take(
                before.flatMap { k in
                    [
                        "the month plus the \(k) before it", "that month plus the \(k) before it", "each month plus the \(k) before it",
                        "plus the \(k) before it", "plus the \(k) previous months", "plus the \(k) months before it", "the \(k) before it", "\(k) before it",
                    ]
                })
        }
        if q.take(["average daily", "daily average", "average per day", "average day"]) {
            setShape(&intent, &context, .averagePerBucket); averagePer(.day, &intent, &context)
            _ = q.take([
                "averaged over the days on which we had sales", "over the days on which we had sales", "on days with sales",
                "over the days with sales", "days with sales", "on which we had sales", "averaged over", "averaged",
            ])
        } else if !Self.averageIsCompared(q), q.take(["average monthly", "monthly average", "average per month", "average month", "avg monthly"]) {
            setShape(&intent, &context, .averagePerBucket); averagePer(.month, &intent, &context)
        } else if q.take(["average quarterly", "quarterly average", "average per quarter"]) {
            setShape(&intent, &context, .averagePerBucket); averagePer(.quarter, &intent, &context)
        } else if q.take(["average yearly", "average annual", "yearly average", "average per year"]) {
            setShape(&intent, &context, .averagePerBucket); averagePer(.year, &intent, &context)
        } else if let i = q.find("average"), !vocabulary.metrics.contains(where: { m in m.phrases.contains { q.wordsMatched($0, at: i) != nil } }),
            // "an average order has": one order, not an average over periods.
            !vocabulary.tables.values.contains(where: { $0.synonyms.contains(q[i + 1]) || $0.name + "s" == q[i + 1] }),
            !Lexicon.peopleWords.contains(q[i + 1]), !Lexicon.productWords.contains(q[i + 1]), q[i + 1] != "order"
        {
            // "the average number of orders per month", "on average, how much revenue a day": the measure's total in each
            // period, averaged over the periods. Another slice in between ("per customer per month") is not this shape.
            let grains: [String: QueryIntent.Bucket] = ["day": .day, "month": .month, "quarter": .quarter, "year": .year]
            for j in q.span(i + 1, upTo: i + 9) where q.isFree(j) && ["per", "a", "each", "every"].contains(q[j]) {
                guard let bucket = grains[q[j + 1]], q.isFree(j + 1) else { continue }
                if ((i + 1)..<j).contains(where: { ["per", "by", "each", "every"].contains(q[$0]) }) { break }
                setShape(&intent, &context, .averagePerBucket); averagePer(bucket, &intent, &context)
                q.use(i..<(i + 1)); q.use(j..<(j + 2))
                break
            }
        }
        claimCalendarDays(&q, &intent, &context)
        // Thresholds: "more than a million", "over 1000", "more than 1 percent of total revenue".
        // "ordered only once", "bought just once": at most one order (every buyer has one); "once" alone is left unread.
        if let i = q.words.firstIndex(of: "once"), q.isFree(i), q.isFree(i - 1), ["only", "just", "exactly"].contains(q[i - 1]) || q[i + 1] == "only" {
            setShape(&intent, &context, .threshold(above: false, value: 1, percentOfTotal: false, orEqual: true))
            context.thresholdSpan = i..<(i + 1)
            q.use((q[i + 1] == "only" ? i : i - 1)..<(q[i + 1] == "only" ? i + 2 : i + 1))
        }
        for i in 0..<q.count where q.isFree(i) {
            // "at least 3 orders", "at most 5" (also "3 or more", read as "at least 3"): the value itself passes.
            let orEqual = q[i - 1] == "at" && q.isFree(i - 1) && ["least", "most"].contains(q[i])
            // "did sales top 60k": "top" before an amount with its unit is a threshold, not a ranking.
            let topsAmount = ["top", "tops"].contains(q[i]) && Double(q[i + 1]) != nil && ["k", "m", "bn", "million", "thousand"].contains(q[i + 2])
            let above =
                [
                    "more", "over", "above", "exceeding", "exceeded", "exceed", "exceeds", "greater", "topped", "surpassed", "beat", "beats", "outperformed",
                    "cleared", "clear", "clears", "crossed", "cross", "crosses",
                ].contains(q[i])
                || (orEqual && q[i] == "least") || topsAmount
            let below = ["less", "under", "below", "fewer"].contains(q[i]) || (orEqual && q[i] == "most")
            guard above || below else { continue }
            var j = i + 1
            if q[j] == "than" { j += 1 }
            if q[j] == "a" || q[j] == "one" { if ["million", "thousand", "billion"].contains(q[j + 1]) { j += 1 } }
            var value: Double?
            // "more than half a million", "a quarter of a million".
            let fractions: [String: Double] = ["half": 0.5, "quarter": 0.25]
            if let f = fractions[q[j]], q.isFree(j), ["a", "of"].contains(q[j + 1]) {
                let unit = q[j + 1] == "of" && q[j + 2] == "a" ? j + 3 : j + 2
                if ["million", "thousand", "billion"].contains(q[unit]) {
                    value = f
                    j = unit
                }
            }
            // "more than twice the average spend per buyer", "3 times the average customer": a multiple of the average.
            var multiple: (value: Double, end: Int)?
            if q.isFree(j), ["twice", "double"].contains(q[j]) {
                multiple = (2, j + 1)
            } else if q.isFree(j), let n = Double(q[j]) ?? Lexicon.numberWords[q[j]].map(Double.init), ["times", "x"].contains(q[j + 1]) {
                multiple = (n, j + 2)
            } else if q.isFree(j), ["triple", "thrice"].contains(q[j]) {
                multiple = (3, j + 1)
            } else if q.isFree(j), let n = Double(q[j]), n > 0, n < 100, q[j + 1] == "percent", ["above", "over", "below", "under"].contains(q[j + 2]),
                ["above", "over"].contains(q[j + 2]) == above
            {
                // "more than 20% above the average monthly revenue": 1.2 times it; "more than 10% below": 0.9 times.
                multiple = (above ? 1 + n / 100 : 1 - n / 100, j + 3)
            }
            if value == nil, let multiple, multiple.value > 0, multiple.value <= 100, let average = averageComparison(q, at: multiple.end - 1) {
                setShape(&intent, &context, .threshold(above: above, value: multiple.value, percentOfTotal: false, orEqual: orEqual))
                intent.thresholdVersusAverage = true
                // ("20% above the average": the only percent said is the multiple's, not a share asked for.)
                if q[multiple.end - 2] == "percent", q.words.filter({ ["percent", "percentage", "share", "proportion"].contains($0) }).count == 1 { context.shareRequested = false }
                // ("three times the average lifetime spend per buyer in that same country": of each one's own group.)
                if let name = ownGroup(q, from: average.end, within: 8) { context.averageWithin = name }
                context.thresholdSpan = i..<average.end
                context.averageSubject = average.subject
                q.use(i..<average.end)
                // "... the average lifetime spend per buyer": the measure compared, said again after "average", with whose it is.
                var k = average.end
                if ["lifetime", "total", "overall", "annual", "yearly"].contains(q[k]) { k += 1 }
                let restated = vocabulary.metrics.filter { $0.table == vocabulary.factTable }.flatMap { m in m.phrases.compactMap { q.wordsMatched($0, at: k) } }.max()
                if let n = restated {
                    context.averageMeasure = k..<(k + n)
                    q.use(average.end..<k)
                    k += n
                    var e = k
                    if ["per", "of", "for"].contains(q[e]) {
                        e += 1
                        while ["a", "an", "each", "every", "the"].contains(q[e]) || Lexicon.year(q[e]) != nil { e += 1 }
                        if Lexicon.peopleWords.union(Lexicon.productWords).union(["buyer", "customer", "client", "product"]).contains(q[e]) { q.use(k..<(e + 1)) }
                    }
                }
                continue
            }
            // ("more than 3 times the number of ...": a multiple of something other than an average is not read as a number.)
            // ("twice as many units in 2013 as in 2012" is a comparison of periods, read by its own pass.)
            if value == nil, let multiple, ["the", "our", "that", "what", "of", "an", "a", "its", "their"].contains(q[multiple.end]) {
                context.conflicts.append("'\((j..<multiple.end).map { q[$0] }.joined(separator: " "))' (a multiple of something other than an average)")
                continue
            }
            if value != nil {
                // read with its unit below
            } else if q.isFree(j), let v = Double(q[j]) {
                value = v; j += 1
            } else if ["million", "thousand", "billion"].contains(q[j]) {
                value = 1
            } else if q[j] == "twice" && q.isFree(j) {
                value = 2; j += 1  // "at least twice": a number of times, read by the entity threshold
            }
            if value == nil, let average = averageComparison(q, at: i) {
                setShape(&intent, &context, .threshold(above: above, value: 1, percentOfTotal: false, orEqual: false))
                intent.thresholdVersusAverage = true
                context.thresholdSpan = i..<average.end
                context.averageMeasure = average.measure
                context.averageSubject = average.subject
                // "than the average customer in their country": the mean of each one's own group.
                if let name = ownGroup(q, from: average.end, within: 8) { context.averageWithin = name }
                if let m = average.measure {
                    q.use(i..<m.lowerBound)
                    q.use(m.upperBound..<average.end)
                } else {
                    q.use(i..<average.end)
                }
                continue
            }
            guard var v = value else { continue }
            // "2013 over 2012": a year of the data after "over" is a period, not an amount to exceed.
            if q[j] != "k" && q[j] != "m" && q[j] != "million" && q[j] != "thousand", v.isFinite, abs(v) < 10_000, v == v.rounded(), let first = Int(earliestDate.prefix(4)), let last = Int(latestDate.prefix(4)),
                (first...last).contains(Int(v))
            {
                continue
            }
            switch q[j] {
            case "million", "m", "mil", "mn": v *= 1_000_000; j += 1
            case "thousand", "k": v *= 1_000; j += 1
            case "billion", "bn": v *= 1_000_000_000; j += 1
            default: break
            }
            var percent = false
            let percentSign = q[j] == "percent"
            if q[j] == "percent" {
                j += 1
                if q[j] == "of" {
                    percent = true; j += 1
                    while ["our", "the", "all", "total", "overall"].contains(q[j]) { j += 1 }
                } else {
                    // "products with a margin below 40%": a measure already in percent is compared on its own value.
                    percent = !vocabulary.metrics.contains { m in m.role == .percentage && m.phrases.contains { q.text.contains($0) } }
                }
            }
            // "more than one order" is a repeat-customer cue, handled below, unless the people are listed.
            if (q[j] == "order" || q[j] == "orders" || q[j] == "purchase") && v <= 1 && !Self.peopleListed(q) { continue }
            // "bought from more than one category", "in 3 or more different subcategories": a number of distinct values of a
            // catalogue or customer column for each customer (or product), over what was sold; not a breakdown by it.
            let valuesAt = ["different", "distinct", "separate", "unique"].contains(q[j]) ? j + 1 : j
            // ("more than one line item" counts lines: a measure's phrase there is not the product line.)
            if !percent, context.thresholdValues == nil, q.isFree(valuesAt), let (name, length) = dimensionPhrase(q, valuesAt),
                let d = vocabulary.dimension(named: name), d.isEnum, !d.isTime, !d.unique, d.table != vocabulary.factTable,
                !vocabulary.metrics.contains(where: { m in m.phrases.contains { (q.wordsMatched($0, at: valuesAt) ?? 0) >= length } })
            {
                context.thresholdValues = name
                q.use(j..<(valuesAt + length))
            }
            // "ordered in at least 3 different (calendar) months": a number of periods for each customer or product, compared
            // through the measure that counts them ("number of months"), when the model has one ("more than 10 days to
            // ship" is another measure).
            var periodsAt = ["different", "distinct", "separate"].contains(q[j]) ? j + 1 : j
            if q[periodsAt] == "calendar" { periodsAt += 1 }
            if ["days", "weeks", "months", "quarters", "years"].contains(q[periodsAt]), !["to", "between"].contains(q[periodsAt + 1]) {
                let counted = vocabulary.metrics.first { $0.phrases.contains("number of " + q[periodsAt]) && vocabulary.distinctColumn(of: $0) != nil }
                guard !percent, context.thresholdPeriods == nil, let counted else {
                    context.conflicts.append("a number of different \(q[periodsAt]) (periods counted for each customer or product)")
                    q.use(i..<(periodsAt + 1))
                    continue
                }
                context.thresholdPeriods = counted.name
                q.use(j..<(periodsAt + 1))
            }
            guard v.isFinite, abs(v) < 1e15 else {
                context.conflicts.append("a threshold of \(q[i + 1]) \(q[i + 2]) (a number this size cannot be compared)")
                q.use(i..<j)
                continue
            }
            // "at least 10000 and at most 50000" (how "between" is read): the second bound closes the range.
            if case .threshold(true, _, false, true) = intent.shape, let span = context.thresholdSpan, below, orEqual, !percent,
                context.thresholdUpTo == nil, span.upperBound == i - 2, q[i - 2] == "and"
            {
                context.thresholdUpTo = v
                context.thresholdSpan = span.lowerBound..<j  // what follows the range names its measure ("in revenue")
                q.use((i - 2)..<j)
                continue
            }
            setShape(&intent, &context, .threshold(above: above, value: v, percentOfTotal: percent, orEqual: orEqual))
            context.thresholdSpan = i..<j
            q.use((orEqual ? i - 1 : i)..<j)
            if percentSign { context.shareRequested = false }
        }
        // "units for each helmet - include the ones that have never sold, with 0": the rows without sales kept beside the
        // others, not a question about them alone. No breakdown of sales here keeps such rows, so it is refused.
        let negations: Set<String> = ["never", "unsold", "no", "not", "without", "zero", "havent", "hasnt", "didnt"]
        if let i = q.words.indices.first(where: { ["include", "including", "includes", "even", "incl"].contains(q[$0]) }),
            ((i + 1)...(i + 6)).contains(where: { negations.contains(q[$0]) }),
            ((i + 1)...(i + 8)).contains(where: { ["sold", "sale", "sales", "sell", "unsold", "orders", "ordered", "bought", "purchased", "purchases"].contains(q[$0]) }),
            q.words.contains(where: { ["each", "every", "per", "by"].contains($0) })
        {
            context.conflicts.append("rows without sales kept (as 0) beside those with sales")
        }
        if q.take([
            "never had a single sale", "never had a sale", "never had any sales", "never made a sale", "never had a single order",
            "never", "not sold", "no sales", "not been sold", "unsold", "without sales", "without any sales", "zero sales",
            "no orders", "not a single", "not once", "haven t", "havent had a single sale", "havent had any sales", "havent been sold",
            "hasnt been sold", "havent sold", "hasnt sold", "have not sold", "has not sold", "didnt sell", "did not sell",
            // "how many customers didn't buy anything in 2013": no sales of theirs in the period.
            "didnt buy anything", "did not buy anything", "didnt order anything", "did not order anything", "didnt purchase anything",
            "did not purchase anything", "didnt place any orders", "did not place any orders", "didnt place an order", "did not place an order",
            "havent bought anything", "have not bought anything", "havent ordered anything", "have not ordered anything",
        ]) {
            _ = q.take(["single", "any", "unit", "units", "been", "a", "at all"])
            setShape(&intent, &context, .without(vocabulary.factTable))
        }
        // "ordered in Q3 2013 and came back and ordered again in Q4 2013": the same, over two other periods.
        if context.years.count <= 1, intent.periods.count == 2, q.has("again") || q.has("came back") || q.has("come back"),
            let a = intent.periods.first, let b = intent.periods.last, (a.until ?? "~") <= (b.from ?? "")
        {
            setShape(&intent, &context, .retained(a, b))
            _ = q.take(["came back and", "come back and", "returned and", "came back", "come back", "then again", "and then", "then", "again", "also"])
            intent.periods = []
            intent.period = nil
            context.years = []
            context.salesContext = true
        }
        // "customers who bought in 2013 also placed an order in January 2014": two periods of different grains, one
        // after the other, with the people who bought in the first counted when they came back in the second.
        if intent.periods.isEmpty, context.periodClashes.count == 1, q.has("again") || q.has("also") || q.has("came back") || q.has("come back"),
            q.words.contains(where: { Lexicon.peopleWords.contains($0) || $0 == "buyer" }), let clash = context.periodClashes.first
        {
            let (a, b) = (clash.0.from ?? "") <= (clash.1.from ?? "") ? (clash.0, clash.1) : (clash.1, clash.0)
            if let end = a.until, let start = b.from, end <= start, a.from != nil, b.until != nil {
                setShape(&intent, &context, .retained(a, b))
                _ = q.take(["came back and", "come back and", "returned and", "came back", "come back", "then again", "and then", "then", "again", "also"])
                intent.period = nil
                context.periodClashes = []
                context.years = []
                context.salesContext = true
            }
        }
        // "bought in 2012 and then again in 2013": customers with orders in both years.
        // ("how many of our 2012 customers came back in 2013": the same, with the later year the one they came back in.)
        let cameBack = ["came back", "come back", "returned in", "return in", "returned to us in"].contains(where: q.has) && context.years.count == 2 && context.years[0] < context.years[1]
        if context.years.count == 2, q.has("then") || q.has("again") || q.has("both") || q.has("also") || cameBack {
            let (a, b) = (context.years[0], context.years[1])
            setShape(
                &intent, &context,
                .retained(
                    .init(from: "\(a)-01-01", until: "\(a + 1)-01-01", label: "\(a)"),
                    .init(from: "\(b)-01-01", until: "\(b + 1)-01-01", label: "\(b)")))
            _ = q.take(["came back and", "come back and", "returned and", "came back", "come back", "then again", "and then", "then", "again", "both", "also"])
            intent.period = nil
            context.salesContext = true
        }
        // "which clients placed more than one order": the people are listed, through the threshold on each one's orders.
        if intent.shape == .plain, !Self.peopleListed(q),
            q.take([
                "repeat buyers", "repeat customers", "repeat clients", "repeat", "more than one order", "more than 1 order",
                "second order", "came back", "come back", "returning customers", "returning", "ordered again", "bought again",
                "multiple orders", "more than once", "two or more orders", "2 or more orders", "again",
            ])
        {
            setShape(&intent, &context, .repeatCustomers(share: context.shareRequested))
            // "repeat buyers (2+ orders)": the definition restated ("exactly 2 orders" alone is no repeat cue).
            _ = q.take(["people", "for a", "a", "2 orders"])
            context.salesContext = true
        }
        // ("average lifetime value by first order year": a lifetime is a customer's.)
        let mentionsPeople = q.words.contains { Lexicon.peopleWords.contains($0) || ["lifetime", "clv", "ltv"].contains($0) }
        if q.take(["new customers", "new clients", "new buyers"])
            || (mentionsPeople && q.take(["first ever order", "first order", "first ever purchase", "first purchase", "acquired", "acquisition", "won", "win", "gain", "gained"]))
        {
            _ = q.take([
                "first ever order", "first order", "first ever purchase", "first purchase", "acquired", "acquisition", "won", "win", "gain", "gained",
                "picked up", "pick up", "a customer is new in the", "a customer counts as new in the", "customers are new in the", "is new in the",
                "acquire", "get", "got", "that year", "based on when they first ordered", "based on when they first bought", "when they first ordered",
                "when they first bought", "by when they first ordered", "based on their first order",
            ])
            // "counting each customer in the month of their first ever order": the definition, restated (the grain word stays for the slices).
            _ = q.take([
                "counting each customer in the", "count each customer in the", "counting each customer", "count each customer",
                "of their", "their", "cohorts", "cohort",
            ])
            // ("orders per customer" keeps its word: it says what is averaged over.)
            if let i = (0..<q.count).first(where: { q[$0] == "customer" && q.isFree($0) && !["per", "each", "a", "every"].contains(q[$0 - 1]) }) { q.use(i..<(i + 1)) }
            for i in 0..<q.count where q[i] == "first" && q.isFree(i) && q[i + 1] == "ever" && ["order", "purchase"].contains(q[i + 2]) {
                q.use(i..<(i + 3))
            }
            // "new clients won in 2012 (count each client in the year of their first order)": the cohort, restated.
            if intent.cohort == nil {
                setShape(&intent, &context, .newCustomers)
            } else if intent.metric.isEmpty, !q.has("how much"), let buyers = buyersMetric {
                // "new clients won in 2012, per country": the cohort's customers are what is counted.
                intent.metric = buyers.name
            }
            context.salesContext = true
        }
        if q.take(["compare", "comparison", "compared with", "compared to", "versus"]) {}
        // "how was 2013 revenue split between weekends and weekdays": a split of two values named is by their column.
        // ("on a Saturday or Sunday, split by country": a slice said after it is what splits, and the values stay a filter.)
        let slices: Set<String> = ["by", "per", "across"]
        let words = q
        if (0..<q.count).contains(where: { i in
            ["split", "breakdown", "broken"].contains(words[i]) && !slices.contains(words[i + 1]) && !(["down", "out", "up"].contains(words[i + 1]) && slices.contains(words[i + 2]))
        }) {
            context.splitOfThoseNamed = true
        }
        // "Give me the average order value for both", "for each of the two I need ...": each value named gets its row.
        if q.take(["for both of them", "for each of the two", "for each of them", "for both", "for each one", "for the two of them", "each of the two", "for each of those"]) {
            context.eachOfThoseNamed = true
        }
        // "what % of bike units did mountain, road and touring bikes each account for": each value named its own share.
        if context.shareRequested, q.take(["each account for", "each accounted for", "each make up", "each made up", "each represent", "each contribute", "each contributed"]) {
            context.eachOfThoseNamed = true
        }
        // ("sold in both halves": which things take part in a comparison of the halves, read by that pass.)
        if !(0..<q.count).contains(where: { q[$0] == "both" && ["halves", "quarters", "months"].contains(q[$0 + 1]) }), q.take(["both"]) { context.both = true }
        // "bought from all three of Bikes, Accessories and Clothing": each of them, like "both".
        for n in ["two", "three", "four", "five", "2", "3", "4", "5"] where q.take(["all \(n) of", "all \(n)", "each of the \(n)"]) { context.both = true }
        if q.take(["all of"]) && q.words.contains(where: { ["bought", "purchased", "ordered"].contains($0) }) { context.both = true }
        if percentUnit && intent.shape != .growth {
            context.percentUnitOnly = !context.shareRequested
            context.shareRequested = true
        }
        if context.shareRequested, case .repeatCustomers = intent.shape { intent.shape = .repeatCustomers(share: true) }

    }

    // MARK: - Slices: "by country", "per year", "for each category", "which subcategory"

    func parseSlices(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let bucketWords: [(String, QueryIntent.Bucket)] = [
            ("calendar month", .monthOfYear), ("month of the year", .monthOfYear), ("months of the year", .monthOfYear),
            // (A calendar year is a year: January to December.)
            ("calendar years", .year), ("calendar year", .year), ("calendar quarters", .quarterOfYear), ("calendar quarter", .quarterOfYear), ("quarter of the year", .quarterOfYear),
            ("quarters of the year", .quarterOfYear),
            ("monthly", .month), ("per month", .month), ("by month", .month), ("each month", .month), ("every month", .month),
            ("month by month", .month), ("year by year", .year), ("quarter by quarter", .quarter), ("calendar months", .monthOfYear), ("months", .month), ("month", .month),
            ("quarterly", .quarter), ("per quarter", .quarter), ("by quarter", .quarter), ("each quarter", .quarter), ("quarters", .quarter), ("quarter", .quarter),
            ("yearly", .year), ("annually", .year), ("annual", .year), ("per year", .year), ("by year", .year), ("each year", .year),
            ("every year", .year), ("per annum", .year), ("years", .year), ("year", .year),
            ("days of the week", .weekday), ("day of the week", .weekday), ("day of week", .weekday), ("weekdays", .weekday), ("weekday", .weekday),
            ("daily", .day), ("per day", .day), ("by day", .day), ("each day", .day), ("every day", .day), ("day by day", .day),
            ("in their 20s", .ageDecade), ("20s", .ageDecade), ("30s", .ageDecade), ("40s", .ageDecade), ("decade", .ageDecade),
            ("age group", .ageDecade), ("age groups", .ageDecade), ("age band", .ageDecade), ("age bands", .ageDecade), ("by age", .ageDecade),
        ]
        let slicers = [
            "by", "per", "each", "every", "across", "for each", "for every", "in each", "split by", "broken down by",
            "breakdown by", "grouped by", "group by", "by their", "by customer", "by product", "by the customer",
            "by the product", "of the customer", "of each", "for all",
        ]
        // "the best month of each year", "for each year, what was the top quarter": the finer grain is what is ranked,
        // within the coarser one, as "which month" would be.
        let coarser = ["each year", "every year", "per year", "for each year", "of each year", "in each year"].contains(where: { q.has($0) })
        if context.whichEntity == nil, coarser {
            for i in 0..<q.count where q.isFree(i + 1) && ["best", "top", "worst", "biggest", "strongest", "weakest", "busiest", "quietest", "highest", "lowest"].contains(q[i]) {
                let grains: [String: QueryIntent.Bucket] = ["month": .yearMonth, "quarter": .quarter, "day": .day]
                guard let grain = grains[q[i + 1]] else { continue }
                context.whichEntity = .bucket(grain)
                q.use((i + 1)..<(i + 2))
                break
            }
        }
        // "which X" / "what X" asks for X itself (the answer is a value of X).
        for w in 0..<q.count where q[w] == "which" || q[w] == "what" || q[w] == "who" {
            // "which 3 bikes": the count of the ranking (read above) stands between "which" and what is asked for.
            let i = Int(q[w + 1]) != nil && !q.isFree(w + 1) ? w + 1 : w
            // "which bicycles ...": a value word names the table it belongs to, and stays a filter.
            if let value = valueAt(q, i + 1), let d = vocabulary.dimension(named: value.dimension) {
                // "which accessory subcategory": the dimension right after the value is what is asked for.
                let words = q
                if let name = (1...3).lazy.compactMap({ n in
                    (1..<n).allSatisfy { !["by", "per", "in", "of", "for", "and"].contains(words[i + 1 + $0]) }
                        ? self.dimensionPhrase(words, i + 1 + n)?.0 : nil
                }).first,
                    name != value.dimension, let asked = vocabulary.dimension(named: name), asked.isEnum, asked.table == d.table
                {
                    context.whichEntity = .dimension(name)
                    q.use(w..<(w + 1))
                    break
                }
                // "which mountain bike buyers": the people who bought it, not the bikes.
                if d.table == productsTable, let (_, n) = valueSpan(q, i + 1),
                    Lexicon.peopleWords.union(["purchasers", "spenders", "owners", "riders"]).contains(q[i + 1 + n])
                {
                    context.whichEntity = .table(customersTable)
                    q.use(w..<(w + 1))
                    break
                }
                context.whichEntity = .table(d.table)
                q.use(w..<(w + 1))
                break
            }
            if let (entity, length) = entityAt(&q, i + 1) {
                context.whichEntity = entity
                q.use(w..<(w + 1)); q.use((i + 1)..<(i + 1 + length))
                break
            }
        }
        // "which quarter, all years combined": the quarter of the year.
        let allYears = ["all years lumped together", "all years together", "all years combined", "across all years", "all years added together", "regardless of year"]
        // (Taken before the grains are read: "years" there is not a breakdown by year.)
        let everyYearTogether = q.take(allYears)
        if case .bucket(let b)? = context.whichEntity, everyYearTogether {
            if b == .quarter { context.whichEntity = .bucket(.quarterOfYear) }
            if [.month, .yearMonth].contains(b) { context.whichEntity = .bucket(.monthOfYear) }
        }
        // Time buckets.
        func hasSlicer(_ i: Int) -> Bool { ["by", "per", "each", "every", "for", "in"].contains(q[i - 1]) }
        // "in 2013 ... only bikes that sold that year": the period named before, not a breakdown by year.
        if intent.period != nil { _ = q.take(["in that year", "that year", "in that quarter", "that quarter", "in that month", "that month", "that period"]) }
        // "weekend vs weekday revenue": beside a weekend, a weekday is the other kind of day, not a day of the week.
        let weekendNamed = q.words.contains { ["weekend", "weekends"].contains($0) }
        if weekendNamed { _ = q.take(["sat or sun", "sat and sun", "saturday or sunday", "saturday and sunday", "saturdays and sundays", "saturdays or sundays"]) }
        for (phrase, bucket) in bucketWords {
            if weekendNamed, ["weekday", "weekdays"].contains(phrase) { continue }
            guard let i = q.find(phrase) else { continue }
            // ("by birth year", "per year of birth": a column of the customers, read with the columns.)
            let n = phrase.split(separator: " ").count
            if bucket == .year, q[i - 1] == "birth" || (q[i + n] == "of" && q[i + n + 1] == "birth") { continue }
            // ("by birth decade", "decade of birth", "the decade they were born in": a column of the customers too.)
            if phrase == "decade", q[i - 1] == "birth" || (q[i + 1] == "of" && q[i + 2] == "birth") || ["born", "they"].contains(q[i + 1]) { continue }
            if bucket == .ageDecade {
                intent.bucket = .ageDecade
                q.use(i..<(i + phrase.split(separator: " ").count))
                _ = q.take(["20s", "30s", "40s", "50s", "60s", "70s", "so on", "and so on", "etc", "age", "their", "in", "how many are"])
                continue
            }
            // ("average daily revenue by day of the week": a grain an average per period is taken within, see `setBucket`.)
            let within = intent.shape == .averagePerBucket && intent.averageWithin == nil && intent.bucket != bucket
            if intent.bucket == nil || intent.bucket == bucket || (intent.bucket == .month && bucket == .monthOfYear) || (intent.bucket == .quarter && bucket == .quarterOfYear)
                || within
            {
                setBucket(&intent, &context, bucket)
                let every = phrase.hasPrefix("every") || phrase.hasPrefix("each") ? i : i - 1
                // "bought in every quarter" may mean all of them; "in each quarter" is a count per quarter.
                // ("in each and every quarter": all of them, said twice.)
                if q[every] == "every", q[every - 1] == "in" || (q[every - 1] == "and" && q[every - 2] == "each") { context.inEveryBucket = true }
                var start = i
                if hasSlicer(i) && q.isFree(i - 1) { start = i - 1 }
                q.use(start..<(i + phrase.split(separator: " ").count))
            }
        }
        // "month by month, in month order": the order a time breakdown has anyway.
        if intent.bucket != nil, intent.bucket != .ageDecade {
            _ = q.take(["in month order", "in date order", "in chronological order", "chronologically", "in time order", "in calendar order", "oldest first", "earliest first"])
        }
        // "by quarter, all years combined": the quarter of the year, every year's together.
        if everyYearTogether {
            if intent.bucket == .quarter { intent.bucket = .quarterOfYear }
            if [.month, .yearMonth].contains(intent.bucket) { intent.bucket = .monthOfYear }
        }
        if intent.bucket == .quarterOfYear { _ = q.take(["across years", "seasonality check", "seasonality"]) }
        if intent.bucket == .monthOfYear { _ = q.take(Self.pooledYearsPhrases + ["pooling", "pooled"]) }
        if intent.bucket == .monthOfYear { _ = q.take(["all years lumped together", "all years together", "all years combined", "lumped together", "lumped", "all years", "across years", "seasonality check", "seasonality", "check"]) }
        // Dimension slices.
        for slicer in slicers {
            while let i = q.find(slicer) {
                let after = i + slicer.split(separator: " ").count
                // "placed by customers in France": the doer, not a slice.
                let doneBy = ["placed", "bought", "ordered", "made", "spent", "purchased", "taken", "done"]
                // "sorted by surname": an order of the rows, read with the list, not a slice.
                if slicer == "by" && ((1...3).contains(where: { doneBy.contains(q[i - $0]) }) || ["sorted", "sort", "ordered", "arranged"].contains(q[i - 1])) {
                    q.use(i..<after)
                    continue
                }
                guard let (entity, length) = entityAt(&q, after) else {
                    // "for each of our helmet products": the rows of a table, values naming which (left for the filters).
                    if slicer != "by", slicer != "across" {
                        var k = after
                        while ["of", "the", "our", "these", "those", "all"].contains(q[k]) { k += 1 }
                        // "for each Road-650 bike": every thing of that model, one row each (the code is read as a filter later).
                        if let code = modelCode(q, at: k) {
                            if !intent.groupBy.contains(code.dimension) { intent.groupBy.append(code.dimension) }
                            q.use(i..<after)
                            // "for each Touring-1000 variant": the things of the model, not a count of them.
                            let thing = k + code.length
                            if ["variant", "variants", "version", "versions", "model", "models", "product", "products", "item", "items"].contains(q[thing]) {
                                q.use(thing..<(thing + 1))
                            }
                            continue
                        }
                        var end = k
                        while end < k + 3, valueAt(q, end) != nil { end += 1 }
                        if end > k || k > after, let (found, n) = entityAt(&q, end, tablesOnly: true), case .table(let table) = found {
                            context.entityTable = table
                            context.listEntity = true
                            q.use(i..<k)
                            q.use(end..<(end + n))
                            continue
                        }
                        // "for each bike model": a column of the same things after the value, which stays a filter.
                        if end > k, let (name, n) = dimensionPhrase(q, end), let d = vocabulary.dimension(named: name), d.table == productsTable || d.table == customersTable,
                            let v = valueAt(q, k), vocabulary.dimension(named: v.dimension)?.table == d.table, q.isFree(end)
                        {
                            if !intent.groupBy.contains(name) { intent.groupBy.append(name) }
                            q.use(i..<k)
                            q.use(end..<(end + n))
                            continue
                        }
                    }
                    q.use(i..<after)
                    break
                }
                switch entity {
                case .dimension(let name):
                    if slicer.hasPrefix("for each") || slicer.hasPrefix("in each") || slicer.hasPrefix("for every") || slicer == "each" || slicer == "every",
                        context.ranked || context.whichEntity != nil
                    {
                        context.perDimension = name
                    } else if !intent.groupBy.contains(name) {
                        intent.groupBy.append(name)
                    }
                case .table(let table):
                    context.entityTable = table
                    context.listEntity = true
                case .bucket(let bucket):
                    setBucket(&intent, &context, bucket)
                    if slicer == "every", q[i - 1] == "in" || (q[i - 1] == "and" && q[i - 2] == "each") { context.inEveryBucket = true }
                }
                q.use(i..<(after + length))
            }
        }
        // "country-wise": a slice; "revenue-wise": the measure, said again.
        for i in 0..<q.count where q[i] == "wise" && q.isFree(i) {
            for length in [2, 1] {
                if let (name, matched) = dimensionPhrase(q, i - length), matched == length {
                    if !intent.groupBy.contains(name) { intent.groupBy.append(name) }
                    q.use((i - length)..<(i + 1))
                    break
                }
            }
            if q.isFree(i), vocabulary.metrics.contains(where: { $0.phrases.contains(q[i - 1]) }) { q.use(i..<(i + 1)) }
        }
        // "... and customer gender": a second dimension joined by "and" after a slice.
        for i in 0..<q.count where q[i] == "and" && q.isFree(i) && !intent.groupBy.isEmpty && q.used[max(0, i - 1)] {
            if let (entity, length) = entityAt(&q, i + 1), case .dimension(let name) = entity, !intent.groupBy.contains(name) {
                intent.groupBy.append(name)
                q.use(i..<(i + 1 + length))
            }
        }
        // "top 3 bikes ...": a value right after the ranking cue names what is ranked (the table it belongs to).
        var rankNounResolved = false
        if context.ranked, context.entityTable == nil, context.whichEntity == nil, let noun = context.rankNoun {
            let words = q
            // ("top 3 bike models": a column read from the name, not unique to each product, ranks the same way.)
            if valueAt(q, noun) != nil, let name = [noun + 1, noun + 2, noun + 3].compactMap({ self.dimensionPhrase(words, $0)?.0 }).first,
                let d = vocabulary.dimension(named: name), d.isEnum || (!d.unique && !d.numeric && !d.isTime && d.table == productsTable)
            {
                // "most popular bike subcategory": the dimension after the value is what is ranked.
                context.rankNounEntity = .dimension(name)
                rankNounResolved = true
                // ("top 3 bike models": a column whose values are not read as filters is not a breakdown yet.)
                if !d.isEnum, intent.groupBy.isEmpty, intent.bucket == nil, let at = [noun + 1, noun + 2, noun + 3].first(where: { self.dimensionPhrase(words, $0)?.0 == name }),
                    let (_, length) = dimensionPhrase(words, at), q.isFree(at)
                {
                    intent.groupBy = [name]
                    q.use(at..<(at + length))
                }
            } else if let value = valueAt(q, noun), let d = vocabulary.dimension(named: value.dimension), d.table != vocabulary.factTable {
                // "the biggest bike spender", "top 3 bike customers": a table word after the value is what is ranked.
                context.entityTable = d.table
                for at in [noun + 1, noun + 2] {
                    if let (entity, length) = entityAt(&q, at, tablesOnly: true), case .table(let t) = entity {
                        context.entityTable = t
                        q.use(at..<(at + length))
                        break
                    }
                }
            } else if case .dimension(let d)? = context.rankNounEntity {
                // "top 3 subcategories ... among customers aged 60 or older": the dimension is ranked; later tables are filters.
                rankNounResolved = true
                // "top 3 models by revenue": a column whose values are not read as filters, so not yet a breakdown.
                if intent.groupBy.isEmpty, intent.bucket == nil, let dimension = vocabulary.dimension(named: d), !dimension.isEnum, !dimension.unique,
                    !dimension.isTime, dimension.table != vocabulary.factTable, let (_, length) = entityAt(&q, noun)
                {
                    intent.groupBy = [d]
                    q.use(noun..<(noun + length))
                }
            } else if let (entity, length) = entityAt(&q, noun, tablesOnly: true), case .table(let t) = entity {
                context.entityTable = t
                q.use(noun..<(noun + length))
            } else if ["day", "date"].contains(q[noun]), q.isFree(noun), intent.bucket == nil || intent.bucket == .day {
                // "the busiest day of 2012", "our best date": days are ranked.
                setBucket(&intent, &context, .day)
                q.use(noun..<(noun + 1))
            }
        }
        // "best month of 2013 for clothing revenue among single customers": a time grain after the cue is what is ranked;
        // the people named later say whose sales count.
        if case .bucket? = context.rankNounEntity { rankNounResolved = true }
        // Remaining entity words such as "customers" in "top 10 customers".
        if context.ranked, context.entityTable == nil, context.whichEntity == nil, !rankNounResolved {
            for i in 0..<q.count where q.isFree(i) {
                if let (entity, length) = entityAt(&q, i, tablesOnly: true), case .table(let t) = entity {
                    context.entityTable = t
                    q.use(i..<(i + length))
                    break
                }
            }
        }
    }

    /// What the words at `i` name as a thing to slice or rank by.
    /// "our biggest single order in 2013", "the top 5 orders by value": orders ranked, each named by the column the
    /// order count counts. Only after a word of size ("the fewest orders" ranks what has them).
    func rankOrders(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // ("which weekday had the biggest orders": the weekday is what is ranked.)
        guard context.rankNounEntity == nil, context.entityTable == nil, context.whichEntity == nil, let noun = context.rankNoun else { return }
        var k = noun
        while ["the", "single", "individual"].contains(q[k]) { k += 1 }
        // ("which weekday had the biggest orders", "which customer placed the largest order": what "which" names is ranked.)
        var copy = q
        if let w = q.words.firstIndex(where: { ["which", "what"].contains($0) }), w + 1 < noun, entityAt(&copy, w + 1) != nil { return }
        guard ["order", "orders"].contains(q[k]), q.isFree(k),
            [q[noun - 1], q[noun - 2]].contains(where: { ["top", "bottom", "biggest", "largest", "smallest", "highest", "lowest"].contains($0) }),
            let orders = vocabulary.orderCount, let column = vocabulary.distinctColumn(of: orders),
            let d = vocabulary.dimensions.first(where: { $0.table == vocabulary.factTable && $0.expr == column })
        else { return }
        context.rankNounEntity = .dimension(d.name)
        context.ranksOrders = true
        if !intent.groupBy.contains(d.name) { intent.groupBy.append(d.name) }
        q.use(noun..<(k + 1))
        // "the biggest order": an order's size is its value, unless a measure is named ("by units").
        if intent.metric.isEmpty, measuresNamed(q).isEmpty, let takings = vocabulary.metric(role: .revenue) {
            intent.metric = takings.name
            _ = q.take(["and its value", "and their value", "its value", "their value", "with its value", "with their value", "and how much it was worth"])
        }
        // "order number and its value": the column that names the rows ranked, said again.
        _ = q.take(["order number and", "order number", "the order number"])
    }

    func entityAt(_ q: inout QuestionWords, _ i: Int, tablesOnly: Bool = false) -> (QueryIntent.Entity, Int)? {
        var start = i
        while ["the", "our", "a", "their", "its", "individual", "different", "specific", "single", "customer", "product", "customers", "products"].contains(q[start]) && q.isFree(start) {
            // "customer gender": the table word qualifies the dimension; "product name": a dimension of another table
            // after the word is not what the word qualifies.
            if ["customer", "product", "customers", "products"].contains(q[start]) {
                guard let (name, _) = dimensionPhrase(q, start + 1), let d = vocabulary.dimension(named: name) else { break }
                if d.table != (["customer", "customers"].contains(q[start]) ? customersTable : productsTable) { break }
            }
            start += 1
        }
        let skipped = start - i
        // A table's own name ("products", "clients") names its rows, before any column synonym, unless a longer
        // dimension's name starts with it ("product name").
        // (Looked up only when a table's word is there: entityAt runs many times per question.)
        lazy var dimensionLength = tablesOnly ? 0 : dimensionPhrase(q, start)?.1 ?? 0
        for (name, table) in vocabulary.tables where table.name != vocabulary.factTable {
            for synonym in table.synonyms {
                let parts = synonym.split(separator: " ").map(String.init)
                if (0..<parts.count).allSatisfy({ q[start + $0] == parts[$0] && q.isFree(start + $0) }) || q[start] == name + "s" && parts.count == 1 && q.isFree(start),
                    parts.count >= dimensionLength
                {
                    return (.table(name), skipped + (q[start] == name + "s" ? 1 : parts.count))
                }
            }
        }
        if !tablesOnly {
            if let (name, length) = dimensionPhrase(q, start) { return (.dimension(name), skipped + length) }
            for phrase in ["day of the week", "day of week", "days of the week", "days of week", "weekday"] {
                if let n = q.wordsMatched(phrase, at: start) { return (.bucket(.weekday), skipped + n) }
            }
            // "which month of the year", "which calendar quarter": every year's months (quarters) together.
            // (Looked at only after those words: entityAt runs many times per question.)
            for (phrase, bucket) in [
                ("month of the year", QueryIntent.Bucket.monthOfYear), ("months of the year", .monthOfYear), ("calendar month", .monthOfYear),
                ("calendar months", .monthOfYear), ("quarter of the year", .quarterOfYear), ("quarters of the year", .quarterOfYear),
                ("calendar quarter", .quarterOfYear), ("calendar quarters", .quarterOfYear), ("calendar year", .year), ("calendar years", .year),
            ] where ["month", "months", "quarter", "quarters", "calendar"].contains(q[start]) {
                if let n = q.wordsMatched(phrase, at: start) { return (.bucket(bucket), skipped + n) }
            }
            for (phrase, bucket) in [
                ("quarter", QueryIntent.Bucket.quarter), ("month", .yearMonth), ("year", .year), ("day", .day), ("date", .day),
                ("weekday", .weekday), ("day of the week", .weekday),
            ] where q[start] == phrase || (["day", "date"].contains(phrase) && q[start] == phrase + "s" && pluralIsRanked(q, start)) {
                return (.bucket(bucket), skipped + 1)
            }
        }
        for word in ["buyers", "people", "clients", "shoppers", "purchasers", "items", "bicycles", "spenders", "spender"] where q[start] == word && q.isFree(start) {
            return (.table(word == "items" || word == "bicycles" ? productsTable : customersTable), skipped + 1)
        }
        return nil
    }

    /// The dimension named at `i`, whether or not a rule has read the words already.
    func dimensionNamed(_ words: [String], _ i: Int) -> String? { dimensionSaid(words, i)?.name }

    /// The longest phrase of a (non-time) dimension at `i`, read or not, and how many words it takes.
    func dimensionSaid(_ words: [String], _ i: Int) -> (name: String, length: Int)? {
        guard i >= 0 else { return nil }
        var best: (name: String, length: Int)?
        for dimension in vocabulary.dimensions where !dimension.isTime {
            for phrase in dimension.phrases {
                let parts = phrase.split(separator: " ")
                if i + parts.count <= words.count, (0..<parts.count).allSatisfy({ words[i + $0] == parts[$0] }), parts.count > (best?.length ?? 0) {
                    best = (dimension.name, parts.count)
                }
            }
        }
        return best
    }

    /// A value of the model named at `i` ("bikes", "German"), if any.
    func valueAt(_ q: QuestionWords, _ i: Int) -> Vocabulary.Value? { valueSpan(q, i)?.value }

    /// The value named at `i` and how many words name it.
    /// "the 5 slowest days", "which days": days in the plural are ranked rows only after a count, a ranking word or
    /// "which" ("on both days" restates them; "days of the week" is the weekday). Other grains have their own plurals.
    func pluralIsRanked(_ q: QuestionWords, _ i: Int) -> Bool {
        if q[i + 1] == "of" && (q[i + 2] == "week" || q[i + 3] == "week") { return false }
        let before = q[i - 1]
        return Int(before) != nil || Lexicon.numberWords[before] != nil || ["which", "what", "slowest", "quietest", "busiest", "best", "worst", "top", "bottom"].contains(before)
    }

    func valueSpan(_ q: QuestionWords, _ i: Int) -> (value: Vocabulary.Value, length: Int)? {
        for length in stride(from: 3, through: 1, by: -1) where i + length <= q.count {
            let phrase = (i..<(i + length)).map { q[$0] }.joined(separator: " ")
            if phrase == "us" && !isCountryUS(q, i) { continue }
            if phrase == "single" && Self.singleAsOne.contains(q[i + 1]) { continue }  // "which single day": one day
            if Self.isDayOfWeekWord(phrase, q) { continue }
            let target = Lexicon.valueAliases[phrase] ?? phrase
            // "sport-100 helmet blue vs red vs black": the last word is one of several colours compared, not the end of
            // one product's name.
            if length > 1, let last = vocabulary.valueByPhrase[q[i + length - 1]], let whole = vocabulary.valueByPhrase[target], whole.dimension != last.dimension,
                ["vs", "versus", "or", "and"].contains(q[i + length]), vocabulary.valueByPhrase[q[i + length + 1]]?.dimension == last.dimension
            {
                continue
            }
            if length == 1 && phrase.count <= 3 && Lexicon.valueAliases[phrase] == nil {
                // ("top 3 red bikes": a short value is read where the question says it is meant.)
                if let value = vocabulary.valueByPhrase[phrase], shortValueIsMeant(q, at: i, value) { return (value, 1) }
                continue
            }
            if let value = vocabulary.valueByPhrase[target] { return (value, length) }
        }
        return identifierValue(q[i]).map { ($0, 1) }
    }

    /// "AW00011125": a code of the shape a unique column's samples have (letters, then so many digits), as that
    /// column's value. Whether a row has it is the answer's to say (no rows).
    func identifierValue(_ word: String) -> Vocabulary.Value? {
        for shape in vocabulary.identifierShapes where word.count == shape.prefix.count + shape.digits && word.hasPrefix(shape.prefix) {
            guard word.dropFirst(shape.prefix.count).allSatisfy(\.isNumber) else { continue }
            return Vocabulary.Value(dimension: shape.dimension, value: word.uppercased(), phrases: [word])
        }
        return nil
    }

    /// "pooling all years together", "summed across all years": every year's same month together, said again.
    static let pooledYearsPhrases = [
        "pooling all years together", "pooling all years", "pooled across all years", "all years pooled", "summed across all years", "summed over all years",
        "summed across years", "added up across all years", "combined across all years", "across all years combined",
        "if we lump all years together", "lumping all years together", "lump all years together", "all years lumped together",
    ]

    static let weekdayOrderPhrases = [
        "listed monday through sunday", "listed monday to sunday", "from monday to sunday", "monday through sunday", "monday to sunday",
        "list monday first and sunday last", "monday first and sunday last", "monday first sunday last", "monday first", "sunday last", "starting with monday",
        "starting monday", "in weekday order",
        // "labelled by day name", "(day names)": days of the week are shown by name anyway.
        "labelled by day name", "labeled by day name", "labelled by name", "labeled by name", "by day name", "with day names", "as day names", "day names",
        "day name",
    ]

    /// "which weekday": a day of the week (a time bucket), unless a weekend is named beside it ("weekend vs weekday").
    static func isDayOfWeekWord(_ phrase: String, _ q: QuestionWords) -> Bool {
        ["weekday", "weekdays"].contains(phrase) && !q.words.contains { ["weekend", "weekends"].contains($0) }
    }

    /// "us" typed in lower case is the pronoun ("bought from us") unless it stands where a country
    /// does: "in the us", "us customers", "the us market".
    func isCountryUS(_ q: QuestionWords, _ i: Int) -> Bool {
        if q.original[i] == "US" || q.original[i] == "U.S." { return true }
        // ("us shorts revenue in 2013": a question never opens with the pronoun.)
        if q[i - 1] == "the" || i == 0 { return true }
        let next = q[i + 1]
        return Lexicon.peopleWords.contains(next) || ["sales", "revenue", "market", "orders", "turnover", "based"].contains(next)
    }

    var customersTable: String { vocabulary.customersTable }
    var productsTable: String { vocabulary.productsTable }

    /// Longest dimension name or synonym starting at `i` (enum and name dimensions only).
    func dimensionPhrase(_ q: QuestionWords, _ i: Int) -> (String, Int)? {
        if twoWordMetricPhrases.contains(q[i - 1] + " " + q[i]) { return nil }
        // "more than 1 line", "3 lines": a number counts lines of orders, never the product line.
        if Double(q[i - 1]) != nil, ["line", "lines"].contains(q[i]) { return nil }
        var best: (String, Int)?
        for dimension in vocabulary.dimensions where !dimension.isTime {
            for phrase in dimension.phrases {
                // "top 3 products by quantity": a sales column that is also a measure's name is the measure.
                if dimension.table == vocabulary.factTable, metricPhrases.contains(phrase) { continue }
                if let length = q.wordsMatched(phrase, at: i), length > (best?.1 ?? 0) { best = (dimension.name, length) }
            }
        }
        return best
    }

    // MARK: - Values: "in Germany", "bikes", "female", "married"

    func parseValues(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // "by day of the week, Monday to Sunday": the order of the weekday breakdown's rows. ("(Monday, Tuesday, ...)"
        // right after the grain is dropped as examples before any pass; other day names are filters: "revenue on
        // Monday and Tuesday by weekday" is two rows, not seven.)
        if intent.bucket == .weekday || intent.averageWithin == .weekday { _ = q.take(Self.weekdayOrderPhrases) }
        parseNames(&q, &intent, &context)
        // Model codes first ("Sport-100 helmets", "the Mountain-200"): two or three words that spell a code.
        for i in 0..<q.count where q.isFree(i) {
            if let (dimension, code, length) = modelCode(q, at: i, freeOnly: true) {
                if let index = intent.filters.firstIndex(where: { $0.dimension == dimension }) {
                    intent.filters[index].values.append(QueryIntent.modelPrefix(code))
                } else {
                    intent.filters.append(.init(dimension: dimension, values: [QueryIntent.modelPrefix(code)]))
                }
                // "for each Road-650 bike": every thing of that model, one row each.
                let before = q[i - 1] == "the" ? i - 2 : i - 1
                if ["each", "every", "per"].contains(q[before]), q.isFree(before) {
                    if !intent.groupBy.contains(dimension) { intent.groupBy.append(dimension) }
                    q.use(before..<i)
                }
                q.use(i..<(i + length))
                _ = q.take(Self.allVariants)
            }
        }
        // Aliases first ("German" -> Germany), then the model's values; longest phrase wins.
        var lastValue: (end: Int, dimension: String)?
        var i = 0
        while i < q.count {
            guard q.isFree(i) else { i += 1; continue }
            var matched: (Vocabulary.Value, Int)?
            for length in stride(from: 4, through: 1, by: -1) where i + length <= q.count {
                guard (i..<(i + length)).allSatisfy(q.isFree) else { continue }
                let phrase = (i..<(i + length)).map { q[$0] }.joined(separator: " ")
                if phrase == "us" && !isCountryUS(q, i) { continue }
                if phrase == "single" && Self.singleAsOne.contains(q[i + 1]) { continue }  // "which single day": one day  // "from us" is not the United States
                if Self.isDayOfWeekWord(phrase, q) { continue }
                let target = Lexicon.valueAliases[phrase] ?? phrase
                if let value = vocabulary.valueByPhrase[target] {
                    if length == 1 && phrase.count <= 3 && Lexicon.valueAliases[phrase] == nil && !shortValueIsMeant(q, at: i, value) { continue }
                    matched = (value, length)
                    break
                }
            }
            // "customer AW00011125": a code of the shape of a unique column's samples (`identifierValue`).
            if matched == nil, let value = identifierValue(q[i]) {
                matched = (value, 1)
                if ["customer", "client", "customers", "number", "no"].contains(q[i - 1]), q.isFree(i - 1) { q.use((i - 1)..<i) }
                if q[i - 1] == "customer", q.isFree(i - 1) { q.use((i - 1)..<i) }
            }
            if let (value, length) = matched {
                // "our Accessories category": the dimension named right after its value is the same thing.
                if let d = vocabulary.dimension(named: value.dimension), d.phrases.contains(where: { q.wordsMatched($0, at: i + length) != nil }),
                    let n = d.phrases.compactMap({ q.wordsMatched($0, at: i + length) }).max()
                {
                    q.use((i + length)..<(i + length + n))
                }
                // "excluding the United States", "except bikes": every value but this one.
                var back = i - 1
                while ["the", "our", "any", "all"].contains(q[back]) { back -= 1 }
                let excluded =
                    q.isFree(back)
                    && (["excluding", "except", "exclude", "excl"].contains(q[back])
                        || (q[back] == "than" && q[back - 1] == "other") || (q[back] == "from" && q[back - 1] == "apart"))
                if excluded {
                    if intent.filters.contains(where: { $0.dimension == value.dimension }) {
                        context.conflicts.append("a \(value.dimension.replacingOccurrences(of: "_", with: " ")) both required and excluded")
                    }
                    intent.filters.append(.init(dimension: value.dimension, values: [QueryIntent.excluded(value.value)]))
                    q.use((back - (q[back] == "than" || q[back] == "from" ? 1 : 0))..<i)
                } else if let last = lastValue, last.end + 1 == i, ["and", "or"].contains(q[last.end]), last.dimension != value.dimension,
                    vocabulary.dimension(named: last.dimension)?.table == vocabulary.dimension(named: value.dimension)?.table
                {
                    // "bikes and helmets": two values of different columns of one table joined by "and" are
                    // alternatives (or a comparison), never both at once; "both" makes it a customer analysis.
                    context.joinedValues = true
                    intent.filters.append(.init(dimension: value.dimension, values: [value.value]))
                } else if let index = intent.filters.firstIndex(where: { $0.dimension == value.dimension }) {
                    if intent.filters[index].values.contains(where: { $0.hasPrefix("\u{2}") }) {
                        context.conflicts.append("a \(value.dimension.replacingOccurrences(of: "_", with: " ")) both required and excluded")
                    }
                    if !intent.filters[index].values.contains(value.value) { intent.filters[index].values.append(value.value) }
                } else {
                    intent.filters.append(.init(dimension: value.dimension, values: [value.value]))
                }
                q.use(i..<(i + length))
                // "a married customer compared with a single one": "one" is the row the value describes.
                if ["one", "ones"].contains(q[i + length]), q.isFree(i + length), q[i - 1] == "a" || q[i - 1] == "the" || q[i - 2] == "a" {
                    q.use((i + length)..<(i + length + 1))
                }
                // "a clothing item", "bike items": the noun after a product's value is the product itself.
                if vocabulary.dimension(named: value.dimension)?.table == productsTable, ["item", "items"].contains(q[i + length]), q.isFree(i + length) {
                    q.use((i + length)..<(i + length + 1))
                }
                if context.filterStarts[value.dimension] == nil { context.filterStarts[value.dimension] = i }
                lastValue = (i + length, value.dimension)
                i += length
            } else {
                i += 1
            }
        }
        // Named filters of the model ("bikes only").
        for filter in vocabulary.filters where q.take(filter.phrases.map { $0 + " only" }) {
            intent.namedFilters.append(filter.name)
        }
    }

    /// Names of things as the data spells them ("Water Bottle - 30 oz.", "the Sport-100 Helmet in blue",
    /// "Mountain-200 Black in size 38"), longest first: a filter on names starting with the words matched.
    /// Words that only introduce a colour or size ("in", "size") may sit between the parts of a name.
    func parseNames(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard !vocabulary.namePrefixes.isEmpty else { return }
        let between: Set<String> = ["in", "size", "sized", "colour", "color", "the"]
        var i = 0
        while i < q.count {
            guard q.isFree(i), !between.contains(q[i]) else { i += 1; continue }
            var key: [String] = []
            var best: (end: Int, dimension: String, prefix: String)?
            var j = i
            while j < q.count, q.isFree(j), key.count < 12 {
                if between.contains(q[j]) && !key.isEmpty { j += 1; continue }
                key.append(q[j])
                let text = key.joined(separator: " ")
                // "the Sport-100 helmets": a plural of the name's last word is the same thing.
                let singular = text.hasSuffix("s") ? String(text.dropLast()) : text
                // "Road-650 Black": a model code and a colour are read as the two ("black vs red" are then two colours).
                let codeAndValue = key.count >= 3 && vocabulary.modelCodes[key.dropLast().joined(separator: " ")] != nil && vocabulary.valueByPhrase[key[key.count - 1]] != nil
                // "sport-100 helmet blue vs red vs black": a last word that is one of several values compared is not the name's.
                let lastCompared =
                    key.count >= 2 && vocabulary.valueByPhrase[q[j]] != nil && ["vs", "versus", "or", "and"].contains(q[j + 1])
                    && vocabulary.valueByPhrase[q[j + 2]]?.dimension == vocabulary.valueByPhrase[q[j]]?.dimension
                if !codeAndValue, !lastCompared, let hit = vocabulary.namePrefixes[text] ?? vocabulary.namePrefixes[singular] { best = (j + 1, hit.dimension, hit.prefix) }
                j += 1
            }
            guard let best else { i += 1; continue }
            let value = QueryIntent.namePrefix(best.prefix)
            if let index = intent.filters.firstIndex(where: { $0.dimension == best.dimension }) {
                if !intent.filters[index].values.contains(value) { intent.filters[index].values.append(value) }
            } else {
                intent.filters.append(.init(dimension: best.dimension, values: [value]))
            }
            if context.filterStarts[best.dimension] == nil { context.filterStarts[best.dimension] = i }
            // "units of each Sport-100 helmet": every product the name covers, one row each.
            let before = q[i - 1] == "the" ? i - 2 : i - 1
            if ["each", "every", "per"].contains(q[before]) {
                if !intent.groupBy.contains(best.dimension) { intent.groupBy.append(best.dimension) }
                q.use(before..<i)
            }
            q.use(i..<best.end)
            _ = q.take(Self.allVariants)
            i = best.end
        }
    }

    /// Named filters of the model said in full ("shipped after their due date"), read before dates and values
    /// so their words are not taken for a date column or a value. A phrase that is also a value ("bikes") stays
    /// the value's; "bikes only" is read with the values.
    func parseNamedFilters(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        for filter in vocabulary.filters {
            let phrases = filter.phrases.filter { $0.utf8.contains(UInt8(ascii: " ")) && vocabulary.valueByPhrase[$0] == nil }.sorted { $0.count > $1.count }
            for phrase in phrases {
                guard let i = q.find(phrase) else { continue }
                // "products that don't need maintenance": a negated filter is not the filter. On a flag of two values
                // (Yes / No) it is the other value, so products with no flag are not counted as not needing it;
                // anything else negated is left unread, and refused.
                if ["dont", "doesnt", "not", "never", "no", "without", "didnt", "arent", "isnt"].contains(q[i - 1]) {
                    guard ["dont", "doesnt", "not"].contains(q[i - 1]), q.isFree(i - 1), let column = flagColumn(filter),
                        case let values = vocabulary.values.filter({ $0.dimension == column.name }).map(\.value), values.count == 2,
                        let other = values.first(where: { "'\($0)'" != filter.expr.components(separatedBy: " = ").last })
                    else { continue }
                    let start = q[i - 1] == "not" && ["do", "does"].contains(q[i - 2]) ? i - 2 : i - 1
                    q.use(start..<(i + phrase.split(separator: " ").count))
                    if !intent.filters.contains(where: { $0.dimension == column.name }) { intent.filters.append(.init(dimension: column.name, values: [other])) }
                    if context.filterStarts[column.name] == nil { context.filterStarts[column.name] = start }
                    continue
                }
                let end = i + phrase.split(separator: " ").count
                // "products that need maintenance vs ones that don't": both sides of the flag, as the column's values.
                // "split by whether they need maintenance or not": a breakdown by the flag's column, unknown rows kept.
                if q.wordsMatched("or not", at: end) == 2, let column = flagColumn(filter) {
                    var start = i
                    if q[start - 1] == "they" || q[start - 1] == "it" { start -= 1 }
                    if q[start - 1] == "whether" { start -= 1 }
                    q.use(start..<(end + 2))
                    if !intent.groupBy.contains(column.name) { intent.groupBy.append(column.name) }
                    continue
                }
                if let (column, length) = contrastWithNegation(q, after: end, filter) {
                    q.use(i..<(end + length))
                    // "split revenue between products that need maintenance and those that don't": the two sides.
                    if let b = (1...3).first(where: { q[i - $0] == "between" }) { q.use((i - b)..<(i - b + 1)) }
                    if !intent.groupBy.contains(column.name) { intent.groupBy.append(column.name) }
                    let values = vocabulary.values.filter { $0.dimension == column.name }.map(\.value)
                    if !values.isEmpty, !intent.filters.contains(where: { $0.dimension == column.name }) { intent.filters.append(.init(dimension: column.name, values: values)) }
                    continue
                }
                q.use(i..<end)
                // "revenue from products that need maintenance": the filter's own rows, named before it, say nothing more.
                let rows = Set(vocabulary.tables[filter.table]?.synonyms ?? []).union([filter.table])
                if ["that", "which"].contains(q[i - 1]), q.isFree(i - 1), q.isFree(i - 2), rows.contains(q[i - 2]), ["from", "of", "on", "for", "by"].contains(q[i - 3]) {
                    q.use((i - 2)..<i)
                }
                // A flag ("maintenance = 'Yes'") is a value of its column, and where it stands tells whether it is the part of a
                // share ("what % of revenue came from products that need maintenance") or what is shared out.
                if let column = flagColumn(filter), let value = filter.expr.components(separatedBy: " = ").last?.trimmingCharacters(in: CharacterSet(charactersIn: "'")),
                    !intent.filters.contains(where: { $0.dimension == column.name })
                {
                    intent.filters.append(.init(dimension: column.name, values: [value]))
                    if context.filterStarts[column.name] == nil { context.filterStarts[column.name] = i }
                    continue
                }
                if !intent.namedFilters.contains(filter.name) { intent.namedFilters.append(filter.name) }
            }
        }
    }

    /// "How many products are flagged as needing maintenance, how many as not needing it, and how many have no flag?":
    /// after a flag was read, its verb denied with a pronoun is the flag's other value, and "no flag" its unknown; the
    /// flag's values named that way are the groups of a breakdown by its column.
    func readFlagEllipsis(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        for filter in vocabulary.filters {
            guard let column = flagColumn(filter), let f = intent.filters.firstIndex(where: { $0.dimension == column.name }) else { continue }
            let values = vocabulary.values.filter { $0.dimension == column.name }.map(\.value)
            let verbs = Set(filter.phrases.compactMap { $0.split(separator: " ").first.map(String.init) }).subtracting(["flagged", "shipped", "late"])
            var named: [String] = []
            for i in 0..<q.count where q.isFree(i) && ["not", "dont", "doesnt"].contains(q[i]) && verbs.contains(q[i + 1]) && ["it", "one", "them", "any"].contains(q[i + 2]) {
                guard values.count == 2, let other = values.first(where: { !intent.filters[f].values.contains($0) }) else { break }
                named.append(other)
                q.use(i..<(i + 3))
            }
            for i in 0..<q.count where q.isFree(i) && ["no", "without"].contains(q[i]) {
                var j = i + 1
                if ["a", "any"].contains(q[j]) { j += 1 }
                guard ["flag", "value", "setting"].contains(q[j]) else { continue }
                named.append(QueryIntent.unknownValue)
                q.use(i..<(j + 1))
            }
            guard !named.isEmpty else { continue }
            for v in named where !intent.filters[f].values.contains(v) { intent.filters[f].values.append(v) }
            if !intent.groupBy.contains(column.name) { intent.groupBy.append(column.name) }
        }
    }

    /// The column a filter on one value tests ("maintenance = 'Yes'" tests maintenance).
    func flagColumn(_ filter: Vocabulary.Filter) -> Vocabulary.Dimension? {
        let parts = filter.expr.components(separatedBy: " = ")
        guard parts.count == 2, parts[1].hasPrefix("'") else { return nil }
        return vocabulary.dimensions.first { $0.expr == parts[0] || $0.name == parts[0] }
    }

    /// "... vs ones that don't", "... or those that do not": the column a flag filter tests ("maintenance = 'Yes'"), when
    /// the filter is set against its own negation, and how many words that takes.
    func contrastWithNegation(_ q: QuestionWords, after end: Int, _ filter: Vocabulary.Filter) -> (Vocabulary.Dimension, Int)? {
        var j = end
        if let n = ["vs", "versus", "compared with", "compared to", "against", "or", "and", "with"].compactMap({ q.wordsMatched($0, at: j) }).first { j += n } else { return nil }
        // "products needing maintenance vs not": the other side said with "not" alone.
        if q[j] == "not", q.isFree(j), let column = flagColumn(filter) { return (column, j + 1 - end) }
        while ["the", "those", "ones", "one", "products", "customers", "items"].contains(q[j]) { j += 1 }
        guard ["that", "which", "who"].contains(q[j]) else { return nil }
        j += 1
        if q[j] == "dont" || q[j] == "doesnt" {
            j += 1
        } else if ["do", "does"].contains(q[j]), q[j + 1] == "not" {
            j += 2
        } else {
            return nil
        }
        guard let column = flagColumn(filter) else { return nil }
        // "vs ones that don't need it": the verb restated.
        while q.isFree(j), ["need", "require", "it", "one", "them", "have"].contains(q[j]) { j += 1 }
        return (column, j - end)
    }

    // MARK: - Metric

    /// "revenue per customer" is a metric, not revenue sliced per customer: metric phrases that
    /// contain a slicing word are claimed before slices are read.
    /// Run first for measures that are percentages ("margin %"), so "%" is not read as a share.
    func claimCompoundMetric(_ q: inout QuestionWords, _ intent: inout QueryIntent, percentOnly: Bool = false) {
        var best: (Vocabulary.Metric, Int, Int)?
        for (metric, phrase, length, percent) in compoundMetricPhrases where !percentOnly || percent {
            // "revenue per customer country": the table word qualifies a dimension, which is the slice.
            if let i = q.find(phrase), length > (best?.2 ?? 0), dimensionNamed(q.words, i + length) == nil { best = (metric, i, length) }
        }
        guard let (metric, i, length) = best else { return }
        intent.metric = metric.name
        q.use(i..<(i + length))
        // "average lines per order and average units per order": each measure said with "per" is one, side by side.
        guard !percentOnly else { return }
        for (other, phrase, n, _) in compoundMetricPhrases
        where other.name != metric.name && !intent.extraMetrics.contains(other.name) {
            if let j = q.find(phrase), dimensionNamed(q.words, j + n) == nil {
                intent.extraMetrics.append(other.name)
                q.use(j..<(j + n))
            }
        }
    }

    /// Measures whose phrases name a date column ("days between the order date and the due date"): claimed
    /// before dates are read, so the date's words are not taken for a period's column. Every one named counts.
    /// "in how many months did revenue exceed 1.5 million": a count of the periods with sales is what is measured, claimed
    /// before "months" is read as a time grain. Only beside a threshold, which is what such a count is asked with.
    func claimPeriodCounts(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.metric.isEmpty, q.words.contains(where: { ["more", "over", "above", "exceed", "exceeded", "least", "below", "under", "less", "beat", "topped"].contains($0) })
        else { return }
        for m in vocabulary.metrics where m.table == vocabulary.factTable && vocabulary.distinctColumn(of: m)?.contains(vocabulary.timeColumn) == true {
            for phrase in m.phrases where phrase.hasPrefix("how many ") || phrase.hasPrefix("number of ") {
                guard let i = q.find(phrase), q[i - 1] != "average" else { continue }
                let end = i + phrase.split(separator: " ").count
                // ("how many days did it take to ship": days of a duration, not days with sales.)
                guard !["to", "between", "from", "until", "before", "after"].contains(q[end]),
                    !q.words.contains(where: { ["take", "took", "takes", "ship", "shipping", "shipped", "deliver", "delivery", "due"].contains($0) })
                else { continue }
                intent.metric = m.name
                context.explicitMetric = true
                context.metricSpan = i..<end
                q.use(i..<end)
                return
            }
        }
    }

    func claimDateMetrics(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        var found: [(Vocabulary.Metric, Int, Int)] = []
        for (metric, phrase, length) in dateMetricPhrases {
            guard let i = q.find(phrase) else { continue }
            found.append((metric, i, length))
        }
        for (metric, i, length) in found.sorted(by: { $0.2 > $1.2 }) where (i..<(i + length)).allSatisfy(q.isFree) {
            q.use(i..<(i + length))
            if intent.metric.isEmpty {
                intent.metric = metric.name
                context.explicitMetric = true
                context.metricSpan = i..<(i + length)
            } else if intent.metric != metric.name, !intent.extraMetrics.contains(metric.name) {
                intent.extraMetrics.append(metric.name)
            }
        }
    }

    func parseMetric(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) -> Bool {
        if let claimed = vocabulary.metric(named: intent.metric) {
            if let (count, span) = countBeside(q, claimed, intent) {
                intent.extraMetrics.append(count.name)
                q.use(span)
            }
            explainMetricWords(&q, claimed)
            // "how many helmets did we sell, and at what average price per unit": the count of things sold is a measure too.
            if let i = q.find("how many"), context.salesContext, let value = valueAt(q, i + 2) ?? valueAt(q, i + 3),
                vocabulary.dimension(named: value.dimension)?.table == productsTable,
                let units = vocabulary.metric(role: .units), units.name != claimed.name,
                !intent.extraMetrics.contains(units.name)
            {
                intent.extraMetrics.append(units.name)
            }
            return true
        }
        // Longest metric phrase among free words wins.
        // Longest phrase first; on a tie, a measure word ("units") beats a word that also names a
        // table ("products"), which is more likely the thing being ranked.
        let tableWords = Set(vocabulary.tables.values.flatMap(\.synonyms) + ["people", "buyers", "clients", "items"])
        var best: (Vocabulary.Metric, Int, Int)?
        // "how many orders did German customers place": what follows "how many" is what is counted.
        var counted: Int? = nil
        for opener in ["how many", "number of", "count of", "count the", "total number of"] {
            if let i = q.find(opener) {
                var j = i + opener.split(separator: " ").count
                // "how many 2013 orders": a year before the noun is a period, not what is counted.
                while ["different", "distinct", "unique", "individual", "separate", "of", "our", "the"].contains(q[j]) || (q[j].count == 4 && Int(q[j]) != nil) { j += 1 }
                counted = j
                break
            }
        }
        // "how many different subcategories": the distinct values of a dimension are counted.
        // A word that names both ("lines": order lines or product lines) is the measure, unless the dimension's name is longer.
        if let counted, let (name, length) = dimensionPhrase(q, counted), let d = vocabulary.dimension(named: name), d.isEnum,
            !vocabulary.metrics.contains(where: { m in m.phrases.contains { (q.wordsMatched($0, at: counted) ?? 0) >= length } }),
            let m = vocabulary.metric(named: context.salesContext && d.table != vocabulary.factTable ? "number_of_\(name)_sold" : "number_of_\(name)")
        {
            intent.metric = m.name
            context.explicitMetric = true
            context.metricSpan = counted..<(counted + length)
            q.use(counted..<(counted + length))
            return true
        }
        func score(_ phrase: String, at i: Int) -> Int {
            phrase.split(separator: " ").count * 2 + (tableWords.contains(phrase) ? 0 : 1) + (i == counted ? 10 : 0)
        }
        for metric in vocabulary.metrics {
            for phrase in metric.phrases {
                if let i = q.find(phrase) {
                    if best == nil || score(phrase, at: i) > best!.2 { best = (metric, i, score(phrase, at: i)) }
                }
            }
        }
        let customers = customersTable
        let products = productsTable
        // "how many bikes did we sell": a product value after "how many" in a sales context counts units.
        // ("how many Water Bottle - 30 oz. did customers buy": a product's own name counts its units too.)
        let words = q
        // ("how many patch kits", "how many Sport-100 helmets": a name in the plural, or a model's code, counts units too.)
        func productNamed(_ i: Int) -> Bool {
            if modelCode(words, at: i) != nil { return true }
            return (1...8).contains { length in
                let phrase = (i..<(i + length)).map { words[$0] }.joined(separator: " ")
                let singular = phrase.hasSuffix("s") ? String(phrase.dropLast()) : phrase
                return (vocabulary.namePrefixes[phrase] ?? vocabulary.namePrefixes[singular]).map { vocabulary.dimension(named: $0.dimension)?.table == productsTable } ?? false
            }
        }
        // ("how many bike buyers per country": the people who bought them are counted.)
        let peopleAfter = counted.map { c in valueSpan(q, c).map { Lexicon.peopleWords.union(["buyer", "purchasers", "purchaser"]).contains(q[c + $0.length]) } ?? false } ?? false
        if let counted, best.map({ $0.1 != counted }) ?? true, context.salesContext, !peopleAfter,
            valueAt(q, counted).map({ vocabulary.dimension(named: $0.dimension)?.table == productsTable }) ?? productNamed(counted),
            let units = vocabulary.metric(role: .units)
        {
            // "how many different bikes have been sold", "how many bikes have ever sold", "... sold at least once": the
            // bikes themselves, each counted once (with "we" as the seller, "have we ever sold" is still units).
            // "we" or a "you" that sold ("have you sold"), not the "you" of "can you tell me".
            // Read on all the words: "ever" and "at least" may have been claimed as filler or a threshold already.
            let said = " " + q.words.joined(separator: " ") + " "
            let sellerNamed = [" we ", " did you ", " have you ", " you sold ", " you sell ", " i sold "].contains(where: said.contains)
            let distinctCue =
                [" different ", " distinct ", " unique ", " at least once "].contains(where: said.contains)
                || (!sellerNamed && [" ever ", " have sold ", " has sold "].contains(where: said.contains))
            if distinctCue, let sold = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && $0.expr.uppercased().contains("DISTINCT") && $0.expr.contains("product") }) {
                intent.metric = sold.name
                explainMetricWords(&q, sold)
                _ = q.take(["at least once", "different", "distinct", "unique", "ever"])
                if let k = q.words.firstIndex(of: "once"), q[k - 1] == "least", q[k - 2] == "at" { q.use((k - 2)..<(k + 1)) }
                return true
            }
            intent.metric = units.name
            explainMetricWords(&q, units)
            return true
        }
        // "which 5 customers spent the most in 2013, and how many orders did each place": the verb before "the most" names
        // what is ranked; the count asked in the later clause is shown beside each row, not ranked.
        if context.ranked, let (found, i, _) = best, i == counted, let most = q.words.firstIndex(of: "most"), most < i,
            q.span(max(0, i - 4), upTo: i).contains(where: { q[$0] == "and" }),
            q.span(i, upTo: i + 6).contains(where: { ["each", "they", "them", "their"].contains(q[$0]) })
        {
            let verb = q[most - 1] == "the" ? most - 2 : most - 1
            if q.isFree(verb), let ranked = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && $0.phrases.contains(q[verb]) }), ranked.name != found.name {
                let length = found.phrases.compactMap { phrase in q.wordsMatched(phrase, at: i) }.max() ?? 1
                intent.metric = ranked.name
                intent.extraMetrics.append(found.name)
                context.explicitMetric = true
                context.metricSpan = verb..<(verb + 1)
                q.use(verb..<(verb + 1))
                q.use(i..<(i + length))
                return true
            }
        }
        if let (found, i, bestScore) = best {
            var metric = found
            let length = (bestScore % 10) / 2
            // Customers or products counted in a sales context mean distinct buyers / products sold.
            let fact = vocabulary.factTable
            if metric.table == customers && metric.expr.uppercased().hasPrefix("COUNT(*)")
                && (context.salesContext || !intent.filters.filter({ vocabulary.dimension(named: $0.dimension)?.table != customers }).isEmpty)
            {
                if let buyers = vocabulary.metrics.first(where: { $0.table == fact && $0.expr.uppercased().contains("DISTINCT") && $0.expr.contains(vocabulary.tables[customers]!.alias == "c" ? "customer" : customers) }) { metric = buyers }
            }
            if metric.table == products && metric.expr.uppercased().hasPrefix("COUNT(*)"), context.salesContext, intent.shape != .without(fact) {
                if let sold = vocabulary.metrics.first(where: { $0.table == fact && $0.expr.uppercased().contains("DISTINCT") && $0.expr.contains("product") }) { metric = sold }
            }
            intent.metric = metric.name
            context.explicitMetric = true
            context.metricSpan = i..<(i + length)
            q.use(i..<(i + length))
            explainMetricWords(&q, metric)
            return true
        }
        // "how many married men do we have": counting with no measure word counts the rows the values describe.
        if counted != nil, intent.shape == .plain {
            let tables = Set(intent.filters.compactMap { vocabulary.dimension(named: $0.dimension)?.table })
            if tables.count == 1, let table = tables.first,
                let count = vocabulary.metrics.first(where: { $0.table == table && $0.expr.uppercased() == "COUNT(*)" })
            {
                intent.metric = count.name
                if table == customersTable && context.salesContext,
                    let buyers = vocabulary.metric(role: .buyers)
                {
                    intent.metric = buyers.name
                }
                if table == productsTable && context.salesContext,
                    let units = vocabulary.metric(role: .units)
                {
                    intent.metric = units.name
                }
                return true
            }
            // "how many single women bought a road bike": the people described right after "how many" are counted, as buyers.
            if tables.count > 1, let counted, let value = valueAt(q, counted), vocabulary.dimension(named: value.dimension)?.table == customersTable,
                context.salesContext, let buyers = vocabulary.metric(role: .buyers)
            {
                intent.metric = buyers.name
                return true
            }
        }
        // "countries that bought more than 250 touring bikes": a count of products sold is units.
        if let span = context.thresholdSpan, let value = valueAt(q, span.upperBound), vocabulary.dimension(named: value.dimension)?.table == productsTable,
            context.salesContext, let units = vocabulary.metric(role: .units)
        {
            intent.metric = units.name
            context.explicitMetric = true
            return true
        }
        // "how much did the Touring line sell", "how much did we take": money, i.e. revenue.
        if let i = q.find("how much"), intent.shape == .plain,
            let verb = q.span(i + 2, upTo: i + 8).first(where: { q.isFree($0) && ["sell", "sold", "spend", "spent", "take", "took", "make", "made", "earn", "earned", "bring", "brought"].contains(q[$0]) }),
            let revenue = vocabulary.metric(role: .revenue)
        {
            intent.metric = revenue.name
            context.explicitMetric = true
            context.metricSpan = i..<(i + 2)
            q.use(i..<(i + 2))
            q.use(verb..<(verb + 1))
            if q[verb + 1] == "in" && q[verb + 2] == "" { q.use((verb + 1)..<(verb + 2)) }
            return true
        }
        if let table = context.countRowsOf, let m = vocabulary.metrics.first(where: { $0.table == table && $0.expr.uppercased() == "COUNT(*)" }) {
            intent.metric = m.name
            _ = q.take(["how many customers have each", "how many have each", "with how many", "and how many"])
            return true
        }
        // "our biggest spenders": people named by what they do ("spender" - "spend") are ranked by that measure.
        for i in 0..<q.count where ["spender", "spenders"].contains(q[i]) {
            guard let m = vocabulary.metric(role: .revenue) else { break }
            intent.metric = m.name
            context.explicitMetric = true
            context.metricSpan = i..<(i + 1)
            q.use(i..<(i + 1))
            return true
        }
        // No metric word: the shape or the entity may imply one.
        switch intent.shape {
        case .retained where !q.words.contains(where: { Lexicon.peopleWords.contains($0) || ["buyer", "shopper", "who"].contains($0) }):
            // ("how many bikes sold in 2012 and again in 2013": products or units, not the people; not guessed.)
            break
        case .repeatCustomers, .newCustomers, .retained, .both:
            intent.metric = vocabulary.metrics.first { $0.table == customers }?.name ?? ""
            return true
        case .without:
            intent.metric = vocabulary.metrics.first { $0.table == products }?.name ?? ""
            return true
        default:
            break
        }
        // "top 5 customers" without a measure is ambiguous: refuse rather than guess.
        return false
    }

    /// "mountain bikes vs road bikes": values compared side by side are a slice of their dimension.
    func compareValues(_ q: QuestionWords, _ intent: inout QueryIntent) {
        // "for mountain bikes and for road bikes": the preposition said again before each value puts them side by side.
        let prepositions: Set<String> = ["for", "in", "among", "from", "on"]
        var repeated = false
        for i in 0..<q.count where q[i] == "and" && prepositions.contains(q[i + 1]) {
            let before = (0..<i).last { prepositions.contains(q[$0]) }
            guard let before, q[before] == q[i + 1], let value = valueAt(q, i + 2) ?? valueAt(q, i + 3) else { continue }
            if intent.filters.contains(where: { $0.dimension == value.dimension && $0.values.count > 1 }) { repeated = true }
        }
        // "units for the Helmets, Jerseys and Gloves subcategories": values listed before their column's plural are its rows
        // (not when said to be taken together).
        let pooled = q.words.contains { ["combined", "together", "altogether", "total", "overall", "all", "pooled"].contains($0) }
        for filter in intent.filters where filter.values.count > 1 && !intent.groupBy.contains(filter.dimension) && !pooled {
            let plural = (1..<q.count).contains { i in
                guard q[i].hasSuffix("s"), dimensionNamed(q.words, i) == filter.dimension, dimensionNamed(q.words, i - 1) == nil else { return false }
                return (max(0, i - 4)..<i).contains { k in valueSpan(q, k).map { $0.0.dimension == filter.dimension && k + $0.1 == i } ?? false }
            }
            if plural { intent.groupBy.append(filter.dimension) }
        }
        guard repeated || q.words.contains(where: { ["vs", "versus", "compare", "compared", "comparing", "against"].contains($0) }) else { return }
        for filter in intent.filters where filter.values.count > 1 && !intent.groupBy.contains(filter.dimension) {
            intent.groupBy.append(filter.dimension)
        }
    }

    /// "Rank our product lines by revenue": a category-like dimension named without "by" is still the slice.
    func adoptRemainingDimensions(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        for i in 0..<q.count where q.isFree(i) {
            guard let (name, length) = dimensionPhrase(q, i), let d = vocabulary.dimension(named: name), d.isEnum else { continue }
            if intent.groupBy.contains(name) || context.perDimension == name { q.use(i..<(i + length)); continue }
            if case .dimension(name)? = context.whichEntity { q.use(i..<(i + length)); continue }
            intent.groupBy.append(name)
            // ("in each bike subcategory": a slicing word shortly before still says it.)
            let slicing: Set<String> = ["each", "every", "per", "by", "within", "across", "for"]
            if !slicing.contains(q[i - 1]) && !["each", "every", "per"].contains(q[i - 2]) { context.adoptedBare.append(name) }
            q.use(i..<(i + length))
        }
    }

    /// Words that restate the chosen metric ("the revenue too", "sales minus product cost", "from
    /// order date to ship date") are understood: the metric's own phrases, and those of metrics,
    /// columns and tables whose columns its expression uses.
    /// Whether the words after "from" can start a definition ("from order date to ship date"), not a sort order
    /// ("from highest to lowest") or a period ("from 2012 to 2013").
    static func definitionStart(_ q: QuestionWords, _ i: Int) -> Bool {
        let word = q[i] == "the" ? q[i + 1] : q[i]
        let orderWords: Set<String> = ["highest", "lowest", "largest", "smallest", "most", "least", "top", "bottom", "best", "worst", "biggest", "oldest", "newest", "earliest", "latest", "high", "low", "big", "small", "first", "last"]
        return !orderWords.contains(word) && Double(word) == nil && Lexicon.months[word] == nil && !(word.count == 2 && word.hasPrefix("q"))
    }

    func explainMetricWords(_ q: inout QuestionWords, _ metric: Vocabulary.Metric) {
        let columns = metric.columns
        var phrases = metric.phrases
        // The words of the expression's parts ("sales", "quantity", "cost", "ship date") restate the
        // measure only when the question defines it ("sales minus quantity x cost", "from order date
        // to ship date"); otherwise "cost" beside "profit" asks for something else and stays unread.
        let defines =
            q.words.contains { Self.definitionWords.contains($0) || ["minus", "divided", "multiplied", "times", "x", "less", "over"].contains($0) }
            || (q.words.contains("to") && q.words.indices.contains { i in q[i] == "from" && Self.definitionStart(q, i + 1) }) || q.words.contains("between")
        // A dimension the measure aggregates as a whole ("age" for the average age) is always the same thing.
        for d in vocabulary.dimensions where !d.isEnum && !d.columns.isEmpty && d.columns == columns { phrases += d.phrases }
        if defines {
            for other in vocabulary.metrics where !other.columns.isEmpty && other.columns.isSubset(of: columns) {
                phrases += other.phrases
            }
            for d in vocabulary.dimensions where !d.isEnum && !d.columns.isDisjoint(with: columns) {
                phrases += d.phrases
            }
        }
        _ = q.take(phrases)
        // Single words of its phrases restate it too, except where they name another measure in full ("gross profit"
        // beside "gross margin percent" is a second measure, though "gross profit margin" is one of this one's phrases).
        var others = Set<Int>()
        let present = Set(q.words)
        // (Only phrases whose first word is in the question: this runs for every measure read.)
        for (other, phrase, first, n) in multiWordMetricPhrases where other != metric.name && present.contains(first) {
            var from = 0
            while let i = q.find(phrase, from: from) {
                others.formUnion(i..<(i + n))
                from = i + n
            }
        }
        let words = Set(metric.phrases.flatMap { $0.split(separator: " ").map(String.init) })
        for i in 0..<q.count where q.isFree(i) && words.contains(q[i]) && !others.contains(i) { q.use(i..<(i + 1)) }
        // A definition restated ("sales minus product cost", "revenue divided by units") reads the
        // expression's own operators; the columns were claimed above.
        let expr = metric.expr
        if expr.contains("-") { _ = q.take(["minus", "less", "take away", "subtract", "subtracting", "after"]) }
        if expr.contains("/") { _ = q.take(["divided by", "divided", "over", "per"]) }
        if expr.contains("*") { _ = q.take(["times", "multiplied by", "x"]) }
    }

    /// Words naming tables the question involves ("customers", "the catalogue") are understood.
    func explainTableWords(_ q: inout QuestionWords, _ intent: QueryIntent) {
        var involved: Set<String> = [vocabulary.factTable]
        if let m = vocabulary.metric(named: intent.metric) { involved.formUnion(m.tables) }
        for name in intent.groupBy + intent.filters.map(\.dimension) + [intent.timeDimension, intent.band?.column].compactMap({ $0 })
            + intent.numericFilters.map(\.column)
        {
            if let d = vocabulary.dimension(named: name) { involved.insert(d.table) }
        }
        if case .table(let t)? = intent.ranking?.entity { involved.insert(t) }
        if let cohort = intent.cohort { involved.insert(cohort.table) }
        if case .shareOf(let filters) = intent.shape {
            for f in filters { if let d = vocabulary.dimension(named: f.dimension) { involved.insert(d.table) } }
        }
        switch intent.shape {
        case .repeatCustomers, .newCustomers, .retained, .both, .shareOfTableWith: involved.insert(customersTable)
        case .without: involved.insert(productsTable)
        default: break
        }
        for name in involved {
            guard let table = vocabulary.tables[name] else { continue }
            _ = q.take(table.synonyms + [name + "s"])
        }
        if let m = vocabulary.metric(named: intent.metric), isPeopleCount(m) { involved.insert(customersTable) }
        if involved.contains(customersTable) { _ = q.take(["people", "buyers", "clients", "shoppers", "purchasers", "customer", "buyer", "client", "shopper"]) }
        if involved.contains(productsTable) { _ = q.take(["items", "product", "unit", "units"]) }
    }

    // MARK: - Assembling the intent

    func finish(_ intent: inout QueryIntent, _ context: inout Context) {
        if context.measureAfterBy, intent.ranking == nil, intent.sortDescending == nil, !context.ranked, intent.band == nil, intent.distribution == nil, !intent.extraMetrics.isEmpty {
            context.conflicts.append("a breakdown by a measure of each customer or order (ask 'how many customers placed 1, 2, 3 ... orders')")
        }
        activeInEveryBucket(&intent, &context)
        // "customers who bought a bike compared with customers who never bought one": two groups set against each other,
        // which one filter for both would empty.
        if intent.neverBought.contains(where: { f in intent.filters.contains(f) || intent.purchases.contains { $0.filter == f } }) {
            context.conflicts.append("those who bought something set against those who never did (ask about each group on its own)")
        }
        // "how many of them are there, and how much have they spent": answered with the amount alone, the count
        // would be dropped, so it is refused.
        if context.countAndAmount, intent.extraMetrics.isEmpty, let m = vocabulary.metric(named: intent.metric), !m.expr.uppercased().hasPrefix("COUNT(") {
            context.conflicts.append("a count ('how many') and an amount ('how much') in one question: ask for each on its own")
        }
        if context.yearOverYear {
            if let b = intent.bucket, b != .year { intent.sameTimeLastYear = true } else { intent.bucket = .year }
        }
        // "average number of days to ship, per year": an average already; averaged again over the periods it would
        // mean something else. Only a sum or a count is averaged over periods.
        if intent.shape == .averagePerBucket, let m = vocabulary.metric(named: intent.metric),
            !(m.expr.uppercased().hasPrefix("SUM(") || m.expr.uppercased().hasPrefix("COUNT(")) || m.expr.contains("/")
        {
            intent.shape = .plain
        }
        // "2013 buyers per country with a rank column (1 = most buyers)": a rank of the rows asked for is by the measure,
        // the biggest first.
        if intent.showRank, intent.ranking == nil, intent.sortDescending == nil, !context.ranked, context.rankCount == nil, !intent.groupBy.isEmpty || intent.bucket != nil {
            intent.sortDescending = true
        }
        if context.ranked || context.rankCount != nil {
            let entity: QueryIntent.Entity?
            if let table = context.entityTable {
                entity = .table(table)
            } else if case .dimension(let d)? = context.rankNounEntity, intent.groupBy.contains(d) {
                // "top 3 subcategories by revenue in each year": the words after "top 3" are what is ranked.
                entity = .dimension(d)
            } else if case .bucket(.day)? = context.rankNounEntity, let old = intent.bucket, old != .day {
                // "the best day for revenue in each month": days, ranked within the breakdown's months.
                entity = .bucket(.day)
            } else if case .bucket(.day)? = context.rankNounEntity, intent.bucket == nil, intent.groupBy.isEmpty, context.whichEntity == nil {
                // "top 5 days of 2013 by revenue": the days themselves.
                entity = .bucket(.day)
            } else if let which = context.whichEntity {
                entity = which
            } else if let bucket = intent.bucket {
                entity = .bucket(bucket)
            } else if intent.groupBy.count == 1 {
                entity = .dimension(intent.groupBy[0])
            } else {
                entity = nil
            }
            // "Which subcategories contribute the most gross profit? Give each subcategory's gross profit ..., in descending
            // order": every row, sorted, when each of them is asked for by name and no count was said.
            if case .dimension(let d)? = entity, context.rankCount == nil, intent.sortDescending == context.rankHighest,
                context.eachNamed.contains(d)
            {
                if !intent.groupBy.contains(d) { intent.groupBy.append(d) }
            } else if let entity {
                var withinBucket: QueryIntent.Bucket?
                if case .bucket(let b) = entity, intent.shape == .averagePerBucket, let old = intent.bucket, let inner = old.span, let outer = b.span, outer > inner,
                    intent.averageWithin == nil || intent.averageWithin == b, b != .weekday || old == .day
                {
                    // "which weekday had the highest average daily revenue": the days' totals averaged within each
                    // weekday, and those averages ranked.
                    intent.averageWithin = b
                } else if case .bucket(let b) = entity {
                    if let old = intent.bucket, old != b, !(old == .month && b == .yearMonth) {
                        // A finer grain ranked within a coarser one (months within each year); anything else is a contradiction.
                        let fineness: [QueryIntent.Bucket: Int] = [.year: 0, .quarter: 1, .month: 2, .yearMonth: 2, .day: 3, .weekday: 3]
                        // ("the best day in each month", "the busiest weekday in each year": days within months, too.)
                        if let o = fineness[old], let n = fineness[b], o < n,
                            old == .year || old == .quarter || ((b == .day || b == .weekday) && (old == .month || old == .yearMonth))
                        {
                            withinBucket = old
                        } else {
                            context.conflicts.append("a ranking of \(b == .yearMonth ? "month" : b.rawValue)s within each \(old.rawValue)")
                        }
                    }
                    intent.bucket = b
                }
                if case .dimension(let d) = entity { intent.groupBy.removeAll { $0 == d } }
                // "which accessory costs us the most (by product cost)": a number of the ranked rows' own that the measure
                // is made of restates the measure; it is no group to rank within.
                if case .table(let t) = entity, let m = vocabulary.metric(named: intent.metric) {
                    intent.groupBy.removeAll { g in
                        guard let d = vocabulary.dimension(named: g), d.table == t, d.numeric, context.perDimension != g else { return false }
                        return !d.columns.isDisjoint(with: m.columns)
                    }
                }
                var perDimension = context.perDimension ?? (intent.groupBy.count == 1 && entity != .dimension(intent.groupBy[0]) ? intent.groupBy.first : nil)
                // "top 10 customers ... list their number, name, country": a column named with no "in each" or "by" would
                // rank within each of its values; it may be a column to show, so it is not guessed.
                if case .table = entity, let p = perDimension, context.perDimension == nil, context.adoptedBare.contains(p) {
                    context.conflicts.append(
                        "\(p.replacingOccurrences(of: "_", with: " ")) beside a ranking (say 'in each \(p.replacingOccurrences(of: "_", with: " "))' to rank within it, or 'with their \(p.replacingOccurrences(of: "_", with: " "))' to show it)")
                }
                if perDimension != nil { intent.groupBy.removeAll { $0 == perDimension } }
                // "the top 3 among men, and the top 3 among women": a ranking asked once per named value restarts in each.
                if perDimension == nil, context.rankNouns.count >= 2,
                    let split = intent.filters.first(where: { $0.values.count == context.rankNouns.count && !$0.values.contains(where: { $0.hasPrefix("\u{2}") }) }),
                    entity != .dimension(split.dimension)
                {
                    perDimension = split.dimension
                }
                intent.ranking = .init(
                    count: context.rankCount ?? 1, highest: context.drop && intent.shape == .growth ? false : context.rankHighest, entity: entity, perDimension: perDimension,
                    withinBucket: withinBucket, bothEnds: context.rankBothEnds)
                // "the 5 largest orders by number of lines": a slice no "in each" asked for would rank orders within it.
                if context.ranksOrders, let slice = perDimension, context.perDimension == nil {
                    context.conflicts.append("orders ranked within each \(slice.replacingOccurrences(of: "_", with: " ")) (say 'in each ...' if that is meant)")
                }
            } else if context.ranked {
                // "best-selling bike", with nothing to rank: the ranking must not vanish into one total.
                if intent.groupBy.isEmpty && intent.bucket == nil && intent.listing == nil && intent.perEntity == nil && intent.distribution == nil {
                    context.conflicts.append("a ranking, but I could not tell what is ranked (products, customers, countries, months ...)")
                }
                intent.sortDescending = context.rankHighest
            }
        } else if let which = context.whichEntity {
            switch which {
            case .dimension(let d):
                if case .without = intent.shape, intent.groupBy.isEmpty, intent.bucket == nil, !context.someOfTheirRows {
                    // "which subcategories have never sold": the values none of whose rows sold, not a count in each.
                    intent.ranking = .init(count: 0, highest: true, entity: .dimension(d), perDimension: nil)
                } else if !intent.groupBy.contains(d) {
                    intent.groupBy.append(d)
                }
            case .bucket(let b): if intent.bucket == nil { intent.bucket = b }
            case .table(let t):
                switch intent.shape {
                case .plain, .without, .threshold: intentEntityList(&intent, t)
                // "which products make up the cumulative share": each one down the list, biggest first.
                case .runningTotal where intent.bucket == nil: intentEntityList(&intent, t)
                default: break
                }
            }
        } else if let table = context.entityTable, intent.groupBy.isEmpty, intent.ranking == nil {
            if case .threshold = intent.shape {
                intentEntityList(&intent, table)
            } else if case .without = intent.shape, context.listCue {
                intentEntityList(&intent, table)
            } else if context.listEntity, intent.shape == .plain {
                intentEntityList(&intent, table)
            } else if intent.shape == .runningTotal, intent.bucket == nil {
                // "cumulative share of revenue by product": each product down the list, never a month by default.
                intentEntityList(&intent, table)
            }
        } else if case .without = intent.shape, context.listCue, intent.groupBy.isEmpty, intent.ranking == nil, intent.bucket == nil,
            case let tables = Set(intent.filters.compactMap { vocabulary.dimension(named: $0.dimension)?.table }).subtracting([vocabulary.factTable]),
            tables.count == 1, let table = tables.first
        {
            // "list accessories that have never sold", "any helmets that never had a sale? list them": the rows of the
            // table the values name.
            intentEntityList(&intent, table)
        }
        // "than the average product in its category": only a ranking of things within that group compares each with its
        // own group's mean; anything else would compare with one mean for all, or compare the groups themselves.
        // "in each category, how many products earned more than the average product of that category": a count per
        // group of the entities whose own total passes their group's average.
        // "for every country, the number of customers and how many of them are women", "number of customers and number of
        // female customers": a count of some of them beside a measure of all of them. One filter for both would answer
        // another question; refused until such a conditional count is built.
        // "What was our largest single order in 2013, and what date was it placed on?": a date asked beside the answer,
        // which it would not show.
        let cw = context.words
        if intent.bucket != .day, let d = (1..<max(1, cw.count - 1)).first(where: { ["what", "which"].contains(cw[$0]) && ["date", "day"].contains(cw[$0 + 1]) && cw[$0 - 1] == "and" }), d > 3 {
            context.conflicts.append("the date asked for beside the answer (ask for it on its own)")
        }
        if !intent.filters.isEmpty, countOfSomeBesideAll(context.words, intent, context) {
            context.conflicts.append("a count of some of them beside a measure of all of them (ask for each on its own)")
        }
        // ("in each category, how many products earned more than the average product of that category": left to the
        // per-entity threshold, read later, which compares each with its own group's average.)
        let perEntityLater =
            intent.thresholdVersusAverage && intent.groupBy == [context.averageWithin ?? ""] && intent.ranking == nil
        if let within = context.averageWithin {
            let partitioned =
                intent.ranking.map { r in
                    // (A list of those above it, "which products earned more than the average product in their own
                    // category", is no ranking within each group.)
                    if case .table = r.entity { return r.perDimension == within || (r.perDimension == nil && intent.groupBy == [within]) }
                    return false
                } ?? false
            if !partitioned && !perEntityLater { context.conflicts.append("a comparison with the average of each one's own \(within.replacingOccurrences(of: "_", with: " "))") }
        }
        // "rank the products by revenue within each category": every product ranked afresh in each category, the rank shown.
        if let descending = intent.sortDescending, intent.ranking == nil, intent.listing == nil, intent.groupBy.count == 1, intent.bucket == nil,
            intent.band == nil, intent.periods.isEmpty, intent.distribution == nil, intent.rankWithin == nil, intent.shape == .plain, intent.extraMetrics.isEmpty,
            context.withinDimension == intent.groupBy[0] || context.ownParent == intent.groupBy[0],
            let v = context.sortVerbAt,
            let table = context.words.dropFirst(v + 1).prefix(3).lazy.compactMap({ tableNamed(by: $0) }).first(where: { $0 != vocabulary.factTable })
        {
            intent.ranking = .init(count: 0, highest: descending, entity: .table(table), perDimension: intent.groupBy[0])
            intent.groupBy = []
            intent.perEntity = nil
            intent.showRank = true
        }
        // "rank our helmets by revenue": a sort needs rows. The things named right after the verb are the rows, each one
        // on its own; with nothing to sort, the sort is refused rather than dropped.
        if let descending = intent.sortDescending, intent.ranking == nil, intent.listing == nil, intent.groupBy.isEmpty, intent.bucket == nil,
            intent.band == nil, intent.periods.isEmpty, intent.perEntity == nil, intent.distribution == nil, intent.rankWithin == nil,
            intent.shape == .plain || intent.shape == .runningTotal
        {
            if let v = context.sortVerbAt,
                let f = intent.filters.first(where: { f in context.filterStarts[f.dimension].map { $0 > v && $0 <= v + 3 } ?? false }),
                let table = vocabulary.dimension(named: f.dimension)?.table, table != vocabulary.factTable
            {
                intent.ranking = .init(count: 0, highest: descending, entity: .table(table))
            } else if let v = context.sortVerbAt,
                let table = context.words.dropFirst(v + 1).prefix(3).lazy.compactMap({ tableNamed(by: $0) }).first(where: { $0 != vocabulary.factTable })
            {
                // "rank the products by revenue": the table named after the verb, every row of it sorted.
                intent.ranking = .init(count: 0, highest: descending, entity: .table(table))
            } else {
                context.conflicts.append("a sort of a single total (say what is sorted: products, customers, countries ...)")
            }
        }
        // "customers who bought a bike also bought a helmet": two purchases, each its own condition on a customer's lines (never
        // one line that is both); "what percentage of ... also bought": the share of the first purchase's buyers who made the second.
        if context.purchaseVerbs >= 2, case .plain = intent.shape, intent.ranking == nil, let m = vocabulary.metric(named: intent.metric),
            isPeopleCount(m) || m.table == customersTable
        {
            let productFilters = intent.filters.filter { vocabulary.dimension(named: $0.dimension)?.table == productsTable }
            let each = productFilters.sorted { (context.filterStarts[$0.dimension] ?? 0) < (context.filterStarts[$1.dimension] ?? 0) }
                .flatMap { f in f.values.map { QueryIntent.ValueFilter(dimension: f.dimension, values: [$0]) } }
            if each.count == 2, !each.contains(where: { $0.values[0].hasPrefix("\u{2}") }) {
                intent.shape = .both(each)
                intent.filters.removeAll { f in productFilters.contains(f) }
                intent.asPercentOfBase = context.shareRequested
                context.shareRequested = false
                context.both = true
            }
        }
        // "our gross margin on clothing, as a percentage": a measure that is a percentage is given in its own unit.
        if context.percentUnitOnly, let m = vocabulary.metric(named: intent.metric),
            m.phrases.contains(where: { $0.split(separator: " ").contains("percent") || $0.split(separator: " ").contains("percentage") })
        {
            context.shareRequested = false
        }
        // "What percentage of our married customers have bought a bike": customers with matching sales / all such customers.
        // "What percentage of the products in our catalogue have sold, per category": the rows of a table counted
        // through their sales, shared out over all its rows (the measure's words name the table itself).
        // ("break down the people who bought in 2013 by gender, as percentages": how they split, each group's share.)
        if context.shareRequested, case .plain = intent.shape, !context.breakdownAsked, let m = vocabulary.metric(named: intent.metric), m.table == vocabulary.factTable,
            let table = countedTable(m), context.metricNamesTable, context.predicateFilters.isEmpty, intent.filters.allSatisfy({ vocabulary.dimension(named: $0.dimension)?.table == table }),
            intent.groupBy.allSatisfy({ vocabulary.dimension(named: $0)?.table == table }), intent.ranking == nil,
            // ("what percentage of customers in each age group placed an order in 2013": an age group is the table's own.)
            intent.bucket == nil || (intent.bucket == .ageDecade && table == customersTable),
            intent.band.map({ $0.perEntity == nil && vocabulary.dimension(named: $0.column)?.table == table }) ?? true,
            // ("what percentage of our products have sold at least once": the whole table, with a verb of its sales; "what
            // percentage of the products in our catalogue sold in 2013": of the whole catalogue too.)
            !intent.groupBy.isEmpty || !intent.filters.isEmpty || intent.bucket != nil || intent.band != nil
                || context.words.contains(where: { ["sold", "bought", "ordered", "purchased", "placed"].contains($0) })
                    // (A cohort that came back in a period is shared out within the cohort, read elsewhere.)
                    && (intent.period == nil || intent.cohort == nil && intent.activeIn == nil && intent.entityThreshold == nil && intent.orderContents.isEmpty)
        {
            intent.metric = vocabulary.metrics.first { $0.table == table && $0.expr.uppercased() == "COUNT(*)" }?.name ?? intent.metric
            intent.shape = .shareOfTableWith(table, [])
        }
        if context.shareRequested, case .plain = intent.shape, let m = vocabulary.metric(named: intent.metric),
            m.table == customersTable || (m.table == vocabulary.factTable && countedTable(m) == customersTable)
        {
            let salesFilters = intent.filters.filter { vocabulary.dimension(named: $0.dimension)?.table != customersTable }
            // "for each country, what % of its customers bought a bike": slices of the customers themselves.
            let ownSlices = intent.groupBy.allSatisfy { vocabulary.dimension(named: $0)?.table == customersTable }
            // "what percentage of helmet buyers are women": the buyers of helmets shared out, the women the part.
            let ownPart = intent.filters.filter { vocabulary.dimension(named: $0.dimension)?.table == customersTable && context.predicateFilters.contains($0.dimension) }
            if !salesFilters.isEmpty, !ownPart.isEmpty, salesFilters.allSatisfy({ !context.predicateFilters.contains($0.dimension) }),
                let buyers = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && countedTable($0) == customersTable })
            {
                intent.metric = buyers.name
                intent.shape = .shareOf(ownPart)
                intent.filters.removeAll { ownPart.contains($0) }
            } else if !salesFilters.isEmpty && ownSlices && intent.bucket == nil && intent.ranking == nil {
                intent.shape = .shareOfTableWith(customersTable, salesFilters)
                intent.filters.removeAll { salesFilters.contains($0) }
            }
        }
        // "for both", "for each of the two", "split between weekends and weekdays": the values named are the rows (read
        // before shares, so the share is each one's part of the whole).
        // "what percentage of our female customers are married, and what percentage of our male customers": a share asked
        // again for each value named is one row per value.
        if context.shareRequested, context.shareAskedAgain, !context.eachOfThoseNamed, !context.splitOfThoseNamed, intent.ranking == nil {
            let named = intent.filters.filter { $0.values.count >= 2 && !intent.groupBy.contains($0.dimension) && !context.predicateFilters.contains($0.dimension) }
            if named.count == 1, intent.groupBy.isEmpty { intent.groupBy.append(named[0].dimension) }
        }
        if context.eachOfThoseNamed || context.splitOfThoseNamed {
            let named = intent.filters.filter { $0.values.count >= 2 && !intent.groupBy.contains($0.dimension) }
            // ("within each category, how did revenue split between female and male buyers": a second slice.)
            if named.count == 1, intent.groupBy.isEmpty || (context.splitOfThoseNamed && intent.groupBy.count == 1), intent.ranking == nil {
                intent.groupBy.append(named[0].dimension)
            } else if context.eachOfThoseNamed, !intent.filters.contains(where: { $0.values.count >= 2 && intent.groupBy.contains($0.dimension) }) {
                context.conflicts.append("'for each of them' (I could not tell which values named are meant)")
            }
        }
        readPercentPassing(&intent, &context)
        // "what percentage of customers in each country have an unknown gender", "what share of revenue by country
        // comes from bikes": a filter in the clause after the measure's verb is the part counted inside each group;
        // one before it ("bike revenue by country", "female customers in each country") restricts what is shared out.
        // Without slices the same holds: "what % of French revenue comes from bikes" shares out French revenue.
        if context.shareRequested, case .plain = intent.shape {
            // ("what share of each gender's spending went on clothing? men vs women": the values of a slice name its
            // groups, never the part.)
            let part = intent.filters.filter { context.predicateFilters.contains($0.dimension) && !intent.groupBy.contains($0.dimension) }
            // ("what share of revenue comes from our top 5 clothing products": a value of the ranked rows themselves says
            // which rows are ranked; each one's share from it would be all or nothing.)
            let rankedRows = intent.ranking.flatMap { r in r.count > 0 ? rankedTable(r.entity) : nil }
            if !part.isEmpty, !part.contains(where: { vocabulary.dimension(named: $0.dimension)?.table == rankedRows }) {
                intent.shape = .shareOf(part)
                intent.filters.removeAll { part.contains($0) }
            }
        }
        // "what % of revenue comes from bikes, and what % from accessories": each value's own share, not the two pooled.
        if context.shareAskedAgain, case .shareOf(let part) = intent.shape, part.contains(where: { $0.values.count >= 2 }) {
            context.conflicts.append("a share asked again for each value named (ask 'share of revenue by category')")
        }
        // "in which countries do bikes make up less than 97% of revenue": a percent threshold on the part's share of each group.
        if case .threshold(_, _, true, _) = intent.shape, !intent.groupBy.isEmpty || intent.bucket != nil {
            let part = intent.filters.filter { context.predicateFilters.contains($0.dimension) }
            if !part.isEmpty {
                intent.thresholdOnShareOf = part
                intent.filters.removeAll { part.contains($0) }
            }
        }
        // "for each country, the share of 2013 bike revenue by subcategory": shares within each group the question opens
        // with (not of the grand total, unless it says so).
        // ("for each bike subcategory, what % of its 2013 revenue came in each quarter": the same, with "its" for the group.)
        if context.shareRequested, case .plain = intent.shape, intent.groupBy.count == 2 || (intent.groupBy.count == 1 && intent.bucket != nil),
            let lead = context.leadingEach, intent.groupBy.contains(lead), intent.ranking == nil,
            !context.withinGroup || (context.withinOwn && context.ownParent == nil && context.withinDimension == nil), intent.percentPassing.isEmpty, intent.filters.allSatisfy({ !context.predicateFilters.contains($0.dimension) }),
            !context.saysGrandTotal
        {
            intent.shape = .share
            intent.sharePartition = lead
        }
        if context.shareRequested, case .plain = intent.shape, intent.groupBy.count == 1, intent.bucket != nil, context.leadingEachPeriod, intent.ranking == nil,
            !context.withinGroup, intent.percentPassing.isEmpty, intent.filters.allSatisfy({ !context.predicateFilters.contains($0.dimension) }), !context.saysGrandTotal
        {
            intent.shape = .share
            intent.sharePartitionIsBucket = true
        }
        // "for each category, what percentage of its 2013 revenue was booked in Q4": the inner period's part of each group's
        // total over the outer one.
        if context.shareRequested, case .plain = intent.shape, !intent.groupBy.isEmpty, intent.bucket == nil, intent.band == nil, intent.periods.isEmpty,
            intent.ranking == nil, intent.filters.allSatisfy({ !context.predicateFilters.contains($0.dimension) }), context.periodClashes.count == 1,
            let (a, b) = context.periodClashes.first, a != b, a.contains(b) || b.contains(a)
        {
            let (outer, inner) = a.contains(b) ? (a, b) : (b, a)
            intent.shape = .shareOfPeriod(inner)
            intent.period = outer
            context.periodClashes = []
        }
        // "for each subcategory, what % of its revenue came in 2013": the period's part of each group's all-time total, the
        // period said after the measure with a verb of its own.
        if context.shareRequested, case .plain = intent.shape, !intent.groupBy.isEmpty, intent.bucket == nil, intent.band == nil, intent.periods.isEmpty,
            intent.ranking == nil, context.withinGroup, context.periodClashes.isEmpty, let period = intent.period, intent.orderContents.isEmpty,
            // (A sum only: a share of people "won in 2013" is a cohort, not a part of a total.)
            vocabulary.metric(named: intent.metric)?.expr.uppercased().hasPrefix("SUM(") == true, intent.entityThreshold == nil,
            intent.filters.allSatisfy({ !context.predicateFilters.contains($0.dimension) }),
            let y = context.words.indices.last(where: { Lexicon.year(context.words[$0]) != nil }), y > context.metricSpan.upperBound,
            (context.metricSpan.upperBound..<y).contains(where: { ["came", "was", "were", "earned", "booked", "made", "generated", "happened"].contains(context.words[$0]) }),
            !context.words[..<context.metricSpan.upperBound].contains(where: { Lexicon.year($0) != nil })
        {
            intent.shape = .shareOfPeriod(period)
            intent.period = nil
        }
        // "which customer placed the biggest order": one order ranked by its value, with its customer; ranking the
        // customers would rank them by their number of orders. Refused.
        if let r = intent.ranking, r.entity == .table(customersTable), case let said = " " + context.words.joined(separator: " ") + " ",
            [" biggest order ", " largest order ", " most valuable order ", " highest value order ", " biggest single order ", " largest single order "].contains(where: said.contains)
        {
            context.conflicts.append("the customer of the single biggest order (ask 'what was our biggest order' for the order itself)")
        }
        // "top 10 customers by revenue, and the % of their revenue from bikes", "for our top 10 customers by lifetime spend,
        // what % of each one's spend went on bikes": each ranked row's own part of another table's values, which no ranking
        // here builds (it would rank by the part, or give the top rows' share of the whole); refused.
        if context.shareRequested, let r = intent.ranking, r.count > 0, r.perDimension == nil, intent.groupBy.isEmpty, case .table(let ranked) = r.entity,
            ({ if case .shareOf(let part) = intent.shape { return intent.filters + part } else { return intent.filters } }() as [QueryIntent.ValueFilter]).contains(where: {
                vocabulary.dimension(named: $0.dimension)?.table != ranked
            }),
            context.words.indices.contains(where: { i in
                ["percent", "percentage", "share", "proportion"].contains(context.words[i]) && i + 2 < context.words.count && context.words[i + 1] == "of"
                    && ["their", "its", "each"].contains(context.words[i + 2])
            })
        {
            context.conflicts.append("each ranked one's own share of a part of its \(intent.metric.replacingOccurrences(of: "_", with: " ")) (ask for the ranking, then for the shares)")
        }
        if context.shareRequested, case .plain = intent.shape, intent.groupBy.isEmpty, intent.bucket == nil, intent.band == nil, intent.periods.isEmpty {
            func contains(_ outer: QueryIntent.Period, _ inner: QueryIntent.Period) -> Bool { outer != inner && outer.contains(inner) }
            // "top 10 products by revenue, with their share of the total", "each one's revenue and its share": each row's.
            if let ranking = intent.ranking, ranking.perDimension == nil, context.shareOfEachRow {
                intent.shareOfEachRow = true
            } else if let ranking = intent.ranking, let ranked = rankedTable(ranking.entity), ranking.count > 0, ranking.perDimension == nil,
                intent.filters.allSatisfy({ f in
                    // ("what share of clothing revenue comes from our five best-selling clothing products": a value of the
                    // ranked rows' own table said in the whole too is the whole's, not a part.)
                    guard context.predicateFilters.contains(f.dimension) else { return true }
                    guard let of = context.percentOfAt, let start = context.filterStarts[f.dimension] else { return false }
                    return vocabulary.dimension(named: f.dimension)?.table == ranked && start > of && start < context.metricSpan.lowerBound
                })
            {
                // "what share of total revenue do our top 10 products account for"
                intent.shape = .shareOfTop
                intent.ranking?.entity = .table(ranked)
            } else if context.periodClashes.count == 1, let (a, b) = context.periodClashes.first, contains(a, b) || contains(b, a), intent.filters.isEmpty {
                // "what percentage of 2013's orders were placed in Q4": the inner period's part of the outer one.
                let (outer, inner) = contains(a, b) ? (a, b) : (b, a)
                intent.shape = .shareOfPeriod(inner)
                intent.period = outer
                context.periodClashes = []
            } else if let period = intent.period, context.periodClashes.isEmpty, intent.ranking == nil,
                intent.filters.allSatisfy({ !context.predicateFilters.contains($0.dimension) }),
                // ("what % of orders in 2013 included a bike": the period is the orders'; "what % of the orders with a
                // helmet were placed in 2013" says it of them.)
                intent.orderContents.isEmpty || context.words.contains(where: { ["were", "was"].contains($0) })
            {
                // "what % of all-time revenue was booked in 2013": the period's part of everything.
                intent.shape = .shareOfPeriod(period)
                intent.period = nil
            }
        }
        // "for each month, what % of orders included clothing": those orders out of each month's, before a slice makes it a share of the total.
        readOrderContentShare(&intent, &context)
        // "for each country, what's the average lifetime spend of its top 10 customers": an average over the rows ranked,
        // not a ranking by each one's average (which is each one's own total): refused.
        if let r = intent.ranking, r.entity == .table(customersTable), r.count > 1, let m = vocabulary.metric(named: intent.metric),
            vocabulary.perMemberSum(of: m, per: .buyers) != nil
        {
            context.conflicts.append("an average over the top \(r.count) customers (ask for their list, or for the average of all)")
        }
        // ("per country, who was our biggest spender, and what share ...": the people asked for are shown too.)
        let whoAsked = Self.asksWho(context.words)
        // "for each category, what percentage of its revenue comes from its single top-earning product": the top ones'
        // part of each group's total.
        // ("which single product contributed the largest share": the product asked for is shown, so never only the share.)
        if context.shareRequested, case .plain = intent.shape, let r = intent.ranking, case .table(let ranked) = r.entity, r.count > 0, !context.shareOfEachRow,
            context.whichEntity.map({
                if case .table(let t) = $0 { return t != ranked }; return true
            }) ?? true,
            !whoAsked,
            intent.groupBy.count == 1 || r.perDimension != nil, intent.filters.allSatisfy({ !context.predicateFilters.contains($0.dimension) })
        {
            if let d = r.perDimension, !intent.groupBy.contains(d) { intent.groupBy.append(d) }
            intent.ranking?.perDimension = nil
            if intent.groupBy.count == 1 { intent.shape = .shareOfTop }
        }
        if context.shareRequested {
            switch intent.shape {
            case .runningTotal:
                // "what % of the year's revenue had we banked by the end of each month, cumulative": the running
                // total over the whole.
                intent.asPercentOfBase = true
                // "each one's share (%) of the total and the cumulative share": each row's own share as well.
                if context.shareOfEachRow { intent.shareOfEachRow = true }
                // "monthly revenue with a year-to-date running total and each month's percentage share": the share is
                // each row's own; the running total, said as a total and never as a share, stays an amount.
                if context.shareOfEachRow, Self.runningTotalSaidAsAmount(context.words) { intent.asPercentOfBase = false }
            case .without, .retained:
                // "what % of the catalogue has never sold", "what % also ordered in 2013": the count over its base.
                intent.asPercentOfBase = true
            case .plain where context.withinGroup:
                // "for each country, what % of that country's customers are married": the filtered part of each group.
                // "For our Canadian customers, what % of their spend goes on each category": the filter, named before
                // "% of their", is the whole that is shared out over the groups.
                if context.withinBucket, intent.bucket != nil, intent.groupBy.count == 1, intent.ranking == nil {
                    // "what % of the quarter's revenue did each category bring in": shares within each period.
                    intent.shape = .share
                    intent.sharePartitionIsBucket = true
                } else if let parent = context.ownParent, intent.groupBy == [parent], intent.ranking == nil {
                    // "what share of its subcategory's revenue does each clothing product account for": the rows are finer
                    // than the group named as theirs, and were not read.
                    context.conflicts.append("a share within each one's own \(parent.replacingOccurrences(of: "_", with: " ")) of rows I could not tell")
                } else if let of = context.percentOfAt, context.percentOfTheirs, !intent.groupBy.isEmpty, intent.ranking == nil, !intent.filters.isEmpty,
                    intent.filters.allSatisfy({ context.filterStarts[$0.dimension].map { $0 < of } ?? false })
                {
                    intent.shape = .share
                } else if (!intent.groupBy.isEmpty || intent.ranking != nil) && !intent.filters.isEmpty {
                    intent.shape = .shareOf(intent.filters)
                    intent.filters = []
                } else if intent.ranking == nil, let parent = context.ownParent,
                    let child = intent.groupBy.first(where: { $0 != parent && vocabulary.determines.contains("\($0)>\(parent)") }),
                    Set(intent.groupBy).isSubset(of: [parent, child])
                {
                    // "each subcategory's share of its category's revenue": shares within the group each row belongs to.
                    intent.groupBy = [parent, child]
                    intent.shape = .share
                    intent.sharePartition = parent
                } else if intent.groupBy.count >= 2, let within = context.withinDimension, intent.groupBy.contains(within) {
                    // "what % of each country's revenue comes from each category": shares within each country.
                    intent.shape = .share
                    intent.sharePartition = within
                } else {
                    if intent.bucket == .year || intent.bucket == nil, intent.groupBy.isEmpty, intent.filters.isEmpty, intent.monthOfYear != nil || intent.quarterOfYear != nil {
                        intent.bucket = .year
                        // "for each year, what share of that year's revenue came in December": December's part of each year.
                        intent.partOfYear = true
                    } else {
                        context.conflicts.append("a share within each group, but I could not tell which part of the group is counted")
                    }
                }
            case .plain:
                // "jerseys as a % of all clothing units": what is named after "% of" is the whole, the rest the part.
                let of = context.percentOfAt
                // ("what % of orders placed by German customers included a clothing item": the customers the orders are from
                // are of the whole too; the contents after the verb are the part.)
                let w = context.words
                let countsOrders = vocabulary.orderCount?.name == intent.metric
                let contentsVerb = (context.metricSpan.upperBound..<w.count).first { ["included", "include", "includes", "contained", "contain", "contains", "containing", "had"].contains(w[$0]) }
                let whole = intent.filters.filter { f in
                    guard let of, let start = context.filterStarts[f.dimension] else { return false }
                    if countsOrders, let v = contentsVerb, vocabulary.dimension(named: f.dimension)?.table == customersTable,
                        start >= context.metricSpan.upperBound, start < v, start <= context.metricSpan.upperBound + 3
                    {
                        return intent.filters.allSatisfy { g in g == f || vocabulary.dimension(named: g.dimension)?.table == productsTable && (context.filterStarts[g.dimension] ?? 0) > v }
                    }
                    return start > of + 1 && start <= max(of + 2, context.metricSpan.lowerBound) && start < of + 5
                }
                if !whole.isEmpty, whole.count < intent.filters.count, intent.groupBy.isEmpty, intent.bucket == nil, intent.band == nil {
                    intent.shape = .shareOf(intent.filters.filter { !whole.contains($0) })
                    intent.filters = whole
                } else if !intent.groupBy.isEmpty || intent.bucket != nil || intent.band != nil {
                    // "married versus single customers: what % of 2013 revenue did each group generate": the values named
                    // are the rows shown, each a share of the whole (as with "road vs mountain bikes' share of revenue").
                    let rows = intent.filters.filter { f in
                        intent.groupBy.contains(f.dimension) && f.values.allSatisfy(QueryIntent.isPlainValue)
                    }
                    if intent.groupBy.count == 2, let mix = context.mixDimension, let other = intent.groupBy.first(where: { $0 != mix }), intent.groupBy.contains(mix),
                        intent.ranking == nil, intent.bucket == nil, intent.band == nil, rows.isEmpty
                    {
                        // "for every country, the gender mix in percent": each gender's share within its country.
                        intent.groupBy = [other, mix]
                        intent.shape = .share
                        intent.sharePartition = other
                    } else if !rows.isEmpty, intent.ranking == nil, intent.sharePartition == nil {
                        intent.shape = .shareOf(rows)
                        intent.filters.removeAll { rows.contains($0) }
                    } else {
                        intent.shape = .share
                    }
                } else if let r = intent.ranking, r.count > 0, let t = rankedTable(r.entity), intent.filters.contains(where: { vocabulary.dimension(named: $0.dimension)?.table == t }) {
                    // "what share of revenue comes from our top 5 clothing products": the top ones among some, out of all;
                    // each one's share from its own value would be all or nothing.
                    context.conflicts.append("a share from the top ranked of some of them (say the whole: 'share of clothing revenue')")
                } else if !intent.filters.isEmpty {
                    intent.shape = .shareOf(intent.filters)
                    intent.filters = []
                }
            default: break
            }
        }
        // "each bike subcategory's share of bike revenue": each group lies wholly inside the part or outside it (100% or 0%),
        // so the part is the whole shared out over the groups.
        // (Not with a grain or periods beside: "that year's bike revenue" would be shared out within each year.)
        if case .shareOf(let part) = intent.shape, !part.isEmpty, !intent.groupBy.isEmpty, intent.bucket == nil, intent.periods.isEmpty, context.years.count <= 1,
            part.allSatisfy({ f in intent.groupBy.contains { vocabulary.determines.contains("\($0)>\(f.dimension)") } })
        {
            intent.shape = .share
            intent.filters += part
        }
        // "each helmet's share of helmet revenue", "what % of our helmet revenue does each helmet product bring in": the
        // same for each row of a table the part's columns describe (each helmet is a helmet, or is not).
        if case .shareOf(let part) = intent.shape, !part.isEmpty, intent.groupBy.isEmpty, intent.bucket == nil, intent.periods.isEmpty,
            case .table(let t)? = intent.ranking?.entity, t != vocabulary.factTable,
            part.allSatisfy({ vocabulary.dimension(named: $0.dimension)?.table == t })
        {
            intent.shape = .share
            intent.filters += part
        }
        // "how many of our customers have never placed an order": the buyers counted are the table's own rows, since
        // those without sales are the ones asked for.
        if case .without = intent.shape, let m = vocabulary.metric(named: intent.metric), m.table == vocabulary.factTable, let t = countedTable(m),
            let rows = vocabulary.metrics.first(where: { $0.table == t && $0.expr.uppercased() == "COUNT(*)" })
        {
            intent.metric = rows.name
        }
        // "per category, total product count and how many have never had a single sale": the catalogue's own count, said
        // before the count of those never sold, is shown beside it.
        if case .without(let t) = intent.shape, t == vocabulary.factTable, intent.extraMetrics.isEmpty, let m = vocabulary.metric(named: intent.metric),
            m.expr.uppercased() == "COUNT(*)", m.table == productsTable, context.metricSpan.upperBound > 0,
            case let w = context.words, let and = (context.metricSpan.upperBound..<min(w.count, context.metricSpan.upperBound + 2)).first(where: { w[$0] == "and" }),
            and + 2 < w.count, w[and + 1] == "how", w[and + 2] == "many",
            context.metricSpan.contains(where: { ["count", "number", "total"].contains(w[$0]) })
        {
            intent.extraMetrics = [m.name]
        }
        // "which products have more than 500 customers": a count of a dimension table's rows, taken through its sales
        // (each product's lines), counts each customer once, never each line.
        if let m = vocabulary.metric(named: intent.metric), m.table != vocabulary.factTable, m.expr.uppercased() == "COUNT(*)",
            let distinct = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && countedTable($0) == m.table && $0.expr.uppercased().hasPrefix("COUNT(DISTINCT") })
        {
            var tables = intent.groupBy.compactMap { vocabulary.dimension(named: $0)?.table }
            if case .table(let t)? = intent.ranking?.entity { tables.append(t) }
            if case .dimension(let d)? = intent.ranking?.entity, let t = vocabulary.dimension(named: d)?.table { tables.append(t) }
            if tables.contains(where: { $0 != m.table }) { intent.metric = distinct.name }
        }
        // "how many customers bought bikes and clothing": people counted by what they bought, two things joined by "and"
        // (not "or"), bought both; "revenue from bikes and clothing" stays the sum of the two.
        if !context.both, context.purchaseVerbs >= 1, context.joinedByAnd, case .plain = intent.shape, let m = vocabulary.metric(named: intent.metric),
            isPeopleCount(m) || m.table == customersTable,
            intent.filters.filter({ vocabulary.dimension(named: $0.dimension)?.table == productsTable }).flatMap(\.values).count >= 2
        {
            context.both = true
        }
        // "bought both a bike and a helmet": two filters on product dimensions joined by "both".
        if case .plain = intent.shape, intent.filters.count >= 1 {
            let productFilters = intent.filters.filter { vocabulary.dimension(named: $0.dimension)?.table == productsTable }
            // One condition per named thing, whether "a bike and a helmet" fall in one column or two.
            let each = productFilters.flatMap { f in f.values.map { QueryIntent.ValueFilter(dimension: f.dimension, values: [$0]) } }
            if each.count >= 2 && vocabulary.metric(named: intent.metric)?.table != productsTable, context.both {
                intent.shape = .both(each)
                intent.filters.removeAll { f in productFilters.contains(f) }
            }
        }
        // "customers who ordered in both the first half and the second half": active in each of two periods.
        if context.both, case .plain = intent.shape, intent.periods.count == 2, let m = vocabulary.metric(named: intent.metric), isPeopleCount(m) {
            intent.shape = .retained(intent.periods[0], intent.periods[1])
            intent.periods = []
        }
        if context.joinedValues {
            switch intent.shape {
            case .both: break
            default: context.conflicts.append("values of different columns joined by 'and' (each separately, or only rows that are both?)")
            }
        }
        if context.both {
            switch intent.shape {
            case .both, .retained: break
            default: context.conflicts.append("'both' (the two things are not combined that way)")
            }
        }
        // ("Q4 2013 compared with Q4 2012": two named periods are compared as they are.)
        if intent.shape == .growth && intent.bucket == nil && intent.periods.count != 2 { intent.bucket = .year }
        // "what % of 2013 revenue came from customers whose first order was in 2013": the cohort is the part shared out,
        // which a filter on the whole would not answer.
        if context.cohortIsPart {
            let firstSaleOfCustomers =
                intent.cohort?.last == false && intent.cohort?.table == customersTable && intent.ranking == nil && intent.bucket == nil && intent.sharePartition == nil
                && intent.periods.isEmpty && intent.entityThreshold == nil
            switch intent.shape {
            // (A share in each group is the cohort's part of the group's own total.)
            case .share where firstSaleOfCustomers, .plain where firstSaleOfCustomers && context.shareRequested:
                intent.shape = .plain
                intent.cohortIsPart = true
            // ("what share of 2013 revenue came from customers whose first order was in 2013": the year is the whole's.)
            case .shareOfPeriod(let p) where intent.period == nil && firstSaleOfCustomers:
                intent.period = p
                intent.shape = .plain
                intent.cohortIsPart = true
            case .share, .shareOf, .shareOfPeriod, .shareOfTop, .shareOfTableWith:
                context.conflicts.append("a share that comes from a group of customers by first purchase")
            default: break
            }
        }
        // "new customers in 2013 per country", "how many customers made their first purchase in the last 6 months": the
        // customers whose first order fell in the period, counted per slice, or as one number for a span that is not one year.
        readFirstOrderYearSlice(&intent, &context)
        readNewCustomerShare(&intent, &context)
        if intent.shape == .newCustomers, !intent.asPercentOfBase, intent.bucket == nil, let period = intent.period, intent.cohort == nil,
            !intent.groupBy.isEmpty || period.until == nil || period.from?.hasSuffix("-01-01") != true
                || period.from.map({ String($0.prefix(4)) }) != period.until.map({ String((Int($0.prefix(4)) ?? 0) - ($0.hasSuffix("-01-01") ? 1 : 0)) }),
            let buyers = buyersMetric
        {
            intent.shape = .plain
            intent.metric = buyers.name
            intent.cohort = .init(table: customersTable, period: period)
        }
        // ("how many customers made their first purchase on a weekend": with no period, a condition on the first order's
        // day is one number.)
        let onFirstDay =
            intent.period == nil && intent.periods.isEmpty && intent.extraMetrics.isEmpty && intent.ranking == nil
            && intent.filters.contains { vocabulary.dimension(named: $0.dimension)?.expr.contains(vocabulary.timeColumn) == true }
        if intent.shape == .newCustomers && intent.bucket == nil && !intent.asPercentOfBase && !onFirstDay { intent.bucket = .year }
        // "which country had the highest revenue per buyer? Give the country and the revenue per buyer": the rows' own
        // columns, named again, are shown anyway.
        var shownAnyway = Set(intent.groupBy)
        if case .dimension(let d)? = intent.ranking?.entity { shownAnyway.insert(d) }
        if let d = intent.ranking?.perDimension { shownAnyway.insert(d) }
        context.displayColumns.removeAll { shownAnyway.contains($0) }
        if !context.displayColumns.isEmpty {
            if case .table(let t)? = intent.ranking?.entity,
                context.displayColumns.allSatisfy({ vocabulary.dimension(named: $0)?.table == t })
            {
                intent.displayColumns = context.displayColumns
            } else {
                context.conflicts.append("showing \(context.displayColumns.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")) beside each row (only rankings and lists of customers or products carry extra columns)")
            }
        }
        // "growth in 2013", "revenue last year vs the year before": one whole year's change over the year before.
        if intent.shape == .growth, let period = intent.period, intent.bucket == .year,
            context.years.count == 1
                || (context.years.isEmpty && period.from?.hasSuffix("-01-01") == true
                    && period.until == period.from.flatMap { Int($0.prefix(4)) }.map { "\($0 + 1)-01-01" })
        {
            intent.outputYears = [Int(period.from!.prefix(4))!]
            intent.period = nil
        }
        // "2013 revenue was how many times 2011's": the two years as the periods set against each other.
        if intent.multiple, context.years.count == 2, intent.period == nil || context.years.contains(Int(intent.period?.from?.prefix(4) ?? "") ?? 0) {
            intent.periods = context.years.sorted().map { .init(from: "\($0)-01-01", until: "\($0 + 1)-01-01", label: "\($0)") }
            intent.period = nil
            if intent.bucket == .year { intent.bucket = nil }
            context.years = []
        }
        if intent.shape == .growth, context.years.count > 1 {
            // "2013 vs 2012": the change of the later year over the earlier; "in 2012 and in 2013": each year's change.
            // "2012 -> 2013", "2012 to 2013": two consecutive years not joined by "and" are one change too.
            // "2012 and 2013 side by side with the difference": the difference between the two, one row per slice.
            let differenceOfTwo = intent.pivot || context.differenceNamed
            var laterYear: QueryIntent.Period?
            let oneChange = context.years.count == 2 && (context.compared || differenceOfTwo || (!context.yearsJoinedByAnd && abs(context.years[0] - context.years[1]) == 1))
            if oneChange, abs(context.years[0] - context.years[1]) != 1 || differenceOfTwo {
                // "2013 vs 2011": the change between the two years named, not the later one's change from the year before it.
                intent.periods = context.years.sorted().map { .init(from: "\($0)-01-01", until: "\($0 + 1)-01-01", label: "\($0)") }
                if intent.bucket == .year { intent.bucket = nil }
                context.years = []
            } else if oneChange, let b = intent.bucket, [.quarter, .month].contains(b), let later = context.years.max(), context.years.contains(later - 1) {
                // "2013 vs 2012 revenue for each quarter, with the yoy % change": each quarter of the later year against
                // the same quarter of the earlier.
                intent.sameTimeLastYear = true
                context.years = []
                laterYear = .init(from: "\(later)-01-01", until: "\(later + 1)-01-01", label: "\(later)")
            } else {
                intent.outputYears = oneChange ? [context.years.max()!] : context.years
            }
            intent.period = laterYear
        }
        // "growth from 2012 to 2013": the change between the two years, shown for the later one.
        if intent.shape == .growth, intent.bucket == .year, let p = intent.period, let from = p.from, let until = p.until,
            p.label.contains(" to "), let a = Int(from.prefix(4)), let b = Int(until.prefix(4)), from.hasSuffix("-01-01"), until.hasSuffix("-01-01"), b - a == 2
        {
            intent.outputYears = [a + 1]
            intent.period = nil
        }
        if context.years.count > 1, intent.period == nil, intent.outputYears.isEmpty {
            if case .plain = intent.shape {
                intent.periods = context.years.map { .init(from: "\($0)-01-01", until: "\($0 + 1)-01-01", label: "\($0)") }
            } else if case .retained = intent.shape {
            } else if intent.shape == .averagePerBucket, intent.averageWithin == nil, intent.groupBy.isEmpty, let b = intent.bucket, (b.span ?? 0) < (QueryIntent.Bucket.year.span ?? 0),
                context.compared || context.eachYearIntroduced, let a = context.years.min(), let z = context.years.max(), context.years.count == z - a + 1
            {
                // "average monthly revenue in 2012 and in 2013", "... 2012 vs 2013": each year's own average, side by side.
                intent.period = .init(from: "\(a)-01-01", until: "\(z + 1)-01-01", label: "\(a) to \(z)")
                intent.averageWithin = .year
            } else if case let years = intent.shape == .newCustomers ? context.years.sorted() : context.years, years == Array(years[0]...(years[0] + years.count - 1)) {
                // "over 2011, 2012 and 2013": consecutive years are one span for an average or a share.
                // ("new customers in 2013 compared with 2012": a count per year over the span, in either order.)
                let (a, b) = (years.first!, years.last!)
                intent.period = .init(from: "\(a)-01-01", until: "\(b + 1)-01-01", label: "\(a) to \(b)")
            } else {
                context.conflicts.append("the years \(context.years.map(String.init).joined(separator: ", ")) (only a plain total can be compared year by year)")
            }
        }
        // "number of SKUs sold per category, 2012 compared with 2013": two periods set against each other for each slice
        // sit side by side on the slice's row, as "both figures per category" puts them.
        if context.compared, !context.yearsJoinedByAnd, intent.periods.count == 2, !intent.groupBy.isEmpty, intent.shape == .plain, intent.bucket == nil, intent.ranking == nil,
            intent.extraMetrics.isEmpty, intent.band == nil, intent.rankWithin == nil, intent.sortDescending == nil, intent.listing == nil,
            intent.perEntity == nil, intent.distribution == nil, intent.timeDimension == nil, !intent.partOfYear
        {
            intent.pivot = true
        }
        // "how many men and how many women": each count is a group of one slice; otherwise two questions in one.
        if context.countQuestions > 1 {
            if let split = intent.filters.first(where: { $0.values.count == context.countQuestions }), case .plain = intent.shape {
                if !intent.groupBy.contains(split.dimension) { intent.groupBy.append(split.dimension) }
                // "how many men and how many women": every value named, so every group is shown (unknown included);
                // "how many in Australia and how many in Canada": only the groups named.
                let known = Set(vocabulary.values.filter { $0.dimension == split.dimension }.map(\.value))
                if !known.isEmpty && known.isSubset(of: split.values) { intent.filters.removeAll { $0 == split } }
            } else if intent.groupBy.contains(QueryIntent.customerStatus), context.countQuestions == 2, case .plain = intent.shape {
                // "how many were new and how many returning": one count, a row for each kind.
            } else if intent.extraMetrics.count + 1 >= context.countQuestions, case .plain = intent.shape {
                // "how many orders and how many units" (and "what was the average spend"): one count per measure, each over
                // the same slices and filters.
            } else {
                context.conflicts.append("several counts in one question (each 'how many' is a question of its own)")
            }
        }
        for (old, new) in context.periodClashes {
            // A growth rate over "2013 (January compared with December 2012)" names its own base period.
            let base = intent.shape == .growth && (old.until == new.from || new.until == old.from)
            // "in 2013, how many orders in Q4": a period inside the other narrows it.
            if !base && !context.compared && intent.shape == .plain && (new.contains(old) || old.contains(new)) {
                intent.period = new.contains(old) ? old : new
                continue
            }
            // "running total through H2 2013, starting July": a start (or an end) with no other bound cuts the other period.
            if !base, !context.compared, [.plain, .runningTotal].contains(intent.shape), let cut = Self.cut(old, new) {
                intent.period = cut
                continue
            }
            // "revenue from 1 to 24 December: 2012 compared with 2013", "December 2012 vs 2013": a part of one year set
            // against another whole year is the same days of that year.
            if !base, context.compared, intent.shape == .plain, intent.periods.isEmpty, context.periodClashes.count == 1,
                let (part, shifted) = Self.sameDays(old, inYearOf: new).map({ (old, $0) }) ?? Self.sameDays(new, inYearOf: old).map({ (new, $0) })
            {
                intent.periods = [part, shifted].sorted { $0.from! < $1.from! }
                intent.period = nil
                continue
            }
            // "1-28 January 2014 compared with the same days of 2013": two periods side by side, as years are.
            if !base, context.compared, intent.shape == .plain, intent.periods.isEmpty, context.periodClashes.count == 1, !new.contains(old), !old.contains(new),
                old.from != nil, new.from != nil, old.until != nil, new.until != nil
            {
                intent.periods = [old, new].sorted { $0.from! < $1.from! }
                intent.period = nil
                continue
            }
            if !base { context.conflicts.append("two periods (\(old.label) and \(new.label))") }
        }
        // "what % of its bike revenue came from mountain, road and touring bikes respectively": each value's own share of
        // each group, which is not read (the values would be pooled).
        if context.respectively, case .shareOf(let part) = intent.shape, part.contains(where: { $0.values.count >= 2 }) {
            context.conflicts.append("a share of each value named 'respectively' (ask for the share by that column)")
        }
        // "average age of Road-150 buyers vs Road-750 buyers": model codes set side by side would be split into each
        // model's products, one row each, which is no row per model.
        if intent.filters.contains(where: { f in f.values.count >= 2 && intent.groupBy.contains(f.dimension) && f.values.allSatisfy { $0.hasPrefix(QueryIntent.modelPrefix("")) } }) {
            context.conflicts.append("several models side by side (ask for them by model)")
        }
        // ("Same figure for the US": unless each value named became a row, the two would be pooled into one figure.)
        if context.sameForAnother, !intent.filters.contains(where: { $0.values.count >= 2 && intent.groupBy.contains($0.dimension) }) {
            context.conflicts.append("the same figure for another value (ask for it by \(intent.filters.first.map { $0.dimension.replacingOccurrences(of: "_", with: " ") } ?? "each value"))")
        }
        // "each country's share of total revenue in 2012 and in 2013": each year's shares, not one share of the two
        // years together (nor of all the rows of both).
        let yearsNamed = Set(context.words.compactMap(Lexicon.year)).sorted()
        if intent.shape == .share, intent.sharePartition == nil, !intent.sharePartitionIsBucket, !intent.groupBy.isEmpty, intent.ranking == nil, intent.band == nil,
            intent.periods.isEmpty, intent.bucket == nil || intent.bucket == .year, yearsNamed.count >= 2, let first = yearsNamed.first, let last = yearsNamed.last,
            last - first + 1 == yearsNamed.count, intent.period?.from == "\(first)-01-01", intent.period?.until == "\(last + 1)-01-01",
            // (Years set side by side, "in 2012 and in 2013", "2012 vs 2013"; "from 2012 to 2013" is one span.)
            let a = context.words.firstIndex(of: String(first)), let b = context.words.lastIndex(of: String(last)), a < b,
            context.words[a..<b].contains(where: { ["and", "vs", "versus", "compared", "against"].contains($0) }),
            !context.words[a..<b].contains(where: { ["to", "through", "until", "thru"].contains($0) }), a == 0 || context.words[a - 1] != "between"
        {
            intent.bucket = .year
            intent.sharePartitionIsBucket = true
        }
        // "what share of its subcategory's revenue does each bike model bring in": shares within the group named as each
        // row's own, however the share was read.
        let sharesRows: Bool = {
            if case .shareOf(let part) = intent.shape { return part.allSatisfy { intent.groupBy.contains($0.dimension) } }
            return intent.shape == .share
        }()
        if sharesRows, intent.sharePartition == nil, !intent.sharePartitionIsBucket, let parent = context.ownParent, intent.groupBy.count == 2,
            intent.groupBy.contains(parent), intent.ranking == nil, !context.saysGrandTotal
        {
            intent.sharePartition = parent
        }
    }

    /// "who was our biggest spender", "per country, who is ...": people asked for by "who" (not "customers who were ...").
    static func asksWho(_ w: [String]) -> Bool {
        let verbs: Set<String> = ["was", "is", "were", "are"]
        for i in w.indices where w[i] == "who" && i + 1 < w.count && verbs.contains(w[i + 1]) {
            if i == 0 || !Lexicon.peopleWords.contains(w[i - 1]) { return true }
        }
        return false
    }

    /// `part` moved into the calendar year `year` spans, when `year` is one whole calendar year and `part` a smaller span
    /// inside another single year; nil otherwise (and for 29 February, which most years lack).
    static func sameDays(_ part: QueryIntent.Period, inYearOf year: QueryIntent.Period) -> QueryIntent.Period? {
        guard let from = part.from, let until = part.until, let yearFrom = year.from, let yearUntil = year.until,
            yearFrom.hasSuffix("-01-01"), let y = Int(yearFrom.prefix(4)), yearUntil == "\(y + 1)-01-01",
            let p = Int(from.prefix(4)), p != y, from.count == 10, until.count == 10,
            until <= "\(p + 1)-01-01", !(from.hasSuffix("-01-01") && until == "\(p + 1)-01-01"),
            !from.hasSuffix("-02-29"), !until.hasSuffix("-02-29")
        else { return nil }
        let move = { (date: String) in "\(Int(date.prefix(4))! + y - p)" + date.dropFirst(4) }
        return .init(from: move(from), until: move(until), label: part.label.replacingOccurrences(of: String(p), with: String(y)))
    }

    /// The part of one period that an open range ("since July 2013", "before 2013") leaves, when one of the two is open
    /// and something is left; nil otherwise. Named by the bounded period when the range takes all of it.
    static func cut(_ a: QueryIntent.Period, _ b: QueryIntent.Period) -> QueryIntent.Period? {
        let (open, bounded) = a.from == nil || a.until == nil ? (a, b) : (b, a)
        guard open.from == nil || open.until == nil, let boundedFrom = bounded.from, let boundedUntil = bounded.until else { return nil }
        let from = max(boundedFrom, open.from ?? boundedFrom)
        let until = min(boundedUntil, open.until ?? boundedUntil)
        guard from < until else { return nil }
        if from == boundedFrom && until == boundedUntil { return bounded }
        return .init(from: from, until: until, label: "\(bounded.label), \(open.label)")
    }

    /// "what % of its 2013 buyers", "Of the customers who bought something in Q4 2013, what %": the people shared out
    /// are those who bought (in the period), not every customer on the books.
    func sharesOutBuyers(_ q: QuestionWords, _ percentOf: Int?) -> Bool {
        // ("hey, of the customers who ...": a greeting before it changes nothing.)
        let lead = (0..<min(3, q.count)).first { i in q[i] == "of" && (0..<i).allSatisfy { Lexicon.stopWords.contains(q[$0]) } }
        let start = lead ?? percentOf
        guard let start else { return false }
        var k = q[start + 1] == "of" ? start + 2 : start + 1
        // ("of the Australian customers who ordered in H2 2013": a value of theirs names which people.)
        while ["its", "their", "our", "the", "all", "those", "these"].contains(q[k]) || Lexicon.year(q[k]) != nil || Lexicon.quarter(q[k]) != nil
            || (valueAt(q, k) != nil && !Lexicon.peopleWords.contains(q[k]))
        {
            k += 1
        }
        if ["buyers", "shoppers", "purchasers"].contains(q[k]) { return true }
        guard Lexicon.peopleWords.contains(q[k]) else { return false }
        // ("of the customers in each country who bought anything in 2013": the slice said between them.)
        var w = k + 1
        if ["in", "from", "of"].contains(q[w]), ["each", "every"].contains(q[w + 1]), dimensionNamed(q.words, w + 2) != nil {
            w += 3
        } else if q[w] == "per", dimensionNamed(q.words, w + 1) != nil {
            w += 2
        }
        guard ["who", "that"].contains(q[w]) else { return false }
        let verb = ["had", "have"].contains(q[w + 1]) ? w + 2 : w + 1
        return ["bought", "ordered", "purchased", "shopped"].contains(q[verb])
            && (["something", "anything", "in", "during", "from"].contains(q[verb + 1]) || Lexicon.year(q[verb + 1]) != nil)
    }

    /// The dimensions of filters named after a verb that follows the measure: "customers ... have an
    /// unknown gender", "revenue ... comes from bikes". In a share they are the part, not the whole.
    func predicateFilters(_ q: QuestionWords, _ intent: QueryIntent, _ context: Context) -> Set<String> {
        let verbs: Set<String> = [
            "have", "has", "had", "are", "is", "were", "was", "come", "comes", "came", "went", "go", "goes",
            "bought", "buy", "purchased", "belong", "belongs", "fall", "falls", "spent",
            // "what % of customers with an unknown gender, per country": the customers who have it.
            "with", "who", "whose",
            // "what % of customers in each country don't have a gender": the verb's negation starts the clause.
            "dont", "doesnt", "didnt", "arent", "isnt",
        ]
        // "what % of revenue do bikes make up in each country", "bike share of revenue by country": the thing named as the
        // subject of the share is the part counted inside each group, wherever it stands.
        let subjectVerbs: Set<String> = [
            "make", "makes", "made", "account", "accounts", "accounted", "represent", "represents", "represented", "share", "contribute",
            "contributes", "contributed",
        ]
        let after = context.metricSpan.upperBound
        guard after > 0 else { return [] }
        // "what % of the people who bought a bike from us in the UK are married": a relative clause before "are" says who
        // is shared out; only what follows the "are" is the part.
        let copula = (after..<max(after, q.count)).first { i in
            ["are", "is", "were", "was"].contains(q[i]) && intent.filters.contains { (context.filterStarts[$0.dimension] ?? -1) > i }
        }
        return Set(
            intent.filters.compactMap { f in
                guard let start = context.filterStarts[f.dimension] else { return nil }
                if let copula, start > after, start < copula, (after..<start).contains(where: { ["who", "that", "whose"].contains(q[$0]) }) { return nil }
                // ("bike revenue makes up": the measure between them is what is named, the same part.)
                if let verb = ((start + 1)...(start + 3)).first(where: { subjectVerbs.contains(q[$0]) }),
                    !(q[verb] == "share" && ((start + 1)..<verb).contains(context.metricSpan.lowerBound)),
                    // ("for our Canadian customers, what share of their revenue": a new clause asks the share.)
                    !((start + 1)..<verb).contains(where: { ["what", "which", "how"].contains(q[$0]) })
                {
                    return f.dimension
                }
                guard start > after, (after...start).contains(where: { verbs.contains(q[$0]) }) else { return nil }
                return f.dimension
            })
    }

    /// "a running total", never "a running share" or "the cumulative %": the running figure is an amount.
    static func runningTotalSaidAsAmount(_ w: [String]) -> Bool {
        let lead: Set<String> = ["running", "cumulative"]
        let amount: Set<String> = ["total", "sum"]
        let share: Set<String> = ["share", "percent", "percentage", "pct", "proportion"]
        var total = false
        for i in w.indices.dropLast() where lead.contains(w[i]) {
            if share.contains(w[i + 1]) { return false }
            if amount.contains(w[i + 1]) { total = true }
        }
        return total
    }

    /// The table a word names ("products", "customers", "clients"): one of its synonyms or its name.
    func tableNamed(by word: String) -> String? {
        vocabulary.tables.values.first { $0.synonyms.contains(word) || $0.name == word || $0.name + "s" == word }?.name
    }

    /// The dimension table whose rows a fact measure counts (`COUNT(DISTINCT <its key>)`), from the joins.
    func countedTable(_ metric: Vocabulary.Metric) -> String? { vocabulary.countedTables[metric.name] }

    func intentEntityList(_ intent: inout QueryIntent, _ table: String) {
        intent.ranking = .init(count: 0, highest: true, entity: .table(table), perDimension: nil)
    }

    /// A follow-up keeps what it does not change.
    func merge(_ previous: QueryIntent, with update: QueryIntent, context: Context) -> QueryIntent {
        var merged = previous
        if !update.metric.isEmpty { merged.metric = update.metric }
        for g in update.groupBy where !merged.groupBy.contains(g) { merged.groupBy.append(g) }
        if update.bucket != nil { merged.bucket = update.bucket }
        for f in update.filters {
            merged.filters.removeAll { $0.dimension == f.dimension }
            merged.filters.append(f)
        }
        if update.period != nil { merged.period = update.period; merged.periods = [] }
        if !update.periods.isEmpty { merged.periods = update.periods; merged.period = nil }
        if let ranking = update.ranking {
            if var old = merged.ranking, context.entityTable == nil, context.whichEntity == nil {
                old.count = ranking.count
                old.highest = ranking.highest
                merged.ranking = old
            } else {
                merged.ranking = ranking
            }
        } else if context.ranked || context.rankCount != nil {
            // "top 3 instead": rank what the last question sliced by (within its other slice, if any).
            if var old = merged.ranking {
                old.count = context.rankCount ?? old.count
                old.highest = context.rankHighest
                merged.ranking = old
            } else if let last = merged.groupBy.last {
                merged.groupBy.removeLast()
                merged.ranking = .init(
                    count: context.rankCount ?? 1, highest: context.rankHighest, entity: .dimension(last),
                    perDimension: merged.groupBy.first)
                merged.groupBy = Array(merged.groupBy.dropFirst())
            } else if let bucket = merged.bucket {
                merged.ranking = .init(count: context.rankCount ?? 1, highest: context.rankHighest, entity: .bucket(bucket), perDimension: nil)
            }
        }
        if update.shape != .plain {
            merged.shape = update.shape
        } else if context.shareRequested {
            merged.shape = merged.groupBy.isEmpty && merged.bucket == nil && !merged.filters.isEmpty ? .shareOf(merged.filters) : .share
            if case .shareOf = merged.shape { merged.filters = [] }
        }
        if update.sortDescending != nil { merged.sortDescending = update.sortDescending }
        return merged
    }
}
