/// Something the clerk asked of a call, an application or an offer that the
/// rules refuse, with what the clerk needs to understand it. Nothing is
/// written when one is given.
public enum CallRefusal: Error, Hashable, Sendable, ClerkError {
    /// A move between statuses that does not follow the call's order.
    case wrongStatus(call: String, from: CallStatus, to: CallStatus, allowed: [CallStatus])
    /// An application to a call that is not open (files are received while it is).
    case callNotOpen(call: String, status: CallStatus)
    /// The applicant already applied to this call.
    case secondApplication(call: String, applicant: String, first: String)
    /// Filed after the closing day, with no reason recorded.
    case afterClosing(call: String, closedOn: Day, filedOn: Day)
    /// Filed before the opening day.
    case beforeOpening(call: String, opensOn: Day)
    /// The trade asked is not among the call's.
    case tradeNotCovered(call: String, trade: String, trades: [String])
    /// The trade asked is not one the applicant exercises.
    case applicantLacksTrade(applicant: String, trade: String, trades: [String])
    /// A preferred unit the call does not offer.
    case unitNotOffered(call: String, unit: String)
    /// A frozen ranking changed without a new version.
    case rankingFrozen(call: String, version: Int)
    /// A new version of a ranking without its written reason.
    case newVersionNeedsReason(call: String, version: Int)
    /// A change to applications after their ranking was frozen.
    case applicationsFrozen(call: String, version: Int)
    /// Something asked of a call before it was ranked (offers, an allocation run).
    case notRanked(call: String)
    /// A committee mark outside 0 ... the criterion's cap, or a grid without one.
    case markOutOfBounds(mark: Int, cap: Int)
    case gridHasNoCommitteeMark(grid: String)
    /// An inadmissible file with no reason given.
    case inadmissibleNeedsReason
    /// An answer to an offer already answered.
    case offerAnswered(offer: Int64, answer: OfferState)
    /// Accepting an offer past its day.
    case offerLapsed(offer: Int64, unit: String, dueBy: Day)
    /// Accepting an offer whose unit went to someone else meanwhile.
    case unitTakenMeanwhile(offer: Int64, unit: String, by: String)
    /// An offer to an applicant struck off after too many refused offers.
    case struckOff(applicant: String, strikes: Int)
    /// A call's title or a document it requires holding what `OccupantFieldRule`
    /// refuses in an occupant's name (a control character, which would act on a
    /// terminal or a printer instead of being shown).
    case textRefused(CallText, OccupantFieldRule.Problem)

    /// The texts of a call a clerk types.
    public enum CallText: String, Hashable, Sendable {
        case title, document
    }

