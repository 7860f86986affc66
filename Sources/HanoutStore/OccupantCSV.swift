import HanoutDomain

/// Reads occupants from CSV (the fixtures' file and `hanout import occupants`).
enum OccupantCSV {
    static let required = ["kind", "name", "trades"]
    static let optional = [
        "id", "category", "cin", "nia", "phone", "commune", "registration", "members",
    ]

    /// The occupants of the file with their lines, or every problem found.
    static func parse(bytes: [UInt8], file: String) -> (
        occupants: [(line: Int, occupant: Occupant)], problems: [ImportProblem]
    ) {
        let table = CSVTable(bytes: bytes, file: file, required: required, optional: optional)
        var problems = table.problems
        var occupants: [(Int, Occupant)] = []
        for record in table.records {
            func problem(_ field: String, fr: String, en: String) {
                problems.append(
                    ImportProblem(file: file, line: record.line, field: field, fr: fr, en: en))
            }
            var id: Int64 = 0
            if let text = record.optional("id") {
                if let value = Int64(text), value > 0 {
                    id = value
                } else {
                    problem(
                        "id", fr: "« \(text) » n'est pas un entier positif",
                        en: "'\(text)' is not a positive integer")
                }
            }
            let kindText = record.optional("kind") ?? ""
            let kind = OccupantKind(rawValue: kindText)
            if kind == nil {
                problem(
                    "kind", fr: "« \(kindText) » : attendu artisan, cooperative ou association",
                    en: "'\(kindText)': expected artisan, cooperative or association")
            }
            let name = record.optional("name") ?? ""
            if name.isEmpty {
                problem("name", fr: "le nom est obligatoire", en: "the name is required")
            }
            let trades = (record.optional("trades") ?? "").split(separator: ";")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if Set(trades).count != trades.count {
                problem(
                    "trades",
                    fr: "un métier est répété dans « \(record.optional("trades") ?? "") »",
                    en: "a trade is repeated in '\(record.optional("trades") ?? "")'")
            }
            if trades.isEmpty {
                problem(
                    "trades", fr: "au moins un métier est obligatoire",
                    en: "at least one trade is required")
            }
            var category: ArtisanCategory?
            if let text = record.optional("category") {
                category = ArtisanCategory(rawValue: text)
                if category == nil {
                    problem(
                        "category", fr: "« \(text) » : attendu artisan ou master",
                        en: "'\(text)': expected artisan or master")
                }
            }
            var members: Int?
            if let text = record.optional("members") {
                members = Int(text)
                if members.map({ $0 < 0 }) ?? true {
                    problem(
                        "members", fr: "« \(text) » n'est pas un nombre de membres",
                        en: "'\(text)' is not a number of members")
                }
            }
            guard let kind, !name.isEmpty, !trades.isEmpty else { continue }
            occupants.append(
                (
                    record.line,
                    Occupant(
                        id: id, kind: kind, name: name, category: category, trades: trades,
                        cin: record.optional("cin"), nia: record.optional("nia"),
                        phone: record.optional("phone"), commune: record.optional("commune"),
                        registration: record.optional("registration"), members: members)
                ))
        }
        return (occupants, problems)
    }
}
