import CNcurses
import TextLayout

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, through ncurses: the only type that calls it.
///
/// ncurses state is global to the process, so this lives on the main actor and only one
/// should be open at a time. Always close it, even when an error is thrown, or the shell is
/// left without echo:
///
/// ```swift
/// let terminal = try NcursesTerminal()
/// defer { terminal.close() }
/// ```
///
/// Should it be released unclosed, its deinitializer closes it as a last resort; a crash
/// (a trap) runs neither, and leaves the user to type `reset`.
///
/// Ctrl-C, Ctrl-\, `kill` and a hang-up do not kill the program: they arrive as
/// ``TerminalEvent/interrupted(signal:)`` so it can stop cleanly. Ctrl-Z is handled inside
/// ``nextEvent(timeout:)``, which returns ``TerminalEvent/resumed`` once the shell continues
/// the program.
@MainActor
public final class NcursesTerminal: Terminal {
    /// The current size in columns and rows.
    public private(set) var size: Size
    /// Colours available, `monochrome` when `NO_COLOR` is set.
    public let colorSupport: ColorSupport

    private let screen: OpaquePointer
    private let signals: SignalTrap?
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    private var previous: Canvas?
    private var repaintRequested = false
    private var cursorVisibility: Int32 = -1
    private var pairs: [ColorPairKey: Int16] = [:]
    private var nextPair: Int16 = 1
    private var hasDefaultColors = false
    private var isClosed = false

    /// How long one read waits before the loop checks for signals again, in milliseconds.
    private static let pollInterval = 100
    /// Reads failing this many times in a row at once mean the input is gone (hang-up).
    private static let deadInputThreshold = 20

    // MARK: - Opening and closing

    /// Takes over the terminal on standard input and output.
    ///
    /// Checks first, so that a wrong setup gives a clear error instead of ncurses printing
    /// its own and exiting: both streams must be terminals and `TERM` must name a known type.
    public convenience init() throws(TerminalError) {
        let type = try Self.preflight()
        let signals = SignalTrap()
        // Installed before newterm: ncurses then sees handlers in place and adds none of its own.
        signals.install()
        try self.init(
            type: type, output: tk_stdout(), input: tk_stdin(), signals: signals, owned: [])
    }

    /// Checks, without touching the terminal, that a screen can be opened here:
    /// both streams are terminals, `TERM` is set and names a type this machine describes,
    /// one that can place the cursor anywhere. Gives the terminal type.
    ///
    /// A program calls it before any other work, so that a script that ran it
    /// by mistake gets the message at once and nothing is created. `TERM=dumb` counts as
    /// no terminal: the screen would stay blank.
    @discardableResult
    public static func preflight() throws(TerminalError) -> String {
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
        guard let type = environment("TERM") else { throw .terminalTypeUnset }
        try checkDescription(of: type)
        return type
    }

    /// Checks that terminfo describes `type` as a screen whose cursor can be placed
    /// anywhere (`cup`): ncurses would open a dumb or hard-copy terminal and draw nothing.
    ///
    /// On the main actor: it briefly swaps ncurses' current terminal description.
    public static func checkDescription(of type: String) throws(TerminalError) {
        switch tk_terminal_addresses_cursor(type, STDOUT_FILENO) {
        case 1: return
        case 0: throw .cannotAddressCursor(type)
        default: throw .unknownTerminalType(type)
        }
    }

    /// A screen on the given file descriptors, for tests and benchmarks: `/dev/null` or a
    /// pseudo-terminal.
    ///
    /// Needs neither a terminal on standard input nor `TERM`; signals are left alone unless
    /// `handlesSignals`.
    public convenience init(
        testingType type: String, output: Int32, input: Int32, size: Size,
        handlesSignals: Bool = false
    ) throws(TerminalError) {
        guard let outputFile = fdopen(dup(output), "w") else {
            throw .notATerminal(stream: "test output")
        }
        guard let inputFile = fdopen(dup(input), "r") else {
            fclose(outputFile)
            throw .notATerminal(stream: "test input")
        }
        let signals = handlesSignals ? SignalTrap() : nil
        signals?.install()
        try self.init(
            type: type, output: outputFile, input: inputFile, signals: signals,
            owned: [outputFile, inputFile])
        resizeterm(Int32(size.height), Int32(size.width))
        // resizeterm queued a KEY_RESIZE; the test starts with no pending input.
        flushinp()
        updateSize()
    }

