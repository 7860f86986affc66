import HanoutStore
import TerminalKit
import TextLayout

/// The one-line prompt `g` opens from any screen not typing into a field:
/// a zone's code, a unit's code or an occupant's number, then Enter. Over a
/// zone's plan it also takes a day (`14/02/2027`, `2027-02-14`), which moves
/// the plan to that day: one key to go anywhere, in space or in time.
public struct GoToPrompt: Hashable, Sendable {
    public var line = InputLine(maxLength: 60)
    /// The text sent to the store, while its answer is awaited: an answer to
    /// anything else (the prompt closed and opened again) is dropped.
    public var asked: String?
    /// Whether a day is taken: the prompt was opened over a zone's plan.
    public var takesDay: Bool

    public init(takesDay: Bool = false) {
        self.takesDay = takesDay
    }

    public enum Action: Hashable, Sendable {
        case edit(Key)
        case submit
        case cancel
    }

    static func action(for key: Key) -> Action {
        switch key {
        case .enter: return .submit
        case .escape: return .cancel
        default: return .edit(key)
        }
    }

    func prompt(_ context: AppContext) -> String {
        takesDay
            ? context.text(
                "Aller à (zone, local, #occupant ou jour) : ",
                "Go to (zone, unit, #occupant or day): ")
            : context.text(
                "Aller à (zone, local ou #occupant) : ", "Go to (zone, unit or #occupant): ")
    }

    /// The keys while the prompt is open, for the help.
    func help(_ context: AppContext) -> [KeyHelp] {
        let day =
            takesDay
            ? [
                KeyHelp(
                    context.text("14/02/2027", "2027-02-14"),
                    context.text("le plan de la zone ce jour-là", "the zone's plan on that day"))
            ] : []
        return [
            KeyHelp(
                "AOU  AOU-04  #109",
                context.text(
                    "une zone, un local, un occupant (n°)", "a zone, a unit, an occupant (number)"))
        ] + day + [
            KeyHelp(context.text("Entrée", "Enter"), context.text("y aller", "go there")),
            KeyHelp(context.text("Échap", "Esc"), context.text("renoncer", "cancel")),
        ]
    }

    /// What the message area says when `text` names nothing: what was typed,
    /// and the forms the prompt takes.
    static func notFound(_ text: String, _ context: AppContext) -> Message {
        Message(
            context.text(
                "Rien ne porte le code ou le numéro « \(text) ». Tapez le code d'une zone (AOU), d'un local (AOU-04) ou le numéro d'un occupant (#109).",
                "Nothing has the code or number '\(text)'. Type a zone's code (AOU), a unit's code (AOU-04) or an occupant's number (#109)."
            ), kind: .warning)
    }

    /// The screens to open for `target`, the last on top: a unit's record
    /// opens over its zone, so that going back lands on the unit in its plan.
    static func screens(for target: GoToTarget) -> [Screen] {
        switch target {
        case .zone(let code):
            return [.zone(ZoneScreen(zoneCode: code))]
        case .unit(let code, let zoneCode):
            return [
                .zone(ZoneScreen(zoneCode: zoneCode, selecting: code)),
                .unit(UnitScreen(unitCode: code)),
            ]
        case .occupant(let id):
            return [.occupant(OccupantScreen(occupantID: id))]
        }
    }

    /// Draws the prompt on `area` (the message area); gives the cursor's position.
    func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Position {
        var line = line
        line.prompt = prompt(context)
        let row = area.top(1)
        canvas.fill(row, with: Cell(" "))
        let field = Rect(
            row: row.row, column: row.column + 1, width: max(0, row.width - 2), height: 1)
        line.render(into: &canvas, area: field)
        return line.cursorPosition(in: field)
    }
}
