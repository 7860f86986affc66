// swift-tools-version: 6.1
import PackageDescription

// The benchmarks of Hanout, apart from the program so that its build and tests
// do not depend on package-benchmark. Run from this folder:
//
//     swift package --allow-writing-to-package-directory benchmark
//
// with HANOUT_BENCH_DB=/path/to/national.sqlite for the real figures; without
// it, a small region is generated once into the temporary folder (smoke test).
let package = Package(
    name: "HanoutBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Hanout", path: ".."),
        // The waiting list benchmarks write their bulk rows in SQL (see WaitingListCopy).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(
            url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
            traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "HanoutBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "HanoutKit", package: "Hanout"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // Not linked: built beside the benchmarks so that the whole-process
                // ones run the very program of this checkout.
                .product(name: "hanout", package: "Hanout"),
            ],
            path: "Benchmarks/HanoutBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
