import HanoutDomain
import HanoutReports
import HanoutStore
import TerminalKit
import TextLayout

/// A zone's rack (the hotel "tape chart"): units down, days across (weeks
/// or months when zoomed out), each allocation a bar of its occupant's
/// initials in its state's colour, works and reservations shown, today
/// marked. Arrows move in units and time; Enter opens the unit's record,
/// `a` on an empty cell assigns from that day.
///
/// Windowed: the store reads the bars of the loaded columns only, and a
/// move past them reads the next ones, so five years of a large zone cost
/// what a screen of it costs.
public struct RackScreen: ScreenModel {
    public var zoneCode: String
    public var scale: Rack.Scale
    /// The first column loaded.
    public var from: Day
    public var rack: Rack?
    public var units: [HanoutDomain.Unit] = []
    /// The unit (row) and column of the cursor, in the loaded rack.
    public var row = 0
    public var column = 0
    public var rowScroll = 0
    /// The first column shown.
    public var columnScroll = 0

    /// Columns read at a time: more than the widest terminal shows.
    static let loaded = 80
    static let codeWidth = 9

    /// The rack of `zoneCode` from a few days before `day`, the cursor on `day`.
    public init(zoneCode: String, around day: Day, scale: Rack.Scale = .days) {
        self.zoneCode = zoneCode
        self.scale = scale
        from = RackScreen.start(around: day, scale: scale)
        cursorDay = day
    }

    /// The day the cursor should land on once the columns come.
    public var cursorDay: Day?

    /// The first column to load for the cursor to land on `day`, `before`
    /// columns from the left (a few, so the days before it show).
    static func start(around day: Day, scale: Rack.Scale, before: Int = 3) -> Day {
        switch scale {
        case .days: return day.adding(days: -before)
        case .weeks: return day.adding(days: -7 * before)
        case .months: return day.adding(months: -before)
        }
    }

    public var request: DataRequest? {
        .rack(zone: zoneCode, from: from, count: Self.loaded, scale: scale)
    }

