import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// Registering an artisan, a cooperative or an association, or changing a registered
/// occupant's details, from the keyboard: the same checks as the command line.
///
/// A new name or CIN on a registered occupant is a correction: the form asks its
/// reason, which the journal keeps. A possible duplicate (same NIA, or same name in
/// the same commune) is said, and registered only if the clerk confirms.
public struct OccupantForm: ScreenModel {
    public enum Mode: Hashable, Sendable {
        case register
        case edit(Occupant)
    }

    public enum Field: Hashable, Sendable {
        case kind, name, trades, category, cin, nia, phone, commune, registration, members
        /// The reason of a correction of the name or the CIN (edit only).
        case reason
    }

    public enum Stage: Hashable, Sendable {
        case editing
        case saving
        /// The store named a likely twin: register anyway?
        case confirmingDuplicate(String)
    }

    public var mode: Mode
    public var kind = OccupantKind.artisan
    public var category = ArtisanCategory.artisan
    public var texts: [Field: InputLine] = [:]
    public var focus = Field.name
    public var stage = Stage.editing
    /// The trade catalogue, for the trades field; nil until read.
    public var catalogue: [Trade]?

    public init(mode: Mode) {
        self.mode = mode
        guard case .edit(let occupant) = mode else { return }
        kind = occupant.kind
        category = occupant.category ?? .artisan
        let values: [(Field, String?)] = [
            (.name, occupant.name), (.cin, occupant.cin), (.nia, occupant.nia),
            (.phone, occupant.phone), (.commune, occupant.commune),
            (.registration, occupant.registration), (.members, occupant.members.map(String.init)),
        ]
        for (field, value) in values { texts[field] = InputLine(text: value ?? "") }
    }

    /// The fields shown, in order: those of the occupant's kind.
    public var fields: [Field] {
        var fields: [Field] = []
        if isRegistering { fields.append(.kind) }
        fields.append(.name)
        if isRegistering { fields.append(.trades) }
        fields += kind == .artisan ? [.category, .cin, .nia] : [.registration, .members]
        fields += [.phone, .commune]
        if !isRegistering { fields.append(.reason) }
        return fields
    }

    var isRegistering: Bool { mode == .register }

    func text(_ field: Field) -> String { texts[field]?.text ?? "" }

    /// The text of an optional field, nil when left empty.
    func optional(_ field: Field) -> String? {
        let value = text(field).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    public var request: DataRequest? { isRegistering && catalogue == nil ? .trades : nil }
    public var capturesText: Bool { true }

    public func title(_ context: AppContext) -> String {
        switch mode {
        case .register: return context.text("Nouvel occupant", "New occupant")
        case .edit(let occupant):
            return context.text("Fiche n° \(occupant.id)", "Details of #\(occupant.id)")
        }
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("Tab ↑ ↓", context.text("champ suivant, précédent", "next, previous field")),
            KeyHelp("← →", context.text("changer un choix (type, catégorie)", "change a choice")),
            KeyHelp(
                context.text("métiers", "trades"),
                context.text(
                    "codes ou noms, séparés par des virgules (men, tapisserie)",
                    "codes or names, with commas between (men, upholstery)")),
            KeyHelp(context.text("Entrée", "Enter"), context.text("enregistrer", "save")),
            KeyHelp(context.text("Échap", "Esc"), context.text("annuler", "cancel")),
        ]
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        if case .trades(let trades) = result { catalogue = trades }
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        switch stage {
        case .saving:
            return .done
        case .confirmingDuplicate:
            switch FormConfirmation.answer(key) {
            case true?: return save(allowingDuplicate: true, context)
            case false?: stage = .editing
            case nil: break
            }
            return .done
        case .editing:
            return edit(key, context)
        }
    }

