/// Something asked of a convention, a payment or a fee schedule that the
/// rules refuse, in the clerk's words. Nothing is written when one is given.
public enum TenancyRefusal: Error, Hashable, Sendable, ClerkError {
    case noConvention(unit: String)
    case conventionTerminated(number: String, lastDay: Day)
    case renewalNotLater(number: String, lastDay: Day, asked: Day)
    case renewalOverlaps(number: String, unit: String, by: String, from: Day)
    case renewalTooLong(number: String, months: Int)
    case shortenNotEarlier(number: String, lastDay: Day, asked: Day)
    case endBeforeStart(number: String, start: Day, asked: Day)
    case decisionMissing
    case reasonMissing
    case amountNotPositive(Money)
    case receiptMissing
    case receiptTaken(receipt: String, paidOn: Day, by: String)
    case monthsOutsideConventions(months: [Month], covered: [Period])
    case noConventionToPay(occupant: String)
    case paymentUnknown(receipt: String)
    case alreadyReversed(receipt: String, on: Day)
    case schedule(FeeScheduleProblem)
    case conventionExists(unit: String)
    case numberTaken(String)
    case lengthMissing(zone: String)
    case feeMissing(unit: String)
    case unknownConvention(String)
    case paidInTheFuture(Day)

    public func message(in language: Language) -> String {
        func day(_ day: Day) -> String { DayFormat.show(day, in: language) }
        switch self {
        case .noConvention(let unit):
            return language.pick(
                fr: "Le local \(unit) n'a pas de convention en cours : enregistrez-la d'abord "
                    + "(hanout convention).",
                en: "Unit \(unit) has no convention running: record it first (hanout convention).")
        case .conventionTerminated(let number, let lastDay):
            return language.pick(
                fr:
                    "La convention \(number) est résiliée depuis le \(day(lastDay.adding(days: 1))) : "
                    + "une nouvelle attribution demande une nouvelle convention.",
                en: "Convention \(number) was terminated from \(day(lastDay.adding(days: 1))): "
                    + "a new allocation needs a new convention.")
        case .renewalNotLater(let number, let lastDay, let asked):
            return language.pick(
                fr: "La convention \(number) court déjà jusqu'au \(day(lastDay)) : un "
                    + "renouvellement la prolonge au-delà (demandé : \(day(asked))). Pour "
                    + "l'écourter, utilisez « écourter ».",
                en: "Convention \(number) already runs until \(day(lastDay)): a renewal extends it "
                    + "beyond that (asked: \(day(asked))). To end it sooner, shorten it.")
        case .renewalOverlaps(let number, let unit, let by, let from):
            return language.pick(
                fr: "Renouveler la convention \(number) chevaucherait l'attribution de \(unit) à "
                    + "\(by) à partir du \(day(from)) : renouvelez jusqu'au "
                    + "\(day(from.adding(days: -1))) au plus.",
                en:
                    "Renewing convention \(number) would overlap the allocation of \(unit) to \(by) "
                    + "from \(day(from)): renew until \(day(from.adding(days: -1))) at the latest.")
        case .renewalTooLong(let number, let months):
            return language.pick(
                fr: "La convention \(number) courrait \(months) mois : une occupation temporaire "
                    + "ne dépasse pas \(FeeSchedule.longestConventionMonths / 12) ans.",
                en: "Convention \(number) would run \(months) months: a temporary occupation "
                    + "lasts \(FeeSchedule.longestConventionMonths / 12) years at most.")
        case .shortenNotEarlier(let number, let lastDay, let asked):
            return language.pick(
                fr: "La convention \(number) court jusqu'au \(day(lastDay)) : l'écourter demande "
                    + "une fin plus tôt (demandé : \(day(asked))).",
                en: "Convention \(number) runs until \(day(lastDay)): shortening it needs an "
                    + "earlier end (asked: \(day(asked))).")
        case .endBeforeStart(let number, let start, let asked):
            return language.pick(
                fr: "La convention \(number) commence le \(day(start)) : elle ne peut pas finir "
                    + "avant (demandé : \(day(asked))). Une erreur de saisie s'annule avec "
                    + "hanout cancel.",
                en: "Convention \(number) starts on \(day(start)): it cannot end before that "
                    + "(asked: \(day(asked))). An allocation entered by mistake is cancelled "
                    + "with hanout cancel.")
        case .decisionMissing:
            return language.pick(
                fr: "Un renouvellement demande la référence de sa décision (--decision).",
                en: "A renewal needs the reference of its decision (--decision).")
        case .reasonMissing:
            return language.pick(
                fr: "Écrivez le motif (--reason) : il est gardé dans l'historique.",
                en: "Write the reason (--reason): it is kept in the history.")
        case .amountNotPositive(let amount):
            return language.pick(
                fr: "Un paiement de \(amount.shown(in: .fr)) n'est pas un paiement : le montant "
                    + "doit être positif.",
                en: "A payment of \(amount.shown(in: .en)) is no payment: the amount must be "
                    + "positive.")
        case .receiptMissing:
            return language.pick(
                fr: "Un paiement demande le numéro de sa quittance (--receipt).",
                en: "A payment needs its receipt number (--receipt).")
        case .receiptTaken(let receipt, let paidOn, let by):
            return language.pick(
                fr: "La quittance \(receipt) est déjà enregistrée (\(by), le \(day(paidOn))) : "
                    + "vérifiez le numéro.",
                en: "Receipt \(receipt) is already recorded (\(by), on \(day(paidOn))): check "
                    + "the number.")
        case .monthsOutsideConventions(let months, let covered):
            let named = months.map { $0.shown(in: language) }.joined(separator: ", ")
            let spans = covered.map { period in
                "\(day(period.start))–\(period.lastDay.map(day) ?? "…")"
            }.joined(separator: ", ")
            return language.pick(
                fr: "Aucune convention de l'occupant ne couvre \(named) (conventions : \(spans)) : "
                    + "vérifiez les mois.",
                en: "No convention of the occupant covers \(named) (conventions: \(spans)): "
                    + "check the months.")
        case .noConventionToPay(let occupant):
            return language.pick(
                fr: "\(occupant) n'a aucune convention : il n'y a rien à payer.",
                en: "\(occupant) has no convention: there is nothing to pay.")
        case .paymentUnknown(let receipt):
            return language.pick(
                fr: "Aucun paiement n'a la quittance \(receipt).",
                en: "No payment has receipt \(receipt).")
        case .alreadyReversed(let receipt, let on):
            return language.pick(
                fr: "Le paiement \(receipt) a déjà été contre-passé le \(day(on)).",
                en: "Payment \(receipt) was already reversed on \(day(on)).")
        case .schedule(let problem):
            return problem.message(in: language)
        case .conventionExists(let unit):
            return language.pick(
                fr: "L'attribution de \(unit) a déjà sa convention : renouvelez-la ou écourtez-la.",
                en: "The allocation of \(unit) already has its convention: renew or shorten it.")
        case .numberTaken(let number):
            return language.pick(
                fr: "Le numéro de convention \(number) est déjà pris : vérifiez-le.",
                en: "Convention number \(number) is already taken: check it.")
        case .lengthMissing(let zone):
            return language.pick(
                fr: "La zone \(zone) n'a pas de barème qui fixe la durée d'une convention : "
                    + "donnez-la en mois (--months).",
                en: "Zone \(zone) has no fee schedule stating a convention's length: give it in "
                    + "months (--months).")
        case .feeMissing(let unit):
            return language.pick(
                fr: "Le barème ne fixe pas la redevance de \(unit) : donnez-la (--fee).",
                en: "The fee schedule sets no fee for \(unit): give it (--fee).")
        case .unknownConvention(let number):
            return language.pick(
                fr: "Aucune convention « \(number) ».", en: "No convention '\(number)'.")
        case .paidInTheFuture(let paidOn):
            return language.pick(
                fr: "Un paiement se saisit le jour où il est reçu, pas le \(day(paidOn)) : "
                    + "vérifiez la date.",
                en:
                    "A payment is entered when it is received, not on \(day(paidOn)): check the date."
            )
        }
    }
}

