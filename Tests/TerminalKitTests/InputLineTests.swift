import Testing
import TextLayout

@testable import TerminalKit

@Suite("Input line")
struct InputLineTests {
    @Test("typing, moving and deleting edit the text at the cursor")
    func editing() {
        var line = InputLine()
        for key: Key in [.char("a"), .char("b"), .char("c"), .left, .left, .backspace] {
            let handled = line.handle(key)
            #expect(handled)
        }
        #expect(line.text == "bc")
        #expect(line.cursor == 0)
        line.handle(.delete)
        #expect(line.text == "c")
        line.handle(.end)
        line.handle(.char("é"))
        #expect(line.text == "cé")
        #expect(line.cursor == 2)
        line.handle(.home)
        #expect(line.cursor == 0)
        line.handle(.right)
        line.handle(.ctrl("k"))
        #expect(line.text == "c")
        let enterHandled = line.handle(.enter)
        let escapeHandled = line.handle(.escape)
        #expect(!enterHandled)
        #expect(!escapeHandled)
    }

    @Test("the cursor moves by grapheme, so a decomposed accent is one step")
    func graphemes() {
        var line = InputLine(text: "e\u{301}t")
        #expect(line.cursor == 2)
        line.backspace()
        #expect(line.text == "e\u{301}")
        line.backspace()
        #expect(line.text.isEmpty)
        line.insert("e")
        line.insert("\u{301}")
        #expect(line.text == "e\u{301}")
        #expect(line.cursor == 1)
    }

    @Test("control characters and bidi marks cannot be typed in, and the length can be capped")
    func refusals() {
        var line = InputLine(text: "ab", maxLength: 3)
        line.insert("\u{1B}")
        line.insert("\u{202E}")
        #expect(line.text == "ab")
        line.insert("c")
        line.insert("d")
        #expect(line.text == "abc")
    }

    @Test("the field shows the prompt, the text and the cursor cell in reverse")
    func rendering() {
        let line = InputLine(text: "Idrissi", prompt: "Nom: ")
        let canvas = rendered(line, width: 14, height: 1)
        #expect(canvas.lines == ["Nom: Idrissi  "])
        #expect(line.cursorPosition(in: canvas.bounds) == Position(row: 0, column: 12))
        #expect(canvas[0, 12].style == .reverse)
        #expect(canvas[0, 5].style == .underline)
        #expect(canvas[0, 0].style == .bold)
    }

    @Test("long text scrolls sideways to keep the cursor in view")
    func scrolling() {
        let line = InputLine(text: "abcdefghij", prompt: "> ")
        let canvas = rendered(line, width: 8, height: 1)
        #expect(canvas.lines == ["> fghij "])
        #expect(line.cursorPosition(in: canvas.bounds) == Position(row: 0, column: 7))
        var start = line
        start.moveToStart()
        #expect(rendered(start, width: 8, height: 1).lines == ["> abcdef"])
    }

    @Test("wide characters in the field keep their two columns")
    func wide() {
        var line = InputLine(text: "漢字漢字")
        line.moveToStart()
        line.moveRight()
        let canvas = rendered(line, width: 6, height: 1)
        #expect(canvas.lines == ["漢字漢"])
        #expect(line.cursorPosition(in: canvas.bounds) == Position(row: 0, column: 2))
        #expect(canvas[0, 2].style == .reverse)
        #expect(canvas[0, 3].style == .reverse)
    }
}
