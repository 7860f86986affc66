import Foundation
import HanoutDomain

/// The lines of an occupants file, read, checked and folded on a second
/// thread while the caller writes the lines before them: reading a million
/// lines takes a few seconds, as long as a good part of writing them, and
/// the machine has two cores.
final class OccupantLinePipe: @unchecked Sendable {
    /// A line read, with its name and CIN folded (`TextKey.fold`).
    struct Line: Sendable {
        var read: OccupantCSV.Line
        var nameKey: String
        var cinKey: String?
    }

    /// What is wrong with the header; no line is read when there is something.
    let headerProblems: [ImportProblem]
    private let linesPerChunk = 4096
    /// Chunks read ahead at most: enough to keep both threads busy, and the
    /// memory of a few thousand lines, not of the whole file.
    private let chunksAhead = 8
    // Shared by both threads, under `condition`.
    private let condition = NSCondition()
    private var chunks: [[Line]] = []
    private var finished = false
    private var cancelled = false

    init(bytes: [UInt8], file: String) {
        let reader = OccupantCSV(bytes: bytes, file: file)
        headerProblems = reader.headerProblems
        guard headerProblems.isEmpty else {
            finished = true
            return
        }
        Thread.detachNewThread { [self] in read(reader) }
    }

    /// The next lines in file order; nil after the last. Waits for the reader.
    func next() -> [Line]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        condition.broadcast()
        return chunks.removeFirst()
    }

    /// Stops the reader: the caller wants no more lines.
    func cancel() {
        condition.lock()
        cancelled = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func read(_ reader: OccupantCSV) {
        var reader = reader
        var folder = TextFolder()
        var chunk: [Line] = []
        chunk.reserveCapacity(linesPerChunk)
        while let read = reader.next() {
            let nameKey = read.occupant.map { folder.fold($0.name) } ?? ""
            let cinKey = read.occupant?.cin.map { folder.fold($0) }
            chunk.append(Line(read: read, nameKey: nameKey, cinKey: cinKey))
            if chunk.count == linesPerChunk {
                guard hand(chunk) else { return }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { _ = hand(chunk) }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues `chunk`, waiting while enough are ahead; false if cancelled.
    private func hand(_ chunk: [Line]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= chunksAhead && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }
}
