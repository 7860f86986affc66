import Testing

@testable import HanoutStore

/// The merge of a word writer's runs, on its thread: every row comes, a
/// statement's worth at a time, and a writer that stops early (an error of
/// the database) stops the merge without waiting for its end.
@Suite struct WordRunMergeTests {
    /// A file of `runs` sorted runs of `rows` rows each.
    func file(runs: Int, rows: Int) throws -> WordRunFile {
        let file = try WordRunFile()
        for run in 0..<runs {
            for row in 0..<rows {
                try file.append(
                    word: "w\(row / 10)", nameKey: "n\(row)", id: Int64(run * rows + row),
                    cinKey: row.isMultiple(of: 2) ? nil : "c")
            }
            try file.endRun()
        }
        return file
    }

    @Test func everyRowComesInBatchesOfTheSizeAsked() throws {
        let file = try file(runs: 3, rows: 1_000)
        let merge = WordRunMerge(descriptor: file.descriptor, runs: file.runs, rowsPerBatch: 200)
        defer { withExtendedLifetime(file) { merge.close() } }
        var batches: [Int] = []
        while let rows = try merge.next() { batches.append(rows.count / 4) }
        #expect(batches == Array(repeating: 200, count: 15))
    }

    @Test func closingBeforeTheEndStopsTheMerge() throws {
        let file = try file(runs: 4, rows: 20_000)
        let merge = WordRunMerge(descriptor: file.descriptor, runs: file.runs, rowsPerBatch: 10)
        #expect(try merge.next()?.count == 40)
        // The merge waits on a full channel: closing lets it go, then returns.
        withExtendedLifetime(file) { merge.close() }
    }
}
