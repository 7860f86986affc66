import Foundation
import HanoutCSV

/// A CSV file read strictly against the columns it must have, one record at
/// a time: a million-line import never holds its records all at once.
struct CSVRecords: Sendable {
    /// One data line, with its fields in the header's order.
    struct Record: Sendable {
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
    enum Line: Sendable {
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
            headerProblems = [Self.problem(error, file: file, columns: [])]
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
        // A repeated column would leave one of its values unread.
        for (index, column) in columns.enumerated() where columns[..<index].contains(column) {
            headerProblems.append(
                ImportProblem(
                    file: file, line: 1, field: column, fr: "colonne répétée dans l'en-tête",
                    en: "column repeated in the header"))
        }
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
                return .problem(Self.problem(error, file: file, columns: columns))
            }
            guard let row else {
                finished = true
                return nil
            }
            if row.fields == [""] { continue }  // a blank line
            guard row.fields.count == columns.count else {
                // Named where the line goes wrong: its first missing column, or
                // the first one too many.
                let field =
                    row.fields.count < columns.count
                    ? columns[row.fields.count] : Self.columnName(columns.count, columns: columns)
                return .problem(
                    ImportProblem(
                        file: file, line: row.line, field: field,
                        fr: "\(row.fields.count) champs au lieu de \(columns.count)",
                        en: "\(row.fields.count) fields instead of \(columns.count)"))
            }
            return .record(Record(line: row.line, fields: row.fields))
        }
    }

    /// The problem of a malformed line, at the column where it was found.
    static func problem(_ error: CSVError, file: String, columns: [String]) -> ImportProblem {
        let (fr, en): (String, String) =
            switch error.problem {
            case .unterminatedQuote: ("guillemet jamais refermé", "quote never closed")
            case .textAfterClosingQuote:
                ("texte après un guillemet fermant", "text after a closing quote")
            case .quoteInBareField:
                (
                    "guillemet dans un champ qui n'est pas entre guillemets (écrire le champ entre guillemets et doubler le guillemet)",
                    "quote inside a field that is not quoted (quote the field and double the quote)"
                )
            case .notUTF8:
                (
                    "texte qui n'est pas en UTF-8 (enregistrer le fichier en « CSV UTF-8 »)",
                    "text that is not UTF-8 (save the file as \"CSV UTF-8\")"
                )
            case .nulByte: ("octet NUL dans le champ", "NUL byte in the field")
            case .fieldTooLong:
                (
                    "champ de plus de \(CSVReader.maximumFieldBytes) octets",
                    "field longer than \(CSVReader.maximumFieldBytes) bytes"
                )
            case .unreadable(let code):
                (
                    "lecture du fichier impossible (\(String(cString: strerror(code))))",
                    "cannot read the file (\(String(cString: strerror(code))))"
                )
            }
        if case .unreadable = error.problem {
            return ImportProblem(file: file, line: error.line, fr: fr, en: en)
        }
        return ImportProblem(
            file: file, line: error.line, field: columnName(error.field, columns: columns),
            fr: fr, en: en)
    }

    /// The header's name of the column at `index`, or its number past the header.
    private static func columnName(_ index: Int, columns: [String]) -> String {
        index < columns.count ? columns[index] : "column \(index + 1)"
    }
}
