import HanoutDomain
import TerminalKit

/// The application's update: the one place where events change the state.
public enum AppCore {
    /// The effects to run when the program starts.
    public static func start(_ state: AppState) -> [Effect] {
        state.top.model.request.map { [.load($0)] } ?? []
    }

    /// Applies `event` to `state` and gives the effects to run.
    public static func update(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key, &state)
        case .resize(let size):
            state.size = size
            return []
        case .loaded(.goTo(let text), .goTo(let target)):
            return arrive(at: target, askedFor: text, &state)
        case .loadFailed(.goTo(let text), let error):
            guard state.goTo?.asked == text else { return [] }
            state.goTo = nil
            state.message = Message(error, kind: .error)
            return []
        case .loaded(let request, let result):
            let context = state.context
            for index in state.stack.indices where state.stack[index].model.request == request {
                state.stack[index].change(
                    ReceiveData(result: result, request: request, context: context))
            }
            return []
        case .loadFailed(_, let text):
            state.message = Message(text, kind: .error)
            return []
        case .written(let request, let outcome):
            let context = state.context
            let result = state.top.change(
                ReceiveWrite(outcome: outcome, request: request, context: context))
            return apply(result, &state)
        case .externalChange:
            return reloadTop(&state)
        case .interrupted:
            state.isRunning = false
            return [.quit]
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.showsHelp {
            state.showsHelp = false
            return []
        }
        let capturing = state.isTyping
        // Behind the "Terminal too small" notice the clerk sees no screen: a key
        // may only quit or redraw, never act on what cannot be seen.
        if state.isTooSmall {
            switch key {
            case .function(10), .ctrl("l"): break
            case .char("q") where !capturing: break
            default: return []
            }
        }
        switch key {
        case .function(1):
            state.showsHelp = true
            return []
        case .char("?") where !capturing:
            state.showsHelp = true
            return []
        case .function(10):
            state.isRunning = false
            return [.quit]
        case .char("q") where !capturing:
            state.isRunning = false
            return [.quit]
        case .ctrl("l"):
            return [.redrawAll]
        default:
            break
        }
        if state.goTo != nil { return handleGoTo(key, &state) }
        let key = capturing ? key : shortcut(for: key)
        state.message = nil
        let context = state.context
        if let outcome = state.top.change(HandleKey(key: key, context: context)) {
            return apply(outcome, &state)
        }
        switch key {
        case .escape, .backspace:
            return apply(Outcome(navigation: .pop(1)), &state)
        case .char("z"):
            state.stack = [.zones(ZonesScreen())]
            return reloadTop(&state)
        case .char("g"):
            state.goTo = GoToPrompt(takesDay: state.top.zone != nil)
            return []
        case .char("o"):
            if case .occupants = state.top { return [] }
            return apply(Outcome(navigation: .push(.occupants(OccupantsScreen()))), &state)
        case .char("p"):
            state.message = Message(
                context.text(
                    "On imprime depuis une zone, la liste des zones ou la fiche d'un local.",
                    "Print from a zone, the list of zones or a unit's record."), kind: .warning)
            return []
        default:
            return []
        }
    }

    /// The function-key bar's keys, as the letters they stand for.
    static func shortcut(for key: Key) -> Key {
        switch key {
        case .function(2): return .char("a")
        case .function(3): return .char("r")
        case .function(4): return .char("z")
        case .function(5): return .char("o")
        case .function(6): return .char("g")
        case .function(7): return .char("/")
        case .function(8): return .char("x")
        case .function(9): return .char("p")
        default: return key
        }
    }

    static func apply(_ outcome: Outcome, _ state: inout AppState) -> [Effect] {
        var effects = outcome.effects
        if let message = outcome.message { state.message = message }
        switch outcome.navigation {
        case .push(let screen):
            state.stack.append(screen)
            effects += reloadTop(&state)
        case .pop(let count):
            let keep = max(1, state.stack.count - count)
            if keep < state.stack.count {
                state.stack.removeLast(state.stack.count - keep)
                effects += reloadTop(&state)
            }
        case nil:
            break
        }
        return effects
    }

    static func reloadTop(_ state: inout AppState) -> [Effect] {
        state.top.change(PrepareFullReload())
        return state.top.model.request.map { [.load($0)] } ?? []
    }
}
