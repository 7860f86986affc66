import CNcurses
import Testing
import TextLayout

@testable import TerminalKit

#if canImport(Glibc)
    import Glibc
#endif

/// ncurses state is global to the process: these tests run one at a time on the main actor,
/// each on its own screen, with no terminal (the output goes to /dev/null or a
/// pseudo-terminal), so they pass in CI with TERM unset and stdin closed.
@Suite("ncurses terminal", .serialized)
@MainActor
struct NcursesTerminalTests {
    private func offscreen(width: Int, height: Int, handlesSignals: Bool = false) throws
        -> NcursesTerminal
    {
        let null = open("/dev/null", O_RDWR)
        defer { _ = Glibc.close(null) }
        return try NcursesTerminal(
            testingType: "xterm-256color", output: null, input: null,
            size: Size(width: width, height: height), handlesSignals: handlesSignals)
    }

    @Test("a frame drawn through ncurses reads back as the canvas, wide characters included")
    func drawsCanvas() throws {
        let terminal = try offscreen(width: 24, height: 5)
        defer { terminal.close() }
        #expect(terminal.size == Size(width: 24, height: 5))
        var canvas = Canvas(width: 24, height: 5)
        canvas.drawBox(canvas.bounds, title: "Zone A")
        canvas.write("فاطمة 漢字 Fès ⵜⴰⴼ", row: 1, column: 1)
        canvas.write(
            "Ébéniste", row: 2, column: 1, style: Style(foreground: .red, attributes: .bold))
        canvas.write(
            "漢字漢字", row: 2, column: 14, clip: Rect(row: 2, column: 1, width: 22, height: 1))
        canvas.write("🇲🇦 👨‍👩‍👧 ❤️ ١٢٣", row: 3, column: 1)
        terminal.draw(canvas, cursor: .parked(Position(row: 1, column: 1)))
        // The emoji variation selector is left out on purpose (see CursesConversion).
        let expected = canvas.lines.map { line in
            String(String.UnicodeScalarView(line.unicodeScalars.filter { $0 != "\u{FE0F}" }))
        }
        #expect(terminal.screenLines() == expected)
    }

    @Test("a second frame replaces the first, including halves of wide characters")
    func secondFrame() throws {
        let terminal = try offscreen(width: 10, height: 2)
        defer { terminal.close() }
        terminal.draw(Canvas(picture: "漢字漢字ab\nabcdefghij"), cursor: .hidden)
        let second = Canvas(picture: "a漢字 xyz\nabc")
        terminal.draw(second, cursor: .visible(Position(row: 1, column: 3)))
        #expect(terminal.screenLines() == Canvas(lines: second.lines, width: 10).lines)
        terminal.redrawAll()
        terminal.draw(second, cursor: .hidden)
        #expect(terminal.screenLines() == Canvas(lines: second.lines, width: 10).lines)
    }

    @Test("keys and resizes come back as events, and the size follows")
    func events() throws {
        let terminal = try offscreen(width: 10, height: 3)
        defer { terminal.close() }
        terminal.inject(keyCode: KEY_DOWN)
        #expect(terminal.nextEvent(timeout: 0) == .key(.down))
        terminal.inject(keyCode: Int32(UInt8(ascii: "q")))
        #expect(terminal.nextEvent(timeout: 0) == .key(.char("q")))
        terminal.inject(keyCode: KEY_F0 + 10)
        #expect(terminal.nextEvent(timeout: 0) == .key(.function(10)))
        terminal.resize(to: Size(width: 12, height: 5))
        #expect(terminal.nextEvent(timeout: 0) == .resize(Size(width: 12, height: 5)))
        #expect(terminal.size == Size(width: 12, height: 5))
        #expect(terminal.nextEvent(timeout: 0) == nil)
    }

    @Test(
        "SIGINT, SIGQUIT, SIGTERM and SIGHUP end the wait with an event, not the program",
        arguments: [SIGINT, SIGQUIT, SIGTERM, SIGHUP])
    func termination(_ signal: Int32) throws {
        let terminal = try offscreen(width: 10, height: 3, handlesSignals: true)
        defer { terminal.close() }
        // Checked first: sent unhandled, SIGQUIT would dump the test runner's core.
        try #require(terminal.handledSignals.contains(signal))
        // Sent to the process, as `kill` does, and handled by whichever thread takes it.
        _ = kill(getpid(), signal)
        var event: TerminalEvent?
        let deadline = ContinuousClock.now + .seconds(5)
        while event == nil && ContinuousClock.now < deadline {
            event = terminal.nextEvent(timeout: 0)
            if event == nil { _ = usleep(5_000) }
        }
        #expect(event == .interrupted(signal: signal))
        #expect(terminal.nextEvent(timeout: 0) == nil)
    }

