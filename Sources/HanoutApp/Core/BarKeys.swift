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
    /// The ten keys are taken (F6 goes to a code or a number from every
    /// screen): a unit's own actions go by their letter, which the help
    /// lists where they apply.
    public var functionKey: Int? {
        switch self {
        case .assign: 2
        case .release: 3
        case .cancel: 8
        case .search: 7
        case .print: 9
        case .reserve, .works, .backInService, .transfer: nil
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
            6: context.text("Aller", "Go to"),
            7: context.text("Cherch", "Search"), 8: context.text("Annule", "Cancel"),
            9: context.text("Impr", "Print"),
            10: context.text("Sortie", "Quit"),
        ]
        return (1...10).map { keys.contains($0) ? names[$0] ?? "" : "" }
    }

    /// The function keys that act on the screen on top, in its mode.
    static func functionKeys(_ state: AppState) -> Set<Int> {
        var keys: Set<Int> = [1, 10]
        // While a field or the go-to prompt takes the keys, F2… are not turned
        // into letters: only help and quit work (Escape leaves the field).
        guard !state.isTyping else { return keys }
        keys.formUnion(state.top.model.actions.compactMap(\.functionKey))
        // Going to a code or a number works from every screen.
        keys.insert(6)
        if !isHome(state) { keys.insert(4) }
        if state.top.occupants == nil { keys.insert(5) }
        return keys
    }

    /// The zones list alone: F4 would only show it again.
    static func isHome(_ state: AppState) -> Bool {
        state.stack.count == 1 && state.top.zones != nil
    }
}
