import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// Choosing who gets a vacant unit, who it is reserved for, or who it is
/// transferred to: the domain's ranking, narrowed as the clerk types.
public struct OccupantPicker: ScreenModel {
    public enum Purpose: Hashable, Sendable {
        case assign
        case reserve
        /// From the holder, allocated since that day.
        case transfer(holder: String, since: Day)
        /// The applicant of a file for `call` (ranked for its first unit).
        case apply(Call)
    }

    public var unit: HanoutDomain.Unit
    public var purpose: Purpose
    public var search = InputLine()
    /// The ranked list, loaded whole (the store caps it), with its selection.
    public var list = WindowedList<Suggestions.Candidate>()

    public var candidates: [Suggestions.Candidate] { list.rows }
    /// Who waits for the unit, in line: the first rows when assigning.
    public var waiting: [WaitingCandidate] = []
    /// The first in line whatever the search: choosing anyone else asks a reason.
    public var firstInLine: WaitingCandidate?

    /// The first day of an assignment: the day the zone's plan showed (today when nil).
    public var startDay: Day?

    public init(unit: HanoutDomain.Unit, purpose: Purpose = .assign, startDay: Day? = nil) {
        self.unit = unit
        self.purpose = purpose
        self.startDay = startDay
    }

    public var request: DataRequest? { .candidates(unit: unit.code, search: search.text) }
    public var capturesText: Bool { true }

