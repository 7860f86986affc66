import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The forms that change what a unit is kept for: reserve it for an
/// occupant, put it under works, back in service, or transfer it. Each is a
/// few fields, then "…? y/n", then the write; a refusal is shown whole.
///
/// One screen for the four: they differ only in their fields, their checks
/// and their words (`UnitForm+Kind`).
public struct UnitForm: ScreenModel {
    public enum Kind: Hashable, Sendable {
        /// For the occupant chosen in the picker.
        case reserve(Occupant)
        case works
        /// What the unit is kept for now (`Unit.conditionSummary`).
        case backInService(String)
        /// From the holder (since that day) to the occupant chosen, for the
        /// trade the picker proposed.
        case transfer(holder: String, since: Day, to: Occupant, trade: String)
    }

    public enum Stage: Hashable, Sendable {
        case editing
        /// The write to do once the clerk says yes, and the question.
        case confirming(WriteRequest, question: String)
        case saving
        /// The store's refusal, whole; any key goes back to the fields.
        case refused([String])
        /// A transfer only the trade rule refuses: the written reason of an
        /// override, then the same write with it.
        case overriding([String], WriteRequest, reason: InputLine)
    }

    public var unit: String
    public var kind: Kind
    public var fields: [InputLine]
    public var focus = 0
    public var stage = Stage.editing

    public init(unit: String, kind: Kind, today: Day) {
        self.unit = unit
        self.kind = kind
        fields = Self.blankFields(of: kind, today: today)
    }

    public var request: DataRequest? { nil }
    public var capturesText: Bool { true }

    /// The form and, when an occupant was picked for it, the picker.
    var returnDepth: Int {
        switch kind {
        case .reserve, .transfer: 2
        case .works, .backInService: 1
        }
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        (fields.count > 1
            ? [
                KeyHelp(
                    "Tab ↓ / ⇧Tab ↑",
                    context.text("champ suivant / précédent", "next / previous field"))
            ] : [])
            + [
                KeyHelp(
                    context.text("Entrée", "Enter"),
                    context.text("continuer, puis confirmer (o)", "continue, then confirm (y)")),
                KeyHelp(
                    context.text("Échap", "Esc"),
                    context.text("revenir sans rien changer", "back, changing nothing")),
            ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        switch stage {
        case .saving:
            return .done
        case .refused:
            stage = .editing
            return .done
        case .overriding(let reasons, let write, var reason):
            switch key {
            case .escape: stage = .editing
            case .enter:
                let text = reason.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty,
                    case .transfer(let unit, let to, let day, let why, let trade, _) = write
                else {
                    return Outcome(
                        message: Message(
                            Refusal.overrideNeedsReason.message(in: context.language), kind: .error
                        ))
                }
                stage = .saving
                return Outcome(effects: [
                    .write(
                        .transfer(
                            unit: unit, to: to, on: day, reason: why, trade: trade, override: text))
                ])
            default:
                _ = reason.handle(key)
                stage = .overriding(reasons, write, reason: reason)
            }
            return .done
        case .confirming(let write, _):
            switch FormConfirmation.answer(key) {
            case true?:
                stage = .saving
                return Outcome(effects: [.write(write)])
            case false?: stage = .editing
            case nil: break
            }
            return .done
        case .editing:
            switch key {
            case .escape: return nil
            case .tab, .down: focus = (focus + 1) % fields.count
            case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
            case .enter:
                switch checked(context) {
                case .success(let (write, question)):
                    stage = .confirming(write, question: question)
                    return .done
                case .failure(let problem):
                    focus = problem.field
                    return Outcome(message: Message(problem.text, kind: .error))
                }
            default: _ = fields[focus].handle(key)
            }
            return .done
        }
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        let (next, saved) = FormConfirmation.outcome(
            of: outcome, done: done(context), depth: returnDepth)
        guard !saved else { return next }
        switch outcome {
        case .refused(let reasons, true):
            stage = .overriding(reasons, request, reason: InputLine())
        case .refused(let reasons, false): stage = .refused(reasons)
        case .failed(let text): stage = .refused([text])
        case .saved, .done: break
        }
        return Outcome(
            message: Message(
                context.text("Rien n'a été enregistré.", "Nothing was saved."), kind: .error))
    }

    /// Why a field is refused before anything is written.
    struct Problem: Error, Hashable {
        var field: Int
        var text: String
    }
}
