import Foundation

/// The runs of a word writer's temporary file (`WordRunFile`) merged in the
/// index's order on a thread of their own, handed over as rows ready to
/// insert (`BatchRows`, a statement's worth at a time): the writing thread
/// only binds them and runs SQLite. Of a million-occupant import, merging
/// was a third of the time spent writing the index; on the second core,
/// idle once the file is read, it costs the writer nothing.
final class WordRunMerge {
    private let channel: BoundedChannel<Result<BatchRows, any Error>>
    private let finished = DispatchSemaphore(value: 0)

    /// Starts merging `runs` of the file open as `descriptor`, in batches
    /// of `rowsPerBatch` rows; the file must stay open until `close`.
    init(descriptor: Int32, runs: [Range<Int64>], rowsPerBatch: Int) {
        let channel = BoundedChannel<Result<BatchRows, any Error>>(capacity: 8)
        self.channel = channel
        let finished = self.finished
        let merger = Thread {
            defer { finished.signal() }
            do {
                let readers = try runs.map { try WordRunReader(descriptor: descriptor, run: $0) }
                var heap = MergeHeap(readers.filter { !$0.isDone }) { $0.precedes($1) }
                var batch = BatchRows()
                var rows = 0
                while let reader = heap.top {
                    reader.word.withUnsafeBufferPointer { batch.append(utf8: $0) }
                    reader.nameKey.withUnsafeBufferPointer { batch.append(utf8: $0) }
                    batch.append(reader.id)
                    if reader.hasCINKey {
                        reader.cinKey.withUnsafeBufferPointer { batch.append(utf8: $0) }
                    } else {
                        batch.appendNull()
                    }
                    rows += 1
                    if rows == rowsPerBatch {
                        guard channel.send(.success(batch)) else { return }
                        batch = BatchRows()
                        rows = 0
                    }
                    try reader.step()
                    if reader.isDone { heap.removeTop() } else { heap.topChanged() }
                }
                if rows > 0 { channel.send(.success(batch)) }
            } catch {
                channel.send(.failure(error))
            }
            channel.close()
        }
        merger.name = "hanout word merge"
        merger.start()
    }

    /// The next rows in the index's order; nil after the last.
    func next() throws -> BatchRows? {
        try channel.receive()?.get()
    }

    /// Stops the merge if it is not done, and waits for its thread to let
    /// go of the file.
    func close() {
        channel.close()
        finished.wait()
    }
}