    public func title(_ context: AppContext) -> String {
        switch purpose {
        case .assign: context.text("Attribuer ", "Assign ") + unit.code
        case .reserve: context.text("Réserver ", "Reserve ") + unit.code
        case .transfer: context.text("Transférer ", "Transfer ") + unit.code
        case .apply(let call): context.text("Candidat à ", "Applicant to ") + call.reference
        }
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                context.text("lettres", "letters"),
                context.text(
                    "chercher un nom (sans accents ni majuscules)",
                    "search a name (case and accents ignored)")),
            KeyHelp("↑ ↓ PgUp PgDn", context.text("choisir un occupant", "choose an occupant")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                chosen(context)),
            KeyHelp(context.text("Échap", "Esc"), context.text("annuler", "cancel")),
        ] + applyHelp(context)
    }

    /// What Enter does with the occupant chosen, for the help.
    func chosen(_ context: AppContext) -> String {
        switch purpose {
        case .assign: context.text("attribuer à l'occupant choisi", "assign to the chosen occupant")
        case .reserve:
            context.text("réserver pour l'occupant choisi", "reserve for the chosen occupant")
        case .transfer:
            context.text("transférer à l'occupant choisi", "transfer to the chosen occupant")
        case .apply:
            context.text(
                "remplir le dossier du candidat choisi", "fill in the chosen applicant's file")
        }
    }

    /// The form the chosen candidate goes on to.
    func form(for candidate: Suggestions.Candidate, _ context: AppContext) -> Screen {
        switch purpose {
        case .assign:
            .assignForm(
                AssignForm(
                    unit: unit.code, occupant: candidate.occupant, trade: candidate.trade,
                    startingOn: startDay ?? context.today, returnDepth: 2,
                    passedOver: passedOver(choosing: candidate.occupant)))
        case .reserve:
            .unitForm(
                UnitForm(unit: unit.code, kind: .reserve(candidate.occupant), today: context.today))
        case .transfer(let holder, let since):
            .unitForm(
                UnitForm(
                    unit: unit.code,
                    kind: .transfer(
                        holder: holder, since: since, to: candidate.occupant,
                        trade: candidate.trade),
                    today: context.today))
        case .apply(let call):
            .applicationForm(
                ApplicationFormScreen(
                    call: call, occupant: candidate.occupant, today: context.today))
        }
    }

    /// The parts of the screen in `body`: update pages and hit-tests in what render draws.
    func layout(in body: Rect) -> PickerLayout {
        PickerLayout(body: body, searching: true)
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let area = layout(in: context.body).list
        // Letters, Home and End edit the search.
        if let move = ListKeys.move(for: key, typing: true) {
            list.move(to: move.index(from: list.selected, page: area.page), visibleRows: area.page)
            return .done
        }
        switch key {
        case .enter:
            guard let candidate = list.current else { return .done }
            return Outcome(navigation: .push(form(for: candidate, context)))
        case .ctrl("n"):
            return registerApplicant()
        case .escape: return nil
        case .backspace where search.text.isEmpty: return nil
        case .mouse(let row, let column, .clicked), .mouse(let row, let column, .pressed):
            if let index = area.index(atRow: row, column: column, scroll: list.scroll),
                candidates.indices.contains(index)
            {
                list.select(index)
            }
        default:
            guard search.handle(key) else { return .done }
            list.reset()
            return Outcome(effects: request.map { [.load($0)] } ?? [])
        }
        return .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .candidates(var candidates, let inLine) = result else { return }
        candidates = placeWaitingFirst(inLine, candidates, context)
        // The occupant a reservation keeps the unit for comes first when
        // assigning it: the rules refuse anyone else.
        if purpose == .assign, let holder = unit.reservationHolder(on: context.today),
            let index = candidates.firstIndex(where: { $0.occupant.id == holder })
        {
            candidates.insert(candidates.remove(at: index), at: 0)
        }
        list.receive(
            candidates, offset: 0, total: candidates.count,
            visibleRows: layout(in: context.body).list.page)
    }

    /// Whether the candidate may have the unit: yes, with a trade override, or not at all
    /// (already at the zone's limit, listed so the clerk sees who holds what).
    func fits(_ candidate: Suggestions.Candidate, _ context: AppContext) -> String {
        if case .apply(let call) = purpose {
            return candidate.occupant.trades.contains(where: call.covers(trade:))
                ? context.text("✓ métier", "✓ trade") : context.text("✗ métier", "✗ trade")
        }
        if candidate.atZoneLimit { return context.text("✗ limite zone", "✗ zone limit") }
        if purpose == .assign, candidate.occupant.id == unit.reservationHolder(on: context.today) {
            return context.text("★ réservé", "★ reserved")
        }
        return candidate.fitsTrade
            ? context.text("✓ oui", "✓ yes") : context.text("✗ dérogation", "✗ override")
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let layout = layout(in: area)
        let trades =
            unit.allowedTrades.isEmpty
            ? context.text("tous métiers", "any trade") : unit.allowedTrades.joined(separator: ", ")
        let who: String
        switch purpose {
        case .assign: who = context.text("l'occupant", "the occupant")
        case .reserve: who = context.text("pour qui le réserver", "whom it is for")
        case .transfer: who = context.text("le nouvel occupant", "the new occupant")
        case .apply:
            who = context.text("le candidat (Ctrl-N : nouveau)", "the applicant (Ctrl-N: new)")
        }
        let heading =
            waiting.isEmpty
            ? context.text(
                "Local \(unit.code) (\(trades)) — choisissez \(who), les mieux placés d'abord :",
                "Unit \(unit.code) (\(trades)) — choose \(who), best placed first:")
            : context.text(
                "Local \(unit.code) (\(trades)) — en attente d'abord (rang, points, inscrit le) :",
                "Unit \(unit.code) (\(trades)) — waiting list first (rank, score, joined), then others:"
            )
        canvas.write(
            heading,
            row: layout.heading.row, column: layout.heading.column + 1, style: .bold,
            clip: layout.heading)
        var line = search
        line.prompt = context.text("Chercher : ", "Search: ")
        let searchArea = layout.search
        line.render(into: &canvas, area: searchArea)
        let columns = [
            TableColumn("#", width: .fixed(3), alignment: .right),
            TableColumn(context.text("Nom", "Name"), width: .flexible(min: 12, weight: 3)),
            TableColumn(context.text("Métier", "Trade"), width: .fixed(6)),
            TableColumn(context.text("Admis ?", "Fits?"), width: .fixed(13)),
            TableColumn(
                context.text("Tient déjà", "Already holds"), width: .fixed(13), alignment: .right),
            TableColumn("Commune", width: .flexible(min: 6, weight: 1)),
        ]
        let rows = candidates.enumerated().map { index, candidate in
            waitingRow(index, candidate, context) ?? [
                String(index + 1), candidate.occupant.name, candidate.trade,
                fits(candidate, context),
                candidate.unitsHeld.isEmpty ? "—" : candidate.unitsHeld.joined(separator: " "),
                candidate.occupant.commune ?? "",
            ]
        }
        var table = Table(
            columns: columns, rows: rows, selectedIndex: candidates.isEmpty ? nil : list.selected,
            scrollOffset: list.scroll)
        table.selectedStyle = Theme.selected
        let listArea = layout.list.frame
        table.render(into: &canvas, area: listArea)
        if candidates.isEmpty {
            canvas.write(
                context.text("Personne ne correspond.", "Nobody matches."),
                row: layout.list.rows.row,
                column: area.column + 1, style: .dim, clip: area)
        }
        return .visible(line.cursorPosition(in: searchArea))
    }
}