    public func message(in language: Language) -> String {
        switch self {
        case .wrongStatus(let call, let from, let to, let allowed):
            let next = allowed.map { $0.name(in: language) }.joined(separator: ", ")
            let none = language.pick(fr: "aucun", en: "none")
            return language.pick(
                fr: "L'appel \(call) est \(from.name(in: .fr)) : il ne peut pas passer à "
                    + "« \(to.name(in: .fr)) » (étape suivante : \(next.isEmpty ? none : next)).",
                en: "Call \(call) is \(from.name(in: .en)): it cannot become "
                    + "'\(to.name(in: .en))' (next step: \(next.isEmpty ? none : next)).")
        case .callNotOpen(let call, let status):
            return language.pick(
                fr: "L'appel \(call) est \(status.name(in: .fr)) : il ne reçoit pas de "
                    + "candidatures.",
                en: "Call \(call) is \(status.name(in: .en)): it receives no applications.")
        case .secondApplication(let call, let applicant, let first):
            return language.pick(
                fr: "\(applicant) a déjà candidaté à l'appel \(call) (dossier \(first)) : "
                    + "une seule candidature par appel.",
                en: "\(applicant) already applied to call \(call) (file \(first)): "
                    + "one application per call.")
        case .afterClosing(let call, let closedOn, let filedOn):
            let closed = DayFormat.show(closedOn, in: language)
            let filed = DayFormat.show(filedOn, in: language)
            return language.pick(
                fr: "L'appel \(call) a clos le \(closed) ; ce dossier arrive le \(filed). "
                    + "Il n'est reçu qu'avec un motif écrit (retard admis par la commission).",
                en: "Call \(call) closed on \(closed); this file comes on \(filed). "
                    + "It is received only with a written reason (a delay the committee allows)."
            )
        case .beforeOpening(let call, let opensOn):
            let opens = DayFormat.show(opensOn, in: language)
            return language.pick(
                fr: "L'appel \(call) n'ouvre que le \(opens).",
                en: "Call \(call) opens only on \(opens).")
        case .tradeNotCovered(let call, let trade, let trades):
            let list = trades.joined(separator: ", ")
            return language.pick(
                fr: "L'appel \(call) ne porte pas sur le métier \(trade) (métiers : \(list)).",
                en: "Call \(call) does not cover trade \(trade) (trades: \(list)).")
        case .applicantLacksTrade(let applicant, let trade, let trades):
            return Refusal.occupantLacksTrade(occupant: applicant, trade: trade, trades: trades)
                .message(in: language)
        case .unitNotOffered(let call, let unit):
            return language.pick(
                fr: "Le local \(unit) n'est pas offert par l'appel \(call).",
                en: "Unit \(unit) is not offered by call \(call).")
        case .rankingFrozen(let call, let version):
            return language.pick(
                fr: "Le classement de l'appel \(call) (version \(version)) est figé : il ne "
                    + "change que par une nouvelle version, avec son motif écrit.",
                en: "The ranking of call \(call) (version \(version)) is frozen: it changes "
                    + "only by a new version, with its written reason.")
        case .newVersionNeedsReason(let call, let version):
            return language.pick(
                fr: "Une nouvelle version du classement de \(call) (après la version "
                    + "\(version)) doit être motivée par écrit.",
                en: "A new version of the ranking of \(call) (after version \(version)) "
                    + "needs a written reason.")
        case .applicationsFrozen(let call, let version):
            return language.pick(
                fr: "Le classement de l'appel \(call) (version \(version)) est figé : "
                    + "corriger un dossier demande une nouvelle version du classement, "
                    + "avec son motif.",
                en: "The ranking of call \(call) (version \(version)) is frozen: correcting "
                    + "a file needs a new version of the ranking, with its reason.")
        case .notRanked(let call):
            return language.pick(
                fr: "L'appel \(call) n'a pas encore de classement : classez-le d'abord.",
                en: "Call \(call) has no ranking yet: rank it first.")
        case .markOutOfBounds(let mark, let cap):
            return language.pick(
                fr: "La note \(mark) sort du barème (de 0 à \(cap)).",
                en: "Mark \(mark) is outside the scale (0 to \(cap)).")
        case .gridHasNoCommitteeMark(let grid):
            return language.pick(
                fr: "La grille \(grid) n'a pas de note de la commission.",
                en: "Grid \(grid) has no committee mark.")
        case .inadmissibleNeedsReason:
            return language.pick(
                fr: "Un dossier irrecevable l'est pour un motif : indiquez-le.",
                en: "A file is inadmissible for a reason: give it.")
        case .offerAnswered(let offer, let answer):
            return language.pick(
                fr: "L'offre n° \(offer) a déjà sa réponse (\(answer.name(in: .fr))).",
                en: "Offer #\(offer) already has its answer (\(answer.name(in: .en))).")
        case .offerLapsed(let offer, let unit, let dueBy):
            let due = DayFormat.show(dueBy, in: language)
            return language.pick(
                // The due day is the last one to answer: the offer lapses the day after.
                fr: "L'offre n° \(offer) du local \(unit) attendait une réponse au plus tard le "
                    + "\(due) : elle a expiré et ne s'accepte plus.",
                en: "Offer #\(offer) of unit \(unit) was to be answered by \(due): it lapsed "
                    + "and can no longer be accepted.")
        case .unitTakenMeanwhile(let offer, let unit, let by):
            return language.pick(
                fr: "Le local \(unit) de l'offre n° \(offer) a été attribué entre-temps à "
                    + "\(by) : l'offre ne s'accepte plus.",
                en: "Unit \(unit) of offer #\(offer) was allocated meanwhile to \(by): "
                    + "the offer can no longer be accepted.")
        case .struckOff(let applicant, let strikes):
            return language.pick(
                fr: "\(applicant) a refusé ou laissé expirer \(strikes) offres : il est radié "
                    + "de la liste.",
                en: "\(applicant) declined or let lapse \(strikes) offers: struck off the list."
            )
        case .textRefused(let text, let problem):
            switch text {
            case .title:
                return language.pick(
                    fr: "Titre de l'appel refusé : \(problem.message(in: .fr)).",
                    en: "Call title refused: \(problem.message(in: .en)).")
            case .document:
                return language.pick(
                    fr: "Pièce exigée refusée : \(problem.message(in: .fr)).",
                    en: "Required document refused: \(problem.message(in: .en)).")
            }
        }
    }
}
