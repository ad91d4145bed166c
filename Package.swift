// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Samspil",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "samspil", targets: ["samspil"]),
        .library(name: "SamspilCore", targets: ["SamspilCore"]),
        .library(name: "MinutesImport", targets: ["MinutesImport"]),
        .library(name: "MinutesExport", targets: ["MinutesExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // The domain: value types and rules. Foundation only.
        .target(name: "SamspilCore"),
        // Documents in: bytes -> ParsedMinutes. No Vapor.
        .target(
            name: "MinutesImport",
            dependencies: [
                "SamspilCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Documents out: MeetingDocument -> Word, print HTML, PDF. No Vapor.
        .target(
            name: "MinutesExport",
            dependencies: ["SamspilCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The three real sets of minutes, shipped as the demo and used as test data.
        .target(name: "SamspilDemo", resources: [.copy("Minutes")]),
        // The web application.
        .target(
            name: "SamspilServer",
            dependencies: [
                "SamspilCore",
                "MinutesImport",
                "MinutesExport",
                "SamspilDemo",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        // The one executable: `samspil serve | migrate | demo | ...`.
        .executableTarget(name: "samspil", dependencies: ["SamspilServer"]),

        // `swift run -c release samspil-benchmark`: the importer's speed (see docs/benchmarks.md).
        .executableTarget(
            name: "samspil-benchmark",
            dependencies: ["SamspilServer", "MinutesImport", "SamspilDemo"],
            path: "Benchmarks/SamspilBenchmark"
        ),

        .testTarget(name: "SamspilCoreTests", dependencies: ["SamspilCore"], resources: [.copy("SnowballDanish")]),
        .testTarget(
            name: "MinutesImportTests",
            dependencies: ["MinutesImport", "SamspilDemo"],
            resources: [.copy("Expected"), .copy("Documents")]
        ),
        .testTarget(
            name: "MinutesExportTests",
            dependencies: ["MinutesExport", "MinutesImport", "SamspilDemo"]
        ),
        .testTarget(
            name: "SamspilServerTests",
            dependencies: [
                "MinutesExport",
                "MinutesImport",
                "SamspilServer",
                .product(name: "VaporTesting", package: "vapor"),
                // Builds the small Word documents the tests upload as attachments.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The official OParl 1.1 schema files, the oracle of the OParl tests (see its NOTICE.md).
            resources: [.copy("OParlSchema")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
