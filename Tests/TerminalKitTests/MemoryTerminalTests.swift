import Testing
import TextLayout

@testable import TerminalKit

@Suite("Memory terminal")
@MainActor
struct MemoryTerminalTests {
    @Test("scripted events come back in order, then nothing")
    func events() {
        let terminal = MemoryTerminal(events: [.key(.down), .key(.char("q"))])
        terminal.enqueue(.interrupted(signal: 2))
        #expect(terminal.nextEvent(timeout: nil) == .key(.down))
        #expect(terminal.nextEvent(timeout: 100) == .key(.char("q")))
        #expect(terminal.nextEvent(timeout: nil) == .interrupted(signal: 2))
        #expect(terminal.nextEvent(timeout: nil) == nil)
    }

    @Test("drawing records the frame, the cursor and the count")
    func drawing() {
        let terminal = MemoryTerminal(width: 6, height: 2)
        #expect(terminal.lastCanvas == nil)
        terminal.draw(Canvas(picture: "hello\nworld"), cursor: .parked(Position(row: 1, column: 0)))
        terminal.draw(Canvas(picture: "hello\nthere"), cursor: .hidden)
        #expect(terminal.frameCount == 2)
        #expect(terminal.fullFrameCount == 1)
        #expect(terminal.cursor == .hidden)
        #expect(terminal.screen.lines == ["hello ", "there "])
    }

    @Test("a resize changes the size, queues the event and makes the next frame full")
    func resize() {
        let terminal = MemoryTerminal(width: 4, height: 1)
        terminal.draw(Canvas(picture: "abcd"), cursor: .hidden)
        terminal.resize(to: Size(width: 2, height: 2))
        #expect(terminal.size == Size(width: 2, height: 2))
        #expect(terminal.nextEvent(timeout: 0) == .resize(Size(width: 2, height: 2)))
        #expect(terminal.screen.lines == ["ab", "  "])
        terminal.draw(Canvas(width: 2, height: 2), cursor: .hidden)
        #expect(terminal.fullFrameCount == 2)
    }

    @Test("after suspend, redrawAll or close the terminal behaves as the real one")
    func lifecycle() {
        let terminal = MemoryTerminal(width: 2, height: 1, colorSupport: .monochrome)
        terminal.draw(Canvas(width: 2, height: 1), cursor: .hidden)
        terminal.suspend()
        terminal.draw(Canvas(width: 2, height: 1), cursor: .hidden)
        terminal.redrawAll()
        terminal.draw(Canvas(width: 2, height: 1), cursor: .hidden)
        #expect(terminal.suspendCount == 1)
        #expect(terminal.fullFrameCount == 3)
        #expect(terminal.colorSupport == .monochrome)
        terminal.close()
        terminal.close()
        terminal.draw(Canvas(picture: "zz"), cursor: .hidden)
        #expect(terminal.isClosed)
        #expect(terminal.frameCount == 3)
    }
}
