import GRDB
import HanoutDomain

/// The rows of a generated region, written many per statement (`BatchInsert`).
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
        var rows = BatchInsert(
            into: "trade",
            columns: ["code", "name_fr", "name_en", "branch_fr", "branch_en", "family"])
        for trade in trades {
            rows.append(trade.code)
            rows.append(trade.nameFr)
            rows.append(trade.nameEn)
            rows.append(trade.branchFr)
            rows.append(trade.branchEn)
            rows.append(trade.family.rawValue)
        }
        try rows.flush(db)
    }

    /// Writes zones and units; gives each unit's allowed trades and condition
    /// (index = unit id - 1).
    static func insertZonesAndUnits(
        _ db: Database, _ generator: RegionGenerator, tradeCodes: [String],
        random: inout SplitMix64
    ) throws -> (trades: [[String]], conditions: [String]) {
        var zones = BatchInsert(
            into: "zone",
            columns: [
                "code", "name", "name_key", "commune", "kind", "area_m2", "figures", "note",
                "max_units_per_occupant",
            ])
        var units = BatchInsert(
            into: "unit",
            columns: ["id", "code", "zone_code", "number", "area_m2", "row", "col", "condition"])
        var unitTradeRows = BatchInsert(into: "unit_trade", columns: ["unit_id", "trade_code"])
        var unitTrades: [[String]] = []
        unitTrades.reserveCapacity(generator.units)
        var conditions: [String] = []
        conditions.reserveCapacity(generator.units)
        var unitID: Int64 = 0
        for zoneIndex in 0..<generator.zones {
            let code = "G" + String(zoneIndex + 1).leftPadded(to: 4)
            let commune = communes[zoneIndex % communes.count]
            let kind = kinds[zoneIndex % kinds.count]
            let name = "\(kind.name(in: .fr).capitalizedFirst) n° \(zoneIndex + 1) de \(commune)"
            let count =
                generator.units / generator.zones
                + (zoneIndex < generator.units % generator.zones ? 1 : 0)
            zones.append(code)
            zones.append(name)
            zones.append(TextKey.fold(name))
            zones.append(commune)
            zones.append(kind.rawValue)
            zones.append(Double(count * 40))
            zones.append("illustrative")
            zones.append("generated")
            zones.append(1)
            try zones.flushIfFull(db)
            let columns = max(1, min(8, Int(Double(count).squareRoot().rounded(.up))))
            for number in 1...max(1, count) where count > 0 {
                unitID += 1
                let condition: String
                switch random.next() % 100 {
                case 0..<3: condition = "works"
                case 3..<6: condition = "reserved"
                default: condition = "available"
                }
                units.append(unitID)
                units.append(HanoutDomain.Unit.code(zone: code, number: number))
                units.append(code)
                units.append(number)
                units.append(Double(20 + random.next() % 40))
                units.append((number - 1) / columns + 1)
                units.append((number - 1) % columns + 1)
                units.append(condition)
                try units.flushIfFull(db)
                let first = tradeCodes[Int(random.next() % UInt64(tradeCodes.count))]
                var allowed = [first]
                if random.next() % 3 == 0 {
                    let second = tradeCodes[Int(random.next() % UInt64(tradeCodes.count))]
                    if second != first { allowed.append(second) }
                }
                for trade in allowed {
                    unitTradeRows.append(unitID)
                    unitTradeRows.append(trade)
                }
                try unitTradeRows.flushIfFull(db)
                unitTrades.append(allowed)
                conditions.append(condition)
            }
        }
        try zones.flush(db)
        try units.flush(db)
        try unitTradeRows.flush(db)
        return (unitTrades, conditions)
    }

    /// Occupant `o` belongs to unit `o % units` and exercises a trade it allows.
    static func insertOccupants(
        _ db: Database, _ generator: RegionGenerator, unitTrades: [[String]], tradeCodes: [String],
        random: inout SplitMix64
    ) throws {
        var writer = OccupantBulkWriter()
        var folder = TextFolder()
        for index in 0..<generator.occupants {
            let id = Int64(index + 1)
            let cooperative = random.next() % 20 == 0
            let given = givenNames[Int(random.next() % UInt64(givenNames.count))]
            let family = familyNames[Int(random.next() % UInt64(familyNames.count))]
            let name = cooperative ? "Coopérative \(family)" : "\(given) \(family)"
            let number = String(index + 1).leftPadded(to: 7)
            // The draws are made in the order they always were: same seed, same region.
            let category: ArtisanCategory? =
                cooperative ? nil : (random.next() % 7 == 0 ? .master : .artisan)
            let phone =
                cooperative ? nil : "06\(String(random.next() % 100_000_000).leftPadded(to: 8))"
            let commune = communes[Int(random.next() % UInt64(communes.count))]
            let members = cooperative ? Int(7 + random.next() % 50) : nil
            let main = unitTrades[index % unitTrades.count][0]
            var trades = [main]
            if random.next() % 4 == 0 {
                let other = tradeCodes[Int(random.next() % UInt64(tradeCodes.count))]
                if other != main { trades.append(other) }
            }
            let occupant = Occupant(
                id: id, kind: cooperative ? .cooperative : .artisan, name: name,
                category: category, trades: trades, cin: cooperative ? nil : "JE\(number)",
                nia: cooperative ? nil : "NIA-\(number)", phone: phone, commune: commune,
                registration: cooperative ? "ODCO-\(number)" : nil, members: members)
            try writer.insert(
                db, occupant, nameKey: folder.fold(name),
                cinKey: occupant.cin.map { folder.fold($0) })
        }
        try writer.finish(db)
    }

    /// Each unit's allocations follow one another; gives the range of their ids.
    ///
    /// A unit's next period starts on or after the day the previous one ends
    /// (`end_day` is exclusive), and only the last may be open-ended: no two
    /// allocations of a unit overlap, which is what the trigger the bulk write
    /// leaves off (see `AppDatabase.generate`) would have checked.
    static func insertAllocations(
        _ db: Database, _ generator: RegionGenerator, unitTrades: [[String]],
        conditions: [String], clerk: String, time: String, random: inout SplitMix64
    ) throws -> ClosedRange<Int64>? {
        guard generator.allocations > 0 else { return nil }
        var rows = BatchInsert(
            into: "allocation",
            columns: [
                "id", "unit_id", "occupant_id", "trade_code", "start_day", "end_day", "decision",
                "recorded_by", "recorded_at", "ended_kind", "ended_reason",
            ])
        let units = unitTrades.count
        var id: Int64 = 0
        var days = DayText()
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
                rows.append(id)
                rows.append(Int64(unit + 1))
                rows.append(occupant)
                rows.append(unitTrades[unit][0])
                rows.append(days.iso(start))
                rows.append(end.map { days.iso($0) })
                rows.append("DEC-\(id)")
                rows.append(clerk)
                rows.append(time)
                rows.append(end == nil ? nil : ended)
                rows.append(end == nil || ended == nil ? nil : "fin de convention")
                try rows.flushIfFull(db)
                guard let next = end else { break }
                start = next.adding(days: Int(random.next() % 30))
            }
        }
        try rows.flush(db)
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
