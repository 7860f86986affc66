import TerminalKit

/// What the forms that write one clerk action with a reason (release,
/// cancel) do alike: ask "…? y/n", then go back or say why not.
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
    static func outcome(of outcome: WriteOutcome, done: String) -> (outcome: Outcome, saved: Bool) {
        switch outcome {
        case .saved, .done:
            return (Outcome(navigation: .pop(1), message: Message(done, kind: .success)), true)
        case .refused(let reasons, _):
            return (Outcome(message: Message(reasons.joined(separator: " "), kind: .error)), false)
        case .failed(let text):
            return (Outcome(message: Message(text, kind: .error)), false)
        }
    }
}
