import HanoutCSV

/// A small CSV file read strictly against the columns it must have, all at
/// once (the fixtures' files); a large one is read with `CSVRecords`.
struct CSVTable {
    struct Record {
        var line: Int
        var values: [String: String]

        /// The trimmed value of `column`, or nil when empty.
        func optional(_ column: String) -> String? {
            let value = (values[column] ?? "").trimmedOfWhitespace
            return value.isEmpty ? nil : value
        }
    }

    var records: [Record] = []
    var problems: [ImportProblem] = []

    /// Reads `bytes`; every column of `required` must be in the header, and
    /// only those of `required` and `optional`.
    init(bytes: [UInt8], file: String, required: [String], optional: [String] = []) {
        var lines = CSVRecords(
            CSVReader(bytes: bytes), file: file, required: required, optional: optional)
        problems = lines.headerProblems
        while let line = lines.next() {
            switch line {
            case .record(let record):
                records.append(
                    Record(
                        line: record.line,
                        values: Dictionary(
                            zip(lines.columns, record.fields), uniquingKeysWith: { a, _ in a })))
            case .problem(let problem):
                problems.append(problem)
            }
        }
    }
}
