extension Unit {
    /// The unit's reservation or works in one sentence, as the record, the
    /// command line and the confirmations say it; nil when it is available.
    ///
    /// "réservé pour Aït Lahcen (n° 12) jusqu'au 31/12/2026 — dossier en
    /// cours", "réservation pour … expirée le …", "en travaux jusqu'au … — toiture".
    public func conditionSummary(on today: Day, in language: Language) -> String? {
        let holder = detail.reservedFor.map { id in
            let name = detail.reservedForName ?? "#\(id)"
            return language.pick(fr: "\(name) (n° \(id))", en: "\(name) (#\(id))")
        }
        let until = detail.until.map { DayFormat.show($0, in: language) }
        var text: String
        switch condition {
        case .available:
            return nil
        case .reserved where reservationExpired(on: today):
            let who = holder.map { language.pick(fr: " pour \($0)", en: " for \($0)") } ?? ""
            text = language.pick(
                fr: "réservation\(who) expirée le \(until ?? "")",
                en: "reservation\(who) expired on \(until ?? "")")
        case .reserved:
            text = language.pick(fr: "réservé", en: "reserved")
            if let holder { text += language.pick(fr: " pour \(holder)", en: " for \(holder)") }
            text += DayFormat.until(detail.until, in: language)
        case .underWorks:
            text = language.pick(fr: "en travaux", en: "under works")
            text += DayFormat.until(detail.until, in: language)
        }
        if let note = detail.note, !note.isEmpty { text += " — " + note }
        return text
    }
}
