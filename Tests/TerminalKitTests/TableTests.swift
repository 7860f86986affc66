import Testing
import TextLayout

@testable import TerminalKit

@Suite("Table")
struct TableTests {
    private let columns = [
        TableColumn("Unit", width: .fixed(5)),
        TableColumn("Occupant", width: .flexible(min: 5)),
        TableColumn("m²", width: .fixed(4), alignment: .right),
    ]

    @Test("a table draws titles, fits each cell to its column and highlights the selection")
    func rendering() {
        let table = Table(
            columns: columns,
            rows: [
                ["A-01", "فاطمة الزهراء", "12"],
                ["A-02", "Jean-Émile Dupont-Moreau", "8"],
                ["B-10", "漢字", "120"],
                ["B-11", "x", "9"],
            ],
            selectedIndex: 1)
        let canvas = rendered(table, width: 24, height: 4)
        #expect(
            canvas.lines
                == rows(
                    """
                    Unit  Occupant        m²
                    A-01  فاطمة الزهراء   12
                    A-02  Jean-Émile D…    8
                    B-10  漢字           120
                    """, width: 24))
        #expect(canvas[0, 0].style == table.headerStyle)
        #expect((0..<24).allSatisfy { canvas[2, $0].style == .reverse })
        #expect(canvas[3, 0].style == .plain)
        #expect(table.cursorPosition(in: canvas.bounds) == Position(row: 2, column: 0))
    }

    @Test("flexible columns share the room left by weight, fixed ones keep their width")
    func columnWidths() {
        let table = Table(
            columns: [
                TableColumn("a", width: .fixed(4)),
                TableColumn("b", width: .flexible(min: 2, weight: 1)),
                TableColumn("c", width: .flexible(min: 2, weight: 2)),
            ], rows: [])
        #expect(table.columnWidths(totalWidth: 20) == [4, 6, 8])
        #expect(table.columnWidths(totalWidth: 21) == [4, 6, 9])
        #expect(table.columnWidths(totalWidth: 5) == [4, 2, 2])
    }

    @Test("moving the selection below the window scrolls just enough to show it")
    func scrollingDown() {
        let manyRows = (0..<10).map { ["U-\($0)", "Occupant \($0)", "\($0)"] }
        let table = Table(columns: columns, rows: manyRows, selectedIndex: 7, scrollOffset: 0)
        let area = Rect(row: 0, column: 0, width: 24, height: 4)
        #expect(table.effectiveScrollOffset(in: area) == 5)
        let canvas = rendered(table, width: 24, height: 4)
        #expect(canvas.lines.dropFirst().map { String($0.prefix(3)) } == ["U-5", "U-6", "U-7"])
        #expect(table.cursorPosition(in: area) == Position(row: 3, column: 0))
    }

    @Test(
        "moving the selection above the window scrolls up to it, and the window never runs past the end"
    )
    func scrollingUp() {
        let manyRows = (0..<10).map { ["U-\($0)"] }
        let area = Rect(row: 0, column: 0, width: 10, height: 4)
        var table = Table(columns: columns, rows: manyRows, selectedIndex: 2, scrollOffset: 5)
        #expect(table.effectiveScrollOffset(in: area) == 2)
        table.selectedIndex = 9
        table.scrollOffset = 9
        #expect(table.effectiveScrollOffset(in: area) == 7)
        #expect(Scrolling.offset(keeping: 4, visibleRows: 3, rowCount: 10, current: 3) == 3)
        #expect(Scrolling.offset(keeping: nil, visibleRows: 3, rowCount: 2, current: 3) == 0)
    }

    @Test("a table of a million rows draws only the rows in view")
    func windowed() {
        let manyRows = Array(repeating: ["x"], count: 1_000_000)
        let table = Table(columns: [TableColumn("v")], rows: manyRows, selectedIndex: 999_999)
        let canvas = rendered(table, width: 3, height: 3)
        #expect(canvas.lines == ["v  ", "x  ", "x  "])
        #expect(table.cursorPosition(in: canvas.bounds) == Position(row: 2, column: 0))
    }
}
