import HanoutDomain

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
