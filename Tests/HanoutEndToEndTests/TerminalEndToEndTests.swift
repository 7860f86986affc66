import Foundation
import HanoutTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The program and the terminal: sizes, quitting, signals, suspending, colours.
@Suite("The full-screen program and its terminal", .enabled(if: tmuxAvailable, tmuxMissing))
struct TerminalEndToEndTests {
    @Test func theScreenFollowsEveryResizeAndSaysWhenTheTerminalIsTooSmall() throws {
        try onZone("AOU") { _, tmux in
            try tmux.resize(width: 120, height: 40)
            let wide = try tmux.waitFor("the zone laid out on 120x40") { Self.fills($0, 120, 40) }
            #expect(wide.contains("Decision"), "the wide table has the decision column:\n\(wide)")
            #expect(wide.contains("W  under works"), "the legend:\n\(wide)")
            #expect(PlanTile.all(in: wide).count == 25, "the 25 tiles:\n\(wide)")

            try tmux.resize(width: 40, height: 12)
            let small = try tmux.waitFor("the zone laid out on 40x12") { Self.fills($0, 40, 12) }
            #expect(small.contains("AOU-01"), "\(small)")
            #expect(!small.contains("Terminal too small"), "\(small)")

            try tmux.resize(width: 20, height: 5)
            let tiny = try tmux.waitFor("the too-small notice on 20x5") {
                $0.lines.joined().contains("Terminal too small") && $0.lines.count == 5
            }
            let notice = tiny.lines.joined()
            #expect(notice.contains("40x12"), "the size needed:\n\(tiny)")
            #expect(notice.contains("20x5"), "the size now:\n\(tiny)")
            // Keys typed behind the notice act on nothing (`a` would assign).
            try tmux.keys("a")
            try tmux.keys("Enter")

            try tmux.resize(width: 80, height: 24)
            let back = try tmux.waitFor("the zone laid out on 80x24 again") {
                Self.fills($0, 80, 24)
            }
            #expect(back.line(0).contains("Hanout · AOU · "), "\(back)")
            #expect(PlanTile.selected(in: back)?.unit == "AOU-01", "\(back)")
            #expect(back.contains("W  under works"), "the legend:\n\(back)")
            #expect(!back.contains("Terminal too small"), "\(back)")
            #expect(try tmux.display("#{pane_dead}") == "0", "the program is still running")
            try tmux.keys("q")
            try tmux.waitForEnd()
        }
    }

    /// The title bar spans the width (the date at its right end) and the key bar is the
    /// last of `height` rows.
    static func fills(_ screen: Screen, _ width: Int, _ height: Int) -> Bool {
        let title = screen.line(0)
        return screen.lines.count == height && title.hasPrefix(" Hanout")
            && title.hasSuffix(TestDay.shown) && title.count == width - 1
            && screen.line(height - 1).hasPrefix("1H")
    }

    @Test func homeAndEndAsTmuxSendsThemMoveToTheEndsAndStayOnTheScreen() throws {
        try onZone("AOU") { _, tmux in
            // tmux sends ESC [4~ and ESC [1~, which xterm-256color's terminfo lacks.
            try tmux.keys("End")
            let end = try tmux.waitFor("End on the plan") {
                PlanTile.selected(in: $0)?.unit == "AOU-25"
            }
            #expect(end.line(0).contains("Hanout · AOU · "), "still the zone:\n\(end)")
            try tmux.keys("Home")
            try tmux.waitFor("Home on the plan") { PlanTile.selected(in: $0)?.unit == "AOU-01" }
            #expect(try tmux.display("#{pane_dead}") == "0", "the program is still running")
            try tmux.keys("q")
            try tmux.waitForEnd()
        }
    }

