import HanoutDomain
import HanoutStore
import TerminalKit

// What each kind of unit form asks, checks and says.

extension UnitForm {
    static func blankFields(of kind: Kind, today: Day) -> [InputLine] {
        switch kind {
        case .reserve, .works: [InputLine(), InputLine()]
        case .backInService: [InputLine()]
        case .transfer: [InputLine(), InputLine(text: today.iso)]
        }
    }

    public func title(_ context: AppContext) -> String {
        switch kind {
        case .reserve(let occupant):
            context.text(
                "Réserver \(unit) pour \(occupant.name)", "Reserve \(unit) for \(occupant.name)")
        case .works: context.text("Mettre \(unit) en travaux", "Put \(unit) under works")
        case .backInService:
            context.text("Remettre \(unit) en service", "Put \(unit) back in service")
        case .transfer(_, _, let occupant, _):
            context.text(
                "Transférer \(unit) à \(occupant.name)", "Transfer \(unit) to \(occupant.name)")
        }
    }

    /// The lines above the fields: what the form acts on, then what it does.
    func heading(_ context: AppContext) -> (String, String) {
        switch kind {
        case .reserve(let occupant):
            return (
                context.text(
                    "\(unit) → \(occupant.name) (n° \(occupant.id))",
                    "\(unit) → \(occupant.name) (#\(occupant.id))"),
                context.text(
                    "Réservé, le local ne peut être attribué qu'à lui jusqu'au dernier jour.",
                    "Reserved, the unit may be assigned to them alone until the last day.")
            )
        case .works:
            return (
                context.text("\(unit), vacant.", "\(unit), vacant."),
                context.text(
                    "En travaux, le local ne peut être ni attribué ni réservé.",
                    "Under works, the unit can be neither assigned nor reserved.")
            )
        case .backInService(let now):
            return (
                context.text("\(unit) : \(now)", "\(unit): \(now)"),
                context.text(
                    "En service, le local est vacant : il peut être attribué à nouveau.",
                    "In service, the unit is vacant: it may be assigned again.")
            )
        case .transfer(let holder, let since, let occupant, _):
            return (
                context.text(
                    "\(unit), attribué à \(holder) depuis le \(context.show(since)).",
                    "\(unit), allocated to \(holder) since \(context.show(since))."),
                context.text(
                    "L'attribution se termine ; \(occupant.name) (n° \(occupant.id)) reçoit le local.",
                    "The allocation ends; \(occupant.name) (#\(occupant.id)) gets the unit.")
            )
        }
    }

    func labels(_ context: AppContext) -> [String] {
        switch kind {
        case .reserve:
            [
                context.text("Motif", "Reason"),
                context.text("Jusqu'au, inclus (vide : sans fin)", "Until, included (empty: none)"),
            ]
        case .works:
            [
                context.text("Travaux (note)", "Works (note)"),
                context.text("Fin prévue (vide : inconnue)", "Expected end (empty: unknown)"),
            ]
        case .backInService: [context.text("Note (facultative)", "Note (optional)")]
        case .transfer:
            [context.text("Motif", "Reason"), context.text("Date du transfert", "Handover date")]
        }
    }

    /// The write the fields ask for and the question that confirms it, or
    /// the first field that is wrong and why.
    func checked(_ context: AppContext) -> Result<(WriteRequest, String), Problem> {
        let first = fields[0].text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .reserve(let occupant):
            guard !first.isEmpty else {
                return .failure(
                    Problem(
                        field: 0,
                        text: context.text(
                            "Indiquez le motif de la réservation.",
                            "Give the reason for the reservation.")))
            }
            return lastDay(context).map { until in
                (
                    .condition(
                        unit: unit, .reserve(for: occupant.id, reason: first, until: until),
                        today: context.today),
                    context.text(
                        "Réserver \(unit) pour \(occupant.name)\(until: until, context) ? o/n",
                        "Reserve \(unit) for \(occupant.name)\(until: until, context)? y/n")
                )
            }
        case .works:
            guard !first.isEmpty else {
                return .failure(
                    Problem(
                        field: 0,
                        text: context.text(
                            "Décrivez les travaux (une note).", "Describe the works (a note).")))
            }
            return lastDay(context).map { until in
                (
                    .condition(
                        unit: unit, .works(note: first, until: until), today: context.today),
                    context.text(
                        "Mettre \(unit) en travaux\(until: until, context) ? o/n",
                        "Put \(unit) under works\(until: until, context)? y/n")
                )
            }
        case .backInService:
            return .success(
                (
                    .condition(
                        unit: unit, .available(note: first.isEmpty ? nil : first),
                        today: context.today),
                    context.text(
                        "Remettre \(unit) en service ? o/n", "Put \(unit) back in service? y/n")
                ))
        case .transfer(let holder, let since, let occupant, let trade):
            guard !first.isEmpty else {
                return .failure(
                    Problem(
                        field: 0,
                        text: context.text(
                            "Indiquez le motif du transfert.", "Give the reason for the transfer.")
                    ))
            }
            guard let day = DayFormat.parse(fields[1].text), day >= since else {
                return .failure(
                    Problem(
                        field: 1,
                        text: context.text(
                            "Date invalide : AAAA-MM-JJ ou JJ/MM/AAAA, au plus tôt le \(context.show(since)).",
                            "Invalid date: YYYY-MM-DD or DD/MM/YYYY, no earlier than \(context.show(since))."
                        )))
            }
            return .success(
                (
                    .transfer(
                        unit: unit, to: occupant.id, on: day, reason: first, trade: trade,
                        override: nil),
                    context.text(
                        "Transférer \(unit) de \(holder) à \(occupant.name) le \(context.show(day)) ? o/n",
                        "Transfer \(unit) from \(holder) to \(occupant.name) on \(context.show(day))? y/n"
                    )
                ))
        }
    }

    /// The second field, a last day: empty for none, else a date to come.
    func lastDay(_ context: AppContext) -> Result<Day?, Problem> {
        let text = fields[1].text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .success(nil) }
        guard let day = DayFormat.parse(text), day >= context.today else {
            return .failure(
                Problem(
                    field: 1,
                    text: context.text(
                        "Date invalide : AAAA-MM-JJ ou JJ/MM/AAAA, à partir d'aujourd'hui, ou vide.",
                        "Invalid date: YYYY-MM-DD or DD/MM/YYYY, from today on, or empty.")))
        }
        return .success(day)
    }

    /// What the message line says once saved.
    func done(_ context: AppContext) -> String {
        switch kind {
        case .reserve(let occupant):
            context.text(
                "Réservé : \(unit) pour \(occupant.name).",
                "Reserved: \(unit) for \(occupant.name).")
        case .works: context.text("En travaux : \(unit).", "Under works: \(unit).")
        case .backInService: context.text("En service : \(unit).", "In service: \(unit).")
        case .transfer(_, _, let occupant, _):
            context.text(
                "Transféré : \(unit) à \(occupant.name).",
                "Transferred: \(unit) to \(occupant.name).")
        }
    }
}

extension String.StringInterpolation {
    /// " jusqu'au 31/12/2026" / " until …", or nothing without a last day.
    fileprivate mutating func appendInterpolation(until: Day?, _ context: AppContext) {
        guard let until else { return }
        appendLiteral(context.text(" jusqu'au ", " until ") + context.show(until))
    }
}
