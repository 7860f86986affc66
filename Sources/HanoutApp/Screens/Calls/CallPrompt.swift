import HanoutDomain
import TerminalKit
import TextLayout

/// The one-line question the call and ranking screens ask before a write:
/// "…? y/n", a reason, a mark.
///
/// A change to a frozen ranking asks one more thing, the reason of the new
/// version it makes, because the store refuses it without one.
public struct CallPrompt: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case confirm(CallWrite)
        case inadmissibleReason(application: Int64)
        case mark(application: Int64, cap: Int)
        /// The write waits for the reason of the new version it makes.
        case versionReason(CallWrite)
        case newVersion(call: String)
    }

    /// What a key in the prompt leads to.
    public enum Step: Hashable, Sendable {
        case stay
        case cancel
        case write(CallWrite)
        case ask(CallPrompt)
        case refuse(String)
    }

    public var purpose: Purpose
    public var input = InputLine()

    public init(_ purpose: Purpose) {
        self.purpose = purpose
    }

    /// The write for `write`, or first the question of a new version's
    /// reason when the ranking is frozen and the write changes a file.
    public static func next(_ write: CallWrite, frozen: Bool) -> Step {
        switch write {
        case .admissibility, .mark:
            return frozen ? .ask(CallPrompt(.versionReason(write))) : .write(write)
        default: return .write(write)
        }
    }

    public mutating func handle(_ key: Key, frozen: Bool, _ context: AppContext) -> Step {
        if case .confirm(let write) = purpose {
            switch FormConfirmation.answer(key) {
            case true?: return .write(write)
            case false?: return .cancel
            case nil: return .stay
            }
        }
        switch key {
        case .escape: return .cancel
        case .enter: return finish(frozen: frozen, context)
        default:
            input.handle(key)
            return .stay
        }
    }

    func finish(frozen: Bool, _ context: AppContext) -> Step {
        let text = input.text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .confirm(let write):
            return .write(write)
        case .inadmissibleReason(let id):
            guard !text.isEmpty else {
                return .refuse(
                    context.text(
                        "Un dossier irrecevable demande son motif.",
                        "An inadmissible file needs its reason."))
            }
            return Self.next(
                .admissibility(application: id, .inadmissible(reason: text), versionReason: nil),
                frozen: frozen)
        case .mark(let id, let cap):
            guard let mark = Int(text), (0...cap).contains(mark) else {
                return .refuse(
                    context.text(
                        "La note est un nombre de 0 à \(cap).",
                        "The mark is a number from 0 to \(cap)."))
            }
            return Self.next(.mark(application: id, mark, versionReason: nil), frozen: frozen)
        case .versionReason(let write):
            guard !text.isEmpty else { return .refuse(Self.reasonNeeded(context)) }
            switch write {
            case .admissibility(let id, let admissibility, _):
                return .write(.admissibility(application: id, admissibility, versionReason: text))
            case .mark(let id, let mark, _):
                return .write(.mark(application: id, mark, versionReason: text))
            default:
                return .write(write)
            }
        case .newVersion(let call):
            guard !text.isEmpty else { return .refuse(Self.reasonNeeded(context)) }
            return .write(.rerank(call: call, reason: text))
        }
    }

    static func reasonNeeded(_ context: AppContext) -> String {
        context.text(
            "Une nouvelle version du classement demande un motif écrit.",
            "A new version of the ranking needs a written reason.")
    }

    /// The question, before the field (the whole line for a y/n question).
    func question(_ context: AppContext) -> String {
        switch purpose {
        case .confirm(let write): return Self.question(for: write, context)
        case .inadmissibleReason:
            return context.text("Motif d'irrecevabilité : ", "Reason it is inadmissible: ")
        case .mark(_, let cap):
            return context.text(
                "Note de la commission (0 à \(cap)) : ", "Committee mark (0 to \(cap)): ")
        case .versionReason:
            return context.text(
                "Classement figé : motif de la nouvelle version : ",
                "Ranking frozen: reason for a new version: ")
        case .newVersion:
            return context.text(
                "Motif de la nouvelle version du classement : ",
                "Reason for a new version of the ranking: ")
        }
    }

    static func question(for write: CallWrite, _ context: AppContext) -> String {
        switch write {
        case .move(let call, .open):
            return context.text("Ouvrir l'appel \(call) ? o/n", "Open call \(call)? y/n")
        case .move(let call, .closed):
            return context.text("Clore l'appel \(call) ? o/n", "Close call \(call)? y/n")
        case .move(let call, let status):
            return context.text(
                "Passer \(call) à « \(status.name(in: context.language)) » ? o/n",
                "Move \(call) to \(status.name(in: context.language))? y/n")
        case .rank(let call):
            return context.text(
                "Classer les dossiers de \(call) ? o/n", "Rank the files of \(call)? y/n")
        case .freeze(let call):
            return context.text(
                "Figer le classement de \(call) (il ne changera plus que par une nouvelle version) ? o/n",
                "Freeze the ranking of \(call) (then only a new version changes it)? y/n")
        case .commitAllocation(let call, let day):
            return context.text(
                "Valider le tirage de \(call) : offres faites le \(context.show(day)) ? o/n",
                "Commit the run of \(call): offers made on \(context.show(day))? y/n")
        case .accept(let offer, _):
            return context.text("Offre \(offer) acceptée ? o/n", "Offer \(offer) accepted? y/n")
        case .decline(let offer, _):
            return context.text(
                "Offre \(offer) refusée (le local passe au suivant) ? o/n",
                "Offer \(offer) declined (the unit goes to the next in line)? y/n")
        case .lapse(let day):
            return context.text(
                "Relever les offres échues au \(context.show(day)) ? o/n",
                "Record the offers lapsed by \(context.show(day))? y/n")
        default:
            return context.text("Confirmer ? o/n", "Confirm? y/n")
        }
    }

    /// Draws the question on `row`; gives where the cursor goes.
    func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let question = question(context)
        if case .confirm = purpose {
            canvas.write(
                question, row: area.row, column: area.column + 1,
                style: Style(attributes: [.bold, .reverse]), clip: area)
            return .hidden
        }
        canvas.write(question, row: area.row, column: area.column + 1, style: .bold, clip: area)
        let start = area.column + 1 + DisplayWidth.of(question)
        let field = Rect(
            row: area.row, column: start, width: max(1, area.endColumn - start - 1), height: 1)
        input.render(into: &canvas, area: field)
        return .visible(input.cursorPosition(in: field))
    }
}

extension CallPrompt {
    /// Passes `key` to the prompt open in `prompt`, if any, and does what its
    /// step says (see `follow`); nil when no prompt is open. The one way the
    /// call screens answer a prompt.
    static func answer(
        _ key: Key, to prompt: inout CallPrompt?, frozen: Bool, _ context: AppContext
    ) -> Outcome? {
        guard var current = prompt else { return nil }
        let step = current.handle(key, frozen: frozen, context)
        prompt = current
        return follow(step, prompt: &prompt)
    }

    /// Does what a prompt's step says: keep asking, stop, ask the next
    /// question, say why not, or write (the prompt closes).
    static func follow(_ step: Step, prompt: inout CallPrompt?) -> Outcome {
        switch step {
        case .stay: return .done
        case .cancel:
            prompt = nil
            return .done
        case .ask(let next):
            prompt = next
            return .done
        case .refuse(let text):
            return Outcome(message: Message(text, kind: .error))
        case .write(let write):
            prompt = nil
            return Outcome(effects: [.write(.call(write))])
        }
    }
}
