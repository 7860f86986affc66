/// Why a terminal could not be opened. Each message says what to do next.
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is not a terminal (redirected, piped, or run from cron).
    case notATerminal(stream: String)
    /// `TERM` is not set or empty.
    case terminalTypeUnset
    /// `TERM` names a terminal type with no terminfo description on this machine.
    case unknownTerminalType(String)
    /// `TERM` names a terminal that cannot place the cursor anywhere (`dumb`, a printing
    /// terminal): a full screen cannot be drawn on it.
    case cannotAddressCursor(String)

    /// A message for the person at the terminal.
    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return
                "\(stream) is not a terminal: run the program directly in a terminal window, "
                + "without redirecting it or piping it."
        case .terminalTypeUnset:
            return "TERM is not set: set it to your terminal's type, for example "
                + "TERM=xterm-256color."
        case .unknownTerminalType(let name):
            return "the terminal type '\(name)' (from TERM) is unknown on this machine: "
                + "set TERM to a known type such as xterm-256color, or install its "
                + "description (package ncurses-term)."
        case .cannotAddressCursor(let name):
            return "the terminal type '\(name)' (from TERM) cannot place the cursor, so a "
                + "full screen cannot be drawn: run the program in a terminal window such as "
                + "xterm-256color."
        }
    }
}
