import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// Releasing an occupied unit: a reason and a date, then a confirmation.
public struct ReleaseForm: ScreenModel {
    public var unit: String
    public var holder: String
    public var since: Day
    public var reason = InputLine()
    public var date: InputLine
    public var focus = 0
    public var stage = Stage.editing

    public enum Stage: Hashable, Sendable {
        case editing
        case confirming(Day)
        case saving
    }

    public init(unit: String, holder: String, since: Day, today: Day) {
        self.unit = unit
        self.holder = holder
        self.since = since
        date = InputLine(text: today.iso)
    }

    public var request: DataRequest? { nil }
    public var capturesText: Bool { true }

    public func title(_ context: AppContext) -> String {
        context.text("Libérer ", "Release ") + unit
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("Tab ↑ ↓", context.text("motif / date", "reason / date")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("continuer, puis confirmer (o)", "continue, then confirm (y)")),
            KeyHelp(context.text("Échap", "Esc"), context.text("annuler", "cancel")),
        ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        switch stage {
        case .saving:
            return .done
        case .confirming(let day):
            switch FormConfirmation.answer(key) {
            case true?:
                stage = .saving
                let text = reason.text.trimmingCharacters(in: .whitespaces)
                return Outcome(effects: [.write(.release(unit: unit, on: day, reason: text))])
            case false?: stage = .editing
            case nil: break
            }
            return .done
        case .editing:
            switch key {
            case .escape: return nil
            case .tab, .backTab, .up, .down: focus = 1 - focus
            case .enter: return proceed(context)
            default:
                if focus == 0 { _ = reason.handle(key) } else { _ = date.handle(key) }
            }
            return .done
        }
    }

    mutating func proceed(_ context: AppContext) -> Outcome {
        guard !reason.text.allSatisfy(\.isWhitespace) else {
            focus = 0
            return Outcome(
                message: Message(
                    context.text(
                        "Indiquez le motif de la libération.", "Give the reason for the release."),
                    kind: .error))
        }
        guard let day = DayFormat.parse(date.text), day >= since else {
            focus = 1
            return Outcome(
                message: Message(
                    context.text(
                        "Date invalide : AAAA-MM-JJ, au plus tôt le \(since.iso).",
                        "Invalid date: YYYY-MM-DD, no earlier than \(since.iso)."), kind: .error))
        }
        stage = .confirming(day)
        return .done
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        let (next, saved) = FormConfirmation.outcome(
            of: outcome,
            done: context.text("Libéré : \(unit) (\(holder)).", "Released: \(unit) (\(holder))."))
        if !saved { stage = .editing }
        return next
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        var row = area.row
        canvas.write(
            context.text(
                "\(unit), attribué à \(holder) depuis le \(context.show(since)).",
                "\(unit), allocated to \(holder) since \(context.show(since))."),
            row: row, column: area.column + 1, style: .bold, clip: area)
        row += 2
        let labels = [
            context.text("Motif", "Reason"), context.text("Vacant à partir du", "Vacant from"),
        ]
        let cursor = LabeledFields.draw(
            labels, [reason, date], focus: stage == .editing ? focus : nil, fieldWidth: 50,
            into: &canvas, area: area, row: row)
        row += labels.count
        row += 1
        switch stage {
        case .editing:
            canvas.write(
                context.text(
                    "Entrée : continuer · Échap : annuler", "Enter: continue · Esc: cancel"),
                row: row, column: area.column + 1, style: .dim, clip: area)
        case .confirming(let day):
            canvas.write(
                context.text(
                    "Libérer \(unit) (\(holder)), vacant le \(context.show(day)) ? o/n",
                    "Release \(unit) (\(holder)), vacant on \(context.show(day))? y/n"),
                row: row, column: area.column + 1, style: Style(attributes: [.bold, .reverse]),
                clip: area)
        case .saving:
            canvas.write(
                context.text("Enregistrement…", "Saving…"), row: row, column: area.column + 1,
                clip: area)
        }
        return cursor
    }
}
