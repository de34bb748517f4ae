// swift-tools-version: 6.0
import PackageDescription

// The targets follow the data: SampleData/sources -> Pipeline (lake, raw, staging, marts, tests,
// docs) -> SemanticModel -> Translation -> SQLGuard -> Warehouse executor -> QueryService (answer +
// log). The `cyclingpro` executable is a thin shell over them.
let package = Package(
    name: "CyclingPro",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cyclingpro", targets: ["cyclingpro"]),
        .library(name: "QueryService", targets: ["QueryService"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already under Hummingbird; named for the server's graceful-shutdown hook (PausePoint).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(name: "CSQLiteExtras", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "Warehouse",
            dependencies: [
                "CSQLiteExtras",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "SampleData"),
        .target(
            name: "Pipeline",
            dependencies: [
                "Warehouse", "CSQLiteExtras",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/models"), .copy("Resources/tests")]
        ),
        .target(
            name: "SemanticModel",
            dependencies: [
                "Warehouse",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "SQLGuard"),
        .target(name: "Translation", dependencies: ["SemanticModel", "Warehouse"]),
        // LLM translators over HTTP (OpenAI-compatible, Ollama, Anthropic); Foundation's URLSession only.
        .target(name: "LLMTranslation", dependencies: ["Translation", "SemanticModel", "SQLGuard"]),
        .target(
            name: "QueryService",
            dependencies: [
                "SemanticModel", "Translation", "SQLGuard", "Warehouse", "LLMTranslation",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Server",
            dependencies: [
                "QueryService", "Pipeline", "SemanticModel", "Warehouse", "Translation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "cyclingpro",
            dependencies: [
                "Pipeline", "SampleData", "QueryService", "CReadline", "Server", "LLMTranslation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ask-benchmark",
            dependencies: ["QueryService", "Translation", "SQLGuard", "Warehouse", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/AskBenchmark"),
        // Scratch folders for the tests, removed when the test process exits.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["TestSupport", "Pipeline", "SampleData", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "SQLGuardTests", dependencies: ["SQLGuard"]),
        .testTarget(
            name: "LLMTranslationTests",
            dependencies: [
                "TestSupport", "LLMTranslation", "Translation", "SemanticModel", "SQLGuard",
                // Only for the service wiring test: ask() end to end over a sample warehouse.
                "QueryService", "Pipeline", "SampleData", "Warehouse",
            ]),
        .testTarget(
            name: "QueryServiceTests",
            dependencies: [
                "TestSupport", "QueryService", "SQLGuard", "Translation", "SemanticModel", "Pipeline", "SampleData", "Warehouse",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "TestSupport", "Server", "QueryService", "Pipeline", "SampleData", "Translation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
            ]),
        .testTarget(name: "TranslationTests", dependencies: ["TestSupport", "Translation", "SemanticModel", "Warehouse"]),
    ]
)

// House habits of our models (Hummingbird, GRDB): imports say where each member comes from, and
// existential types are spelled `any P`, so the cost of a protocol value is visible where it is used.
for target in package.targets where target.type != .system && target.name != "CSQLiteExtras" {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility"), .enableUpcomingFeature("ExistentialAny")]
}
