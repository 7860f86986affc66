import Foundation

/// The lines of an import's file, read and checked on their own
/// (`OccupantCSV`), with their names and CINs folded, on a thread of their
/// own: the importing thread, which checks them against the database and
/// writes them, takes them as they come. Of a million-line import, reading
/// was a quarter of the time on the one thread; on a second core it costs
/// the writer nothing.
///
/// The reader runs at most `batches` batches of `batchSize` lines ahead
/// (`BoundedChannel`), so memory does not grow with the file. When the
/// importer stops early (an error of the database), letting go of this
/// stops the reader at its next batch.
final class ImportLines {
    /// One line read, with its occupant's name and CIN folded (`TextKey.fold`).
    struct Line: Sendable {
        var read: OccupantCSV.Line
        var nameKey = ""
        var cinKey: String?
    }

    static let batchSize = 512
    static let batches = 8

    private let channel = BoundedChannel<[Line]>(capacity: batches)
    private var batch: [Line] = []
    private var position = 0

    /// Starts reading `lines`, past their header.
    init(_ lines: OccupantCSV) {
        let channel = self.channel
        let reader = Thread {
            var lines = lines
            var folder = TextFolder()
            var batch: [Line] = []
            batch.reserveCapacity(Self.batchSize)
            while let read = lines.next() {
                var line = Line(read: read)
                if let occupant = read.occupant {
                    line.nameKey = folder.fold(occupant.name)
                    line.cinKey = occupant.cin.map { folder.fold($0) }
                }
                batch.append(line)
                if batch.count == Self.batchSize {
                    guard channel.send(batch) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { channel.send(batch) }
            channel.close()
        }
        reader.name = "hanout import reader"
        reader.start()
    }

    deinit {
        channel.close()
    }

    /// The next line of the file, nil after the last (or after a malformed
    /// line, past which nothing can be read).
    func next() -> Line? {
        while position == batch.count {
            guard let next = channel.receive() else { return nil }
            batch = next
            position = 0
        }
        position += 1
        return batch[position - 1]
    }
}
