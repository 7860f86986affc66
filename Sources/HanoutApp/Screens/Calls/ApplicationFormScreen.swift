import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// A file received at the counter for a call: the applicant (chosen before),
/// the trade, the units preferred, the documents checklist with the day each
/// came in, and the facts the grid needs that the register does not hold.
public struct ApplicationFormScreen: ScreenModel {
    public var call: Call
    public var occupant: Occupant
    /// The applicant's trades the call covers: the only ones a file may name.
    public var trades: [String]
    public var trade = 0
    public var preferences = InputLine()
    /// One a required document: whether it came in, and the day.
    public var received: [Bool]
    public var receivedOn: [InputLine]
    public var years = InputLine()
    public var woman = false
    public var birthDay = InputLine()
    public var disability = false
    public var lateReason = InputLine()
    public var focus = 0
    public var stage = Stage.editing
    /// Screens to close once filed (this form, and the picker before it).
    public var returnDepth: Int

    public enum Stage: Hashable, Sendable {
        case editing
        case confirming(ApplicationForm)
        case saving
    }

    /// The form's fields, in the order Tab goes through them.
    public enum Field: Hashable, Sendable {
        case trade, preferences, document(Int), years, woman, birthDay, disability, lateReason
    }

    public init(call: Call, occupant: Occupant, today: Day, returnDepth: Int = 2) {
        self.call = call
        self.occupant = occupant
        self.returnDepth = returnDepth
        trades = occupant.trades.filter(call.covers(trade:))
        received = call.documentsRequired.map { _ in false }
        receivedOn = call.documentsRequired.map { _ in InputLine(text: today.iso) }
        // A file after the closing day passes only with the reason it is accepted.
        showsLateReason = call.status == .closed || today > call.closesOn
    }

    public var showsLateReason: Bool

    public var fields: [Field] {
        [.trade, .preferences] + call.documentsRequired.indices.map(Field.document)
            + [.years, .woman, .birthDay, .disability] + (showsLateReason ? [.lateReason] : [])
    }

    public var request: DataRequest? { nil }
    public var capturesText: Bool { true }

    public func title(_ context: AppContext) -> String {
        context.text("Dossier pour ", "File for ") + call.reference
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("Tab ↑ ↓", context.text("champ suivant / précédent", "next / previous field")),
            KeyHelp(
                context.text("Espace ← →", "Space ← →"),
                context.text(
                    "cocher une pièce ou une case, changer de métier",
                    "tick a document or a box, change the trade")),
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
        case .confirming(let form):
            switch FormConfirmation.answer(key) {
            case true?:
                stage = .saving
                return Outcome(effects: [.write(.call(.apply(form, call: call.reference)))])
            case false?: stage = .editing
            case nil: break
            }
            return .done
        case .editing:
            return edit(key, context)
        }
    }

    mutating func edit(_ key: Key, _ context: AppContext) -> Outcome? {
        let field = fields[min(focus, fields.count - 1)]
        switch key {
        case .escape: return nil
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .enter: return proceed(context)
        case .char(" "), .left, .right:
            toggle(field, backwards: key == .left)
            if !Self.isToggle(field) { type(key, in: field) }
        default: type(key, in: field)
        }
        return .done
    }

    static func isToggle(_ field: Field) -> Bool {
        switch field {
        case .trade, .document, .woman, .disability: return true
        default: return false
        }
    }

    mutating func toggle(_ field: Field, backwards: Bool) {
        switch field {
        case .trade where !trades.isEmpty:
            trade = (trade + (backwards ? trades.count - 1 : 1)) % trades.count
        case .document(let index): received[index].toggle()
        case .woman: woman.toggle()
        case .disability: disability.toggle()
        default: break
        }
    }

    mutating func type(_ key: Key, in field: Field) {
        switch field {
        case .preferences: preferences.handle(key)
        case .document(let index): receivedOn[index].handle(key)
        case .years: years.handle(key)
        case .birthDay: birthDay.handle(key)
        case .lateReason: lateReason.handle(key)
        case .trade, .woman, .disability: break
        }
    }
}
