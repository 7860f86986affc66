import TerminalKit
import TextLayout

/// The search line above a list (the occupant directory, the zones list):
/// what its keys mean and how it draws, the same on both screens so the
/// clerk learns them once.
enum SearchLine {
    /// What a key does while the search line has the focus.
    enum KeyMeaning: Hashable, Sendable {
        /// Back to the list, the search kept.
        case leave
        /// Empty the search (the list shows everything again).
        case clear
        /// An editing key for the text.
        case edit
    }

    /// Enter, Tab and ↓ go to the list keeping the search; Esc clears it, and
    /// on an empty search leaves; every other key edits. Backspace on an empty
    /// search stays here: holding it down must not leave the screen.
    static func meaning(of key: Key, text: String) -> KeyMeaning {
        switch key {
        case .enter, .tab, .backTab, .down: return .leave
        case .escape: return text.isEmpty ? .leave : .clear
        default: return .edit
        }
    }

    /// Draws `line` after `prompt` in `area`; gives where the cursor goes when
    /// the search has the focus (out of it, no cell pretends to be the cursor).
    static func draw(
        _ line: InputLine, prompt: String, focused: Bool, into canvas: inout Canvas, area: Rect
    ) -> Position? {
        var line = line
        line.prompt = prompt
        if !focused { line.cursorStyle = line.style }
        line.render(into: &canvas, area: area)
        return focused ? line.cursorPosition(in: area) : nil
    }
}
