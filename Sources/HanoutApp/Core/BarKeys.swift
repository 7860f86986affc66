/// The screen actions the function-key bar offers, each on its key (F2 is
/// `a`, as in `AppCore.shortcut`). A screen lists those it acts on, so that
/// the bar and the help show only keys that do something there.
public enum ScreenAction: Hashable, Sendable, CaseIterable {
    case assign, release, cancel, search, print
    /// A unit's condition and holder: reserve (`v`), works (`w`), back in
    /// service (`s`), transfer (`t`).
    case reserve, works, backInService, transfer

    /// The function key's number, if the action has one.
    ///
    /// F6 is the unit's key: it reserves a vacant unit, puts a reserved one
    /// or one under works back in service, transfers an occupied one; a unit
    /// is in one state at a time, so F6 does one of them, and the bar names
    /// which. Works, the rarer, go by their letter only.
    public var functionKey: Int? {
        switch self {
        case .assign: 2
        case .release: 3
        case .cancel: 8
        case .search: 7
        case .print: 9
        case .reserve, .backInService, .transfer: 6
        case .works: nil
        }
    }

    /// The letter the function key stands for.
    var letter: Character {
        switch self {
        case .assign: "a"
        case .release: "r"
        case .cancel: "x"
        case .search: "/"
        case .print: "p"
        case .reserve: "v"
        case .works: "w"
        case .backInService: "s"
        case .transfer: "t"
        }
    }
}

/// What the bar and the help show: the screen's own actions, and the app's
/// keys that work in its mode.
struct BarKeys {
    /// The labels of F1 to F10, empty for a key that does nothing here.
    static func labels(_ state: AppState) -> [String] {
        let context = state.context
        let keys = functionKeys(state)
        let names: [Int: String] = [
            1: context.text("Aide", "Help"), 2: context.text("Attrib", "Assign"),
            3: context.text("Libère", "Release"), 4: "Zones", 5: context.text("Occup", "People"),
            7: context.text("Cherch", "Search"), 8: context.text("Annule", "Cancel"),
            9: context.text("Impr", "Print"),
            10: context.text("Sortie", "Quit"),
            6: sixth(state.top.model.actions, context),
        ]
        return (1...10).map { keys.contains($0) ? names[$0] ?? "" : "" }
    }

    /// The function keys that act on the screen on top, in its mode.
    static func functionKeys(_ state: AppState) -> Set<Int> {
        var keys: Set<Int> = [1, 10]
        let model = state.top.model
        // While a field takes the keys, F2… are not turned into letters: only
        // help and quit work (Escape leaves the field).
        guard !model.capturesText else { return keys }
        keys.formUnion(model.actions.compactMap(\.functionKey))
        if !isHome(state) { keys.insert(4) }
        if state.top.occupants == nil { keys.insert(5) }
        return keys
    }

    /// F6's label: the one of its actions the screen offers (see `ScreenAction.functionKey`).
    static func sixth(_ actions: Set<ScreenAction>, _ context: AppContext) -> String {
        if actions.contains(.transfer) { return "Transf" }
        if actions.contains(.reserve) { return context.text("Réserv", "Reserv") }
        if actions.contains(.backInService) { return context.text("Dispo", "Avail") }
        return ""
    }

    /// The action F6 does on a screen that offers `actions`, if any.
    static func sixthAction(_ actions: Set<ScreenAction>) -> ScreenAction? {
        [.transfer, .reserve, .backInService].first { actions.contains($0) }
    }

    /// The zones list alone: F4 would only show it again.
    static func isHome(_ state: AppState) -> Bool {
        state.stack.count == 1 && state.top.zones != nil
    }
}