    @Test func quittingGivesTheShellASaneTerminal() throws {
        let program = try HanoutProgram()
        let tmux = TmuxSession(program)
        defer {
            tmux.kill()
            program.removeFolder()
        }
        let shell = try Shell(tmux)
        try shell.runHanout()
        try openZone("AOU", program: program, tmux: tmux)
        try tmux.keys("q")
        let after = try shell.waitForPrompt("after q")
        #expect(
            after.lines.contains(shell.prompt + " " + BuiltProgram.hanout.path),
            "the shell's screen is back as it was:\n\(after)")
        try shell.expectSaneTerminal("after q")
    }

    enum Interruption: String, CaseIterable, CustomTestStringConvertible {
        case terminate = "SIGTERM"
        case hangUp = "SIGHUP"
        case controlC = "Ctrl-C"
        case controlBackslash = "Ctrl-\\"

        var testDescription: String { rawValue }

        /// The exit status the README documents: 128 + the signal, as a shell reports it.
        var status: Int32 {
            switch self {
            case .terminate: return 128 + SIGTERM
            case .hangUp: return 128 + SIGHUP
            case .controlC: return 128 + SIGINT
            case .controlBackslash: return 128 + SIGQUIT
            }
        }
    }

    @Test(arguments: Interruption.allCases)
    func aSignalEndsTheProgramCleanly(_ interruption: Interruption) throws {
        let program = try HanoutProgram()
        let tmux = TmuxSession(program)
        defer {
            tmux.kill()
            program.removeFolder()
        }
        let shell = try Shell(tmux)
        try shell.runHanout()
        let pid = try shell.hanoutProcess()
        switch interruption {
        case .terminate: #expect(Glibc.kill(pid, SIGTERM) == 0)
        case .hangUp: #expect(Glibc.kill(pid, SIGHUP) == 0)
        case .controlC: try tmux.keys("C-c")
        case .controlBackslash: try tmux.keys("C-\\")
        }
        let after = try shell.waitForPrompt("after \(interruption.rawValue)")
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"), "hanout is gone")
        #expect(try shell.lastStatus() == interruption.status, "exit status")
        #expect(!after.contains("Quit") && !after.contains("Backtrace"), "\(after)")
        try shell.expectSaneTerminal("after \(interruption.rawValue)")
        let check = try program.run("check")
        #expect(check.status == 0, "hanout check: \(check.output)\(check.errors)")
    }

    @Test func ctrlZStopsTheProgramAndFgBringsTheScreenBackWhole() throws {
        let program = try HanoutProgram()
        let tmux = TmuxSession(program)
        defer {
            tmux.kill()
            program.removeFolder()
        }
        let shell = try Shell(tmux)
        let before = try shell.runHanout()
        try tmux.keys("C-z")
        let stopped = try shell.waitForPrompt("after Ctrl-Z")
        #expect(stopped.contains("Stopped"), "bash reports the job stopped:\n\(stopped)")
        try shell.expectSaneTerminal("while hanout is stopped")
        try tmux.typeLine("fg")
        try tmux.waitFor("the zones screen back, exactly as before Ctrl-Z:\n\(before)") {
            $0 == before
        }
        try tmux.keys("q")
        try shell.waitForPrompt("after q")
        try shell.expectSaneTerminal("after fg and q")
    }

    @Test(arguments: [["NO_COLOR": "1"], ["TERM": "vt100"]])
    func inMonochromeTheStatesStillShowAsLetters(_ environment: [String: String]) throws {
        let program = try HanoutProgram()
        let tmux = TmuxSession(program)
        defer {
            tmux.kill()
            program.removeFolder()
        }
        try tmux.startHanout(environment: environment)
        try openZone("AOU", program: program, tmux: tmux)
        let aouartas = try tmux.capture()
        let states = Set(PlanTile.all(in: aouartas).map(\.state))
        #expect(states.isSuperset(of: ["V", "O", "R"]), "\(aouartas)")
        let legend = aouartas.lines.first { $0.contains("▶ selected") } ?? ""
        for entry in ["V  vacant", "O  occupied", "R  reserved", "W  under works", "▶ selected"] {
            #expect(legend.contains(entry), "legend \(entry):\n\(aouartas)")
        }
        let colours = Self.colourParameters(try tmux.captureWithAttributes())
        #expect(colours.isEmpty, "no colour is sent, yet: \(colours)")

        try tmux.keys("z")
        try openZone("PTZ", program: program, tmux: tmux)
        let works = try tmux.capture()
        #expect(PlanTile.all(in: works).contains { $0.state == "W" }, "\(works)")
        try tmux.keys("q")
        try tmux.waitForEnd()
    }

    @Test func theColourCheckSeesColoursWhenTheTerminalHasThem() throws {
        try onZone("AOU") { _, tmux in
            #expect(!Self.colourParameters(try tmux.captureWithAttributes()).isEmpty)
            try tmux.keys("q")
            try tmux.waitForEnd()
        }
    }

    /// The colour parameters (30-37, 38, 40-47, 48, 90-97, 100-107) of the SGR sequences
    /// in a `capture-pane -e`; the defaults 39 and 49 are not colours.
    static func colourParameters(_ captured: String) -> [String] {
        captured.matches(of: #/\x1B\[([0-9;]*)m/#).flatMap { match in
            match.output.1.split(separator: ";").map(String.init).filter { parameter in
                guard let value = Int(parameter) else { return false }
                return (30...38).contains(value) || (40...48).contains(value)
                    || (90...97).contains(value) || (100...107).contains(value)
            }
        }
    }
}

