import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The allocation run of a call's latest ranking, as a preview: each offer
/// it would make, then every applicant it would not place with the reason in
/// words. Nothing is written until the clerk commits it (Enter, then y).
public struct AllocationScreen: ScreenModel {
    public var reference: String
    public var preview: AllocationPreview?
    public var file: CallFile?
    public var list = WindowedList<Row>()
    public var prompt: CallPrompt?

    /// One line of the preview: an offer, or an applicant not placed.
    public enum Row: Hashable, Sendable {
        case offer(ProposedOffer)
        case notPlaced(NotPlaced)
    }

    public init(reference: String) {
        self.reference = reference
    }

    public var request: DataRequest? { .allocationPreview(reference) }
    public var capturesText: Bool { prompt != nil }

    public func title(_ context: AppContext) -> String {
        context.text("Tirage des offres ", "Allocation run ") + reference
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k PgUp PgDn", context.text("parcourir", "scroll")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text(
                    "valider : faire ces offres aujourd'hui (o pour confirmer)",
                    "commit: make these offers today (y to confirm)")),
            KeyHelp(
                context.text("Échap", "Esc"),
                context.text("retour sans rien écrire", "back, writing nothing")),
        ]
    }

    func table(in body: Rect) -> ListArea {
        ListArea.tableBelowHeading(in: body, footer: 2)
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        if let outcome = CallPrompt.answer(key, to: &prompt, frozen: false, context) {
            return outcome
        }
        if let move = ListKeys.move(for: key) {
            let page = table(in: context.body).page
            list.move(to: move.index(from: list.selected, page: page), visibleRows: page)
            return .done
        }
        guard key == .enter, preview != nil else { return nil }
        prompt = CallPrompt(.confirm(.commitAllocation(call: reference, on: context.today)))
        return .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .allocationPreview(let preview, let file) = result else { return }
        self.preview = preview
        self.file = file
        let rows = preview.proposals.map(Row.offer) + preview.notPlaced.map(Row.notPlaced)
        list.receive(rows, offset: 0, total: rows.count, visibleRows: table(in: context.body).page)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        var next = CallScreen.written(outcome, reload: nil)
        // Committed: back to the call, whose counts now show the offers.
        if case .done = outcome { next.navigation = .pop(1) }
        return next
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        guard let preview, let file else { return .hidden }
        canvas.write(
            DisplayWidth.truncate(
                context.text(
                    "Classement v\(preview.rankingVersion) · \(preview.proposals.count) offres · \(preview.notPlaced.count) non placés · aperçu, rien n'est écrit",
                    "Ranking v\(preview.rankingVersion) · \(preview.proposals.count) offers · \(preview.notPlaced.count) not placed · a preview, nothing written"
                ),
                to: max(0, area.width - 2)),
            row: area.row, column: area.column + 1, style: .bold, clip: area)
        let columns = [
            TableColumn(context.text("Rg", "Rk"), width: .fixed(3), alignment: .right),
            TableColumn(
                context.text("Candidat", "Applicant"), width: .flexible(min: 10, weight: 2)),
            TableColumn(context.text("Mét.", "Trd."), width: .fixed(4)),
            TableColumn(context.text("Proposé", "Proposed"), width: .flexible(min: 12, weight: 3)),
        ]
        let rows = list.rows.map { row -> [String] in
            switch row {
            case .offer(let offer):
                let preference =
                    offer.preference.map { context.text(" (choix \($0))", " (choice \($0))") } ?? ""
                return [
                    String(offer.rank), Self.name(offer.applicationID, file), offer.trade,
                    "→ " + offer.unitCode + preference,
                ]
            case .notPlaced(let item):
                return [
                    String(item.rank), Self.name(item.applicationID, file), item.trade,
                    "✗ " + item.reason.message(in: context.language),
                ]
            }
        }
        let frame = table(in: area).frame
        let table = Table(
            columns: columns, rows: rows, selectedIndex: list.total == 0 ? nil : list.selected,
            scrollOffset: list.scroll)
        table.render(into: &canvas, area: frame)
        let bottom = Rect(row: area.endRow - 1, column: area.column, width: area.width, height: 1)
        // The selected applicant's reason in full: the column cuts the longer ones.
        if case .notPlaced(let item)? = list.current, area.height > 3 {
            canvas.write(
                DisplayWidth.truncate(
                    Self.name(item.applicationID, file) + context.text(" : ", ": ")
                        + item.reason.message(in: context.language) + " (\(item.reason.code))",
                    to: max(0, area.width - 2)),
                row: bottom.row - 1, column: area.column + 1, clip: area)
        }
        if let prompt { return prompt.render(into: &canvas, area: bottom, context) }
        canvas.write(
            context.text(
                "Entrée valider · Échap retour (rien n'est écrit)",
                "Enter commit · Esc back (nothing written)"),
            row: bottom.row, column: area.column + 1, style: .dim, clip: bottom)
        return table.cursorPosition(in: frame).map(Cursor.parked) ?? .hidden
    }

    static func name(_ application: Int64, _ file: CallFile) -> String {
        file.line(of: application)?.applicant ?? "?"
    }
}