    @Test("a terminal type is accepted only when terminfo can place its cursor")
    func terminalDescriptions() throws {
        try NcursesTerminal.checkDescription(of: "xterm-256color")
        try NcursesTerminal.checkDescription(of: "vt100")
        #expect(throws: TerminalError.cannotAddressCursor("dumb")) {
            try NcursesTerminal.checkDescription(of: "dumb")
        }
        #expect(throws: TerminalError.unknownTerminalType("no-such-terminal")) {
            try NcursesTerminal.checkDescription(of: "no-such-terminal")
        }
        // The check leaves ncurses as it found it: a screen still opens and draws.
        let terminal = try offscreen(width: 6, height: 1)
        defer { terminal.close() }
        terminal.draw(Canvas(picture: "Hanout"), cursor: .hidden)
        #expect(terminal.screenLines() == ["Hanout"])
    }

    @Test("input that is gone (a hang-up) ends the wait instead of spinning")
    func deadInput() throws {
        let terminal = try offscreen(width: 10, height: 3)
        defer { terminal.close() }
        #expect(terminal.nextEvent(timeout: 5_000) == .interrupted(signal: SIGHUP))
    }

    @Test("display width agrees with the C library's wcwidth, which ncurses uses")
    func widthAgreesWithWcwidth() throws {
        // Opening a screen sets a UTF-8 locale, without which wcwidth knows only ASCII.
        let terminal = try offscreen(width: 4, height: 1)
        defer { terminal.close() }
        var disagreements: [String] = []
        for value in UInt32(0x20)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value), SafeText.treatment(of: scalar) == .keep
            else { continue }
            let expected = Int(tk_wcwidth(wchar_t(bitPattern: value)))
            // Unassigned in the C library, whose Unicode is older than Swift's: ncurses cannot
            // draw it and the adapter substitutes. Ahom changed categories in between.
            if expected < 0 || (0x11700...0x1174F).contains(value) { continue }
            if DisplayWidth.of(scalar) != expected {
                disagreements.append("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test("closing twice is harmless, and nothing is drawn or read afterwards")
    func closeIsIdempotent() throws {
        let terminal = try offscreen(width: 4, height: 1)
        terminal.close()
        terminal.close()
        terminal.draw(Canvas(width: 4, height: 1), cursor: .hidden)
        #expect(terminal.nextEvent(timeout: 0) == nil)
    }

    @Test("an unknown terminal type is a clear error, not an exit")
    func unknownType() {
        let null = open("/dev/null", O_RDWR)
        defer { _ = Glibc.close(null) }
        #expect(throws: TerminalError.unknownTerminalType("no-such-terminal")) {
            try NcursesTerminal(
                testingType: "no-such-terminal", output: null, input: null,
                size: Size(width: 10, height: 3))
        }
    }

    @Test("moving the selection one row on 80x24 writes under 200 bytes")
    func bytesPerSelectionMove() throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var windowSize = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        try #require(openpty(&master, &slave, nil, nil, &windowSize) == 0)
        defer {
            _ = Glibc.close(master)
            _ = Glibc.close(slave)
        }
        _ = fcntl(master, F_SETFL, O_NONBLOCK)
        let terminal = try NcursesTerminal(
            testingType: "xterm-256color", output: slave, input: slave,
            size: Size(width: 80, height: 24))
        defer { terminal.close() }
        terminal.draw(Self.screen(selected: 0), cursor: .parked(Position(row: 2, column: 1)))
        let first = Self.drain(master)
        terminal.draw(Self.screen(selected: 1), cursor: .parked(Position(row: 3, column: 1)))
        let second = Self.drain(master)
        #expect(first > 1_000)
        #expect(second < 200, "a one-row move wrote \(second) bytes")
        terminal.draw(Self.screen(selected: 1), cursor: .parked(Position(row: 3, column: 1)))
        #expect(Self.drain(master) < 10)
    }

    /// A typical list screen: a frame, a table of units with a selection, a key bar.
    private static func screen(selected: Int) -> Canvas {
        var canvas = Canvas(width: 80, height: 24)
        let frame = Frame(title: "Médina — locaux")
        let body = Rect(row: 0, column: 0, width: 80, height: 23)
        frame.render(into: &canvas, area: body)
        let table = Table(
            columns: [
                TableColumn("Local", width: .fixed(6)),
                TableColumn("Occupant", width: .flexible(min: 10)),
                TableColumn("Métier", width: .fixed(14)),
                TableColumn("m²", width: .fixed(4), alignment: .right),
            ],
            rows: (0..<40).map { index in
                ["A-\(index)", "Occupant numéro \(index)", "Dinanderie", "\(10 + index)"]
            },
            selectedIndex: selected)
        table.render(into: &canvas, area: frame.inner(body))
        FunctionKeyBar(labels: ["Aide", "", "Voir", "", "", "", "", "", "", "Quitter"])
            .render(into: &canvas, area: canvas.bounds.bottom(1))
        return canvas
    }

    /// Reads everything the master side has received so far; returns the byte count.
    private static func drain(_ master: Int32) -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { return total }
            total += count
        }
    }
}