/// Why a fee schedule cannot be used.
public enum FeeScheduleProblem: Error, Hashable, Sendable, ClerkError {
    case overlap(zone: String, first: FeeRate, second: FeeRate)
    case amount(zone: String, from: Day, amount: Money)
    case conventionLength(zone: String, months: Int)
    case depositMonths(zone: String, months: Int)

    public func message(in language: Language) -> String {
        func span(_ rate: FeeRate) -> String {
            let from = DayFormat.show(rate.period.start, in: language)
            let through = rate.period.lastDay.map { DayFormat.show($0, in: language) } ?? "…"
            let units = rate.unitCodes.isEmpty ? "" : " (\(rate.unitCodes.joined(separator: ", ")))"
            return "\(from)–\(through)\(units)"
        }
        switch self {
        case .overlap(let zone, let first, let second):
            return language.pick(
                fr: "Barème de \(zone) : deux lignes valent en même temps pour les mêmes locaux "
                    + "(\(span(first)) et \(span(second))). Faites finir la première la veille "
                    + "de la seconde.",
                en: "Fee schedule of \(zone): two lines apply at once to the same units "
                    + "(\(span(first)) and \(span(second))). End the first the day before the "
                    + "second starts.")
        case .amount(let zone, let from, let amount):
            return language.pick(
                fr: "Barème de \(zone) : la ligne du \(DayFormat.show(from, in: .fr)) a un montant "
                    + "de \(amount.shown(in: .fr)) ; il doit être positif.",
                en: "Fee schedule of \(zone): the line from \(DayFormat.show(from, in: .en)) has "
                    + "an amount of \(amount.shown(in: .en)); it must be positive.")
        case .conventionLength(let zone, let months):
            return language.pick(
                fr: "Barème de \(zone) : une convention de \(months) mois n'est pas possible "
                    + "(1 à \(FeeSchedule.longestConventionMonths)).",
                en: "Fee schedule of \(zone): a convention of \(months) months is not possible "
                    + "(1 to \(FeeSchedule.longestConventionMonths)).")
        case .depositMonths(let zone, let months):
            return language.pick(
                fr: "Barème de \(zone) : une caution de \(months) mois de redevance n'est pas "
                    + "possible (0 à 24).",
                en: "Fee schedule of \(zone): a deposit of \(months) months of fee is not "
                    + "possible (0 to 24).")
        }
    }
}
