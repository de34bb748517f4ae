import ArgumentParser

/// The places every command agrees on, so `build` then `ask` just work from the project folder.
struct WarehouseOptions: ParsableArguments {
    @Option(help: "The warehouse file.")
    var warehouse: String = "data/warehouse.sqlite"
}
