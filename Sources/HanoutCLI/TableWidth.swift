import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How wide a table may be: the clerk's terminal, or what `--wide` and `$COLUMNS` say.
enum TableWidth {
    /// Columns a table is fitted to when the output is no terminal and nothing says more.
    static let notATerminal = 80

    /// The width to fit a table to; nil for no limit.
    ///
    /// `--wide` keeps every cell whole (for a script that reads the table); else
    /// `$COLUMNS` when it is a positive number (the shell's, or the clerk's choice);
    /// else the terminal's width when the output is one; else 80.
    static func columns(wide: Bool, environment: [String: String], terminal: Int?) -> Int? {
        if wide { return nil }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        if let terminal, terminal > 0 { return terminal }
        return notATerminal
    }

    /// The width of the terminal the standard output is, if it is one.
    static func terminalColumns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }
}
