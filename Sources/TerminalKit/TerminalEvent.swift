import TextLayout

/// What the run loop receives from a ``Terminal``.
public enum TerminalEvent: Sendable, Hashable {
    /// A key press or mouse action. Never ``Key/resize``: that arrives as ``resize(_:)``.
    case key(Key)
    /// The terminal now has this size; the next frame is drawn in full.
    case resize(Size)
    /// SIGINT, SIGQUIT, SIGTERM or SIGHUP arrived: the program should end cleanly (and close the
    /// terminal) rather than die in the middle of a write.
    case interrupted(signal: Int32)
    /// The program was suspended (Ctrl-Z) and is running again: draw a frame, which is
    /// sent in full.
    case resumed
}
