/// Why an allocation run offers an applicant no unit: a code a listing can
/// filter on and a sentence the applicant can be told.
///
/// Checked in this order, so that the reason given is the first that
/// applies: the call has no unit of the trade; the applicant already holds
/// the zone's limit; the trade has the zone's limit; the only units of the
/// trade will not be ready by the start; the units preferred are gone and
/// the applicant takes no other; every fitting unit went to someone ranked
/// higher.
public enum NotPlacedReason: Error, Hashable, Sendable {
    /// No unit offered allows the trade.
    case noUnitOfTrade
    /// The applicant holds (or was just offered) as many units in the zone as it allows.
    case occupantLimit
    /// The zone already has its maximum of units for the trade.
    case tradeFull
    /// The units of the trade are under works that end after the allocations start.
    case notReadyByStart
    /// The units preferred were taken and the applicant accepts no other.
    case preferencesUnavailable
    /// Every fitting unit went to someone ranked higher: the applicant waits.
    case belowUnitsOffered
    /// The rules refused the unit the run chose (a defect of the run, said rather than hidden).
    case refusedByRules([Refusal])

    /// The code listings and files carry (`tradeFull`).
    public var code: String {
        switch self {
        case .noUnitOfTrade: return "noUnitOfTrade"
        case .occupantLimit: return "occupantLimit"
        case .tradeFull: return "tradeFull"
        case .notReadyByStart: return "notReadyByStart"
        case .preferencesUnavailable: return "preferencesUnavailable"
        case .belowUnitsOffered: return "belowUnitsOffered"
        case .refusedByRules: return "refusedByRules"
        }
    }

    /// The reason for `code`, or nil (a rules refusal is not read back from a code).
    public init?(code: String) {
        switch code {
        case "noUnitOfTrade": self = .noUnitOfTrade
        case "occupantLimit": self = .occupantLimit
        case "tradeFull": self = .tradeFull
        case "notReadyByStart": self = .notReadyByStart
        case "preferencesUnavailable": self = .preferencesUnavailable
        case "belowUnitsOffered": self = .belowUnitsOffered
        default: return nil
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .noUnitOfTrade:
            return language.pick(
                fr: "aucun local offert n'admet ce métier",
                en: "no unit offered allows this trade")
        case .occupantLimit:
            return language.pick(
                fr: "occupe déjà le maximum de locaux de la zone",
                en: "already holds the zone's maximum of units")
        case .tradeFull:
            return language.pick(
                fr: "le métier a atteint son maximum dans la zone",
                en: "the trade has reached its maximum in the zone")
        case .notReadyByStart:
            return language.pick(
                fr: "les locaux de ce métier ne sortent pas des travaux à temps",
                en: "the units of this trade are not out of works in time")
        case .preferencesUnavailable:
            return language.pick(
                fr: "les locaux demandés sont pris et aucun autre n'est accepté",
                en: "the units asked for are taken and no other is accepted")
        case .belowUnitsOffered:
            return language.pick(
                fr: "classé après les locaux offerts : en liste d'attente",
                en: "ranked below the units offered: on the waiting list")
        case .refusedByRules(let reasons):
            return reasons.map { $0.message(in: language) }.joined(separator: " ")
        }
    }
}
