import CNcurses
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// Written only by the signal handlers, read by the event loop. Atomics are lock-free, so the
// handlers stay async-signal-safe: they set a value and return, nothing else.
private let pendingTermination = Atomic<Int32>(0)
private let pendingSuspend = Atomic<Bool>(false)

/// Notes SIGINT, SIGQUIT, SIGTERM, SIGHUP and SIGTSTP for the event loop instead of letting
/// them act.
///
/// ncurses' own handlers would call `endwin` and `_exit`, skipping the program's cleanup;
/// a handler that ran the cleanup itself would not be async-signal-safe. These only set a
/// flag, which ``NcursesTerminal/nextEvent(timeout:)`` checks between short reads. SIGQUIT
/// (Ctrl-\) is among them: by default it dumps core, and Swift's runtime would print a
/// backtrace over the screen.
@MainActor
final class SignalTrap {
    /// The signals that end the program cleanly.
    static let terminationSignals: [Int32] = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]

    private var saved: [Int32: sigaction] = [:]

    init() {}

    /// Installs the handlers, leaving alone any signal the parent chose to ignore (`nohup`,
    /// a shell without job control).
    func install() {
        // Touch the globals now: their lazy initialisation must not happen inside a handler.
        pendingTermination.store(0, ordering: .relaxed)
        pendingSuspend.store(false, ordering: .relaxed)
        for signal in Self.terminationSignals + [SIGTSTP] where saved[signal] == nil {
            guard tk_signal_is_ignored(signal) == 0 else { continue }
            var previous = sigaction()
            if tk_signal_install(signal, handleSignal, &previous) == 0 {
                saved[signal] = previous
                _ = tk_signal_unblock(signal)
            }
        }
    }

    /// Puts back the actions that were there before ``install()``.
    func uninstall() {
        for (signal, previous) in saved {
            var previous = previous
            _ = tk_signal_restore(signal, &previous)
        }
        saved = [:]
    }

    /// The signals whose handlers are installed.
    var installedSignals: Set<Int32> { Set(saved.keys) }

    /// The termination signal that arrived since the last call, if any.
    func takeTermination() -> Int32? {
        let signal = pendingTermination.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Whether Ctrl-Z was pressed since the last call.
    func takeSuspendRequest() -> Bool {
        pendingSuspend.exchange(false, ordering: .relaxed)
    }

    /// Stops the process as Ctrl-Z would without a handler; returns once it is continued.
    ///
    /// Does nothing when SIGTSTP was ignored at start: there is no job control to continue
    /// the process.
    func stopProcess() {
        guard saved[SIGTSTP] != nil else { return }
        _ = tk_signal_default(SIGTSTP)
        tk_stop_process_group()
        // Execution resumes here on SIGCONT.
        var ignored = sigaction()
        _ = tk_signal_install(SIGTSTP, handleSignal, &ignored)
    }
}

/// The handler itself: async-signal-safe, it only stores into an atomic.
private func handleSignal(_ signal: Int32) {
    if signal == SIGTSTP {
        pendingSuspend.store(true, ordering: .relaxed)
    } else {
        pendingTermination.store(signal, ordering: .relaxed)
    }
}