    public func title(_ context: AppContext) -> String {
        let scaleName = RackPicture.scaleName(scale, context.language)
        return "\(zoneCode) · " + context.text("planning", "rack") + " (\(scaleName))"
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k", context.text("local précédent, suivant", "previous, next unit")),
            KeyHelp(
                "← → h l", context.text("plus tôt, plus tard", "earlier, later")),
            KeyHelp("PgUp PgDn", context.text("page de locaux", "a page of units")),
            KeyHelp(
                "- +",
                context.text(
                    "jours, semaines, mois (dézoomer, zoomer)", "days, weeks, months (zoom out, in)"
                )),
            KeyHelp("t", context.text("aujourd'hui", "today")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text(
                    "fiche du local et ses attributions", "the unit's record and allocations")),
            KeyHelp(
                "a", context.text("attribuer à partir du jour choisi", "assign from the day chosen")
            ),
            KeyHelp(
                context.text("Échap", "Esc"), context.text("retour à la zone", "back to the zone")),
        ]
    }

    /// The rows and columns the body shows.
    func visible(in body: Rect) -> (rows: Int, columns: Int) {
        (max(0, body.height - 4), max(1, (body.width - Self.codeWidth) / RackPicture.cellWidth))
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let view = visible(in: context.body)
        let rowCount = rack?.unitCodes.count ?? 0
        switch key {
        case .up, .char("k"): row = max(0, row - 1)
        case .down, .char("j"): row = min(max(0, rowCount - 1), row + 1)
        case .pageUp: row = max(0, row - max(1, view.rows))
        case .pageDown: row = min(max(0, rowCount - 1), row + max(1, view.rows))
        case .left, .char("h"): return moveColumn(by: -1, view)
        case .right, .char("l"): return moveColumn(by: 1, view)
        case .char("-"): return zoom(by: 1, context)
        case .char("+"), .char("="): return zoom(by: -1, context)
        case .char("t"): return reload(around: context.today)
        case .enter:
            guard let code = rack?.unitCodes[safe: row] else { return .done }
            return Outcome(navigation: .push(.unit(UnitScreen(unitCode: code))))
        case .char("a"): return assign(context)
        default: return nil
        }
        rowScroll = Scrolling.offset(
            keeping: row, visibleRows: view.rows, rowCount: rowCount, current: rowScroll)
        return .done
    }

    /// The cursor a column on; past the loaded ones, the rack is read again
    /// there, the cursor near the far side of the new columns so that going
    /// on the same way reads again only after a whole load.
    mutating func moveColumn(by step: Int, _ view: (rows: Int, columns: Int)) -> Outcome {
        guard let rack else { return .done }
        let next = column + step
        if next < 0 || next >= rack.columns.count {
            let day = rack.columns[safe: column]?.start ?? from
            if step < 0 {
                return reload(around: day.adding(days: -1), before: Self.loaded - 4)
            }
            return reload(around: rack.columns[safe: column]?.end ?? day)
        }
        column = next
        if column < columnScroll { columnScroll = column }
        if column >= columnScroll + view.columns { columnScroll = column - view.columns + 1 }
        return .done
    }

    mutating func zoom(by step: Int, _ context: AppContext) -> Outcome {
        guard let next = Rack.Scale(rawValue: scale.rawValue + step) else { return .done }
        let day = rack?.columns[safe: column]?.start ?? context.today
        scale = next
        return reload(around: day)
    }

    /// Reads the rack again with the cursor on `day`, `before` columns in.
    mutating func reload(around day: Day, before: Int = 3) -> Outcome {
        from = Self.start(around: day, scale: scale, before: before)
        cursorDay = day
        return Outcome(effects: request.map { [.load($0)] } ?? [])
    }

    func assign(_ context: AppContext) -> Outcome {
        guard let rack, let code = rack.unitCodes[safe: row],
            let day = rack.columns[safe: column]?.start,
            let unit = units.first(where: { $0.code == code })
        else { return .done }
        let cell = rack.cell(line: row, column: column)
        guard cell == .vacant || cell == .reserved else {
            return Outcome(
                message: Message(
                    context.text(
                        "\(code) n'est pas libre ce jour-là : choisissez une case vide (.).",
                        "\(code) is not free that day: choose an empty cell (.)."),
                    kind: .warning))
        }
        return Outcome(
            navigation: .push(
                .occupantPicker(OccupantPicker(unit: unit, startDay: max(day, context.today)))))
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .rack(let rack, let units) = result, request == self.request else { return }
        self.rack = rack
        self.units = units
        row = min(row, max(0, rack.unitCodes.count - 1))
        let view = visible(in: context.body)
        if let cursorDay, let index = rack.columns.firstIndex(where: { $0.contains(cursorDay) }) {
            column = index
            columnScroll = max(0, min(index - 3, rack.columns.count - view.columns))
        }
        cursorDay = nil
        rowScroll = Scrolling.offset(
            keeping: row, visibleRows: view.rows, rowCount: rack.unitCodes.count, current: rowScroll
        )
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        guard let rack, area.height > 4 else { return .hidden }
        let view = visible(in: area)
        let shown = Array(rack.columns.indices.dropFirst(columnScroll).prefix(view.columns))
        let width = RackPicture.cellWidth
        func x(_ index: Int) -> Int {
            area.column + Self.codeWidth + (index - columnScroll) * width
        }
        // Heading: the chosen cell in words.
        if let code = rack.unitCodes[safe: row], let chosen = rack.columns[safe: column] {
            let when = DayFormat.show(chosen.start, in: context.language)
            canvas.write(
                DisplayWidth.truncate(
                    "\(code) · \(when) · "
                        + describe(rack.cell(line: row, column: column), context),
                    to: area.width - 1),
                row: area.row, column: area.column + 1, style: .bold, clip: area)
        }
        // Months (or years) over the columns where they begin, then day numbers, today marked.
        var labels: [(index: Int, text: String)] = []
        var previous: Int?
        for index in shown {
            let month = Month(of: rack.columns[index].start)
            let key = scale == .months ? month.year : month.year * 12 + month.month
            if key != previous || index == shown.first {
                labels.append(
                    (
                        index,
                        scale == .months ? String(month.year) : month.shown(in: context.language)
                    ))
            }
            previous = key
        }
        // A label runs over the next columns up to the next label: by weeks a
        // month begins every four or five, so one too long keeps its first word
        // ("Jan" of "Jan 2027"), or gives way.
        for (position, label) in labels.enumerated() {
            let room =
                (position + 1 < labels.count ? x(labels[position + 1].index) : area.endColumn)
                - x(label.index) - 1
            let word = label.text.split(separator: " ").first.map(String.init) ?? ""
            let text =
                DisplayWidth.of(label.text) <= room
                ? label.text : DisplayWidth.of(word) <= room ? word : ""
            canvas.write(text, row: area.row + 1, column: x(label.index), clip: area)
        }
        for index in shown {
            let month = Month(of: rack.columns[index].start)
            let number = scale == .months ? month.month : rack.columns[index].start.parts.day
            let isToday = rack.columns[index].contains(rack.today)
            canvas.write(
                (number < 10 ? "0" : "") + "\(number)", row: area.row + 2, column: x(index),
                style: isToday ? Theme.selected : Theme.header, clip: area)
        }
        // A line a unit.
        let rows = rack.unitCodes.indices.dropFirst(rowScroll).prefix(view.rows)
        var cursor = Cursor.hidden
        for (offset, index) in rows.enumerated() {
            let y = area.row + 3 + offset
            canvas.write(
                rack.unitCodes[index], row: y, column: area.column,
                style: index == row ? .bold : .plain,
                clip: area)
            for column in shown {
                let cell = rack.cell(line: index, column: column)
                var style = Theme.rackStyle(for: cell)
                if index == row && column == self.column {
                    style = Theme.selected
                    cursor = .parked(Position(row: y, column: x(column)))
                }
                canvas.write(
                    RackPicture.text(cell), row: y, column: x(column), style: style, clip: area)
            }
        }
        let legend = context.text(
            "initiales : début d'une attribution · . vacant · r réservé · # travaux",
            "initials: an allocation begins · . vacant · r reserved · # works")
        canvas.write(
            DisplayWidth.truncate(legend, to: area.width - 1), row: area.endRow - 1,
            column: area.column + 1, style: Style(attributes: [.dim]), clip: area)
        return cursor
    }

    func describe(_ cell: Rack.Cell, _ context: AppContext) -> String {
        switch cell {
        case .vacant: return context.text("vacant", "vacant")
        case .reserved: return context.text("réservé", "reserved")
        case .works: return context.text("en travaux", "under works")
        case .occupied(let id, let initials, _):
            return context.text(
                "attribution n° \(id) (\(initials))", "allocation #\(id) (\(initials))")
        }
    }
}

extension Theme {
    /// A rack cell in its state's colour (the letters say it without colour).
    static func rackStyle(for cell: Rack.Cell) -> Style {
        switch cell {
        case .vacant: return Style()
        case .occupied: return style(for: .occupied)
        case .reserved: return style(for: .reserved)
        case .works: return style(for: .underWorks)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
