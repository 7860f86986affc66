import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// A call's offers and their answers: accept or decline the one selected;
/// an offer whose day passed shows lapsed by its date (no timer), and `L`
/// records the lapsed ones so their units go to the next in line.
public struct OffersScreen: ScreenModel {
    public var reference: String
    public var file: CallFile?
    public var list = WindowedList<Offer>()
    public var prompt: CallPrompt?

    public init(reference: String) {
        self.reference = reference
    }

    public var request: DataRequest? { .offers(reference) }
    public var capturesText: Bool { prompt != nil }

    public func title(_ context: AppContext) -> String {
        context.text("Offres ", "Offers ") + reference
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k PgUp PgDn", context.text("choisir une offre", "choose an offer")),
            KeyHelp(
                "A",
                context.text(
                    "offre acceptée (attribue le local)", "offer accepted (allocates the unit)")),
            KeyHelp(
                "D",
                context.text(
                    "offre refusée (le local passe au suivant)",
                    "offer declined (the unit goes to the next)")),
            KeyHelp(
                "L",
                context.text(
                    "relever les offres échues (le local passe au suivant)",
                    "record the lapsed offers (their units go to the next)")),
            KeyHelp(context.text("Échap", "Esc"), context.text("retour", "back")),
        ]
    }

    func table(in body: Rect) -> ListArea {
        ListArea(
            frame: Rect(
                row: body.row, column: body.column, width: body.width,
                height: max(0, body.height - 1)),
            header: 1)
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
        switch key {
        case .char("A"):
            guard let offer = list.current else { return .done }
            prompt = CallPrompt(.confirm(.accept(offer: offer.id, on: context.today)))
        case .char("D"):
            guard let offer = list.current else { return .done }
            prompt = CallPrompt(.confirm(.decline(offer: offer.id, on: context.today)))
        case .char("L"):
            prompt = CallPrompt(.confirm(.lapse(on: context.today)))
        default:
            return nil
        }
        return .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .offers(let offers, let file) = result else { return }
        self.file = file
        list.receive(
            offers, offset: 0, total: offers.count, visibleRows: table(in: context.body).page)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        CallScreen.written(outcome, reload: self.request)
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let columns = [
            TableColumn(context.text("N°", "No."), width: .fixed(4), alignment: .right),
            TableColumn(
                context.text("Candidat", "Applicant"), width: .flexible(min: 10, weight: 2)),
            TableColumn(context.text("Local", "Unit"), width: .fixed(7)),
            TableColumn(context.text("Faite", "Made"), width: .fixed(8)),
            TableColumn(context.text("Échéance", "Due by"), width: .fixed(8)),
            TableColumn(context.text("Réponse", "Answer"), width: .flexible(min: 12, weight: 1)),
        ]
        let rows = list.rows.map { offer -> [String] in
            [
                String(offer.id), file?.line(of: offer.applicationID)?.applicant ?? "?",
                offer.unitCode,
                CallsScreen.short(offer.madeOn), CallsScreen.short(offer.dueBy),
                Self.answer(offer, context),
            ]
        }
        let frame = table(in: area).frame
        let table = Table(
            columns: columns, rows: rows, selectedIndex: list.total == 0 ? nil : list.selected,
            scrollOffset: list.scroll)
        table.render(into: &canvas, area: frame)
        if list.total == 0 {
            canvas.write(
                context.text(
                    "Aucune offre : P sur l'appel classé prépare le tirage.",
                    "No offer: P on the ranked call previews the run."),
                row: frame.row + 1, column: area.column + 1, style: .dim, clip: area)
        }
        let bottom = Rect(row: area.endRow - 1, column: area.column, width: area.width, height: 1)
        if let prompt { return prompt.render(into: &canvas, area: bottom, context) }
        canvas.write(
            context.text(
                "A acceptée · D refusée · L relever les échues · ? touches",
                "A accepted · D declined · L record lapsed · ? keys"),
            row: bottom.row, column: area.column + 1, style: .dim, clip: bottom)
        return table.cursorPosition(in: frame).map(Cursor.parked) ?? .hidden
    }

    /// The answer in words with its day; a lapsed offer by the day it lapsed.
    static func answer(_ offer: Offer, _ context: AppContext) -> String {
        let state = offer.state(on: context.today)
        let name = state.name(in: context.language)
        if let answer = offer.answer { return "\(name) \(CallsScreen.short(answer.day))" }
        if let day = offer.lapsedOn(asOf: context.today) {
            return "\(name) \(CallsScreen.short(day))"
        }
        return name
    }
}
