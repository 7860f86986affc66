import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The short form that confirms an allocation: trade, dates, decision.
///
/// A refusal shows every reason; when only the trade rule stands in the way,
/// the form asks for the written reason of an override.
public struct AssignForm: ScreenModel {
    public var unit: String
    public var occupant: Occupant
    public var fields: [InputLine]
    public var focus = 0
    public var stage = Stage.editing
    /// How many screens to close once saved (the form and the picker).
    public var returnDepth: Int
    /// The first on the unit's waiting list, when the clerk chose someone
    /// else: the form then asks the written reason (the last field).
    public var passedOver: WaitingCandidate?

    public enum Stage: Hashable, Sendable {
        case editing
        case saving
        case refused([String])
        case overriding([String], reason: InputLine)
    }

    static let trade = 0, from = 1, until = 2, decision = 3

    public init(
        unit: String, occupant: Occupant, trade: String, startingOn start: Day, returnDepth: Int,
        passedOver: WaitingCandidate? = nil
    ) {
        self.unit = unit
        self.occupant = occupant
        self.returnDepth = returnDepth
        self.passedOver = passedOver
        fields = [
            InputLine(text: trade), InputLine(text: start.iso), InputLine(), InputLine(),
        ]
        if passedOver != nil { fields.append(InputLine()) }
    }

    public var request: DataRequest? { nil }
    public var capturesText: Bool { true }

    public func title(_ context: AppContext) -> String {
        context.text("Attribuer \(unit) à \(occupant.name)", "Assign \(unit) to \(occupant.name)")
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                "Tab ↓ / ⇧Tab ↑", context.text("champ suivant / précédent", "next / previous field")
            ),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("enregistrer l'attribution", "save the allocation")),
            KeyHelp(context.text("Échap", "Esc"), context.text("annuler", "cancel")),
        ]
    }

    func labels(_ context: AppContext) -> [String] {
        [
            context.text("Métier", "Trade"), context.text("Du (AAAA-MM-JJ)", "From (YYYY-MM-DD)"),
            context.text("Au, inclus (vide : sans terme)", "Until, included (empty: open)"),
            context.text("Décision n°", "Decision ref."),
        ] + (passedOver.map { [Self.passingOverLabel($0, context)] } ?? [])
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        switch stage {
        case .saving:
            return .done
        case .refused:
            stage = .editing
            return .done
        case .overriding(let reasons, var reason):
            switch key {
            case .escape:
                stage = .editing
            case .enter:
                let text = reason.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else {
                    return Outcome(
                        message: Message(
                            Refusal.overrideNeedsReason.message(in: context.language), kind: .error)
                    )
                }
                return submit(context, override: text)
            default:
                _ = reason.handle(key)
                stage = .overriding(reasons, reason: reason)
            }
            return .done
        case .editing:
            switch key {
            case .escape: return nil
            case .tab, .down: focus = (focus + 1) % fields.count
            case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
            case .enter: return submit(context, override: nil)
            default: _ = fields[focus].handle(key)
            }
            return .done
        }
    }

    mutating func submit(_ context: AppContext, override: String?) -> Outcome {
        let trade = fields[Self.trade].text.trimmingCharacters(in: .whitespaces).uppercased()
        guard let start = DayFormat.parse(fields[Self.from].text) else {
            focus = Self.from
            return Outcome(
                message: Message(
                    context.text(
                        "Date de début invalide : écrivez-la AAAA-MM-JJ, par exemple \(context.today.iso).",
                        "Invalid start date: write it YYYY-MM-DD, for example \(context.today.iso)."
                    ), kind: .error))
        }
        let untilText = fields[Self.until].text.trimmingCharacters(in: .whitespaces)
        let last = DayFormat.parse(untilText)
        guard untilText.isEmpty || last != nil, let period = Period(from: start, through: last)
        else {
            focus = Self.until
            return Outcome(
                message: Message(
                    context.text(
                        "Date de fin invalide : AAAA-MM-JJ, après le début, ou vide.",
                        "Invalid end date: YYYY-MM-DD, after the start, or empty."), kind: .error))
        }
        let decision = fields[Self.decision].text.trimmingCharacters(in: .whitespaces)
        let request = AllocationRequest(
            unitCode: unit, occupantID: occupant.id, trade: trade.isEmpty ? nil : trade,
            period: period, decision: decision.isEmpty ? nil : decision, overrideReason: override)
        return save(request, context)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        switch outcome {
        case .saved, .done:
            let trade = fields[Self.trade].text.uppercased()
            return Outcome(
                navigation: .pop(returnDepth),
                message: Message(
                    context.text(
                        "Attribué : \(unit) à \(occupant.name) (\(trade)).",
                        "Allocated: \(unit) to \(occupant.name) (\(trade))."), kind: .success))
        case .refused(let reasons, let overridable):
            stage = overridable ? .overriding(reasons, reason: InputLine()) : .refused(reasons)
            return Outcome(
                message: Message(
                    context.text("Attribution refusée.", "Allocation refused."), kind: .error))
        case .failed(let text):
            stage = .editing
            return Outcome(message: Message(text, kind: .error))
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        var row = area.row
        canvas.write(
            context.text(
                "Local \(unit) → \(occupant.name) (n° \(occupant.id), métiers \(occupant.trades.joined(separator: ", ")))",
                "Unit \(unit) → \(occupant.name) (#\(occupant.id), trades \(occupant.trades.joined(separator: ", ")))"
            ),
            row: row, column: area.column + 1, style: .bold, clip: area)
        row += 2
        let labels = labels(context)
        var editing = false
        if case .editing = stage { editing = true }
        var cursor = LabeledFields.draw(
            labels, fields, focus: editing ? focus : nil, fieldWidth: 30, into: &canvas,
            area: area, row: row)
        row += labels.count
        row += 1
        switch stage {
        case .editing:
            canvas.write(
                context.text(
                    "Entrée : enregistrer · Tab : champ suivant · Échap : annuler",
                    "Enter: save · Tab: next field · Esc: cancel"), row: row,
                column: area.column + 1, style: .dim, clip: area)
        case .saving:
            canvas.write(
                context.text("Enregistrement…", "Saving…"), row: row, column: area.column + 1,
                clip: area)
        case .refused(let reasons):
            row = drawReasons(reasons, into: &canvas, row: row, area: area, context)
            canvas.write(
                context.text("Une touche pour corriger.", "Any key to correct."), row: row,
                column: area.column + 1, style: .dim, clip: area)
        case .overriding(let reasons, let reason):
            row = drawReasons(reasons, into: &canvas, row: row, area: area, context)
            canvas.write(
                context.text(
                    "Seule la règle des métiers s'y oppose. Dérogation : motif, puis Entrée.",
                    "Only the trade rule refuses. To override: the reason, then Enter."),
                row: row, column: area.column + 1, clip: area)
            var line = reason
            line.prompt = context.text("Motif : ", "Reason: ")
            let lineArea = Rect(
                row: row + 1, column: area.column + 1, width: max(0, area.width - 2), height: 1)
            line.render(into: &canvas, area: lineArea)
            cursor = .visible(line.cursorPosition(in: lineArea))
        }
        return cursor
    }

    func drawReasons(
        _ reasons: [String], into canvas: inout Canvas, row: Int, area: Rect, _ context: AppContext
    ) -> Int {
        RefusalLines.draw(reasons, into: &canvas, row: row, area: area, context)
    }
}
