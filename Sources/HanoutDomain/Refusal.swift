/// One broken rule, with what the clerk needs to understand it.
public enum Refusal: Hashable, Sendable {
    /// The unit is under works and cannot be allocated.
    case unitUnderWorks(unit: String)
    /// The unit is reserved for another occupant, until `until` if set.
    case unitReserved(unit: String, holder: String, until: Day?)
    /// Another allocation of the unit shares days with the period asked.
    case unitTaken(unit: String, by: String, period: Period)
    /// The trade is not among those allowed in the unit (overridable).
    case tradeNotAllowed(unit: String, trade: String, allowed: [String])
    /// The occupant does not exercise the trade asked.
    case occupantLacksTrade(occupant: String, trade: String, trades: [String])
    /// The occupant would hold more units in the zone than its rules allow.
    case occupantLimit(occupant: String, zone: String, limit: Int, held: [String])
    /// The zone would have more units of one trade than its rules allow.
    case tradeLimit(zone: String, trade: String, limit: Int)
    /// A fair's stand asked outside the festival's dates.
    case outsideSeason(zone: String, season: Period)
    /// An override was asked with no written reason.
    case overrideNeedsReason
    /// A day outside those Hanout keeps (`Day.earliest ... Day.latest`).
    case dayOutOfRange(Day)
    /// A cancellation asked of a unit with no allocation still standing.
    case nothingToCancel(unit: String)
    /// A cancellation asked after something else happened on the unit.
    case cancelAfterLaterChange(unit: String, change: JournalAction)
    /// A cancellation asked of an allocation entered too long ago (`CancelRule.windowDays`).
    case cancelTooLate(unit: String, entered: Day, days: Int)
    /// A cancellation asked of the allocation a transfer made.
    case cancelTransfer(unit: String)

    /// Whether a clerk may pass over this refusal with a written reason.
    public var isOverridable: Bool {
        if case .tradeNotAllowed = self { return true }
        return false
    }

    /// The refusal in the clerk's words.
    public func message(in language: Language) -> String {
        switch self {
        case .unitUnderWorks(let unit):
            return language.pick(
                fr: "Le local \(unit) est en travaux : il ne peut pas être attribué.",
                en: "Unit \(unit) is under works: it cannot be allocated.")
        case .unitTaken(let unit, let by, let period):
            let span = Refusal.describe(period, in: language)
            return language.pick(
                fr: "Le local \(unit) est déjà attribué à \(by) \(span).",
                en: "Unit \(unit) is already allocated to \(by) \(span).")
        case .tradeNotAllowed(let unit, let trade, let allowed):
            let list = allowed.joined(separator: ", ")
            return language.pick(
                fr: "Le métier \(trade) n'est pas admis dans le local \(unit) (admis : \(list)).",
                en: "Trade \(trade) is not allowed in unit \(unit) (allowed: \(list)).")
        case .occupantLacksTrade(let occupant, let trade, let trades):
            let list = trades.joined(separator: ", ")
            return language.pick(
                fr: "\(occupant) n'exerce pas le métier \(trade) (métiers : \(list)).",
                en: "\(occupant) does not exercise trade \(trade) (trades: \(list)).")
        case .occupantLimit(let occupant, let zone, let limit, let held):
            let list = held.joined(separator: ", ")
            return language.pick(
                fr: "\(occupant) occupe déjà \(list) dans la zone \(zone) "
                    + "(au plus \(limit) local(aux) par occupant).",
                en: "\(occupant) already holds \(list) in zone \(zone) "
                    + "(at most \(limit) unit(s) per occupant).")
        case .tradeLimit(let zone, let trade, let limit):
            return language.pick(
                fr: "La zone \(zone) a déjà \(limit) local(aux) pour le métier \(trade), "
                    + "son maximum.",
                en: "Zone \(zone) already has \(limit) unit(s) for trade \(trade), its maximum.")
        case .outsideSeason(let zone, let season):
            let span = Refusal.describe(season, in: language)
            return language.pick(
                fr: "Les stands de \(zone) ne s'attribuent que pendant la foire, \(span).",
                en: "Stands of \(zone) are allocated only during the fair, \(span).")
        case .overrideNeedsReason:
            return language.pick(
                fr: "Une dérogation doit être motivée par écrit.",
                en: "An override needs a written reason.")
        case .dayOutOfRange(let day):
            return DayFormat.outOfRange(day, in: language)
        case .nothingToCancel(let unit):
            return language.pick(
                fr: "Le local \(unit) n'a aucune attribution à annuler.",
                en: "Unit \(unit) has no allocation to cancel.")
        case .cancelAfterLaterChange(let unit, .release):
            // The release already did what the clerk wants; one made the day
            // the allocation began leaves it with no day at all.
            return language.pick(
                fr: "L'attribution de \(unit) a été libérée depuis : elle ne s'annule plus, "
                    + "la libération vaut (faite le jour même, elle ne compte aucun jour).",
                en: "The allocation of \(unit) has been released since: it can no longer be "
                    + "cancelled, and the release stands (made the day it began, it counts no day)."
            )
        case .cancelAfterLaterChange(let unit, let change):
            let name = change.name(in: language)
            return language.pick(
                fr: "L'attribution de \(unit) a été suivie d'une autre opération (\(name)) : "
                    + "elle ne s'annule plus. Libérez plutôt le local.",
                en: "The allocation of \(unit) was followed by another change (\(name)): "
                    + "it can no longer be cancelled. Release the unit instead.")
        case .cancelTooLate(let unit, let entered, let days):
            let day = DayFormat.show(entered, in: language)
            return language.pick(
                fr: "L'attribution de \(unit) a été saisie le \(day) : une erreur s'annule "
                    + "dans les \(days) jours. Libérez plutôt le local.",
                en: "The allocation of \(unit) was entered on \(day): a mistake is cancelled "
                    + "within \(days) days. Release the unit instead.")
        case .unitReserved(let unit, let holder, let until):
            let end = DayFormat.until(until, in: language)
            return language.pick(
                fr: "Le local \(unit) est réservé pour \(holder)\(end) : attribuez-le à "
                    + "\(holder), ou remettez-le d'abord en service.",
                en: "Unit \(unit) is reserved for \(holder)\(end): assign it to \(holder), "
                    + "or put it back in service first.")
        case .cancelTransfer(let unit):
            return language.pick(
                fr: "L'attribution de \(unit) vient d'un transfert : une annulation ne rendrait "
                    + "pas le local à l'occupant précédent. Transférez-le-lui de nouveau.",
                en: "The allocation of \(unit) came from a transfer: cancelling it would not "
                    + "give the unit back to the previous holder. Transfer it back instead.")
        }
    }

    static func describe(_ period: Period, in language: Language) -> String {
        let start = DayFormat.show(period.start, in: language)
        guard let last = period.lastDay else {
            return language.pick(fr: "depuis le \(start)", en: "since \(start)")
        }
        let end = DayFormat.show(last, in: language)
        return language.pick(fr: "du \(start) au \(end)", en: "from \(start) to \(end)")
    }
}
