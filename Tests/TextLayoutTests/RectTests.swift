import Testing
import TextLayout

@Suite("Rectangles")
struct RectTests {
    @Test("rectangles intersect, inset and centre")
    func rects() {
        let screen = Rect(row: 0, column: 0, width: 80, height: 24)
        #expect(screen.inset(by: 1) == Rect(row: 1, column: 1, width: 78, height: 22))
        #expect(
            screen.centered(width: 20, height: 4) == Rect(row: 10, column: 30, width: 20, height: 4)
        )
        #expect(screen.bottom(1) == Rect(row: 23, column: 0, width: 80, height: 1))
        #expect(screen.droppingTop(1).droppingBottom(2).height == 21)
        let outside = Rect(row: 30, column: 0, width: 5, height: 5)
        #expect(screen.intersection(outside).isEmpty)
        #expect(
            screen.intersection(Rect(row: 20, column: 70, width: 20, height: 20))
                == Rect(row: 20, column: 70, width: 10, height: 4))
    }
}
