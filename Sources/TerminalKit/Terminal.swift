import TextLayout

/// What an application's run loop needs from a terminal.
///
/// ``NcursesTerminal`` is the real one, ``MemoryTerminal`` the one for tests. A run loop
/// draws a whole ``Canvas`` each frame and waits for the next event:
///
/// ```swift
/// let terminal = try NcursesTerminal()
/// defer { terminal.close() }  // gives the terminal back even when an error is thrown
/// while running {
///     terminal.draw(view(state), cursor: cursorFor(state))
///     guard let event = terminal.nextEvent(timeout: nil) else { continue }
///     state = update(state, event)
/// }
/// ```
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: Size { get }

    /// How many colours styles may use; ``Style/resolved(for:)`` shows the fallback.
    var colorSupport: ColorSupport { get }

    /// Shows a frame, sending only the cells that changed since the last one, and places the
    /// cursor. A canvas of another size is clipped or padded with blanks.
    func draw(_ canvas: Canvas, cursor: Cursor)

    /// Waits for the next event.
    ///
    /// - Parameter timeout: milliseconds to wait, or `nil` to wait as long as it takes.
    /// - Returns: the event, or `nil` when the timeout passed with none.
    func nextEvent(timeout: Int?) -> TerminalEvent?

    /// Forgets what is on the screen, so that the next ``draw(_:cursor:)`` repaints it all.
    ///
    /// For Ctrl-L, when something else wrote over the screen.
    func redrawAll()

    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns when the
    /// process is continued, after which the next frame is repainted in full.
    func suspend()

    /// Restores the terminal as it was. Idempotent; nothing is drawn after it.
    func close()
}
