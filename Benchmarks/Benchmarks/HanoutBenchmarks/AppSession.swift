import HanoutApp
import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

#if canImport(Glibc)
    import Glibc
#endif

/// The clerk's program in this process: the real ncurses screen on a
/// pseudo-terminal of 80x24, the run loop's `step`, the store on the database.
///
/// `press` is what the program does for one key: update, effects run against
/// the store, the frame drawn and flushed to the terminal. `drain` reads what
/// reached the terminal, as its window would, and counts the bytes.
@MainActor
final class AppSession {
    let terminal: PseudoTerminal
    let screen: NcursesTerminal
    let database: AppDatabase
    let runner: AppRunner

    init(settings: BenchSettings) throws {
        terminal = try PseudoTerminal(width: 80, height: 24)
        _ = fcntl(terminal.master, F_SETFL, O_NONBLOCK)
        screen = try NcursesTerminal(
            testingType: "xterm-256color", output: terminal.slave, input: terminal.slave,
            size: Size(width: 80, height: 24))
        database = try AppDatabase.open(at: settings.database)
        runner = AppRunner(
            terminal: screen, gateway: StoreGateway(database: database, clerk: "bench"),
            language: .fr, today: settings.today)
        runner.startAndDraw()
        _ = terminal.drain()
    }

    /// One key, handled and drawn as the program's loop does.
    func press(_ key: Key) {
        runner.step(.key(key))
    }

    /// Keys that bring the session somewhere, and the bytes they wrote read away.
    func go(_ keys: [Key]) {
        for key in keys { press(key) }
        _ = terminal.drain()
    }

    /// Bytes written to the terminal since the last drain.
    func drain() -> Int { terminal.drain() }

    var top: Screen { runner.state.top }

    /// The selection and the length of the list in view (zones, occupants, a
    /// zone's units or its waiting list).
    var listPosition: (selected: Int, total: Int)? {
        switch top {
        case .zones(let zones): return (zones.list.selected, zones.list.total ?? 0)
        case .occupants(let occupants): return (occupants.selected, occupants.total ?? 0)
        case .zone(let zone): return (zone.selected, zone.units.count)
        case .waitingList(let waiting): return (waiting.list.selected, waiting.list.total ?? 0)
        default: return nil
        }
    }

    func close() {
        screen.close()
        try? database.close()
        terminal.close()
    }
}
