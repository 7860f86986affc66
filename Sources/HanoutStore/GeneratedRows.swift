import GRDB
import HanoutDomain

/// The rows of a generated region, written with reused statements.
enum GeneratedRows {
    static let communes = [
        "Tiznit", "Aouartas", "Tafraout", "Ameln", "Anzi", "Sidi Bou Abdelli", "Mirleft",
        "Reggada", "Tighmi", "Arbaa Sahel", "Ouijjane", "Bounaamane", "Aglou", "Lakhsas",
        "Taroudant", "Agadir", "Guelmim", "Essaouira", "Ouarzazate", "Errachidia",
    ]
    static let kinds: [ZoneKind] = [.artisanZone, .market, .exhibitionSpace, .complex, .centre]
    static let givenNames = [
        "Lahcen", "Brahim", "Mbark", "Hassane", "Fatima", "Aicha", "Itto", "Ijja", "Mohamed",
        "Ahmed", "Abdellah", "Khadija", "Zahra", "Said", "Omar", "Youssef", "Rachid", "Naima",
        "Hafsa", "Tagadirt", "Lhoussaine", "Mustapha", "Malika", "Latifa", "Hamid", "Ali",
        "Driss", "Souad", "Touda", "Yamna", "فاطمة", "إبراهيم", "لحسن", "ⵉⵟⵜⵓ", "ⵎⴱⴰⵔⴽ",
    ]
    static let familyNames = [
        "Aït Ali", "Aït Baha", "Aït Lahcen", "Id-Bourrous", "Oubella", "Amzil", "Bouzid",
        "Azenkad", "Agouram", "Elhaddad", "Ennajjar", "Oulhaj", "Id Ouaarab", "Ou-Brahim",
        "Amalou", "Boutaleb", "Azdoud", "Bahadou", "Erraji", "Aznag", "Oukhouya", "Belfakir",
        "Ait Taleb", "Idsalah", "Assaoui", "Tigmi", "Akhiat", "Oubaha", "أيت علي", "أمزيل",
        "ⴰⵢⵜ ⵎⴰⵙⵙ",
    ]

    static func insertTrades(_ db: Database, _ trades: [Trade]) throws {
        let statement = try db.makeStatement(
            sql:
                "INSERT INTO trade (code, name_fr, name_en, branch_fr, branch_en, family) VALUES (?,?,?,?,?,?)"
        )
        for trade in trades {
            try statement.execute(arguments: [
                trade.code, trade.nameFr, trade.nameEn, trade.branchFr, trade.branchEn,
                trade.family.rawValue,
            ])
        }
    }

    /// Writes zones and units; gives each unit's allowed trades (index = unit id - 1).
    static func insertZonesAndUnits(
        _ db: Database, _ generator: RegionGenerator, tradeCodes: [String],
        random: inout SplitMix64
    ) throws -> [[String]] {
        let zoneStatement = try db.makeStatement(
            sql: """
                INSERT INTO zone (code, name, name_key, commune, kind, area_m2, figures, note,
                                  max_units_per_occupant)
                VALUES (?, ?, ?, ?, ?, ?, 'illustrative', 'generated', 1)
                """)
        let unitStatement = try db.makeStatement(
            sql:
                "INSERT INTO unit (id, code, zone_code, number, area_m2, row, col, condition) VALUES (?,?,?,?,?,?,?,?)"
        )
        let tradeStatement = try db.makeStatement(
            sql: "INSERT INTO unit_trade (unit_id, trade_code) VALUES (?, ?)")
        var unitTrades: [[String]] = []
        unitTrades.reserveCapacity(generator.units)
        var unitID: Int64 = 0
        for zoneIndex in 0..<generator.zones {
            let code = "G" + String(zoneIndex + 1).leftPadded(to: 4)
            let commune = communes[zoneIndex % communes.count]
            let kind = kinds[zoneIndex % kinds.count]
            let name = "\(kind.name(in: .fr).capitalizedFirst) n° \(zoneIndex + 1) de \(commune)"
            let count =
                generator.units / generator.zones
                + (zoneIndex < generator.units % generator.zones ? 1 : 0)
            try zoneStatement.execute(arguments: [
                code, name, TextKey.fold(name), commune, kind.rawValue, Double(count * 40),
            ])
            let columns = max(1, min(8, Int(Double(count).squareRoot().rounded(.up))))
            for number in 1...max(1, count) where count > 0 {
                unitID += 1
                let condition: String
                switch random.next() % 100 {
                case 0..<3: condition = "works"
                case 3..<6: condition = "reserved"
                default: condition = "available"
                }
                try unitStatement.execute(arguments: [
                    unitID, HanoutDomain.Unit.code(zone: code, number: number), code, number,
                    Double(20 + random.next() % 40), (number - 1) / columns + 1,
                    (number - 1) % columns + 1, condition,
                ])
                let first = tradeCodes[Int(random.next() % UInt64(tradeCodes.count))]
                var allowed = [first]
                if random.next() % 3 == 0 {
                    let second = tradeCodes[Int(random.next() % UInt64(tradeCodes.count))]
                    if second != first { allowed.append(second) }
                }
                for trade in allowed { try tradeStatement.execute(arguments: [unitID, trade]) }
                unitTrades.append(allowed)
            }
        }
        return unitTrades
    }

