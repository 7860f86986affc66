import HanoutDomain
import HanoutStore

/// What `a` and `r` do on a unit, the same from the zone screen and the unit's
/// record, and what `x` does on the record.
enum UnitActions {
    /// Assigning `current` from `day` (today when nil), as the state shown on that day allows.
    static func assign(_ current: UnitOccupancy, _ context: AppContext, from day: Day? = nil)
        -> Outcome
    {
        switch current.state {
        case .vacant, .reserved:
            return Outcome(
                navigation: .push(
                    .occupantPicker(OccupantPicker(unit: current.unit, startDay: day))))
        case .occupied:
            let holder = current.occupant?.name ?? "?"
            return Outcome(
                message: Message(
                    context.text(
                        "\(current.unit.code) est occupé par \(holder) : libérez-le d'abord (r).",
                        "\(current.unit.code) is occupied by \(holder): release it first (r)."),
                    kind: .warning))
        case .underWorks:
            return Outcome(
                message: Message(
                    Refusal.unitUnderWorks(unit: current.unit.code).message(in: context.language),
                    kind: .warning))
        }
    }

    static func release(_ current: UnitOccupancy, _ context: AppContext) -> Outcome {
        guard current.state == .occupied, let allocation = current.allocation else {
            return Outcome(
                message: Message(
                    context.text(
                        "\(current.unit.code) n'est attribué à personne : rien à libérer.",
                        "\(current.unit.code) is not allocated to anyone: nothing to release."),
                    kind: .warning))
        }
        return Outcome(
            navigation: .push(
                .releaseForm(
                    ReleaseForm(
                        unit: current.unit.code, holder: current.occupant?.name ?? "?",
                        since: allocation.period.start,
                        today: context.today))))
    }

    /// The cancel form for the allocation `CancelRule` allows, or the rule's
    /// refusal, which says what to do instead.
    static func cancel(
        _ judged: Result<Allocation, AllocationRefused>, on current: UnitOccupancy,
        history: [AllocationLine], _ context: AppContext
    ) -> Outcome {
        switch judged {
        case .failure(let refused):
            return Outcome(message: Message(refused.message(in: context.language), kind: .warning))
        case .success(let allocation):
            let holder = history.first { $0.allocation.id == allocation.id }?.occupantName ?? "?"
            return Outcome(
                navigation: .push(
                    .cancelForm(
                        CancelForm(
                            unit: current.unit.code, holder: holder,
                            since: allocation.period.start))))
        }
    }
}

// MARK: - What the unit is kept for, and for whom

extension UnitActions {
    /// The unit's own actions in its state: Assign, Reserve and Works on a
    /// vacant unit, Assign (its holder) and Back in service on a reserved one,
    /// Back in service on one under works, Release and Transfer on an occupied
    /// one; so the bar and the help show only those.
    static func actions(for state: UnitState?) -> Set<ScreenAction> {
        switch state {
        case .vacant?: [.assign, .reserve, .works]
        case .reserved?: [.assign, .backInService]
        case .underWorks?: [.backInService]
        case .occupied?: [.release, .transfer]
        case nil: []
        }
    }

    /// The help's lines for `actions`, in the order of the bar.
    static func help(_ actions: Set<ScreenAction>, _ context: AppContext) -> [KeyHelp] {
        var lines: [KeyHelp] = []
        if actions.contains(.reserve) {
            lines.append(
                KeyHelp(
                    "v", context.text("réserver pour un occupant", "reserve for an occupant")))
        }
        if actions.contains(.works) {
            lines.append(KeyHelp("w", context.text("mettre en travaux", "put under works")))
        }
        if actions.contains(.backInService) {
            lines.append(
                KeyHelp(
                    "s",
                    context.text(
                        "remettre en service (fin de réservation ou de travaux)",
                        "back in service (reservation or works ended)")))
        }
        if actions.contains(.transfer) {
            lines.append(
                KeyHelp(
                    "T",
                    context.text("transférer à un autre occupant", "transfer to another occupant")))
        }
        return lines
    }

    /// Reserve, works, back in service or transfer on `current`; nil for the others.
    static func perform(_ action: ScreenAction, on current: UnitOccupancy, _ context: AppContext)
        -> Outcome
    {
        switch action {
        case .reserve: reserve(current, context)
        case .works: works(current, context)
        case .backInService: backInService(current, context)
        case .transfer: transfer(current, context)
        case .assign, .release, .cancel, .search, .print: .done
        }
    }

    static func reserve(_ current: UnitOccupancy, _ context: AppContext) -> Outcome {
        guard current.state == .vacant else { return notVacant(current, context) }
        return Outcome(
            navigation: .push(
                .occupantPicker(OccupantPicker(unit: current.unit, purpose: .reserve))))
    }

    static func works(_ current: UnitOccupancy, _ context: AppContext) -> Outcome {
        guard current.state == .vacant else { return notVacant(current, context) }
        return Outcome(
            navigation: .push(
                .unitForm(UnitForm(unit: current.unit.code, kind: .works, today: context.today))))
    }

    static func backInService(_ current: UnitOccupancy, _ context: AppContext) -> Outcome {
        guard current.state == .reserved || current.state == .underWorks,
            let now = current.unit.conditionSummary(on: context.today, in: context.language)
        else {
            return Outcome(
                message: Message(
                    context.text(
                        "\(current.unit.code) n'est ni réservé ni en travaux : rien à remettre en service.",
                        "\(current.unit.code) is neither reserved nor under works: nothing to put back in service."
                    ), kind: .warning))
        }
        return Outcome(
            navigation: .push(
                .unitForm(
                    UnitForm(
                        unit: current.unit.code, kind: .backInService(now), today: context.today))))
    }

    static func transfer(_ current: UnitOccupancy, _ context: AppContext) -> Outcome {
        guard current.state == .occupied, let allocation = current.allocation else {
            return Outcome(
                message: Message(
                    context.text(
                        "\(current.unit.code) n'est attribué à personne : rien à transférer (a : attribuer).",
                        "\(current.unit.code) is not allocated to anyone: nothing to transfer (a: assign)."
                    ), kind: .warning))
        }
        return Outcome(
            navigation: .push(
                .occupantPicker(
                    OccupantPicker(
                        unit: current.unit,
                        purpose: .transfer(
                            holder: current.occupant?.name ?? "?",
                            since: allocation.period.start)))))
    }

    /// Why a unit that is not vacant cannot be reserved or put under works, and what to do.
    static func notVacant(_ current: UnitOccupancy, _ context: AppContext) -> Outcome {
        let code = current.unit.code
        let text =
            current.state == .occupied
            ? context.text(
                "\(code) est occupé par \(current.occupant?.name ?? "?") : libérez-le d'abord (r).",
                "\(code) is occupied by \(current.occupant?.name ?? "?"): release it first (r).")
            : context.text(
                "\(code) est \(current.state.name(in: context.language)) : remettez-le d'abord en service (s).",
                "\(code) is \(current.state.name(in: context.language)): put it back in service first (s)."
            )
        return Outcome(message: Message(text, kind: .warning))
    }
}
