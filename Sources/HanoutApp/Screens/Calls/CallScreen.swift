import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// One call: what it offers, its status and counts, and its files, with the
/// clerk's actions on them (open, close, examine, mark, rank, freeze).
public struct CallScreen: ScreenModel {
    public var reference: String
    public var file: CallFile?
    public var list = WindowedList<ApplicationLine>()
    /// The question asked before a write, when one is.
    public var prompt: CallPrompt?

    public init(reference: String) {
        self.reference = reference
    }

    public enum Action: Hashable, Sendable {
        case list(ListMove)
        case move(CallStatus)
        case rank
        case freeze
        case admissible
        case inadmissible
        case mark
        case ranking
        case newApplication
        case allocationPreview
        case offers
    }

    public var request: DataRequest? { .callFile(reference) }
    public var capturesText: Bool { prompt != nil }
    var isFrozen: Bool { file?.ranking?.isFrozen ?? false }

    public func title(_ context: AppContext) -> String {
        context.text("Appel ", "Call ") + reference
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k PgUp PgDn", context.text("choisir un dossier", "choose a file")),
            KeyHelp(
                "n",
                context.text(
                    "nouveau dossier (candidat, pièces, faits déclarés)",
                    "new file (applicant, documents, declared facts)")),
            KeyHelp("O", context.text("ouvrir l'appel (brouillon)", "open the call (draft)")),
            KeyHelp("C", context.text("clore l'appel (ouvert)", "close the call (open)")),
            KeyHelp("A", context.text("dossier recevable", "file admissible")),
            KeyHelp(
                "I",
                context.text(
                    "dossier irrecevable, avec motif", "file inadmissible, with its reason")),
            KeyHelp(
                "m", context.text("note de la commission (bornée)", "committee mark (bounded)")),
            KeyHelp("R", context.text("classer (appel clos)", "rank (closed call)")),
            KeyHelp("F", context.text("figer le classement", "freeze the ranking")),
            KeyHelp(
                "P",
                context.text(
                    "aperçu du tirage des offres, puis valider",
                    "preview the allocation run, then commit")),
            KeyHelp("f", context.text("offres et réponses", "offers and their answers")),
            KeyHelp(
                context.text("Entrée r", "Enter r"),
                context.text("classement et explication des points", "ranking and why each score")),
            KeyHelp(
                context.text("Échap", "Esc"), context.text("retour aux appels", "back to the calls")
            ),
        ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        if prompt != nil { return answer(key, context) }
        if let move = ListKeys.move(for: key) { return update(.list(move), context) }
        let action: Action
        switch key {
        case .char("O"): action = .move(.open)
        case .char("C"): action = .move(.closed)
        case .char("R"): action = .rank
        case .char("F"): action = .freeze
        case .char("A"): action = .admissible
        case .char("I"): action = .inadmissible
        case .char("m"): action = .mark
        case .enter, .char("r"): action = .ranking
        case .char("n"): action = .newApplication
        case .char("P"): action = .allocationPreview
        case .char("f"): action = .offers
        default: return nil
        }
        return update(action, context)
    }

    func table(in body: Rect) -> ListArea {
        ListArea(
            frame: Rect(
                row: body.row + 4, column: body.column, width: body.width,
                height: max(0, body.height - 5)), header: 1)
    }

    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        switch action {
        case .list(let move):
            let page = table(in: context.body).page
            list.move(to: move.index(from: list.selected, page: page), visibleRows: page)
        case .move(let status):
            prompt = CallPrompt(.confirm(.move(call: reference, to: status)))
        case .rank:
            prompt = CallPrompt(
                .confirm(.rank(call: reference)))
        case .freeze:
            prompt = CallPrompt(.confirm(.freeze(call: reference)))
        case .admissible:
            guard let id = list.current?.application.id else { return .done }
            return follow(
                CallPrompt.next(
                    .admissibility(application: id, .admissible, versionReason: nil),
                    frozen: isFrozen))
        case .inadmissible:
            guard let id = list.current?.application.id else { return .done }
            prompt = CallPrompt(.inadmissibleReason(application: id))
        case .mark:
            guard let id = list.current?.application.id else { return .done }
            guard let cap = file?.markCap else {
                return Outcome(
                    message: Message(
                        context.text(
                            "La grille de cet appel n'a pas de note de la commission.",
                            "This call's grid has no committee mark."), kind: .warning))
            }
            prompt = CallPrompt(.mark(application: id, cap: cap))
        case .ranking:
            return Outcome(navigation: .push(.ranking(RankingScreen(reference: reference))))
        case .allocationPreview:
            return Outcome(navigation: .push(.allocation(AllocationScreen(reference: reference))))
        case .offers:
            return Outcome(navigation: .push(.offers(OffersScreen(reference: reference))))
        case .newApplication:
            guard let file, let unit = file.units.first else { return .done }
            // Files come in while the call is open (or, closed, with the
            // reason a late one is accepted): say so before the form.
            guard file.call.status == .open || file.call.status == .closed else {
                return Outcome(
                    message: Message(
                        context.text(
                            "Les dossiers se déposent quand l'appel est ouvert (celui-ci est \(file.call.status.name(in: context.language))).",
                            "Files are received while the call is open (this one is \(file.call.status.name(in: context.language)))."
                        ), kind: .warning))
            }
            return Outcome(
                navigation: .push(
                    .occupantPicker(OccupantPicker(unit: unit, purpose: .apply(file.call)))))
        }
        return .done
    }

    mutating func answer(_ key: Key, _ context: AppContext) -> Outcome {
        CallPrompt.answer(key, to: &prompt, frozen: isFrozen, context) ?? .done
    }

    /// Does what the prompt's step says (see `CallPrompt.follow`).
    mutating func follow(_ step: CallPrompt.Step) -> Outcome {
        CallPrompt.follow(step, prompt: &prompt)
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .callFile(let file) = result else { return }
        self.file = file
        list.receive(
            file.applications, offset: 0, total: file.applications.count,
            visibleRows: table(in: context.body).page)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        Self.written(outcome, reload: self.request)
    }

    /// After a call write: the store's words, and the call read again.
    static func written(_ outcome: WriteOutcome, reload: DataRequest?) -> Outcome {
        let effects = reload.map { [Effect.load($0)] } ?? []
        switch outcome {
        case .saved: return Outcome(effects: effects)
        case .done(let text):
            return Outcome(effects: effects, message: Message(text, kind: .success))
        case .refused(let reasons, _):
            return Outcome(message: Message(reasons.joined(separator: " "), kind: .error))
        case .failed(let text): return Outcome(message: Message(text, kind: .error))
        }
    }
}
