import HanoutDomain
import HanoutStore

/// A refusal that a written reason would lift, with how to give it on the
/// command line: the rules say what is wrong, this says what the clerk may do.
struct OverridableRefusal: ClerkError, Equatable {
    var refusal: AllocationRefused

    func message(in language: Language) -> String {
        refusal.message(in: language) + "\n"
            + language.pick(
                fr:
                    "Pour passer outre, donnez un motif écrit : --override \"motif\" (il est enregistré).",
                en:
                    "To go ahead anyway, give a written reason: --override \"reason\" (it is recorded)."
            )
    }

    /// Runs `body`, adding the hint to a refusal that an override would lift.
    static func hinting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as AllocationRefused where refusal.isOverridable {
            throw OverridableRefusal(refusal: refusal)
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

/// A registration that looks like an occupant already registered, with how to
/// register it anyway on the command line.
struct PossibleDuplicate: ClerkError {
    var refusal: StoreError

    func message(in language: Language) -> String {
        refusal.message(in: language) + "\n"
            + language.pick(
                fr: "Si ce sont bien deux occupants, relancez avec --allow-duplicate.",
                en: "If they are two occupants indeed, run again with --allow-duplicate.")
    }

    /// Runs `body`, adding the hint to a registration refused as a possible duplicate.
    static func hinting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            if case .possibleDuplicate = error { throw PossibleDuplicate(refusal: error) }
            throw error
        }
    }
}
