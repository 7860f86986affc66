import HanoutCSV
import HanoutDomain

/// Reads occupants from CSV (the fixtures' file and `hanout import occupants`)
/// one line at a time, checking each line as it is read.
struct OccupantCSV: Sendable {
    static let required = ["kind", "name", "trades"]
    static let optional = [
        "id", "category", "cin", "nia", "phone", "commune", "registration", "members",
    ]

    /// One line read: its occupant, unless a problem keeps it from being one,
    /// and every problem found on it.
    struct Line: Sendable {
        var line: Int
        var occupant: Occupant?
        var problems: [ImportProblem] = []
    }

    private var records: CSVRecords
    // Column indices, looked up once instead of by name on every line.
    private let id, kind, name, trades, category, cin, nia, phone, commune: Int?
    private let registration, members: Int?

    /// What is wrong with the header; no line is read when there is something.
    var headerProblems: [ImportProblem] { records.headerProblems }

    init(_ csv: CSVReader, file: String) {
        records = CSVRecords(csv, file: file, required: Self.required, optional: Self.optional)
        id = records.column("id")
        kind = records.column("kind")
        name = records.column("name")
        trades = records.column("trades")
        category = records.column("category")
        cin = records.column("cin")
        nia = records.column("nia")
        phone = records.column("phone")
        commune = records.column("commune")
        registration = records.column("registration")
        members = records.column("members")
    }

    /// The occupants of the whole file with their lines, or every problem found.
    static func parse(bytes: [UInt8], file: String) -> (
        occupants: [(line: Int, occupant: Occupant)], problems: [ImportProblem]
    ) {
        var reader = OccupantCSV(CSVReader(bytes: bytes), file: file)
        var problems = reader.headerProblems
        var occupants: [(line: Int, occupant: Occupant)] = []
        while let line = reader.next() {
            problems += line.problems
            if let occupant = line.occupant { occupants.append((line.line, occupant)) }
        }
        return (occupants, problems)
    }

    /// The next line, nil at the end of the file (or after a malformed line).
    mutating func next() -> Line? {
        switch records.next() {
        case nil:
            return nil
        case .problem(let problem):
            return Line(line: problem.line ?? 0, occupant: nil, problems: [problem])
        case .record(let record):
            return read(record)
        }
    }

    private func read(_ record: CSVRecords.Record) -> Line {
        var result = Line(line: record.line)
        func problem(_ field: String, fr: String, en: String) {
            result.problems.append(
                ImportProblem(
                    file: records.file, line: record.line, field: field, fr: fr, en: en))
        }
        var idValue: Int64 = 0
        if let text = record.optional(id) {
            if let value = Int64(text), value > 0 {
                idValue = value
            } else {
                problem(
                    "id", fr: "« \(text) » n'est pas un entier positif",
                    en: "'\(text)' is not a positive integer")
            }
        }
        let kindText = record.optional(kind) ?? ""
        let kindValue = OccupantKind(rawValue: kindText)
        if kindValue == nil {
            problem(
                "kind", fr: "« \(kindText) » : attendu artisan, cooperative ou association",
                en: "'\(kindText)': expected artisan, cooperative or association")
        }
        let nameValue = record.optional(name) ?? ""
        if nameValue.isEmpty {
            problem("name", fr: "le nom est obligatoire", en: "the name is required")
        }
        let tradesText = record.optional(trades) ?? ""
        let tradeCodes = tradesText.split(separator: ";")
            .map(\.trimmedOfWhitespace).filter { !$0.isEmpty }
        // A line has a trade or two: comparing each with those before beats a Set.
        if tradeCodes.indices.contains(where: { tradeCodes[..<$0].contains(tradeCodes[$0]) }) {
            problem(
                "trades", fr: "un métier est répété dans « \(tradesText) »",
                en: "a trade is repeated in '\(tradesText)'")
        }
        if tradeCodes.isEmpty {
            problem(
                "trades", fr: "au moins un métier est obligatoire",
                en: "at least one trade is required")
        }
        var categoryValue: ArtisanCategory?
        if let text = record.optional(category) {
            categoryValue = ArtisanCategory(rawValue: text)
            if categoryValue == nil {
                problem(
                    "category", fr: "« \(text) » : attendu artisan ou master",
                    en: "'\(text)': expected artisan or master")
            }
        }
        var membersValue: Int?
        if let text = record.optional(members) {
            membersValue = Int(text)
            if membersValue.map({ $0 < 0 }) ?? true {
                problem(
                    "members", fr: "« \(text) » n'est pas un nombre de membres",
                    en: "'\(text)' is not a number of members")
            }
        }
        guard let kindValue, !nameValue.isEmpty, !tradeCodes.isEmpty else { return result }
        let occupant = Occupant(
            id: idValue, kind: kindValue, name: nameValue, category: categoryValue,
            trades: tradeCodes, cin: Occupant.keptCIN(record.optional(cin)),
            nia: record.optional(nia), phone: record.optional(phone),
            commune: record.optional(commune), registration: record.optional(registration),
            members: membersValue)
        let fieldProblems = OccupantFieldRule.problems(of: occupant)
        for (field, fieldProblem) in fieldProblems {
            problem(
                field.rawValue, fr: fieldProblem.message(in: .fr),
                en: fieldProblem.message(in: .en))
        }
        if fieldProblems.isEmpty { result.occupant = occupant }
        return result
    }
}
