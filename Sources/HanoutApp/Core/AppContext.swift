import HanoutDomain
import TerminalKit
import TextLayout

/// What every screen may read but not change: the clerk's language and day.
public struct AppContext: Hashable, Sendable {
    public var language: Language
    public var today: Day
    public var colorSupport: ColorSupport
    /// The terminal's size, which screens need to page and to map mouse clicks.
    public var size: Size
    /// The rows the message on show takes (it wraps), which the body gives up.
    public var messageRows = 1

    public init(
        language: Language, today: Day, colorSupport: ColorSupport = .colors8,
        size: Size = Size(width: 80, height: 24)
    ) {
        self.language = language
        self.today = today
        self.colorSupport = colorSupport
        self.size = size
    }

    /// The screen's areas at this size; screens page and hit-test in its body.
    var layout: AppLayout { AppLayout(size: size, messageRows: messageRows) }

    /// The area screens draw into (between the title and the bottom bars).
    var body: Rect { layout.body }

    /// Picks the French or the English text.
    func text(_ french: String, _ english: String) -> String {
        language.pick(fr: french, en: english)
    }

    /// A day in the clerk's form.
    func show(_ day: Day?) -> String {
        day.map { DayFormat.show($0, in: language) } ?? ""
    }
}

/// A line on the message line: a confirmation, a refusal, a hint.
public struct Message: Hashable, Sendable {
    public var text: String
    public var kind: MessageLine.Kind

    public init(_ text: String, kind: MessageLine.Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// One key and what it does, for the help screen.
public struct KeyHelp: Hashable, Sendable {
    public var keys: String
    public var action: String

    public init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}
