import TerminalKit

/// What the forms that write one clerk action with a reason (release,
/// cancel, and the unit forms: reserve, works, back in service, transfer) do alike: ask "…? y/n", then go back or say why not.
enum FormConfirmation {
    /// The clerk's answer to "…? y/n": yes (`o` in French, `y`, Enter), no
    /// (`n`, Esc), or nil for any other key, which the question ignores.
    static func answer(_ key: Key) -> Bool? {
        switch key {
        case .char("o"), .char("O"), .char("y"), .char("Y"), .enter: return true
        case .char("n"), .char("N"), .escape: return false
        default: return nil
        }
    }

    /// What the write's outcome does: saved, back to the screen below, saying
    /// `done`; refused or failed, the reason said and the form kept (`saved`
    /// false) so the clerk can change it or leave.
    /// `depth` screens are closed once saved (the form, and the picker before it).
    static func outcome(of outcome: WriteOutcome, done: String, depth: Int = 1) -> (
        outcome: Outcome, saved: Bool
    ) {
        switch outcome {
        case .saved, .done:
            return (Outcome(navigation: .pop(depth), message: Message(done, kind: .success)), true)
        case .refused(let reasons, _):
            return (Outcome(message: Message(reasons.joined(separator: " "), kind: .error)), false)
        case .failed(let text):
            return (Outcome(message: Message(text, kind: .error)), false)
        }
    }
}
