import HanoutDomain
import HanoutStore
import TerminalKit

/// The run loop: draws the state, waits for an event, updates, runs the effects.
///
/// Works with any `Terminal`: ncurses for the clerk, the in-memory one for tests.
@MainActor
public final class AppRunner {
    public private(set) var state: AppState
    let terminal: any Terminal
    let gateway: StoreGateway
    /// How long to wait for a key before looking for another clerk's changes.
    let pollMilliseconds: Int
    var lastDataVersion: Int?
    /// The signal that ended the program, if one did (the exit status tells it).
    public private(set) var interruption: Int32?

    public init(
        terminal: any Terminal, gateway: StoreGateway, language: Language, today: Day,
        pollMilliseconds: Int = 500
    ) {
        self.terminal = terminal
        self.gateway = gateway
        self.pollMilliseconds = pollMilliseconds
        state = AppState(
            context: AppContext(
                language: language, today: today, colorSupport: terminal.colorSupport,
                size: terminal.size))
    }

    /// Runs until the clerk quits, a signal asks to end, or the events run out.
    ///
    /// With `exitAfterFirstFrame`, returns once the first screen is drawn: the
    /// start-up benchmark times the whole process up to that frame.
    public func run(exitAfterFirstFrame: Bool = false) {
        start()
        if exitAfterFirstFrame {
            draw()
            return
        }
        loop()
    }

    /// Loads the first screen and draws it; for a loop of one's own (benchmarks).
    public func startAndDraw() {
        start()
        draw()
    }

    /// Handles one event as the loop would, then draws the frame.
    public func step(_ event: AppEvent) {
        send(event)
        draw()
    }

    /// Loads the first screen.
    func start() {
        lastDataVersion = try? gateway.database.dataVersion()
        perform(AppCore.start(state))
    }

    /// Draws, waits for an event, handles it; again until the end.
    func loop() {
        while state.isRunning {
            draw()
            guard let event = terminal.nextEvent(timeout: pollMilliseconds) else {
                if !watchForOtherClerks() { return }
                continue
            }
            switch event {
            case .key(let key): send(.key(key))
            case .resize(let size): send(.resize(size))
            case .interrupted(let signal):
                interruption = signal
                send(.interrupted)
            case .resumed: terminal.redrawAll()
            }
        }
    }

    /// Feeds one event through `update` and runs what it asks, until quiet.
    public func send(_ event: AppEvent) {
        perform(AppCore.update(&state, event))
    }

    func perform(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            let context = state.context
            switch effect {
            case .load(let request):
                queue += AppCore.update(
                    &state, gateway.load(request, today: context.today, language: context.language))
            case .write(let request):
                queue += AppCore.update(&state, gateway.write(request, language: context.language))
                // Our own write is not another clerk's: do not reload twice.
                lastDataVersion = try? gateway.database.dataVersion()
            case .redrawAll:
                terminal.redrawAll()
            case .quit:
                state.isRunning = false
            }
        }
    }

    func draw() {
        let (canvas, cursor) = AppView.render(state)
        terminal.draw(canvas, cursor: cursor)
    }

    /// Reloads the screen when another process committed; false when the
    /// terminal has no more events to give (a scripted test ran out).
    func watchForOtherClerks() -> Bool {
        let version = try? gateway.database.dataVersion()
        if let version, version != lastDataVersion {
            lastDataVersion = version
            send(.externalChange)
        }
        if let memory = terminal as? MemoryTerminal, memory.pendingEvents.isEmpty {
            draw()
            return false
        }
        return true
    }
}
