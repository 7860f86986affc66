import HanoutDomain
import HanoutStore

extension StoreGateway {
    /// Writes a call action; gives what the clerk is told when it is done.
    /// A refusal (`CallRefusal`) is thrown, and `write` says it in words.
    func perform(_ write: CallWrite, _ language: Language) throws -> String {
        switch write {
        case .move(let reference, let status):
            let call = try database.moveCall(reference, to: status, by: clerk)
            return language.pick(
                fr: "\(call.reference) : \(status.name(in: language)).",
                en: "\(call.reference): \(status.name(in: language)).")
        case .rank(let reference):
            // Drawn when the committee ranks, as `hanout call rank` does: a
            // seed known before (say, from the reference) would let anyone
            // foresee how ties fall. Recorded with the ranking, shown, and so
            // the lot can be drawn again.
            let seed = UInt64.random(in: 0...UInt64.max)
            let ranking = try database.rank(call: reference, seed: seed, by: clerk)
            return language.pick(
                fr:
                    "\(ranking.callReference) classé : \(ranking.entries.count) rangs, \(ranking.setAside.count) écartés (tirage \(seed)).",
                en:
                    "\(ranking.callReference) ranked: \(ranking.entries.count) ranks, \(ranking.setAside.count) set aside (lot seed \(seed))."
            )
        case .freeze(let reference):
            let ranking = try database.freezeRanking(call: reference, by: clerk)
            return language.pick(
                fr: "Classement \(ranking.callReference) v\(ranking.version) figé.",
                en: "Ranking \(ranking.callReference) v\(ranking.version) frozen.")
        case .rerank(let reference, let reason):
            let ranking = try database.rerank(call: reference, reason: reason, by: clerk)
            return language.pick(
                fr: "Nouvelle version v\(ranking.version) du classement \(ranking.callReference).",
                en: "New version v\(ranking.version) of ranking \(ranking.callReference).")
        case .admissibility(let id, let admissibility, let versionReason):
            let application = try database.setAdmissibility(
                applicationID: id, admissibility, newVersionReason: versionReason, by: clerk)
            return application.filingNumber + language.pick(fr: " : ", en: ": ")
                + admissibility.name(in: language)
        case .commitAllocation(let reference, let day):
            let preview = try database.commitAllocation(call: reference, on: day, by: clerk)
            return language.pick(
                fr:
                    "\(preview.proposals.count) offres faites, \(preview.notPlaced.count) non placés.",
                en: "\(preview.proposals.count) offers made, \(preview.notPlaced.count) not placed."
            )
        case .accept(let offer, let day):
            let allocation = try database.acceptOffer(id: offer, on: day, by: clerk)
            return language.pick(
                fr:
                    "Offre \(offer) acceptée : \(allocation.unitCode) attribué (décision \(allocation.decision ?? "")).",
                en:
                    "Offer \(offer) accepted: \(allocation.unitCode) allocated (decision \(allocation.decision ?? ""))."
            )
        case .decline(let offer, let day):
            let next = try database.declineOffer(id: offer, on: day, by: clerk)
            return language.pick(
                fr: "Offre \(offer) refusée."
                    + (next.map { " \($0.unitCode) offert au suivant (offre \($0.id))." } ?? ""),
                en: "Offer \(offer) declined."
                    + (next.map { " \($0.unitCode) offered to the next in line (offer \($0.id))." }
                        ?? ""))
        case .lapse(let day):
            let made = try database.lapseOffers(on: day, by: clerk)
            return language.pick(
                fr: "Offres échues relevées ; \(made.count) nouvelles offres au suivant.",
                en: "Lapsed offers recorded; \(made.count) new offers to the next in line.")
        case .apply(let form, let reference):
            let application = try database.apply(form, to: reference, by: clerk)
            return language.pick(
                fr: "Dossier \(application.filingNumber) enregistré.",
                en: "File \(application.filingNumber) recorded.")
        case .mark(let id, let mark, let versionReason):
            let application = try database.setCommitteeMark(
                applicationID: id, mark: mark, newVersionReason: versionReason, by: clerk)
            return language.pick(
                fr: "\(application.filingNumber) : note de la commission \(mark).",
                en: "\(application.filingNumber): committee mark \(mark).")
        }
    }
}
