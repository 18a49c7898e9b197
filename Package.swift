// swift-tools-version: 6.1
import PackageDescription

/// The upcoming features the style guide asks for, shared by every Swift target (the Swift 6
/// language mode is set for the whole package by `swiftLanguageModes` at the end).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// Release-grade optimisation for the hot loops even in debug test builds would hide bugs, so it
// is left to `-c release`; the benchmarks are always run that way.

/// The command-line parser, used by the `partnerscope` executable only.
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
    name: "Partnerscope",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PartnerscopeCore", targets: ["PartnerscopeCore"]),
        .library(name: "PartnerscopeIO", targets: ["PartnerscopeIO"]),
        .library(name: "GraphvizRender", targets: ["GraphvizRender"]),
        .library(name: "InfluenceMaps", targets: ["InfluenceMaps"]),
        .library(name: "PartnerscopeHistory", targets: ["PartnerscopeHistory"]),
        .executable(name: "partnerscope", targets: ["partnerscope"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SQLite for the run history (links the system libsqlite3 on Linux).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Model and algorithms: no I/O, no printing, no C.
        .target(name: "PartnerscopeCore", swiftSettings: swiftSettings),
        // CSV in, reports out: the only library target that touches files. The default requirements
        // are Networks/requirements.csv itself (Resources/requirements.csv is a symbolic link to it),
        // compiled into the program as bytes (`PackageResources.requirements_csv`): no second copy.
        .target(
            name: "PartnerscopeIO",
            dependencies: ["PartnerscopeCore"],
            resources: [.embedInCode("Resources/requirements.csv")],
            swiftSettings: swiftSettings
        ),
        // libgvc (cgraph + gvc) as installed, found through pkg-config.
        .systemLibrary(name: "CLibGVC", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // The only C of our own: the creation-order ID discipline, DOT from memory, the layout
        // helper's tie to its parent (cgraphviz.c), and static inline wrappers for what Swift
        // cannot call (include/CGraphviz.h).
        .target(name: "CGraphviz", dependencies: ["CLibGVC"]),
        // Graph description -> layout -> bytes; the only Swift code that imports CGraphviz.
        .target(name: "GraphvizRender", dependencies: ["CGraphviz"], swiftSettings: swiftSettings),
        // The layout helper GraphvizRender starts with posix_spawn (deadline, crash containment);
        // it must sit beside any program that draws maps with a timeout.
        .executableTarget(name: "partnerscope-render", dependencies: ["GraphvizRender"], swiftSettings: swiftSettings),
        // Analysis results -> styled graph descriptions (pure Swift, no C).
        .target(name: "InfluenceMaps", dependencies: ["PartnerscopeCore", "GraphvizRender"], swiftSettings: swiftSettings),
        // The run history: comparison runs recorded in SQLite (GRDB), history and trend queries.
        .target(
            name: "PartnerscopeHistory",
            dependencies: ["PartnerscopeCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "partnerscope",
            dependencies: ["PartnerscopeCore", "PartnerscopeIO", "PartnerscopeHistory", "GraphvizRender", "InfluenceMaps", "partnerscope-render", argumentParser],
            swiftSettings: swiftSettings
        ),
        // Seeded synthetic networks and benchmarks, kept out of the product.
        .executableTarget(
            name: "partnerscope-bench",
            dependencies: ["PartnerscopeCore", "PartnerscopeIO", "PartnerscopeHistory", "GraphvizRender", "InfluenceMaps"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TestSupport",
            dependencies: ["PartnerscopeCore", "PartnerscopeIO"],
            path: "Tests/TestSupport",
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PartnerscopeCoreTests",
            dependencies: ["PartnerscopeCore", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PartnerscopeIOTests",
            dependencies: ["PartnerscopeCore", "PartnerscopeIO", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GraphvizRenderTests",
            dependencies: ["GraphvizRender", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InfluenceMapsTests",
            dependencies: ["InfluenceMaps", "GraphvizRender", "PartnerscopeCore", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PartnerscopeHistoryTests",
            dependencies: ["PartnerscopeHistory", "PartnerscopeCore", "PartnerscopeIO", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
