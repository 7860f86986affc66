import HanoutCSV

/// A CSV file read strictly against the columns it must have.
struct CSVTable {
    struct Record {
        var line: Int
        var values: [String: String]

        /// The trimmed value of `column`, or nil when empty.
        func optional(_ column: String) -> String? {
            let value = (values[column] ?? "").trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
    }

    var records: [Record] = []
    var problems: [ImportProblem] = []

    /// Reads `bytes`; every column of `required` must be in the header, and
    /// only those of `required` and `optional`.
    init(bytes: [UInt8], file: String, required: [String], optional: [String] = []) {
        let rows: [CSVReader.Record]
        do {
            rows = try CSVReader(bytes: bytes).records()
        } catch {
            let (fr, en) =
                error.problem == .unterminatedQuote
                ? ("guillemet jamais refermé", "quote never closed")
                : ("texte après un guillemet fermant", "text after a closing quote")
            problems.append(ImportProblem(file: file, line: error.line, fr: fr, en: en))
            return
        }
        guard let header = rows.first else {
            problems.append(
                ImportProblem(
                    file: file, line: 1, fr: "fichier vide : il faut une ligne d'en-tête",
                    en: "empty file: a header row is needed"))
            return
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for column in required where !columns.contains(column) {
            problems.append(
                ImportProblem(
                    file: file, line: 1, field: column, fr: "colonne obligatoire absente",
                    en: "required column missing"))
        }
        for column in columns where !required.contains(column) && !optional.contains(column) {
            problems.append(
                ImportProblem(
                    file: file, line: 1, field: column,
                    fr:
                        "colonne inconnue (attendues : \((required + optional).joined(separator: ", ")))",
                    en:
                        "unknown column (expected: \((required + optional).joined(separator: ", ")))"
                ))
        }
        guard problems.isEmpty else { return }
        for row in rows.dropFirst() {
            if row.fields == [""] { continue }  // a blank line
            guard row.fields.count == columns.count else {
                problems.append(
                    ImportProblem(
                        file: file, line: row.line,
                        fr: "\(row.fields.count) champs au lieu de \(columns.count)",
                        en: "\(row.fields.count) fields instead of \(columns.count)"))
                continue
            }
            records.append(
                Record(
                    line: row.line,
                    values: Dictionary(zip(columns, row.fields), uniquingKeysWith: { a, _ in a })))
        }
    }
}
