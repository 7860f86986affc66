import HanoutDomain
import TerminalKit

extension OccupantPicker {
    /// The keys only the applicant picker has.
    func applyHelp(_ context: AppContext) -> [KeyHelp] {
        guard case .apply = purpose else { return [] }
        return [
            KeyHelp(
                "Ctrl-N",
                context.text(
                    "inscrire un nouvel occupant, puis le choisir ici",
                    "register a new occupant, then choose them here"))
        ]
    }

    /// An applicant not in the register yet: the occupant form, the same as
    /// `add-artisan`; saved, it closes back here and the search finds them.
    func registerApplicant() -> Outcome {
        guard case .apply = purpose else { return .done }
        return Outcome(navigation: .push(.occupantForm(OccupantForm(mode: .register))))
    }
}
