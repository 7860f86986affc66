import HanoutDomain
import HanoutStore

/// A refusal the clerk may go past on the command line, with the option that
/// does it: the store and the rules say what is wrong, this says what to do.
struct HintedRefusal: ClerkError {
    enum Hint {
        /// A trade rule a written reason lifts.
        case override
        /// A registration that looks like an occupant already registered.
        case allowDuplicate
        /// A unit kept (reserved, under works) that must be back in service first.
        case backInService(unit: String)
        /// Someone waits first in line for the unit: a written reason passes them over.
        case passOver
    }

    var refusal: any ClerkError
    var hint: Hint

    func message(in language: Language) -> String {
        let how =
            switch hint {
            case .override:
                language.pick(
                    fr:
                        "Pour passer outre, donnez un motif écrit : --override \"motif\" (il est enregistré).",
                    en:
                        "To go ahead anyway, give a written reason: --override \"reason\" (it is recorded)."
                )
            case .allowDuplicate:
                language.pick(
                    fr: "Si ce sont bien deux occupants, relancez avec --allow-duplicate.",
                    en: "If they are two occupants indeed, run again with --allow-duplicate.")
            case .passOver:
                language.pick(
                    fr:
                        "Pour attribuer à un autre, donnez le motif : --pass-over \"motif\" (il est enregistré).",
                    en:
                        "To allocate to someone else, give the reason: --pass-over \"reason\" (it is recorded)."
                )
            case .backInService(let unit):
                language.pick(
                    fr: "Pour le remettre en service : hanout available \(unit)",
                    en: "To put it back in service: hanout available \(unit)")
            }
        return refusal.message(in: language) + "\n" + how
    }

    /// Runs `body`, adding its hint to a refusal the command line can go past.
    static func hinting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as AllocationRefused where refusal.isOverridable {
            throw HintedRefusal(refusal: refusal, hint: .override)
        } catch let refusal as PassedOverWithoutReason {
            throw HintedRefusal(refusal: refusal, hint: .passOver)
        } catch let error as StoreError {
            guard case .possibleDuplicate = error else { throw error }
            throw HintedRefusal(refusal: error, hint: .allowDuplicate)
        }
    }
}

/// What a success recorded beyond the allocation itself.
enum OverrideNote {
    static func text(_ reason: String?, in language: Language) -> String {
        guard let reason, !reason.isEmpty else { return "" }
        return language.pick(
            fr: " Dérogation enregistrée : « \(reason) ».", en: " Override recorded: \"\(reason)\"."
        )
    }
}
