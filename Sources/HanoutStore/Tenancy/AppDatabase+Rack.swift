import GRDB
import HanoutDomain

extension AppDatabase {
    /// The rack of a zone: its units in code order, `count` columns from
    /// `from` at `scale`, with the allocations touching those days (cancelled
    /// ones hold no day) and the units' reservations and works from today to
    /// their last day (a condition records when it ends, not when it began).
    /// The units come too, read once: the screen offers them to the picker.
    public func rack(zone: String, from: Day, count: Int, scale: Rack.Scale, today: Day) throws
        -> (rack: Rack, units: [HanoutDomain.Unit])
    {
        try read { db in
            let zone = try Lookup.zone(db, matching: zone)
            let columns = Rack.columns(from: from, count: count, scale: scale)
            let units = try Self.units(db, inZone: zone.code, on: today).map(\.unit)
            guard let first = columns.first, let last = columns.last,
                let period = Period(start: first.start, end: last.end)
            else {
                let rack = Rack(
                    unitCodes: units.map(\.code), bars: [], from: from, count: 0, scale: scale,
                    today: today)
                return (rack, units)
            }
            let lines = try Self.allocationLines(
                db,
                AllocationRecord.all().overlapping(period)
                    .filter(
                        sql: "unit_id IN (SELECT id FROM unit WHERE zone_code = ?)",
                        arguments: [zone.code]))
            var bars = lines.map { line in
                Rack.Bar(
                    unitCode: line.allocation.unitCode, period: line.allocation.period,
                    kind: .allocation(id: line.allocation.id, occupant: line.occupantName))
            }
            for unit in units where unit.condition != .available {
                let end = unit.detail.until.map { $0.adding(days: 1) }
                guard let span = Period(start: today, end: end) else { continue }
                bars.append(
                    Rack.Bar(
                        unitCode: unit.code, period: span,
                        kind: unit.condition == .underWorks ? .works : .reserved))
            }
            let rack = Rack(
                unitCodes: units.map(\.code), bars: bars, from: from, count: count, scale: scale,
                today: today)
            return (rack, units)
        }
    }
}
