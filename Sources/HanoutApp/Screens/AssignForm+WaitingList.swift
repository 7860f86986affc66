import HanoutDomain
import HanoutStore
import TerminalKit

extension AssignForm {
    static let passingOver = 4

    /// "Why not Itto Assoufid (first in line)": the field's label.
    static func passingOverLabel(_ first: WaitingCandidate, _ context: AppContext) -> String {
        context.text(
            "Pourquoi pas \(first.occupant.name) (1er en attente)",
            "Why not \(first.occupant.name) (first in line)")
    }

    /// Writes the allocation; past the first in line only with the reason.
    mutating func save(_ request: AllocationRequest, _ context: AppContext) -> Outcome {
        guard passedOver != nil else {
            stage = .saving
            return Outcome(effects: [.write(.assign(request))])
        }
        let reason = fields[Self.passingOver].text.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else {
            focus = Self.passingOver
            return Outcome(
                message: Message(
                    context.text(
                        "Passer outre le premier en liste d'attente demande un motif écrit.",
                        "Passing over the first in line needs a written reason."), kind: .error))
        }
        stage = .saving
        return Outcome(effects: [.write(.assignPassingOver(request, reason: reason))])
    }
}
