/// A zone's rack, the hotel's "tape chart": units down, days (or weeks, or
/// months) across, each allocation a bar of its occupant's initials. The
/// natural view of a fair (stands by festival days) and of renewals (bars
/// ending soon).
public struct Rack: Hashable, Sendable {
    /// How much time one column stands for.
    public enum Scale: Int, Hashable, Sendable, CaseIterable, Comparable {
        case days
        case weeks
        case months

        public static func < (lhs: Scale, rhs: Scale) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The days one column covers: `start` included, `end` excluded.
    public struct Column: Hashable, Sendable {
        public var start: Day
        public var end: Day

        public func contains(_ day: Day) -> Bool { start <= day && day < end }
    }

    /// What a unit is in one column.
    public enum Cell: Hashable, Sendable {
        case vacant
        /// An allocation's bar: its id, its occupant's initials, and whether
        /// the bar starts in this column (where the initials are written).
        case occupied(allocation: Int64, initials: String, starts: Bool)
        case reserved
        case works
    }

    public struct Row: Hashable, Sendable {
        public var unitCode: String
        public var cells: [Cell]
    }

    /// Something drawn on a unit's line: an allocation, a reservation or works.
    public struct Bar: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case allocation(id: Int64, occupant: String)
            case reserved
            case works
        }

        public var unitCode: String
        public var period: Period
        public var kind: Kind

        public init(unitCode: String, period: Period, kind: Kind) {
            self.unitCode = unitCode
            self.period = period
            self.kind = kind
        }
    }

    public var scale: Scale
    public var columns: [Column]
    /// The units, one a line, in their order.
    public var unitCodes: [String]
    public var today: Day
    /// Each line's bars by first day, with the initials they show.
    var lines: [[PlacedBar]]

    /// A bar with its occupant's initials, worked out once.
    struct PlacedBar: Hashable, Sendable {
        var bar: Bar
        var initials: String
    }

    /// The rack of `unitCodes` (in their order) with `bars`, over `count`
    /// columns from `from` at `scale`. A cell is worked out when asked
    /// (`cell(line:column:)`): a screen shows a few hundred of a zone's
    /// tens of thousands, and making them all took a move past the loaded
    /// columns over its 5 ms.
    public init(
        unitCodes: [String], bars: [Bar], from: Day, count: Int, scale: Scale, today: Day
    ) {
        self.scale = scale
        self.today = today
        self.unitCodes = unitCodes
        columns = Rack.columns(from: from, count: count, scale: scale)
        var byUnit: [String: [PlacedBar]] = [:]
        for bar in bars {
            let initials: String
            if case .allocation(_, let occupant) = bar.kind {
                initials = Rack.initials(occupant)
            } else {
                initials = ""
            }
            byUnit[bar.unitCode, default: []].append(PlacedBar(bar: bar, initials: initials))
        }
        lines = unitCodes.map { code in
            (byUnit[code] ?? []).sorted { $0.bar.period.start < $1.bar.period.start }
        }
    }

    /// What unit `line` is in `column`. An allocation wins over a
    /// reservation or works; a column is taken by what covers its first
    /// day, else by the first thing that touches it.
    public func cell(line: Int, column index: Int) -> Cell {
        guard lines.indices.contains(line), columns.indices.contains(index) else { return .vacant }
        let column = columns[index]
        guard let span = Period(start: column.start, end: column.end) else { return .vacant }
        // One pass over the line's bars, in order, without collecting them:
        // this runs for every cell drawn.
        var covering: PlacedBar?
        var touching: PlacedBar?
        var works = false
        var reserved = false
        for placed in lines[line] {
            if placed.bar.period.start >= column.end { break }
            guard placed.bar.period.overlaps(span) else { continue }
            switch placed.bar.kind {
            case .allocation:
                if covering == nil && placed.bar.period.contains(column.start) {
                    covering = placed
                }
                if touching == nil { touching = placed }
            case .works: works = true
            case .reserved: reserved = true
            }
        }
        if let first = covering ?? touching, case .allocation(let id, _) = first.bar.kind {
            return .occupied(
                allocation: id, initials: first.initials,
                starts: first.bar.period.start >= column.start || index == 0)
        }
        if works { return .works }
        if reserved { return .reserved }
        return .vacant
    }

    /// Every line with all its cells: for a picture printed whole.
    public var rows: [Row] {
        unitCodes.indices.map { line in
            Row(
                unitCode: unitCodes[line],
                cells: columns.indices.map { cell(line: line, column: $0) })
        }
    }

    /// `count` columns from `from`: days; weeks from the Monday on or before
    /// `from`; months from the first of its month.
    public static func columns(from: Day, count: Int, scale: Scale) -> [Column] {
        var columns: [Column] = []
        switch scale {
        case .days:
            for index in 0..<max(0, count) {
                columns.append(
                    Column(start: from.adding(days: index), end: from.adding(days: index + 1)))
            }
        case .weeks:
            let monday = from.adding(days: -from.weekdayFromMonday)
            for index in 0..<max(0, count) {
                columns.append(
                    Column(
                        start: monday.adding(days: 7 * index),
                        end: monday.adding(days: 7 * index + 7)))
            }
        case .months:
            var month = Month(of: from)
            for _ in 0..<max(0, count) {
                columns.append(Column(start: month.firstDay, end: month.end))
                month = month.next
            }
        }
        return columns
    }

    /// Up to two initials, from the first letters of the name's first words,
    /// in capitals (`Lahcen Ennajjar` → `LE`); a single word gives one.
    public static func initials(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        return String(words.prefix(2).compactMap(\.first)).uppercased()
    }
}

extension Day {
    /// 0 for a Monday, 6 for a Sunday (1 Jan 1970 was a Thursday).
    public var weekdayFromMonday: Int {
        ((daysSinceEpoch % 7) + 7 + 3) % 7
    }
}
