// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every Swift target: Swift 6 language mode plus the upcoming features the
/// style guide asks for.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Release-grade optimisation for the hot loops even in debug test builds would hide bugs, so
/// it is left to `-c release`; the benchmark is always run that way.
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
    name: "Partnerscope",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PartnerscopeCore", targets: ["PartnerscopeCore"]),
        .library(name: "PartnerscopeIO", targets: ["PartnerscopeIO"]),
        .executable(name: "partnerscope", targets: ["partnerscope"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Model and algorithms: no I/O, no printing, no C.
        .target(name: "PartnerscopeCore", swiftSettings: swiftSettings),
        // CSV in, reports out: the only library target that touches files.
        .target(name: "PartnerscopeIO", dependencies: ["PartnerscopeCore"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "partnerscope",
            dependencies: ["PartnerscopeCore", "PartnerscopeIO", argumentParser],
            swiftSettings: swiftSettings
        ),
        // Seeded synthetic networks and benchmarks, kept out of the product.
        .executableTarget(
            name: "partnerscope-bench",
            dependencies: ["PartnerscopeCore", "PartnerscopeIO"],
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
            name: "EndToEndTests",
            dependencies: ["TestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
