import HanoutDomain
import HanoutStore
import TextLayout

/// Where the zone screen puts its parts, computed from the units and the room.
///
/// `update` (for mouse clicks and paging) and `render` use the same layout,
/// so a click lands on what the clerk sees.
struct ZoneLayout: Hashable {
    var info: Rect
    var plan: Rect
    var legend: Rect
    /// The table of units, under its header.
    var table: ListArea
    var tileWidth: Int
    var tileHeight: Int
    var planRows: Int
    var planColumns: Int
    /// The first screen row of each floor-plan row (index 0 is plan row 1).
    /// A row with no unit (an alley) takes one line, so the table keeps its room.
    var rowTops: [Int] = []

    init(area: Rect, units: [UnitOccupancy]) {
        planRows = units.map(\.unit.row).max() ?? 0
        planColumns = units.map(\.unit.column).max() ?? 0
        info = Rect(
            row: area.row, column: area.column, width: area.width, height: min(1, area.height))
        let available = max(0, area.height - 3 - 5)  // info, legend, blank, table header and 4 rows
        let usedRows = Set(units.map(\.unit.row))
        let alleys = planRows - usedRows.count
        func height(_ tile: Int) -> Int { usedRows.count * tile + alleys * min(1, tile) }
        if planRows == 0 {
            tileHeight = 0
        } else if height(3) <= available && area.height >= 34 {
            tileHeight = 3
        } else if height(2) <= available {
            tileHeight = 2
        } else {
            tileHeight = height(1) <= available ? 1 : 0
        }
        tileWidth = planColumns == 0 ? 0 : min(18, max(0, (area.width - 1) / planColumns))
        var top = area.row + 1
        for row in 0..<planRows {
            rowTops.append(top)
            top += usedRows.contains(row + 1) ? tileHeight : min(1, tileHeight)
        }
        plan = Rect(
            row: area.row + 1, column: area.column, width: area.width, height: top - area.row - 1)
        legend = Rect(
            row: plan.endRow, column: area.column, width: area.width, height: tileHeight > 0 ? 1 : 0
        )
        let tableTop = legend.endRow + (tileHeight > 0 ? 1 : 0)
        table = ListArea(
            frame: Rect(
                row: tableTop, column: area.column, width: area.width,
                height: max(0, area.endRow - tableTop)),
            header: 1)
    }

    /// The rectangle of the tile at a floor-plan place (row and column from 1).
    func tile(row: Int, column: Int) -> Rect {
        Rect(
            row: rowTops.indices.contains(row - 1) ? rowTops[row - 1] : plan.row,
            column: plan.column + (column - 1) * tileWidth,
            width: max(0, tileWidth - 1), height: tileHeight)
    }

    /// The floor-plan place under a screen position, if any.
    func place(atRow row: Int, column: Int) -> (row: Int, column: Int)? {
        guard tileHeight > 0, tileWidth > 0, plan.contains(row: row, column: column) else {
            return nil
        }
        guard let planRow = rowTops.lastIndex(where: { $0 <= row }) else { return nil }
        return (planRow + 1, (column - plan.column) / tileWidth + 1)
    }
}
