import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The waiting list of a zone, one trade at a time: who waits, in line, with
/// the rank and score their call gave them and the day they joined.
///
/// Windowed like the occupant directory: a list may hold 100,000 people, and
/// only the rows around the view are read (the count once per trade).
public struct WaitingListScreen: ScreenModel {
    public var zoneCode: String
    /// The trade shown; nil until the store says which trades have a list.
    public var trade: String?
    public var trades: [String] = []
    public var list = WindowedList<WaitingLine>()
    public var windowOffset = 0
    public var windowLimit = 100
    /// Whether the next read counts the list (and lists the trades): first,
    /// on another trade, and once the data may have changed.
    public var countDue = true

    public init(zoneCode: String) {
        self.zoneCode = zoneCode
    }

    public var request: DataRequest? {
        .waitingList(
            zone: zoneCode, trade: trade, offset: windowOffset, limit: windowLimit,
            counting: countDue, known: countDue ? nil : list.total)
    }

    public mutating func prepareFullReload() {
        countDue = true
    }

    public func title(_ context: AppContext) -> String {
        context.text("Liste d'attente ", "Waiting list ") + zoneCode
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k", context.text("parcourir la liste", "scroll the list")),
            KeyHelp("PgUp PgDn Home End", context.text("aller plus loin", "move further")),
            KeyHelp(
                "← → t", context.text("métier précédent / suivant", "previous / next trade")),
            KeyHelp(
                context.text("Échap", "Esc"), context.text("retour à la zone", "back to the zone")),
        ]
    }

    func table(in body: Rect) -> ListArea {
        ListArea.tableBelowHeading(in: body)
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let page = table(in: context.body).page
        if let move = ListKeys.move(for: key) {
            list.select(move.index(from: list.selected, page: page))
            guard let next = list.follow(visibleRows: page) else { return .done }
            (windowOffset, windowLimit) = next
            return Outcome(effects: request.map { [.load($0)] } ?? [])
        }
        switch key {
        case .right, .char("t"): return otherTrade(by: 1, page: page)
        case .left: return otherTrade(by: -1, page: page)
        default: return nil
        }
    }

    /// Another trade's list, from its top.
    mutating func otherTrade(by step: Int, page: Int) -> Outcome {
        guard trades.count > 1, let index = trades.firstIndex(of: trade ?? "") else {
            return .done
        }
        trade = trades[(index + step + trades.count) % trades.count]
        list.reset()
        windowOffset = 0
        windowLimit = 3 * page
        countDue = true
        return Outcome(effects: request.map { [.load($0)] } ?? [])
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .waitingList(let page) = result, request == self.request else { return }
        if let trades = page.trades { self.trades = trades }
        trade = page.trade
        if page.total != nil { countDue = false }
        list.receive(
            page.lines, offset: page.offset, total: page.total ?? list.total ?? page.lines.count,
            visibleRows: table(in: context.body).page)
        windowOffset = page.offset
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let count = OccupantsScreen.grouped(list.total ?? 0, context.language)
        let heading: String
        if let trade {
            let place = (trades.firstIndex(of: trade) ?? 0) + 1
            heading = context.text(
                "Zone \(zoneCode) · métier \(trade) (\(place)/\(trades.count), ← →) · \(count) en attente",
                "Zone \(zoneCode) · trade \(trade) (\(place)/\(trades.count), ← →) · \(count) waiting"
            )
        } else {
            heading = context.text(
                "Personne n'attend un local de la zone \(zoneCode).",
                "Nobody waits for a unit of zone \(zoneCode).")
        }
        canvas.write(
            DisplayWidth.truncate(heading, to: max(0, area.width - 2)), row: area.row,
            column: area.column + 1, style: .bold, clip: area)
        let columns = [
            TableColumn(context.text("Place", "Place"), width: .fixed(7), alignment: .right),
            TableColumn(
                context.text("Candidat", "Applicant"), width: .flexible(min: 10, weight: 1)),
            TableColumn(context.text("Dossier", "File"), width: .fixed(16)),
            TableColumn(context.text("Rg", "Rk"), width: .fixed(4), alignment: .right),
            TableColumn("Pts", width: .fixed(4), alignment: .right),
            TableColumn(context.text("Inscrit", "Joined"), width: .fixed(8)),
        ]
        let area = table(in: area)
        let inView = list.visible(area.rowCount)
        let rows = inView.map { index, line -> [String] in
            guard let line else { return [String(index + 1), "…", "", "", "", ""] }
            return [
                String(index + 1), line.applicant, line.filingNumber, String(line.entry.rank),
                String(line.entry.total), CallsScreen.short(line.entry.joinedOn),
            ]
        }
        let table = Table(
            columns: columns, rows: rows,
            selectedIndex: inView.firstIndex { $0.index == list.selected }, scrollOffset: 0)
        table.render(into: &canvas, area: area.frame)
        return table.cursorPosition(in: area.frame).map(Cursor.parked) ?? .hidden
    }
}
