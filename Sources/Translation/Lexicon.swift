/// Knowledge of English as business people write it, independent of the schema: stop words,
/// number and month words, demonyms, words for people and sexes, out-of-scope subjects, and the
/// marks of instructions hidden in a question. Everything about the data itself comes from the
/// semantic model.
enum Lexicon {
    /// Words that carry no meaning for the query.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "and", "or", "by", "is", "are", "was",
        "were", "be", "been", "being", "do", "does", "did", "done", "have", "has", "had", "we", "our", "us", "i", "me", "my",
        "you", "your", "it", "its", "their", "them", "they", "what", "whats", "which", "who", "whom", "how", "many", "much",
        "show", "give", "tell", "please", "pls", "can", "could", "would", "should", "will", "there", "that", "this",
        "these", "those", "get", "got", "let", "lets", "see", "saw", "seen", "showed", "shows", "pull", "put", "fetch", "grab", "know", "want", "need", "find", "report", "display", "just", "provide", "provided", "identify", "produced", "produce",
        "produces", "producing", "set", "charged", "charge", "charging", "full", "shift", "shifted", "newly", "ordering",
        "all", "total", "overall", "number", "count", "figures", "figure", "numbers", "amount", "value", "values",
        "breakdown", "break", "down", "split", "broken", "out", "up", "across", "group", "grouped", "groups", "over", "into",
        "as", "so", "far", "ever", "dated", "then", "than", "too", "only", "data", "did", "make", "made", "bring", "brought", "earns", "earning", "earn", "earned", "makes",
        "generate", "generated", "come", "comes", "came", "account", "accounts", "some", "any", "same", "current", "currently",
        "based", "located", "living", "live", "lives", "from", "where", "when", "whose", "s", "vs", "versus", "compared",
        "along", "together", "look", "like", "looking", "give", "me", "quick", "rough", "roughly", "approximately", "about",
        "different", "distinct", "unique", "individual", "separate", "separately", "respectively", "thing", "things", "stuff", "ones",
        "time", "period", "periods", "result", "results", "table", "chart", "summary", "summarise", "summarize",
        "calculate", "compute", "work", "worked", "working", "hey", "hi", "hello", "thanks", "thank", "thx", "cheers", "kind", "kindly",
        "sold", "sell", "sells", "selling", "bought", "buy", "buys", "buying", "purchased", "purchase", "ordered", "placed",
        "place", "spent", "spend", "spending", "gone", "went", "head", "heads", "make", "up", "during", "within",
        "whole", "entire", "still", "yet", "again", "already", "along", "exactly", "precisely", "number", "amounts",
        "figure", "currently", "right", "now", "today", "registered", "apiece", "recorded", "signed", "actually", "really",
        "happen", "happened", "doing", "did", "okay", "ok", "hmm", "now", "instead", "rather", "e", "ie", "eg", "etc", "carry", "stock", "taken", "take", "took", "gets", "getting", "vs", "with", "versus", "who", "had", "having", "shown", "too",
        "does",
        "catalogue", "catalog", "range", "portfolio", "offer", "offers", "broken", "see", "showing", "those", "everyone", "anyone", "individual", "id", "going", "goes", "using", "taking", "treating", "achieved", "achieve", "achieves", "labelled",
        "labeled", "summed", "fall", "falls",
        "fell", "land", "lands", "landed", "meaning", "among",
        "amongst", "but", "sum",
        "trend", "trends", "evolution", "development", "develop", "developed", "evolve", "evolved", "over time", "contribute", "contributes", "contributed", "contribution", "spread", "overview", "question", "questions", "wondering", "wonder",
        "curious", "interested", "love", "keen",
        "ask", "asking", "mind", "possible", "help", "able", "appreciate", "hoping", "wanted", "wants", "quickly", "briefly",
        "use", "go", "booked", "very", "combined", "moved", "altogether", "alone", "receive", "received", "placing", "include", "cheers", "team", "boss", "manager", "meeting", "review", "presentation", "deck", "crm", "shop", "store", "shopped",
        "slide",
        "slides", "urgent", "asap",
        "putting", "preparing", "prepping", "pack",
        "listed", "person", "persons", "somebody", "something", "anything", "actually", "ones", "history", "against", "shift", "shifted", "book", "brand",
    ]

    /// Shorthand business people type, read as the word it stands for (one word for one word, so
    /// positions stay aligned with the text as typed).
    static let abbreviations: [String: String] = [
        "skus": "products", "sku": "product", "uniqe": "unique", "uniq": "unique", "avg": "average", "qty": "quantity", "qtys": "quantities", "rev": "revenue", "yr": "year", "yrs": "years", "qtr": "quarter", "qtrs": "quarters",
        "qtrly": "quarterly", "amt": "amount", "pct": "percent", "cust": "customers", "custs": "customers", "ctry": "country", "ctrys": "countries", "cntry": "country", "cat": "category", "cats": "categories", "chg": "change",
        "mtn": "mountain", "w": "with", "mth": "month", "mthly": "monthly", "mnthly": "monthly", "yrly": "yearly", "wkly": "weekly",
        "mths": "months", "subcat": "subcategory", "subcats": "subcategories", "categ": "category", "wich": "which", "whcih": "which", "whove": "who", "whod": "who", "hwo": "how", "waht": "what", "whats": "what", "theyve": "they", "weve": "we",
        "ive": "i", "youve": "you", "diff": "different", "ppl": "people", "accesory": "accessory", "accesories": "accessories", "accessorys": "accessories",
        // Function words mistyped: typo correction only goes towards the model's words and time words.
        "xmas": "christmas", "r": "are", "u": "you", "ur": "your", "durring": "during", "thier": "their", "teh": "the", "betwen": "between", "beween": "between", "sicne": "since", "subcategorys": "subcategories", "categorys": "categories",
        "countrys": "countries", "subcatagories": "subcategories", "catagories": "categories", "catagory": "category",
        "hw": "how", "plz": "please", "im": "i", "orderd": "ordered", "purchsed": "purchased", "seperate": "separate", "seperately": "separately", "acount": "account", "acounts": "accounts",
    ]

    /// Words for people who buy and for things sold: how customer analyses (repeat buyers, new
    /// customers) and catalogue questions (never sold) find their tables among the model's.
    static let peopleWords: Set<String> = ["customer", "customers", "client", "clients", "buyers", "people", "shoppers", "clientele", "folks"]
    static let productWords: Set<String> = ["product", "products", "item", "items", "articles", "catalogue"]

    /// A calendar year said as four digits ("2013"), as opposed to a count or an amount.
    /// "q3" → 3: a quarter named by its number.
    static func quarter(_ w: String) -> Int? { w.count == 2 && w.first == "q" ? Int(w.dropFirst()).flatMap { (1...4).contains($0) ? $0 : nil } : nil }

    static func year(_ w: String) -> Int? { w.count == 4 ? Int(w).flatMap { (1900...2100).contains($0) ? $0 : nil } : nil }

    /// Verbs of paying, which make a measure of money of the people who do it ("what did those customers spend").
    static let spendVerbs: Set<String> = ["spend", "spent", "spends", "pay", "paid", "pays"]
    /// Verbs of buying, in the forms questions use ("customers who bought", "never ordered", "got a helmet").
    static let purchaseVerbs: Set<String> = ["bought", "buy", "buying", "purchased", "purchase", "ordered", "order", "got"]
    /// The two ends of a ranking or a sort ("the most ... to the fewest", "biggest first", "the second best").
    static let highEndWords: Set<String> = ["most", "highest", "biggest", "largest", "best", "top", "strongest"]
    static let lowEndWords: Set<String> = ["fewest", "least", "lowest", "smallest", "worst", "bottom", "weakest"]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
        "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let dayNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let ordinals: [String: Int] = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4]

    /// Words for a value that the data spells differently (country names, sexes, statuses).
    /// The right-hand side is matched against the model's values, never used blindly.
    static let valueAliases: [String: String] = [
        "german": "germany", "germans": "germany", "deutschland": "germany",
        "french": "france",
        "australian": "australia", "australians": "australia", "aussie": "australia",
        "canadian": "canada", "canadians": "canada",
        "british": "united kingdom", "uk": "united kingdom", "britain": "united kingdom", "england": "united kingdom", "english": "united kingdom",
        "fr": "france", "de": "germany", "gb": "united kingdom", "european": "europe", "europeans": "europe", "eu": "europe",
        "north american": "north america", "north americans": "north america",
        "us": "united states", "usa": "united states", "american": "united states", "americans": "united states", "america": "united states",
        "u s": "united states", "united states of america": "united states", "states": "united states",
        "women": "female", "woman": "female", "ladies": "female", "lady": "female", "females": "female", "girls": "female",
        "men": "male", "man": "male", "males": "male", "gentlemen": "male", "guys": "male", "boys": "male",
        "singles": "single", "unmarried": "single",
        "bicycle": "bikes", "bicycles": "bikes", "bike": "bikes", "cycles": "bikes",
        "accessory": "accessories", "clothes": "clothing", "apparel": "clothing", "garments": "clothing",
        "component": "components", "parts": "components", "spare parts": "components",
        "helmet": "helmets", "jersey": "jerseys", "glove": "gloves", "cap": "caps", "sock": "socks", "vest": "vests",
        "tyres and tubes": "tires and tubes", "tyre and tube": "tires and tubes", "tire and tube": "tires and tubes", "tyre or tube": "tires and tubes", "tire or tube": "tires and tubes",
        "tyres or tubes": "tires and tubes", "tires or tubes": "tires and tubes", "tube": "tires and tubes", "tyre": "tires and tubes", "tire": "tires and tubes", "tires": "tires and tubes", "tyres": "tires and tubes",
        "tubes": "tires and tubes",
        "bottles": "bottles and cages", "bottle": "bottles and cages", "cages": "bottles and cages",
        "road bike": "road bikes", "mountain bike": "mountain bikes", "touring bike": "touring bikes",
        "mtb": "mountain bikes", "racks": "bike racks", "stands": "bike stands", "fender": "fenders", "light": "lights",
        "lock": "locks", "pump": "pumps", "pannier": "panniers", "short": "shorts", "tight": "tights",
    ]
    /// Each word of the aliases, for telling whether a sentence names a value.
    static let valueAliasWords = Set(valueAliases.keys.flatMap { $0.split(separator: " ").map(String.init) })

    /// Subjects the warehouse holds nothing about.
    static let outOfScope: [String: String] = [
        "employee": "employees", "employees": "employees", "staff": "staff", "salesperson": "sales staff", "salespeople": "sales staff",
        "store": "stores", "stores": "stores", "shop": "shops", "shops": "shops", "branch": "branches", "branches": "branches",
        "stock": "stock levels", "inventory": "inventory", "warehouse stock": "stock", "supplier": "suppliers", "suppliers": "suppliers",
        "marketing": "marketing spend", "campaign": "campaigns", "campaigns": "campaigns", "roi": "return on investment",
        "advertising": "advertising", "ads": "advertising", "weather": "weather", "rain": "weather", "rainfall": "weather",
        "rainy": "weather", "temperature": "weather", "returns": "returns", "refund": "refunds", "refunds": "refunds",
        "website": "web traffic", "visits": "web traffic", "traffic": "web traffic", "clicks": "web traffic",
        "salary": "salaries", "salaries": "salaries", "payroll": "payroll", "budget": "budgets", "forecast": "forecasts",
        "predict": "predictions", "prediction": "predictions", "competitor": "competitors", "competitors": "competitors",
        "satisfaction": "customer satisfaction", "reviews": "product reviews", "rating": "ratings", "ratings": "ratings",
        "shipping cost": "shipping costs", "freight": "freight costs", "tax": "taxes", "taxes": "taxes", "discount": "discounts",
        "discounts": "discounts", "email": "email addresses", "emails": "email addresses", "phone": "phone numbers", "address": "addresses",
        "salary of": "salaries", "churn": "churn predictions", "stockout": "stock levels",
        // Customers are known by country only: "US states" is not the United States.
        "us states": "states or provinces", "us state": "states or provinces", "by state": "states or provinces", "per state": "states or provinces",
        "each state": "states or provinces", "which states": "states or provinces", "which state": "states or provinces", "province": "states or provinces",
        "provinces": "states or provinces", "city": "cities", "cities": "cities", "postcode": "postcodes", "zip code": "postcodes",
        // The CRM's create date is when a record was loaded, not when the customer signed up.
        "signed up": "sign-up dates", "sign up": "sign-up dates", "signups": "sign-up dates", "registrations": "registration dates",
    ]

    /// Requests to change or administer the database, recognised when a sentence starts with one
    /// (after "please", "can you" and the like). These always mean a change...
    static let writeVerbs: Set<String> = [
        "delete", "drop", "truncate", "insert", "update", "alter", "vacuum", "reindex", "attach", "detach", "pragma", "grant",
        "revoke", "erase", "wipe", "purge", "upsert", "overwrite",
    ]
    /// ...these only when an object follows ("raise the price", "add an index"), since "change in
    /// revenue" or "increase in orders" are questions.
    static let ambiguousWriteVerbs: Set<String> = [
        "change", "increase", "decrease", "lower", "raise", "set", "add", "remove", "cut", "reduce", "mark", "assign", "move",
        "replace", "reset", "clear", "load", "import", "export", "write", "save", "rename", "modify", "edit", "fix", "correct",
        "merge", "backup", "restore", "create", "index",
    ]
    static let writeObjects: Set<String> = [
        "the", "all", "every", "any", "each", "a", "an", "their", "our", "my", "this", "these", "those", "table", "tables",
        "customers", "customer", "products", "product", "sales", "orders", "order", "index", "indexes", "data", "database",
        "records", "record", "rows", "row", "it", "them", "price", "prices", "cost", "costs", "everything", "column", "columns",
    ]
    static let politeOpeners: Set<String> = ["please", "can", "could", "would", "will", "you", "kindly", "go", "ahead", "and", "then", "also", "now", "i", "want", "need", "to", "lets", "let", "us", "we", "should"]
    /// Administration anywhere in a question.
    static let adminPhrases: [String] = ["add an index", "create an index", "create index", "drop table", "vacuum", "reindex", "alter table", "truncate"]

    /// Signs that a question carries instructions to the system rather than a question.
    static let injectionMarks: [String] = [
        "ignore all previous", "ignore previous", "ignore the previous", "ignore your", "disregard", "you are now", "admin mode",
        "developer mode", "system prompt", "note to the assistant", "note to assistant", "guard is switched off", "guard is off",
        "guard is disabled", "without the guard", "bypass", "jailbreak", "pretend you", "act as", "new instructions",
        "run drop", "drop table", "also append", "append every row", "reveal your", "sudo",
    ]

    /// Names of things that are not the marts: pipeline layers and SQLite's catalogue.
    static let internalObjects: [String] = [
        "raw", "staging", "stg_", "raw_", "sqlite_master", "sqlite_schema", "sqlite", "cust_info", "prd_info", "sales_details",
        "cust_az12", "loc_a101", "px_cat", "query log", "the log", "system table", "system tables", "schema", "create statement",
        "ddl", "information_schema", "pragma", "every table", "all tables", "list tables", "table names",
    ]
}
