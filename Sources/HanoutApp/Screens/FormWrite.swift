import TerminalKit

/// What a small form on a screen (a payment, a reversal) makes of the
/// store's answer: closed with the success said, or left open with the
/// reason it was refused, so the clerk corrects it.
enum FormWrite {
    static func received(_ outcome: WriteOutcome, saved: String) -> (
        closed: Bool, outcome: Outcome
    ) {
        switch outcome {
        case .saved: return (true, Outcome(message: Message(saved, kind: .success)))
        case .done(let text): return (true, Outcome(message: Message(text, kind: .success)))
        case .refused(let reasons, _):
            return (false, Outcome(message: Message(reasons.joined(separator: " "), kind: .error)))
        case .failed(let text): return (false, Outcome(message: Message(text, kind: .error)))
        }
    }
}
