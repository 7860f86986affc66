import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// One unit's record: every field, the current allocation, and its whole history.
public struct UnitScreen: ScreenModel {
    public var unitCode: String
    public var occupancy: UnitOccupancy?
    public var history: [AllocationLine] = []
    public var journal: [JournalEntry] = []
    /// The convention of the unit's latest allocation that has one.
    public var convention: Convention?
    /// The allocation a clerk may cancel as a mistake, or why none may
    /// (`CancelRule`, judged on what was read): the key is offered only then.
    public var cancellable: Result<Allocation, AllocationRefused>?
    public var scroll = 0

    public init(unitCode: String) {
        self.unitCode = unitCode
    }

    public enum Action: Hashable, Sendable {
        case scroll(ListMove)
        case assign
        case release
        case cancel
        /// Reserve, works, back in service or transfer (`UnitActions`).
        case unit(ScreenAction)
        case print
    }

    public var request: DataRequest? { .unit(code: unitCode) }

    public func title(_ context: AppContext) -> String {
        context.text("Local ", "Unit ") + unitCode
    }

    public var actions: Set<ScreenAction> {
        var actions: Set<ScreenAction> = [.print]
        if case .success? = cancellable { actions.insert(.cancel) }
        return actions.union(UnitActions.actions(for: occupancy?.state))
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                "↑ ↓ PgUp PgDn", context.text("faire défiler l'historique", "scroll the history")),
            KeyHelp("a F2", context.text("attribuer ce local", "assign this unit")),
            KeyHelp("r F3", context.text("libérer ce local", "release this unit")),
        ] + UnitActions.help(actions, context)
            + (actions.contains(.cancel)
                ? [
                    KeyHelp(
                        "x F8",
                        context.text(
                            "annuler l'attribution saisie par erreur",
                            "cancel the allocation entered by mistake"))
                ] : [])
            + (convention == nil
                ? []
                : [
                    KeyHelp(
                        "L",
                        context.text(
                            "le compte du local (redevances, paiements, solde)",
                            "the unit's ledger (fees, payments, balance)"))
                ])
            + [
                KeyHelp(
                    "p F9", context.text("imprimer la fiche du local", "print the unit's sheet")),
                KeyHelp(context.text("Échap ⌫", "Esc ⌫"), context.text("revenir", "back")),
            ]
    }

    /// Lines a page scrolls.
    static let page = 10

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let action: Action
        switch (ListKeys.move(for: key), key) {
        // Home and End mean nothing here yet; they keep doing nothing.
        case (.to?, _): return nil
        case (let move?, _): action = .scroll(move)
        case (nil, .char("a")): action = .assign
        case (nil, .char("r")): action = .release
        case (nil, .char("x")): action = .cancel
        case (nil, .char("v")): action = .unit(.reserve)
        case (nil, .char("w")): action = .unit(.works)
        case (nil, .char("s")): action = .unit(.backInService)
        case (nil, .char("T")): action = .unit(.transfer)
        case (nil, .char("p")): action = .print
        case (nil, .char("L")):
            guard let convention else { return nil }
            return Outcome(
                navigation: .push(
                    .ledger(LedgerScreen(unitCode: unitCode, occupantID: convention.occupantID))))
        default: return nil
        }
        return update(action, context)
    }

    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        switch action {
        case .scroll(let move):
            scroll = min(
                max(0, move.index(from: scroll, page: Self.page)),
                max(0, shownLines(context, width: context.body.width - 1).count - 1))
            return .done
        case .print:
            guard let occupancy else { return .done }
            return Outcome(
                navigation: .push(
                    .printDialog(
                        PrintDialog(zones: [occupancy.unit.zoneCode], unit: unitCode))))
        case .cancel:
            guard let occupancy, let cancellable else { return .done }
            return UnitActions.cancel(cancellable, on: occupancy, history: history, context)
        case .unit(let unitAction):
            guard let occupancy else { return .done }
            return UnitActions.perform(unitAction, on: occupancy, context)
        case .assign, .release:
            guard let occupancy else { return .done }
            return action == .assign
                ? UnitActions.assign(occupancy, context) : UnitActions.release(occupancy, context)
        }
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .unit(let occupancy, let history, let journal, let convention) = result else {
            return
        }
        self.convention = convention
        self.occupancy = occupancy
        self.history = history
        self.journal = journal
        cancellable = CancelRule.check(
            unit: occupancy.unit.code, allocations: history.map(\.allocation), journal: journal,
            today: context.today)
    }

    /// Columns of a field's label, before its value.
    static let labelWidth = 18

    /// The record as lines of (text, style), scrolled as one page.
    func lines(_ context: AppContext) -> [(String, Style)] {
        guard let occupancy else { return [] }
        let unit = occupancy.unit
        var lines: [(String, Style)] = []
        func field(_ french: String, _ english: String, _ value: String) {
            lines.append(
                (
                    DisplayWidth.pad(context.text(french, english), to: Self.labelWidth) + value,
                    .plain
                ))
        }
        field("Zone", "Zone", unit.zoneCode)
        // A reserved unit says for whom, why and until when (or that the
        // reservation expired); one under works, what and until when.
        let kept =
            occupancy.state == .occupied
            ? nil : unit.conditionSummary(on: context.today, in: context.language)
        field(
            "État", "State",
            "\(occupancy.state.letter) " + (kept ?? occupancy.state.name(in: context.language)))
        field("Surface", "Area", unit.areaM2.map { "\(Int($0)) m²" } ?? "—")
        field(
            "Métiers admis", "Allowed trades",
            unit.allowedTrades.isEmpty
                ? context.text("tous", "any") : unit.allowedTrades.joined(separator: ", "))
        field(
            "Place sur le plan", "Place on the plan",
            context.text(
                "rangée \(unit.row), colonne \(unit.column)",
                "row \(unit.row), column \(unit.column)"))
        if let allocation = occupancy.allocation, let occupant = occupancy.occupant {
            lines.append(("", .plain))
            lines.append((context.text("Attribution en cours", "Current allocation"), Theme.header))
            field(
                "Occupant", "Occupant",
                occupant.name + context.text(" (n° \(occupant.id))", " (#\(occupant.id))"))
            field("Métier", "Trade", allocation.trade)
            field("Depuis", "Since", context.show(allocation.period.start))
            field(
                "Jusqu'au", "Until",
                allocation.period.lastDay.map { context.show($0) }
                    ?? context.text("sans terme", "open-ended"))
            field("Décision", "Decision", allocation.decision ?? "—")
            if let override = allocation.overrideReason {
                field("Dérogation", "Override", override)
            }
            field(
                "Saisie par", "Recorded by",
                "\(allocation.recordedBy), "
                    + LocalTime.show(allocation.recordedAt, in: context.language))
        }
        if let convention {
            lines.append(("", .plain))
            lines.append(
                (context.text("Convention d'occupation", "Occupation agreement"), Theme.header))
            field(
                "Numéro", "Number",
                convention.number + context.text(", signée le ", ", signed on ")
                    + context.show(convention.signedOn))
            field(
                "Redevance", "Fee",
                convention.monthlyFee.shown(in: context.language)
                    + context.text(" par mois", " a month")
                    + context.text(", caution ", ", deposit ")
                    + convention.deposit.shown(in: context.language))
            // Every term, so that the end before a renewal stays in view.
            for term in convention.terms {
                field(
                    "", "",
                    term.kind.name(in: context.language) + context.text(" jusqu'au ", " until ")
                        + context.show(term.lastDay) + " · " + term.reference)
            }
        }
        lines.append(("", .plain))
        lines.append(
            (context.text("Historique des attributions", "Allocation history"), Theme.header))
        if history.isEmpty { lines.append(("  " + context.text("aucune", "none"), .dim)) }
        for line in history.reversed() {
            lines.append(("  " + line.historyText(on: context.today, in: context.language), .plain))
        }
        lines.append(("", .plain))
        lines.append((context.text("Journal", "Journal"), Theme.header))
        for entry in journal.reversed() {
            var text =
                "  \(LocalTime.show(entry.at, in: context.language))  \(entry.clerk)  "
                + entry.action.name(in: context.language)
            if let condition = entry.conditionAfter {
                text += " → " + condition.name(in: context.language)
            }
            if let note = entry.note, !note.isEmpty { text += " : " + note }
            lines.append((text, .plain))
        }
        return lines
    }

    /// The record's lines as the screen shows them, `width` columns at most: a long
    /// reason (a release's, an override's) goes on over the next lines, never cut.
    /// A field goes on under its value, a history or journal line a little further in.
    func shownLines(_ context: AppContext, width: Int) -> [(String, Style)] {
        lines(context).flatMap { text, style in
            let indent = text.first == " " ? text.prefix { $0 == " " }.count + 4 : Self.labelWidth
            return HangingIndent.wrap(text, width: width, indent: indent).map { ($0, style) }
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        guard occupancy != nil else { return .hidden }
        let all = shownLines(context, width: area.width - 1)
        for (offset, line) in all.dropFirst(scroll).prefix(area.height).enumerated() {
            canvas.write(
                line.0, row: area.row + offset, column: area.column + 1, style: line.1, clip: area)
        }
        return .parked(Position(row: area.row, column: area.column))
    }
}
