import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout offers [CALL] [--lapse]`: the offers and where each stands today.
///
/// A listing shows an unanswered offer past its day as lapsed (found by
/// date) but writes nothing: reading, exporting or piping to json must not
/// change the register. `--lapse` is the clerk's act that records those
/// lapses in the journal and offers each unit to the next in line.
struct OffersCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "offers", abstract: "List the offers and their answers.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A call's reference (default every call).") var call: String?
    @Flag(help: "Record the lapsed offers and offer their units to the next in line.")
    var lapse = false
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Option(help: "The day the offers are looked at (default today).") var on: Day?

    func run(with database: AppDatabase) throws {
        let day = on ?? global.today
        let language = global.language
        if lapse {
            let made = try database.lapseOffers(on: day, by: global.clerkName)
            try confirm(
                language.pick(
                    fr: "Offres échues enregistrées ; \(made.count) nouvelle(s) offre(s) faite(s).",
                    en: "Lapsed offers recorded; \(made.count) new offer(s) made."))
        }
        let show = Presenter(language: language, format: format)
        var names = OccupantNames(database)
        var listing = Listing(columns: [
            .init(key: "id", title: "Id", alignRight: true),
            .init(
                key: "number", title: show.title(fr: "N° de dépôt", en: "Filing number"),
                fit: .whole),
            .init(key: "applicant", title: show.title(fr: "Candidat", en: "Applicant")),
            .init(key: "unit", title: show.title(fr: "Local", en: "Unit"), fit: .whole),
            .init(key: "made", title: show.title(fr: "Faite le", en: "Made"), fit: .optional),
            .init(key: "due", title: show.title(fr: "Réponse avant", en: "Due by"), fit: .whole),
            .init(key: "state", title: show.title(fr: "État", en: "State"), fit: .whole),
            .init(key: "answered", title: show.title(fr: "Le", en: "On"), fit: .whole),
        ])
        for offer in try database.offers(call: call) {
            let application = try database.application(id: offer.applicationID)
            let state = offer.state(on: day)
            listing.rows.append([
                String(offer.id), application.filingNumber,
                try names.name(application.occupantID), offer.unitCode, show.day(offer.madeOn),
                show.day(offer.dueBy),
                format == .table ? state.name(in: language) : state.rawValue,
                show.day(offer.answer?.day ?? offer.lapsedOn(asOf: day)),
            ])
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}

/// `hanout offer accept|decline OFFER`: the applicant's answer.
struct OfferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: "Record the answer to an offer.",
        subcommands: [OfferAcceptCommand.self, OfferDeclineCommand.self])
}

struct OfferAcceptCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Accept an offer: the unit is allocated with the call as decision.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The offer's id (see `hanout offers`).") var offer: Int64
    @Option(help: "The day of the answer (default today).") var on: Day?

    func run(with database: AppDatabase) throws {
        let allocation = try HintedRefusal.hinting {
            try database.acceptOffer(id: offer, on: on ?? global.today, by: global.clerkName)
        }
        let name = try database.occupant(id: allocation.occupantID).name
        let language = global.language
        let since = DayFormat.show(allocation.period.start, in: language)
        try confirm(
            language.pick(
                fr: "Offre acceptée : \(allocation.unitCode) à \(name) à partir du \(since) "
                    + "(décision \(allocation.decision ?? "")).",
                en: "Offer accepted: \(allocation.unitCode) to \(name) from \(since) "
                    + "(decision \(allocation.decision ?? "")).")
        )
    }
}

struct OfferDeclineCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: "Decline an offer: it counts as a refusal and the unit goes to the next in line.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The offer's id.") var offer: Int64
    @Option(help: "The day of the answer (default today).") var on: Day?

    func run(with database: AppDatabase) throws {
        let next = try database.declineOffer(
            id: offer, on: on ?? global.today, by: global.clerkName)
        let language = global.language
        var text = language.pick(fr: "Offre \(offer) déclinée.", en: "Offer \(offer) declined.")
        if let next {
            let application = try database.application(id: next.applicationID)
            let name = try database.occupant(id: application.occupantID).name
            text += language.pick(
                fr: " \(next.unitCode) offert à \(name) (offre \(next.id)).",
                en: " \(next.unitCode) offered to \(name) (offer \(next.id)).")
        } else {
            text += language.pick(fr: " Personne n'attend.", en: " No one waits.")
        }
        try confirm(text)
    }
}
