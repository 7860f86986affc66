import HanoutDomain
import TerminalKit
import TextLayout

/// The whole state of the program: a value, changed only by `AppCore.update`.
public struct AppState: Hashable, Sendable {
    /// The screens, the current one last; never empty.
    public var stack: [Screen]
    /// What the last action said; the layout gives it the rows it wraps to.
    public var message: Message? {
        didSet { fitMessage() }
    }
    public var showsHelp = false
    /// The go-to prompt (`g`) when open: it takes the keys until Enter or Esc.
    public var goTo: GoToPrompt?
    public var context: AppContext
    public var isRunning = true

    public init(context: AppContext, first: Screen = .zones(ZonesScreen())) {
        self.context = context
        self.stack = [first]
    }

    /// The terminal's size.
    public var size: Size {
        get { context.size }
        set {
            context.size = newValue
            fitMessage()
        }
    }

    /// Gives the message area the rows the message wraps to at this width.
    private mutating func fitMessage() {
        context.messageRows =
            message.map { MessageLine.lines(of: $0.text, width: size.width).count } ?? 1
    }

    /// The current screen.
    public var top: Screen {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    /// Whether printable keys are being typed (into the screen's field or the
    /// go-to prompt) rather than being shortcuts.
    public var isTyping: Bool { goTo != nil || top.model.capturesText }

    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(width: 40, height: 12)

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }
}
