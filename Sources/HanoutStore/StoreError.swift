import HanoutDomain

/// What the store refuses, in words that tell the clerk what to do next.
public enum StoreError: ClerkError, Equatable {
    case unknownUnit(String)
    case unknownZone(String)
    case unknownOccupant(Int64)
    case unknownTrade(String)
    /// Nothing to release or transfer on that day.
    case noCurrentAllocation(unit: String, on: Day)
    /// A release or transfer dated before the allocation began.
    case endBeforeStart(unit: String, start: Day)
    /// The unit cannot be reserved or put under works while allocated.
    case unitAllocated(unit: String, holder: String)
    /// A release or transfer needs a reason.
    case reasonRequired
    /// The database file holds something this version cannot read.
    case corrupt(String)
    case internalInconsistency(String)

    public func message(in language: Language) -> String {
        switch self {
        case .unknownUnit(let code):
            return language.pick(
                fr:
                    "Aucun local « \(code) ». Les codes sont de la forme AOU-07 : voir `hanout units ZONE`.",
                en: "No unit '\(code)'. Codes look like AOU-07: see `hanout units ZONE`.")
        case .unknownZone(let text):
            return language.pick(
                fr: "Aucune zone « \(text) ». Voir la liste avec `hanout zones`.",
                en: "No zone '\(text)'. See the list with `hanout zones`.")
        case .unknownOccupant(let id):
            return language.pick(
                fr: "Aucun occupant n° \(id). Cherchez-le avec `hanout occupants --search NOM`.",
                en: "No occupant #\(id). Look it up with `hanout occupants --search NAME`.")
        case .unknownTrade(let code):
            return language.pick(
                fr: "Métier inconnu « \(code) ». Voir les codes avec `hanout trades`.",
                en: "Unknown trade '\(code)'. See the codes with `hanout trades`.")
        case .noCurrentAllocation(let unit, let day):
            let shown = DayFormat.show(day, in: language)
            return language.pick(
                fr: "Le local \(unit) n'est attribué à personne le \(shown) : rien à libérer.",
                en: "Unit \(unit) is not allocated to anyone on \(shown): nothing to release.")
        case .endBeforeStart(let unit, let start):
            let shown = DayFormat.show(start, in: language)
            return language.pick(
                fr:
                    "L'attribution du local \(unit) commence le \(shown) : choisissez une date ultérieure.",
                en: "The allocation of unit \(unit) starts on \(shown): choose a later date.")
        case .unitAllocated(let unit, let holder):
            return language.pick(
                fr: "Le local \(unit) est attribué à \(holder) : libérez-le d'abord.",
                en: "Unit \(unit) is allocated to \(holder): release it first.")
        case .reasonRequired:
            return language.pick(
                fr: "Indiquez le motif (--reason).", en: "Give the reason (--reason).")
        case .corrupt(let detail):
            return language.pick(
                fr:
                    "La base de données contient une valeur illisible (\(detail)). Lancez `hanout check`.",
                en: "The database holds an unreadable value (\(detail)). Run `hanout check`.")
        case .internalInconsistency(let detail):
            return language.pick(
                fr: "Erreur interne (\(detail)). Rien n'a été enregistré.",
                en: "Internal error (\(detail)). Nothing was saved.")
        }
    }
}
