import HanoutDomain
import TerminalKit
import TextLayout

/// One screen of the program: its state, how keys change it, how it draws.
///
/// `update` alone changes the state and `render` never does, so every
/// screen runs in a plain unit test with no terminal.
public protocol ScreenModel: Hashable, Sendable {
    /// What to read from the store to show this screen, if anything.
    var request: DataRequest? { get }
    /// Whether printable keys go to the screen (a search or a form field)
    /// rather than being shortcuts.
    var capturesText: Bool { get }
    func title(_ context: AppContext) -> String
    /// Every key of this screen, for the help.
    func help(_ context: AppContext) -> [KeyHelp]
    /// The actions of the function-key bar this screen acts on, in its mode.
    var actions: Set<ScreenAction> { get }
    /// Handles a key; nil when the key means nothing here (the app's keys apply).
    mutating func handle(_ key: Key, _ context: AppContext) -> Outcome?
    /// Takes data the store read for `request`.
    mutating func receive(_ result: DataResult, for request: DataRequest, _ context: AppContext)
    /// The screen is about to be read again whole (shown, returned to, or the
    /// data changed): a `request` that reads only a new window should now
    /// read the counts too.
    mutating func prepareFullReload()
    /// Takes the outcome of a write this screen asked for.
    mutating func receive(_ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext)
        -> Outcome
    /// Draws into `area`; gives where the cursor goes (the selected row, or a field).
    func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor
}

extension ScreenModel {
    public var capturesText: Bool { false }

    /// A screen offers none of the bar's actions unless it says so.
    public var actions: Set<ScreenAction> { [] }

    /// Most screens read everything with each request.
    public mutating func prepareFullReload() {}

    /// A screen with no `request` (a form) receives no data.
    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {}

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        Outcome()
    }
}

/// What a screen's update asks of the application, besides its own new state.
public struct Outcome: Hashable, Sendable {
    public var effects: [Effect] = []
    public var navigation: Navigation?
    public var message: Message?

    public init(effects: [Effect] = [], navigation: Navigation? = nil, message: Message? = nil) {
        self.effects = effects
        self.navigation = navigation
        self.message = message
    }

    /// Handled: nothing to do beyond the state change. (Not `none`, which an
    /// `Outcome?` would read as nil, "not handled".)
    public static let done = Outcome()
}

/// Moving between screens.
public enum Navigation: Hashable, Sendable {
    case push(Screen)
    /// Closes this many screens (the form, then the picker that led to it).
    case pop(Int)
}
