/// Where the sample sources and the lake go when no option says otherwise.
enum Defaults {
    static let source = "data/source"
    static let lake = "data/lake"
}
