/// What the mouse did.
public enum MouseKind: Sendable, Hashable {
    /// A button went down.
    case pressed(button: Int)
    /// A button came up.
    case released(button: Int)
    /// A button was pressed and released in place.
    case clicked(button: Int)
    /// Two clicks in quick succession.
    case doubleClicked(button: Int)
    /// The wheel turned up.
    case scrollUp
    /// The wheel turned down.
    case scrollDown
}
