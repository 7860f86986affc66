import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// One occupant's record: every field, the units they hold today, and their whole history.
public struct OccupantScreen: ScreenModel {
    public var occupantID: Int64
    public var occupant: Occupant?
    /// Every allocation the occupant ever had, oldest first, as the store gives them.
    public var allocations: [AllocationLine] = []
    public var scroll = 0

    public init(occupantID: Int64) {
        self.occupantID = occupantID
    }

    public enum Action: Hashable, Sendable {
        case scroll(ListMove)
        case assign
        /// Change the details; correct the name or the CIN with a reason.
        case edit
    }

    public var request: DataRequest? { .occupant(id: occupantID) }

    public func title(_ context: AppContext) -> String {
        let number = context.text("Occupant n° \(occupantID)", "Occupant #\(occupantID)")
        return occupant.map { "\(number) · \($0.name)" } ?? number
    }

    public var actions: Set<ScreenAction> { [.assign] }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                "↑ ↓ j k PgUp PgDn", context.text("faire défiler la fiche", "scroll the record")),
            KeyHelp("Home End", context.text("début, fin de la fiche", "top, end of the record")),
            KeyHelp(
                "a F2",
                context.text("attribuer un local à l'occupant", "assign a unit to the occupant")),
            KeyHelp(
                "e",
                context.text(
                    "modifier la fiche, corriger le nom ou la CIN",
                    "edit the details, correct the name or the CIN")),
            KeyHelp(
                "L",
                context.text(
                    "son compte : redevances, paiements, solde ; saisir un paiement",
                    "its ledger: fees, payments, balance; enter a payment")),
            KeyHelp(context.text("Échap ⌫", "Esc ⌫"), context.text("revenir", "back")),
        ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        if let move = ListKeys.move(for: key) { return update(.scroll(move), context) }
        switch key {
        case .char("a"): return update(.assign, context)
        case .char("e"): return update(.edit, context)
        case .char("L"):
            guard let occupant else { return .done }
            return Outcome(navigation: .push(.ledger(LedgerScreen(occupantID: occupant.id))))
        default: return nil
        }
    }

    /// The record fills the body; a page keeps the last line of the one before in view.
    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        let body = context.body
        // The last page stays full: scrolling stops when the end of the record is in view.
        let last = max(0, lines(context).count - body.height)
        switch action {
        case .scroll(let move):
            scroll = min(max(0, move.index(from: scroll, page: body.height - 1)), last)
        case .assign:
            guard let occupant else { return .done }
            return Outcome(navigation: .push(.unitPicker(UnitPicker(occupant: occupant))))
        case .edit:
            guard let occupant else { return .done }
            return Outcome(navigation: .push(.occupantForm(OccupantForm(mode: .edit(occupant)))))
        }
        return .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .occupant(let occupant, let allocations) = result else { return }
        self.occupant = occupant
        self.allocations = allocations
        scroll = min(scroll, max(0, lines(context).count - context.body.height))
    }

    // MARK: - Drawing

    /// The record as lines of (text, style), scrolled as one page.
    func lines(_ context: AppContext) -> [(String, Style)] {
        guard let occupant else { return [] }
        var lines: [(String, Style)] = []
        func field(_ french: String, _ english: String, _ value: String?) {
            let label = DisplayWidth.pad(context.text(french, english), to: 18)
            lines.append((label + (value ?? "—"), .plain))
        }
        field("Nature", "Kind", occupant.kind.name(in: context.language))
        field("Nom", "Name", occupant.name)
        if occupant.kind == .artisan || occupant.category != nil {
            field("Catégorie", "Category", occupant.category?.name(in: context.language))
        }
        field("Métiers", "Trades", occupant.trades.joined(separator: ", "))
        // Identity papers differ: artisans have a CIN and a NIA, groups a registration.
        if occupant.kind == .artisan || occupant.cin != nil || occupant.nia != nil {
            field("CIN", "CIN", occupant.cin)
            field("NIA (RNA)", "NIA (RNA)", occupant.nia)
        }
        if occupant.kind != .artisan || occupant.registration != nil || occupant.members != nil {
            field("Immatriculation", "Registration", occupant.registration)
            field("Membres", "Members", occupant.members.map(String.init))
        }
        field("Téléphone", "Phone", occupant.phone)
        field("Commune", "Commune", occupant.commune)

        let current = allocations.filter { $0.allocation.status(on: context.today) == .current }
        lines.append(("", .plain))
        lines.append((context.text("Locaux occupés aujourd'hui", "Units held today"), Theme.header))
        if current.isEmpty { lines.append(("  " + context.text("aucun", "none"), .dim)) }
        for line in current {
            let allocation = line.allocation
            let until = allocation.period.lastDay.map { context.show($0) }
            var text = "  \(allocation.unitCode)  \(allocation.trade)  "
            text += context.text("depuis le ", "since ") + context.show(allocation.period.start)
            text += until.map { context.text(", jusqu'au ", ", until ") + $0 } ?? ""
            if let decision = allocation.decision { text += "  [\(decision)]" }
            lines.append((text, .plain))
        }

        lines.append(("", .plain))
        lines.append(
            (context.text("Historique des attributions", "Allocation history"), Theme.header))
        if allocations.isEmpty { lines.append(("  " + context.text("aucune", "none"), .dim)) }
        lines += historyLines(context)
        return lines
    }

    /// The "until" column: never a last day before the first, for an
    /// allocation that held no day (ended the day it began, or cancelled).
    static func until(_ period: Period, _ context: AppContext) -> String {
        switch period.extent {
        case .through(let last): return context.show(last)
        case .openEnded: return "—"
        case .noDay: return context.text("aucun jour", "no day")
        }
    }

    /// The history, newest first, in aligned columns; reasons go on a line of their own.
    func historyLines(_ context: AppContext) -> [(String, Style)] {
        guard !allocations.isEmpty else { return [] }
        let titles = [
            context.text("Local", "Unit"), context.text("Du", "From"), context.text("Au", "Until"),
            context.text("Métier", "Trade"), context.text("État", "Status"),
            context.text("Décision", "Decision"),
        ]
        let rows = allocations.reversed().map { line -> [String] in
            let allocation = line.allocation
            return [
                allocation.unitCode, context.show(allocation.period.start),
                Self.until(allocation.period, context), allocation.trade,
                allocation.status(on: context.today).name(in: context.language),
                allocation.decision ?? "—",
            ]
        }
        let widths = titles.indices.map { column in
            ([titles] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func joined(_ cells: [String]) -> String {
            "  " + zip(cells, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  ")
        }
        var lines: [(String, Style)] = [(joined(titles), .bold)]
        for (line, cells) in zip(allocations.reversed(), rows) {
            lines.append((joined(cells), .plain))
            if let reason = line.allocation.cancellation?.reason ?? line.allocation.ending?.reason {
                lines.append(("      ↳ " + reason, .dim))
            }
            if let override = line.allocation.overrideReason {
                lines.append(
                    ("      ↳ " + context.text("dérogation : ", "override: ") + override, .dim))
            }
        }
        return lines
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        guard occupant != nil else { return .hidden }
        let all = lines(context)
        for (offset, line) in all.dropFirst(scroll).prefix(area.height).enumerated() {
            canvas.write(
                line.0, row: area.row + offset, column: area.column + 1, style: line.1, clip: area)
        }
        if all.count - scroll > area.height, area.width > 2 {
            canvas.write(
                "↓", row: area.endRow - 1, column: area.endColumn - 2, style: .bold, clip: area)
        }
        return .parked(Position(row: area.row, column: area.column))
    }
}
