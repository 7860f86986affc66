import GRDB

extension OccupantSearch {
    /// A frequent driving word: the rows of the index words it starts, each
    /// already in list order, merged as they are read.
    ///
    /// The streams sit in a heap by their current row (`MergeHeap`), so a row
    /// read costs O(log n) comparisons for n words, where finding the
    /// smallest head by a scan cost n: a short prefix starts hundreds of
    /// words.
    ///
    /// The occupants whose CIN the driving word starts, when some do, come
    /// as one more stream: `cins`, a statement over the bounds of `prefix`.
    func merge(
        _ db: Database, words: [String], cins: String?, prefix: String, others: [String],
        _ window: SearchWindow
    ) throws -> (ids: [Int64], count: ResultCount?) {
        var window = window
        var streams = try words.map { word in
            var arguments: StatementArguments = ["word": word]
            _ = arguments.append(contentsOf: tradeArgument)
            // A statement of its own per word: the streams are read side by side.
            let statement = try db.makeStatement(sql: entrySQL("w.word = :word"))
            statement.arguments = arguments
            return try WordStream(statement)
        }
        if let cins {
            var arguments = Self.bounds(prefix)
            _ = arguments.append(contentsOf: tradeArgument)
            let statement = try db.makeStatement(sql: cins)
            statement.arguments = arguments
            streams.append(try WordStream(statement))
        }
        var heap = MergeHeap(streams.filter { !$0.isDone }) { $0.precedes($1) }
        var previous: Int64?
        while let stream = heap.top {
            let id = stream.id
            // An occupant with two matching words comes twice, one after the
            // other: the second stream's row is then the smallest.
            let isNew = id != previous
            previous = id
            let isMatch = isNew && stream.matches(others)
            try stream.step()
            if stream.isDone { heap.removeTop() } else { heap.topChanged() }
            if let result = window.take(id, isMatch: isMatch) { return result }
        }
        return window.whole
    }
}
