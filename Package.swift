// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Hanout",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hanout", targets: ["hanout"]),
        // For the benchmarks package in Benchmarks/, which measures them directly.
        .library(
            name: "HanoutKit",
            targets: [
                "HanoutDomain", "HanoutStore", "HanoutApp", "HanoutReports", "TextLayout",
                "TerminalKit",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Pure rules and value types: no I/O, Foundation only.
        .target(name: "HanoutDomain"),
        // Strict CSV reading (with line numbers) and writing; cells are written safe.
        .target(name: "HanoutCSV", dependencies: ["TextLayout"]),
        // SQLite through GRDB: schema, migrations, one transaction per clerk action.
        .target(
            name: "HanoutStore",
            dependencies: [
                "HanoutDomain", "HanoutCSV", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // ncurses, the system C library, behind a small shim.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Text laid out in columns without a terminal: display width, safe text, wrapping and
        // the cell grid, shared by the screens and the printed reports.
        .target(name: "TextLayout"),
        // Keys, widgets and the terminal adapters over the cell grid; knows nothing of artisans.
        .target(name: "TerminalKit", dependencies: ["CNcurses", "TextLayout"]),
        // The occupancy report, made from domain values handed to it (it reads no store),
        // paginated to text, CSV and HTML; the printer hand-off. Links no ncurses.
        .target(
            name: "HanoutReports",
            dependencies: ["HanoutDomain", "HanoutCSV", "TextLayout"]
        ),
        // The clerk's screens: state, update, view, effects run against the store.
        .target(
            name: "HanoutApp",
            dependencies: [
                "HanoutDomain", "HanoutStore", "HanoutReports", "TextLayout", "TerminalKit",
            ]
        ),
        // The command tree (a library so that tests parse commands in process).
        .target(
            name: "HanoutCLI",
            dependencies: [
                "HanoutDomain", "HanoutStore", "HanoutCSV", "TextLayout", "TerminalKit",
                "HanoutApp", "HanoutReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "hanout", dependencies: ["HanoutCLI"]),
        // What the test targets share: the repository's places, the test day,
        // the fixture region, the one process runner, picture framing.
        .target(
            name: "HanoutTestSupport",
            dependencies: ["HanoutDomain", "HanoutStore"],
            path: "Tests/HanoutTestSupport"
        ),
        .testTarget(
            name: "HanoutDomainTests",
            dependencies: [
                "HanoutDomain", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "HanoutStoreTests",
            dependencies: [
                "HanoutDomain", "HanoutStore", "HanoutCSV", "HanoutTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // The schema after each shipped migration (SchemaHistoryTests).
            exclude: ["Schema"]
        ),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TextLayout"]),
        .testTarget(name: "HanoutCSVTests", dependencies: ["HanoutCSV"]),
        .testTarget(
            name: "HanoutReportsTests",
            dependencies: [
                "HanoutReports", "HanoutStore", "HanoutDomain", "TextLayout", "HanoutTestSupport",
                "hanout",
            ],
            exclude: ["Golden"]
        ),
        // The real program in tmux, as a clerk would drive it.
        .testTarget(
            name: "HanoutEndToEndTests",
            dependencies: ["HanoutTestSupport", "hanout"]
        ),
        .testTarget(
            name: "HanoutAppTests",
            dependencies: [
                "HanoutApp", "HanoutStore", "HanoutDomain", "TextLayout", "TerminalKit",
                "HanoutTestSupport",
            ]
        ),
        .testTarget(
            name: "HanoutCLITests",
            dependencies: [
                "HanoutCLI", "HanoutStore", "HanoutDomain", "HanoutCSV", "HanoutTestSupport",
                // The kill test reads the file's integrity without Hanout's code.
                .product(name: "GRDB", package: "GRDB.swift"),
                // The help test walks the command tree.
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // So that `swift test` builds the program the tests run.
                "hanout",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
