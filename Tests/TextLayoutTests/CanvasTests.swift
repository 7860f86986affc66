import Testing
import TextLayout

@Suite("Canvas")
struct CanvasTests {
    @Test("a canvas made from lines reads back as those lines, padded")
    func fromLines() {
        let canvas = Canvas(picture: "ab\nc")
        #expect(canvas.size == Size(width: 2, height: 2))
        #expect(canvas.lines == ["ab", "c "])
        #expect(canvas.description == "\"ab\"\n\"c \"")
        #expect(canvas.debugDescription == "Canvas 2x2\n\"ab\"\n\"c \"")
    }

    @Test("text is placed by display width, not by character count")
    func wideAndCombining() {
        var canvas = Canvas(width: 8, height: 3)
        let end = canvas.write("漢字!", row: 0, column: 1)
        canvas.write("e\u{301}te\u{301}", row: 1, column: 0)
        canvas.write("فاطمة", row: 2, column: 3)
        #expect(end == 6)
        #expect(canvas.lines == [" 漢字!  ", "e\u{301}te\u{301}     ", "   فاطمة"])
        #expect(canvas[0, 1].symbol == "漢")
        #expect(canvas[0, 2].isContinuation)
    }

    @Test("an emoji sequence takes one cell per spacing character, and reads back whole")
    func emojiSequence() {
        var canvas = Canvas(width: 8, height: 1)
        let end = canvas.write("🇲🇦👨‍👩‍👧", row: 0, column: 0)
        #expect(end == 8)
        #expect(canvas.lines == ["🇲🇦👨‍👩‍👧"])
        #expect(canvas[0, 0].symbol == "\u{1F1F2}")
        #expect(canvas[0, 2].symbol == "👨\u{200D}")
        #expect(canvas[0, 3].isContinuation)
    }

    @Test("a wide character that does not fit at the right edge leaves a space")
    func wideAtRightEdge() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.write("ab漢字", row: 0, column: 0)
        #expect(canvas.lines == ["ab漢 "])
        #expect(canvas[0, 4].symbol == " ")
    }

    @Test("text is clipped to the rectangle given, on both sides")
    func clipping() {
        var canvas = Canvas(width: 10, height: 2)
        let clip = Rect(row: 0, column: 2, width: 4, height: 1)
        canvas.write("abcdefgh", row: 0, column: 0, clip: clip)
        canvas.write("abcdefgh", row: 1, column: 0, clip: clip)
        #expect(canvas.lines == ["  cdef    ", "          "])
    }

    @Test("a wide character straddling the clip's left edge shows a space")
    func wideAtLeftClip() {
        var canvas = Canvas(picture: "xxxxxx")
        canvas.write("漢字", row: 0, column: 1, clip: Rect(row: 0, column: 2, width: 4, height: 1))
        #expect(canvas.lines == ["xx 字x"])
    }

    @Test("writing over half of a wide character blanks its other half")
    func overwritingHalves() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.write("漢字", row: 0, column: 0)
        canvas.write("a", row: 0, column: 1)
        canvas.write("漢字", row: 1, column: 0)
        canvas.write("b", row: 1, column: 2)
        #expect(canvas.lines == [" a字  ", "漢b   "])
        canvas.write("字", row: 0, column: 2)
        #expect(canvas.lines == [" a字  ", "漢b   "])
        canvas.write("漢", row: 1, column: 3)
        #expect(canvas.lines == [" a字  ", "漢b漢 "])
    }

    @Test("text from data cannot put a control character in a cell")
    func sanitized() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.write("\u{1B}[2J", row: 0, column: 0)
        #expect(canvas.lines == ["\u{FFFD}[2J  "])
    }

    @Test("a box has its title in the top border, cut when too long")
    func box() {
        var canvas = Canvas(width: 12, height: 4)
        canvas.drawBox(canvas.bounds, title: "Zones")
        #expect(
            canvas.lines
                == Canvas(
                    picture: """
                        ┌ Zones ───┐
                        │          │
                        │          │
                        └──────────┘
                        """, width: 12
                ).lines)
        var narrow = Canvas(width: 8, height: 2)
        narrow.drawBox(narrow.bounds, title: "Artisans")
        #expect(narrow.lines == ["┌ Art… ┐", "└──────┘"])
    }

    @Test("lines, fills and styles cover exactly their rectangle")
    func linesAndFill() {
        var canvas = Canvas(width: 5, height: 3)
        canvas.drawHorizontalLine(row: 0, column: 1, length: 3)
        canvas.drawVerticalLine(row: 0, column: 4, length: 3)
        canvas.fill(Rect(row: 1, column: 0, width: 2, height: 2), with: Cell("."))
        canvas.setStyle(.reverse, in: Rect(row: 2, column: 0, width: 1, height: 1))
        #expect(canvas.lines == [" ───│", "..  │", "..  │"])
        #expect(canvas[2, 0].style == .reverse)
        #expect(canvas[2, 1].style == .plain)
        var wide = Canvas(width: 5, height: 1)
        wide.fill(wide.bounds, with: Cell("漢"))
        #expect(wide.lines == ["漢漢 "])
    }

    @Test("reading outside the canvas gives a blank cell")
    func outside() {
        let canvas = Canvas(width: 2, height: 2)
        #expect(canvas[5, 5] == .blank)
        #expect(canvas[-1, 0] == .blank)
    }
}