    /// Occupant `o` belongs to unit `o % units` and exercises a trade it allows.
    static func insertOccupants(
        _ db: Database, _ generator: RegionGenerator, unitTrades: [[String]], tradeCodes: [String],
        random: inout SplitMix64
    ) throws {
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO occupant (id, kind, name, name_key, category, cin, nia, phone, commune,
                                      registration, members)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let tradeStatement = try db.makeStatement(
            sql: "INSERT INTO occupant_trade (occupant_id, trade_code, rank) VALUES (?, ?, ?)")
        for index in 0..<generator.occupants {
            let id = Int64(index + 1)
            let cooperative = random.next() % 20 == 0
            let given = givenNames[Int(random.next() % UInt64(givenNames.count))]
            let family = familyNames[Int(random.next() % UInt64(familyNames.count))]
            let name = cooperative ? "Coopérative \(family)" : "\(given) \(family)"
            let number = String(index + 1).leftPadded(to: 7)
            let cinValue = cooperative ? nil : "JE\(number)"
            try statement.execute(arguments: [
                id, cooperative ? "cooperative" : "artisan", name, TextKey.fold(name),
                cooperative ? nil : (random.next() % 7 == 0 ? "master" : "artisan"),
                cinValue, cooperative ? nil : "NIA-\(number)",
                cooperative ? nil : "06\(String(random.next() % 100_000_000).leftPadded(to: 8))",
                communes[Int(random.next() % UInt64(communes.count))],
                cooperative ? "ODCO-\(number)" : nil,
                cooperative ? Int(7 + random.next() % 50) : nil,
            ])
            try OccupantWords.insert(db, id: id, name: name, cin: cinValue)
            let main = unitTrades[index % unitTrades.count][0]
            try tradeStatement.execute(arguments: [id, main, 0])
            if random.next() % 4 == 0 {
                let other = tradeCodes[Int(random.next() % UInt64(tradeCodes.count))]
                if other != main { try tradeStatement.execute(arguments: [id, other, 1]) }
            }
        }
    }

    /// Each unit's allocations follow one another; gives the range of their ids.
    static func insertAllocations(
        _ db: Database, _ generator: RegionGenerator, unitTrades: [[String]], clerk: String,
        time: String, random: inout SplitMix64
    ) throws -> ClosedRange<Int64>? {
        guard generator.allocations > 0 else { return nil }
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO allocation (id, unit_id, occupant_id, trade_code, start_day, end_day,
                    decision, recorded_by, recorded_at, ended_kind, ended_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let units = unitTrades.count
        let conditions = try String.fetchAll(db, sql: "SELECT condition FROM unit ORDER BY id")
        var id: Int64 = 0
        let epoch = Day(year: 1995, month: 1, day: 1) ?? generator.today
        for unit in 0..<units {
            let count =
                generator.allocations / units + (unit < generator.allocations % units ? 1 : 0)
            guard count > 0 else { continue }
            let owned = (generator.occupants - unit + units - 1) / units
            // Spread the periods over the years up to today.
            let span = max(count, generator.today.daysSinceEpoch - epoch.daysSinceEpoch)
            let step = max(1, span / count)
            var start = epoch.adding(days: Int(random.next() % UInt64(step)))
            for period in 0..<count {
                id += 1
                let occupant = Int64(unit + units * (period % max(1, owned)) + 1)
                let isLast = period == count - 1
                let length = max(1, step - Int(random.next() % UInt64(max(1, step / 4))))
                var end: Day? = start.adding(days: length)
                var ended: String? = "released"
                if isLast && conditions[unit] == "available" && random.next() % 10 < 7 {
                    end = nil
                    ended = nil
                }
                if let last = end, last > generator.today, conditions[unit] != "available" {
                    // A unit under works or reserved is not occupied today.
                    end = max(start, generator.today)
                }
                try statement.execute(arguments: [
                    id, Int64(unit + 1), occupant, unitTrades[unit][0], start.iso, end?.iso,
                    "DEC-\(id)", clerk, time, end == nil ? nil : ended,
                    end == nil || ended == nil ? nil : "fin de convention",
                ])
                guard let next = end else { break }
                start = next.adding(days: Int(random.next() % 30))
            }
        }
        return 1...max(1, id)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
