import Foundation
import HanoutDomain
import HanoutStore
import TerminalKit

// MARK: - The go-to prompt (`g`)

extension AppCore {
    /// A key while the go-to prompt is open: it edits, sends or closes it.
    static func handleGoTo(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.goTo else { return [] }
        switch GoToPrompt.action(for: key) {
        case .cancel:
            state.goTo = nil
        case .submit:
            let text = prompt.line.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                state.goTo = nil
                return []
            }
            if prompt.takesDay, let day = DayFormat.parse(text), case .zone(var zone) = state.top {
                state.goTo = nil
                let outcome = zone.update(.day(.on(day)), state.context)
                state.stack[state.stack.count - 1] = .zone(zone)
                return apply(outcome, &state)
            }
            prompt.asked = text
            state.goTo = prompt
            // The store resolves the text: the prompt never reads the database.
            return [.load(.goTo(text))]
        case .edit(let key):
            // Typing again after Enter asks anew: a late answer is dropped.
            prompt.asked = nil
            _ = prompt.line.handle(key)
            state.goTo = prompt
        }
        return []
    }

    /// The store's answer to the go-to prompt: open what it names, or say
    /// what was not found. An answer the prompt no longer waits for is dropped.
    static func arrive(at target: GoToTarget?, askedFor text: String, _ state: inout AppState)
        -> [Effect]
    {
        guard state.goTo?.asked == text else { return [] }
        state.goTo = nil
        guard let target else {
            state.message = GoToPrompt.notFound(text, state.context)
            return []
        }
        let screens = GoToPrompt.screens(for: target)
        // The screens under the top one are read when the clerk comes back to them.
        state.stack += screens.dropLast()
        guard let top = screens.last else { return [] }
        return apply(Outcome(navigation: .push(top)), &state)
    }
}