/// An interactive bash in the tmux window, where the program is started as a clerk would.
struct Shell {
    let tmux: TmuxSession
    let token = UUID().uuidString.prefix(8).lowercased()
    var prompt: String { "e2e-\(token)$" }

    init(_ tmux: TmuxSession) throws {
        self.tmux = tmux
        try tmux.startShell(prompt: "e2e-\(token)$")
        try waitForPrompt("bash starting")
    }

    @discardableResult
    func waitForPrompt(_ when: String) throws -> Screen {
        try tmux.waitFor("the shell's prompt \(prompt) \(when)") { $0.lastNonEmptyLine == prompt }
    }

    /// The exit status of the last command, as `$?` gives it.
    func lastStatus() throws -> Int32? {
        let marker = "status-\(token)="
        try tmux.typeLine("echo \(marker)$?")
        let screen = try tmux.waitFor("the exit status") {
            $0.lines.contains { $0.hasPrefix(marker) } && $0.lastNonEmptyLine == prompt
        }
        let line = screen.lines.last { $0.hasPrefix(marker) } ?? ""
        return Int32(line.dropFirst(marker.count))
    }

    /// Starts hanout from the prompt and gives its first screen, the zones.
    @discardableResult
    func runHanout() throws -> Screen {
        try tmux.typeLine(BuiltProgram.hanout.path)
        return try tmux.waitFor("the zones screen") {
            $0.line(0).contains("Hanout · Zones of the Tiznit region")
                && $0.contains("Region: ") && $0.line($0.lines.count - 1).hasPrefix("1Help")
        }
    }

    /// The pid of hanout, the shell's child.
    func hanoutProcess() throws -> pid_t {
        let shell = try tmux.display("#{pane_pid}")
        let children = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in children {
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.range(of: ")", options: .backwards)
            else { continue }
            // After the command's name: state, then the parent's pid.
            let fields = stat[close.upperBound...].split(separator: " ")
            let command =
                (try? String(contentsOfFile: "/proc/\(entry)/cmdline", encoding: .utf8)) ?? ""
            if fields.count > 1, String(fields[1]) == shell, command.contains("hanout") {
                return pid
            }
        }
        throw EndToEndFailure(description: "No hanout process under the shell (pid \(shell))")
    }

    /// The terminal as the shell needs it: `stty -a` shows icanon and echo on, tmux sees
    /// the normal screen, a visible cursor, no mouse reporting and no keypad mode, and a
    /// command typed at the prompt runs and shows its output.
    func expectSaneTerminal(
        _ when: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let end = "stty-end-\(token)"
        try tmux.typeLine("clear; stty -a; echo \(end)")
        let screen = try tmux.waitFor("stty -a \(when)") {
            $0.lines.contains(end) && $0.lastNonEmptyLine == prompt
        }
        let settings = screen.lines.prefix { $0 != end }.filter { !$0.hasPrefix(prompt) }
        let words = Set(
            settings.joined(separator: " ").split { $0 == " " || $0 == ";" }.map(String.init))
        #expect(
            words.contains("icanon") && !words.contains("-icanon"),
            "canonical input \(when):\n\(screen)", sourceLocation: sourceLocation)
        #expect(
            words.contains("echo") && !words.contains("-echo"), "echo \(when):\n\(screen)",
            sourceLocation: sourceLocation)
        let modes = try tmux.display(
            "alternate=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}"
                + "#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}"
                + " keypad=#{keypad_cursor_flag}#{keypad_flag}")
        #expect(
            modes == "alternate=0 cursor=1 mouse=0000 keypad=00", "pane modes \(when)",
            sourceLocation: sourceLocation)
        let ok = "ok-\(token)"
        try tmux.typeLine("echo \(ok)")
        try tmux.waitFor("the output of echo \(ok) \(when)") {
            $0.lines.contains(ok) && $0.lastNonEmptyLine == prompt
        }
    }
}
