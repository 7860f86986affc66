import TextLayout

/// A terminal in memory, for tests: it records what was drawn and plays back scripted events.
///
/// ```swift
/// let terminal = MemoryTerminal(width: 80, height: 24, events: [.key(.down), .key(.enter)])
/// runLoop(terminal)
/// #expect(terminal.screen.lines[3] == "...")
/// ```
@MainActor
public final class MemoryTerminal: Terminal {
    /// The current size; change it with ``resize(to:)``.
    public private(set) var size: Size
    /// The colour support the program is told about.
    public var colorSupport: ColorSupport
    /// Events still to be returned by ``nextEvent(timeout:)``, first first.
    public var pendingEvents: [TerminalEvent]
    /// The last frame drawn, as it was given; `nil` before the first.
    public private(set) var lastCanvas: Canvas?
    /// The cursor of the last frame.
    public private(set) var cursor: Cursor = .hidden
    /// Frames drawn so far.
    public private(set) var frameCount = 0
    /// Frames that had to be sent in full (the first, and those after a resize, a
    /// ``redrawAll()`` or a suspension).
    public private(set) var fullFrameCount = 0
    /// Times ``suspend()`` was called.
    public private(set) var suspendCount = 0
    /// Whether ``close()`` was called.
    public private(set) var isClosed = false
    private var needsFullFrame = true

    /// Creates a terminal of the given size that will return `events` in order.
    public init(
        width: Int = 80, height: Int = 24, colorSupport: ColorSupport = .colors256,
        events: [TerminalEvent] = []
    ) {
        self.size = Size(width: width, height: height)
        self.colorSupport = colorSupport
        self.pendingEvents = events
    }

    /// The screen as the user would see it: the last frame fitted to the current size.
    public var screen: Canvas {
        var canvas = Canvas(size: size)
        guard let lastCanvas else { return canvas }
        for row in 0..<min(size.height, lastCanvas.height) {
            for column in 0..<min(size.width, lastCanvas.width) {
                let cell = lastCanvas[row, column]
                if !cell.isContinuation {
                    canvas.write(cell.symbol, row: row, column: column, style: cell.style)
                }
            }
        }
        return canvas
    }

    /// Appends events to the script.
    public func enqueue(_ events: TerminalEvent...) {
        pendingEvents.append(contentsOf: events)
    }

    /// Changes the size and queues the matching ``TerminalEvent/resize(_:)``.
    public func resize(to newSize: Size) {
        size = newSize
        needsFullFrame = true
        pendingEvents.append(.resize(newSize))
    }

    // MARK: - Terminal

    /// Records the frame and the cursor.
    public func draw(_ canvas: Canvas, cursor: Cursor) {
        guard !isClosed else { return }
        if needsFullFrame || lastCanvas?.size != canvas.size {
            fullFrameCount += 1
            needsFullFrame = false
        }
        lastCanvas = canvas
        self.cursor = cursor
        frameCount += 1
    }

    /// The next scripted event; `nil` once the script is exhausted, whatever the timeout, so
    /// a test never hangs.
    public func nextEvent(timeout: Int?) -> TerminalEvent? {
        guard !isClosed, !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resumed = event { needsFullFrame = true }
        return event
    }

    /// Marks the next frame as sent in full.
    public func redrawAll() {
        needsFullFrame = true
    }

    /// Counts the suspension; the next frame is sent in full.
    public func suspend() {
        suspendCount += 1
        needsFullFrame = true
    }

    /// Marks the terminal closed; later frames are ignored.
    public func close() {
        isClosed = true
    }
}
