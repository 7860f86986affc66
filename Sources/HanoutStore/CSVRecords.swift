import Foundation
import HanoutCSV

/// A CSV file read strictly against the columns it must have, one record at
/// a time: a million-line import never holds its records all at once.
struct CSVRecords {
    /// One data line, with its fields in the header's order.
    struct Record {
        var line: Int
        var fields: [String]

        /// The trimmed value at `column` (an index from `CSVRecords.column`),
        /// or nil when the value is empty or the column absent.
        func optional(_ column: Int?) -> String? {
            guard let column else { return nil }
            let value = fields[column].trimmedOfWhitespace
            return value.isEmpty ? nil : value
        }
    }

    /// What `next()` gives for one line: its record, or what is wrong with it.
    enum Line {
        case record(Record)
        case problem(ImportProblem)
    }

    let file: String
    /// The header's columns, trimmed.
    private(set) var columns: [String] = []
    /// What is wrong with the header; no record is read when there is something.
    private(set) var headerProblems: [ImportProblem] = []
    private var reader: CSVReader.Iterator
    private var finished = false

    /// Reads the header of `csv`; every column of `required` must be in it,
    /// and only those of `required` and `optional`.
    init(_ csv: CSVReader, file: String, required: [String], optional: [String] = []) {
        self.file = file
        reader = csv.makeIterator()
        let header: CSVReader.Record?
        do {
            header = try reader.nextRecord()
        } catch {
            headerProblems = [Self.problem(error, file: file)]
            return
        }
        guard let header else {
            headerProblems.append(
                ImportProblem(
                    file: file, line: 1, fr: "fichier vide : il faut une ligne d'en-tête",
                    en: "empty file: a header row is needed"))
            return
        }
        columns = header.fields.map(\.trimmedOfWhitespace)
        for column in required where !columns.contains(column) {
            headerProblems.append(
                ImportProblem(
                    file: file, line: 1, field: column, fr: "colonne obligatoire absente",
                    en: "required column missing"))
        }
        let expected = (required + optional).joined(separator: ", ")
        for column in columns where !required.contains(column) && !optional.contains(column) {
            headerProblems.append(
                ImportProblem(
                    file: file, line: 1, field: column,
                    fr: "colonne inconnue (attendues : \(expected))",
                    en: "unknown column (expected: \(expected))"))
        }
    }

    /// The index of `name` among the columns (the first if repeated).
    func column(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// The next record or the problem of the next line; nil at the end, after
    /// a header problem, or after a malformed line (the rest cannot be read).
    mutating func next() -> Line? {
        guard !finished, headerProblems.isEmpty else { return nil }
        while true {
            let row: CSVReader.Record?
            do {
                row = try reader.nextRecord()
            } catch {
                finished = true
                return .problem(Self.problem(error, file: file))
            }
            guard let row else {
                finished = true
                return nil
            }
            if row.fields == [""] { continue }  // a blank line
            guard row.fields.count == columns.count else {
                return .problem(
                    ImportProblem(
                        file: file, line: row.line,
                        fr: "\(row.fields.count) champs au lieu de \(columns.count)",
                        en: "\(row.fields.count) fields instead of \(columns.count)"))
            }
            return .record(Record(line: row.line, fields: row.fields))
        }
    }

    static func problem(_ error: CSVError, file: String) -> ImportProblem {
        let (fr, en): (String, String)
        switch error.problem {
        case .unterminatedQuote:
            (fr, en) = ("guillemet jamais refermé", "quote never closed")
        case .textAfterClosingQuote:
            (fr, en) = ("texte après un guillemet fermant", "text after a closing quote")
        case .unreadable(let code):
            let reason = String(cString: strerror(code))
            (fr, en) = (
                "lecture du fichier impossible (\(reason))", "cannot read the file (\(reason))"
            )
        }
        return ImportProblem(file: file, line: error.line, fr: fr, en: en)
    }
}