    mutating func edit(_ key: Key, _ context: AppContext) -> Outcome? {
        let order = fields
        let index = order.firstIndex(of: focus) ?? 0
        switch key {
        case .escape: return nil
        case .tab, .down: focus = order[(index + 1) % order.count]
        case .backTab, .up: focus = order[(index + order.count - 1) % order.count]
        case .left where isChoice(focus), .right where isChoice(focus),
            .char(" ") where isChoice(focus):
            change(focus, by: key == .left ? -1 : 1)
        case .enter: return save(allowingDuplicate: false, context)
        default:
            guard !isChoice(focus) else { return .done }
            var line = texts[focus] ?? InputLine()
            _ = line.handle(key)
            texts[focus] = line
        }
        return .done
    }

    func isChoice(_ field: Field) -> Bool { field == .kind || field == .category }

    mutating func change(_ field: Field, by step: Int) {
        func next<T: CaseIterable & Equatable>(_ value: T) -> T {
            let all = Array(T.allCases)
            let index = all.firstIndex(of: value) ?? 0
            return all[(index + step + all.count) % all.count]
        }
        if field == .kind { kind = next(kind) } else { category = next(category) }
    }

    // MARK: - Saving

    /// Checks what the form can check itself, then asks the store to write.
    mutating func save(allowingDuplicate: Bool, _ context: AppContext) -> Outcome {
        switch occupant(context) {
        case .failure(let problem):
            stage = .editing
            focus = problem.field
            return Outcome(message: Message(problem.text, kind: .error))
        case .success(let occupant):
            stage = .saving
            switch mode {
            case .register:
                return Outcome(effects: [
                    .write(.addOccupant(occupant, allowingDuplicate: allowingDuplicate))
                ])
            case .edit:
                return Outcome(effects: [
                    .write(.editOccupant(occupant, correctionReason: optional(.reason)))
                ])
            }
        }
    }

    /// What the form cannot save, and the field to fix.
    struct Problem: Error {
        var field: Field
        var text: String
    }

    /// The occupant the fields describe, or the first problem with them.
    func occupant(_ context: AppContext) -> Result<Occupant, Problem> {
        guard let name = optional(.name) else {
            return .failure(
                Problem(field: .name, text: context.text("Indiquez le nom.", "Give the name.")))
        }
        var members: Int?
        if kind != .artisan, let text = optional(.members) {
            guard let count = Int(text), count >= 0 else {
                return .failure(
                    Problem(
                        field: .members,
                        text: context.text(
                            "Le nombre de membres est un nombre entier.",
                            "The number of members is a whole number.")))
            }
            members = count
        }
        var occupant: Occupant
        switch mode {
        case .register:
            switch TradeEntry.read(text(.trades), in: catalogue, context.language) {
            case .trades(let trades)?:
                occupant = Occupant(kind: kind, name: name, trades: trades.map(\.code))
            case .problem(let text)?:
                return .failure(Problem(field: .trades, text: text))
            case .empty?, nil:
                return .failure(
                    Problem(
                        field: .trades,
                        text: context.text(
                            "Indiquez au moins un métier (code ou nom).",
                            "Give at least one trade (a code or a name).")))
            }
        case .edit(let registered):
            occupant = registered
            occupant.name = name
            let corrects =
                name != registered.name
                || Occupant.keptCIN(optional(.cin)) != registered.cin
            if corrects && optional(.reason) == nil {
                return .failure(
                    Problem(
                        field: .reason,
                        text: context.text(
                            "Changer le nom ou la CIN est une correction : indiquez son motif.",
                            "Changing the name or the CIN is a correction: give its reason.")))
            }
        }
        if kind == .artisan {
            occupant.category = category
            occupant.cin = optional(.cin)
            occupant.nia = optional(.nia)
        } else {
            occupant.registration = optional(.registration)
            occupant.members = members
        }
        occupant.phone = optional(.phone)
        occupant.commune = optional(.commune)
        return .success(occupant)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        if case .refused(let reasons, true) = outcome, isRegistering {
            stage = .confirmingDuplicate(reasons.joined(separator: " "))
            return .done
        }
        let done: String
        if case .done(let text) = outcome {
            done = text
        } else {
            done = context.text("Fiche enregistrée.", "Details saved.")
        }
        let (next, saved) = FormConfirmation.outcome(of: outcome, done: done)
        if !saved { stage = .editing }
        return next
    }
}
