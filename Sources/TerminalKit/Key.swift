/// A key press or mouse action, decoded once from the terminal's input.
///
/// Screens map keys to their own named actions in one `switch`; nothing else looks at raw
/// key codes.
public enum Key: Sendable, Hashable {
    /// A printable character (letters of any script, digits, punctuation, space).
    case char(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return.
    case enter
    /// Escape, alone (not the start of a sequence).
    case escape
    /// Backspace.
    case backspace
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// A function key: `.function(1)` is F1.
    case function(Int)
    /// A control character: `.ctrl("l")` is Ctrl-L. Letters are lowercase.
    ///
    /// Ctrl-C and Ctrl-Z normally arrive as signals, not keys (see ``TerminalEvent``).
    case ctrl(Character)
    /// The terminal changed size.
    case resize
    /// A mouse action at a screen position.
    case mouse(row: Int, column: Int, kind: MouseKind)
    /// A key code that has no name here.
    case unknown(Int32)
}
