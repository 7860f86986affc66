import Benchmark
import Foundation

/// Ends this benchmark's process with a message and a failing status.
///
/// package-benchmark 1.38.1 prints a benchmark's `error(_:)`, or a setup that
/// threw, yet exits 0; only a benchmark process that exits non-zero makes
/// `swift package benchmark` fail, which the smoke test in CI needs.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("hanout benchmark failed: \(message)\n".utf8))
    exit(1)
}

/// Runs a benchmark's setup; a failure ends the process (see `fail`).
func prepare<Value>(_ body: () async throws -> Value) async -> Value {
    do {
        return try await body()
    } catch {
        fail("setup: \(error)")
    }
}