    private init(
        type: String, output: UnsafeMutablePointer<FILE>?, input: UnsafeMutablePointer<FILE>?,
        signals: SignalTrap?, owned: [UnsafeMutablePointer<FILE>]
    ) throws(TerminalError) {
        Self.chooseUTF8Locale()
        guard let screen = newterm(type, output, input) else {
            signals?.uninstall()
            owned.forEach { fclose($0) }
            throw .unknownTerminalType(type)
        }
        _ = set_term(screen)
        self.screen = screen
        self.signals = signals
        self.ownedFiles = owned
        let window = tk_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        Self.defineMissingKeys()
        intrflush(window, false)
        if Self.environment("ESCDELAY") == nil { set_escdelay(25) }
        let buttons = tk_button1_clicked() | tk_button1_pressed() | tk_button4_pressed()
        _ = mousemask(buttons | tk_button5_pressed(), nil)
        mouseinterval(0)
        var support = ColorSupport.monochrome
        if has_colors() && Self.environment("NO_COLOR") == nil && start_color() == OK {
            support = .detect(hasColors: true, colorCount: Int(tk_colors()), noColor: nil)
            hasDefaultColors = use_default_colors() == OK
        }
        colorSupport = support
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Home and End as terminals send them when terminfo does not say so: tmux
    /// and PuTTY send `ESC [1~` and `ESC [4~`, rxvt `ESC [7~` and `ESC [8~`,
    /// and xterm-256color's entry knows only `ESC OH` and `ESC OF`. Unknown, the
    /// sequence would arrive as Escape (leaving the screen) then letters.
    /// A sequence the entry already binds is left as it is.
    private static func defineMissingKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME),
            ("\u{1B}[8~", KEY_END), ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
        ]
        for (sequence, key) in sequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, key)
        }
    }

    /// Restores the terminal and the signal handlers. Idempotent.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        endwin()
        delscreen(screen)
        signals?.uninstall()
        ownedFiles.forEach { fclose($0) }
    }

    isolated deinit {
        close()
    }

    // MARK: - Drawing

    /// Sends the cells that changed since the last frame, then places the cursor, in one
    /// `doupdate`.
    public func draw(_ canvas: Canvas, cursor: Cursor) {
        guard !isClosed, let window = tk_stdscr() else { return }
        if repaintRequested {
            clearok(tk_curscr(), true)
            repaintRequested = false
        }
        let last = previous?.size == canvas.size ? previous : nil
        if last == nil { werase(window) }
        let rows = min(canvas.height, size.height)
        let columns = min(canvas.width, size.width)
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = canvas[row, column]
                // A continuation is drawn with its wide character.
                if cell.isContinuation || last?[row, column] == cell { continue }
                put(cell, row: row, column: column, lastColumn: columns - 1, window: window)
            }
        }
        place(cursor, window: window)
        wnoutrefresh(window)
        doupdate()
        previous = canvas
    }

    /// Repaints the whole screen at the next frame (Ctrl-L).
    public func redrawAll() {
        repaintRequested = true
        previous = nil
    }

    private func put(
        _ cell: Cell, row: Int, column: Int, lastColumn: Int, window: UnsafeMutablePointer<WINDOW>
    ) {
        var characters = CursesConversion.wideCharacters(cell.symbol)
        let width = DisplayWidth.of(cell.symbol)
        if width == 2 && column == lastColumn {
            characters = [0x20, 0]
        } else if width != Int(tk_wcwidth(characters[0])) {
            // The C library disagrees with our width: draw a stand-in of our width, or the
            // terminal's idea of the columns would drift from ours for the rest of the row.
            characters = width == 2 ? [0xFF1F, 0] : [0xFFFD, 0]
        }
        let (attributes, pair) = attributes(for: cell.style)
        var character = cchar_t()
        _ = setcchar(&character, characters, attributes, pair, nil)
        _ = mvwadd_wch(window, Int32(row), Int32(column), &character)
    }

    private func place(_ cursor: Cursor, window: UnsafeMutablePointer<WINDOW>) {
        let visibility: Int32
        switch cursor {
        case .hidden:
            leaveok(window, true)
            visibility = 0
        case .visible(let position):
            leaveok(window, false)
            wmove(window, Int32(position.row), Int32(position.column))
            visibility = 1
        case .parked(let position):
            leaveok(window, false)
            wmove(window, Int32(position.row), Int32(position.column))
            visibility = 0
        }
        if visibility != cursorVisibility {
            curs_set(visibility)
            cursorVisibility = visibility
        }
    }

    // MARK: - Colours

    private struct ColorPairKey: Hashable {
        var foreground: Color
        var background: Color
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var style = style.resolved(for: colorSupport)
        var pair: Int16 = 0
        if style.foreground != .default || style.background != .default {
            if let found = colorPair(style.foreground, style.background) {
                pair = found
            } else {
                // Out of colour pairs: show the attribute fallback rather than wrong colours.
                style = style.resolved(for: .monochrome)
            }
        }
        return (CursesConversion.attributeBits(style.attributes), pair)
    }

    /// The colour pair for these colours, created the first time it is needed.
    private func colorPair(_ foreground: Color, _ background: Color) -> Int16? {
        let key = ColorPairKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        guard Int32(nextPair) < tk_color_pairs() else { return nil }
        let pair = nextPair
        guard
            init_pair(
                pair,
                CursesConversion.colorNumber(foreground, defaultColors: hasDefaultColors),
                CursesConversion.colorNumber(
                    background, isBackground: true, defaultColors: hasDefaultColors)) == OK
        else { return nil }
        nextPair += 1
        pairs[key] = pair
        return pair
    }

    // MARK: - Input

    /// Waits for a key, a resize or a signal; suspends the program on Ctrl-Z.
    ///
    /// Reads in slices of at most 100 ms so that a signal is noticed promptly. When the input
    /// is gone (reads fail at once, over and over: the terminal hung up), reports SIGHUP
    /// rather than spin.
    public func nextEvent(timeout: Int?) -> TerminalEvent? {
        guard !isClosed, let window = tk_stdscr() else { return nil }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: .milliseconds(max(0, $0))) }
        var quickFailures = 0
        while true {
            if let signal = signals?.takeTermination() { return .interrupted(signal: signal) }
            if signals?.takeSuspendRequest() == true {
                suspend()
                return .resumed
            }
            var slice = Self.pollInterval
            if let deadline {
                let remaining = clock.now.duration(to: deadline) / .milliseconds(1)
                slice = max(0, min(slice, Int(remaining.rounded(.up))))
            }
            wtimeout(window, Int32(slice))
            var value: wint_t = 0
            let started = clock.now
            let result = wget_wch(window, &value)
            if result == ERR {
                if let deadline, clock.now >= deadline { return nil }
                let quick = slice > 0 && started.duration(to: clock.now) < .milliseconds(1)
                quickFailures = quick ? quickFailures + 1 : 0
                if quickFailures >= Self.deadInputThreshold { return .interrupted(signal: SIGHUP) }
                continue
            }
            var mouse: KeyDecoder.MouseReport?
            if result == KEY_CODE_YES && Int32(bitPattern: value) == KEY_MOUSE {
                var event = MEVENT()
                if getmouse(&event) == OK {
                    mouse = .init(
                        row: Int(event.y), column: Int(event.x), buttonState: event.bstate)
                }
            }
            let key = KeyDecoder.decode(
                isKeyCode: result == KEY_CODE_YES, value: value, mouse: mouse)
            if key == .resize {
                updateSize()
                return .resize(size)
            }
            return .key(key)
        }
    }

    /// Ends curses mode and stops the process (Ctrl-Z); on return the next frame repaints all.
    public func suspend() {
        guard !isClosed else { return }
        endwin()
        signals?.stopProcess()
        // endwin showed the cursor and the shell wrote over the screen.
        cursorVisibility = -1
        redrawAll()
        updateSize()
    }

    private func updateSize() {
        let window = tk_stdscr()
        let newSize = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        if newSize != size { previous = nil }
        size = newSize
    }

    // MARK: - Environment

    private nonisolated static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// Without a UTF-8 codeset (LANG unset, as under cron or CI) every non-ASCII character
    /// would vanish, so fall back to C.UTF-8, which glibc always has.
    private static func chooseUTF8Locale() {
        _ = setlocale(LC_ALL, "")
        if tk_codeset_is_utf8() == 0 { _ = setlocale(LC_ALL, "C.UTF-8") }
    }

    // MARK: - Testing

    /// The screen as ncurses holds it, one string per row, read back with `mvwinnwstr`.
    func screenLines() -> [String] {
        let window = tk_stdscr()
        return (0..<size.height).map { row in
            var buffer = [wchar_t](repeating: 0, count: size.width + 1)
            let count = mvwinnwstr(window, Int32(row), 0, &buffer, Int32(size.width))
            let scalars = buffer.prefix(max(0, Int(count))).compactMap {
                Unicode.Scalar(UInt32(bitPattern: $0))
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    /// The signals this terminal turns into events.
    var handledSignals: Set<Int32> { signals?.installedSignals ?? [] }

    /// Queues a key code (`KEY_UP`...) or a character for the next read.
    func inject(keyCode: Int32) {
        ungetch(keyCode)
    }

    /// Resizes the test screen, which queues a resize event.
    func resize(to newSize: Size) {
        resizeterm(Int32(newSize.height), Int32(newSize.width))
    }
}
