import Testing

@testable import TerminalKit

@Suite("Styles and colour support")
struct StyleTests {
    @Test("NO_COLOR with any non-empty value turns colours off")
    func noColor() {
        #expect(ColorSupport.detect(hasColors: true, colorCount: 256, noColor: "1") == .monochrome)
        #expect(ColorSupport.detect(hasColors: true, colorCount: 256, noColor: "") == .colors256)
        #expect(ColorSupport.detect(hasColors: true, colorCount: 256, noColor: nil) == .colors256)
    }

    @Test("colour support follows what the terminal reports")
    func detection() {
        #expect(ColorSupport.detect(hasColors: true, colorCount: 8, noColor: nil) == .colors8)
        #expect(ColorSupport.detect(hasColors: true, colorCount: 2, noColor: nil) == .monochrome)
        #expect(ColorSupport.detect(hasColors: false, colorCount: 256, noColor: nil) == .monochrome)
    }

    @Test("without colours, a coloured background turns reverse and a coloured text bold")
    func monochromeFallback() {
        let label = Style(foreground: .black, background: .cyan)
        let error = Style(foreground: .red)
        let underlined = Style(foreground: .green, attributes: .underline)
        #expect(label.resolved(for: .monochrome) == .reverse)
        #expect(error.resolved(for: .monochrome) == .bold)
        #expect(underlined.resolved(for: .monochrome) == Style(attributes: [.underline, .bold]))
        #expect(Style.plain.resolved(for: .monochrome) == .plain)
        #expect(label.resolved(for: .colors8) == label)
    }

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
