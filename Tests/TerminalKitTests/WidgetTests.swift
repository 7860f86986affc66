import Testing
import TextLayout

@testable import TerminalKit

@Suite("Widgets")
struct WidgetTests {
    @Test("a list shows the items around the selection, cut with an ellipsis")
    func list() {
        let list = ListView(
            items: ["Bois", "Cuir", "Céramique", "Tissage", "Zellige"], selectedIndex: 4)
        let canvas = rendered(list, width: 8, height: 3)
        #expect(
            canvas.lines
                == rows(
                    """
                    Céramiq…
                    Tissage
                    Zellige
                    """, width: 8))
        #expect(canvas[2, 7].style == .reverse)
        #expect(list.cursorPosition(in: canvas.bounds) == Position(row: 2, column: 0))
    }

    @Test("a frame draws a titled border around its inner area")
    func frame() {
        let frame = Frame(title: "Zone A")
        let canvas = rendered(frame, width: 12, height: 3)
        #expect(
            canvas.lines
                == rows(
                    """
                    ┌ Zone A ──┐
                    │          │
                    └──────────┘
                    """, width: 12))
        #expect(frame.inner(canvas.bounds) == Rect(row: 1, column: 1, width: 10, height: 1))
    }

    @Test("the function key bar shares the width, numbers plain and labels highlighted")
    func functionKeyBar() {
        let bar = FunctionKeyBar(labels: ["Help", "Save", "Quit"])
        let canvas = rendered(bar, width: 20, height: 1)
        #expect(canvas.lines == ["1Help  2Save  3Quit "])
        #expect(canvas[0, 0].style == .plain)
        #expect(canvas[0, 1].style == Style(foreground: .black, background: .cyan))
        #expect(canvas[0, 6].style == Style(foreground: .black, background: .cyan))
        #expect(canvas[0, 7].style == .plain)
    }

    @Test("ten function keys on 80 columns look like Midnight Commander's")
    func tenKeys() {
        let labels = ["Help", "Save", "", "", "", "", "", "", "", "Quit"]
        let canvas = rendered(FunctionKeyBar(labels: labels), width: 80, height: 1)
        let expected =
            "1Help   2Save   3       4       5       6       7       8       9       10Quit  "
        #expect(canvas.lines == [expected])
        #expect(canvas[0, 72].style == .plain)
        #expect(canvas[0, 73].style == .plain)
        #expect(canvas[0, 74].style.background == .cyan)
    }

    @Test("a message line is cut to its width and styled by kind")
    func messageLine() {
        let canvas = rendered(
            MessageLine("Local A-01 libéré", kind: .success), width: 20, height: 1)
        #expect(canvas.lines == ["Local A-01 libéré   "])
        #expect(canvas[0, 0].style == Style(foreground: .green))
        let error = rendered(
            MessageLine("Refusé : limite atteinte", kind: .error), width: 10, height: 1)
        #expect(error.lines == ["Refusé : …"])
        #expect(
            MessageLine.style(for: .error).resolved(for: .monochrome).attributes == [
                .bold, .reverse,
            ])
    }

    @Test("a dialog is a centred box with its lines and its buttons")
    func dialog() {
        let dialog = Dialog(
            title: "Confirmer", lines: ["Libérer le local A-01 ?"], buttons: ["Oui", "Non"],
            selectedButton: 1)
        var canvas = Canvas(width: 40, height: 9)
        canvas.fill(canvas.bounds, with: Cell("."))
        dialog.render(into: &canvas, area: canvas.bounds)
        #expect(
            canvas.lines
                == rows(
                    """
                    ........................................
                    ........................................
                    ......┌ Confirmer ──────────────┐.......
                    ......│ Libérer le local A-01 ? │.......
                    ......│                         │.......
                    ......│    [ Oui ]  [ Non ]     │.......
                    ......└─────────────────────────┘.......
                    ........................................
                    ........................................
                    """, width: 40))
        #expect(canvas[5, 20].style == .reverse)
        #expect(canvas[5, 11].style == .plain)
        #expect(dialog.frame(in: canvas.bounds) == Rect(row: 2, column: 6, width: 27, height: 5))
    }

    @Test("a bar fills cells in proportion, never showing almost-full as full")
    func bar() {
        #expect(rendered(Bar(fraction: 0.5), width: 10, height: 1).lines == ["█████░░░░░"])
        #expect(
            rendered(Bar(fraction: 0.5, symbols: .ascii), width: 10, height: 1).lines == [
                "#####....."
            ])
        #expect(Bar(fraction: 0.01).filledCount(width: 10) == 1)
        #expect(Bar(fraction: 0).filledCount(width: 10) == 0)
        #expect(Bar(fraction: 0.99).filledCount(width: 10) == 9)
        #expect(Bar(fraction: 1).filledCount(width: 10) == 10)
        #expect(Bar(fraction: 7).filledCount(width: 10) == 10)
        #expect(Bar(fraction: .nan).filledCount(width: 10) == 0)
        let canvas = rendered(Bar(fraction: 0.3), width: 10, height: 1)
        #expect(canvas[0, 2].style == .plain)
        #expect(canvas[0, 3].style == .dim)
    }
}
