import Testing
import TextLayout

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
}
