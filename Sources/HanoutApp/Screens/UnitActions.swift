import HanoutDomain
import HanoutStore

/// What `a` and `r` do on a unit, the same from the zone screen and the unit's
/// record, and what `x` does on the record.
enum UnitActions {
    static func assign(_ current: UnitOccupancy, _ context: AppContext) -> Outcome {
        switch current.state {
        case .vacant, .reserved:
            return Outcome(navigation: .push(.occupantPicker(OccupantPicker(unit: current.unit))))
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
