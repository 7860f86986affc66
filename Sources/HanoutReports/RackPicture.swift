import HanoutDomain
import TextLayout

/// A rack as lines of text, for the command line and for paper: a header of
/// months and days (or week starts, or months), today marked, then a line a
/// unit. Letters stand for colours: a bar starts with the occupant's
/// initials and goes on with `=`; `.` is vacant, `r` reserved, `#` works.
public enum RackPicture {
    /// Each column is this many characters wide.
    public static let cellWidth = 3

    public static func lines(_ rack: Rack, zone: String, language: Language) -> [String] {
        let codeWidth = max(6, rack.unitCodes.map { DisplayWidth.of($0) }.max() ?? 0) + 1
        let pad = String(repeating: " ", count: codeWidth)
        var lines: [String] = []
        let first = rack.columns.first.map { DayFormat.show($0.start, in: language) } ?? ""
        let last =
            rack.columns.last.map { DayFormat.show($0.end.adding(days: -1), in: language) } ?? ""
        lines.append(
            "\(zone) · "
                + language.pick(
                    fr: "planning du \(first) au \(last)", en: "rack \(first) to \(last)")
                + " (" + scaleName(rack.scale, language) + ")")
        // Months over the columns where they begin.
        // A month's name over the column where it begins (years over months);
        // a name longer than a cell runs over the next ones, left blank.
        var monthLine = pad
        var previous: Int?
        for (index, column) in rack.columns.enumerated() {
            let month = Month(of: column.start)
            let key = rack.scale == .months ? month.year : month.year * 12 + month.month
            guard key != previous else { continue }
            previous = key
            let label = rack.scale == .months ? String(month.year) : month.shown(in: language)
            let used = DisplayWidth.of(monthLine) - codeWidth
            let start = cellWidth * index
            if used <= start {
                monthLine += String(repeating: " ", count: start - used) + label + " "
            }
        }
        lines.append(fitted(monthLine, to: codeWidth + cellWidth * rack.columns.count))
        lines.append(
            (pad
                + rack.columns.map { column in
                    let number =
                        rack.scale == .months
                        ? Month(of: column.start).month : column.start.parts.day
                    return (number < 10 ? "0" : "") + "\(number) "
                }.joined()).trimmingTrailing())
        if rack.columns.contains(where: { $0.contains(rack.today) }) {
            lines.append(
                (pad + rack.columns.map { $0.contains(rack.today) ? "^^ " : "   " }.joined())
                    .trimmingTrailing())
        }
        for row in rack.rows {
            let code =
                row.unitCode
                + String(repeating: " ", count: codeWidth - DisplayWidth.of(row.unitCode))
            lines.append((code + row.cells.map(text).joined()).trimmingTrailing())
        }
        lines.append(
            language.pick(
                fr:
                    "Initiales : début d'une attribution, = suite ; . vacant, r réservé, # travaux ; ^^ aujourd'hui",
                en:
                    "Initials: an allocation begins, = goes on; . vacant, r reserved, # works; ^^ today"
            ))
        return lines.map { SafeText.clean($0) }
    }

    /// A cell as three characters: the letters that stand for its colour.
    public static func text(_ cell: Rack.Cell) -> String {
        switch cell {
        case .vacant: return " . "
        case .reserved: return " r "
        case .works: return " # "
        case .occupied(_, let initials, let starts):
            guard starts else { return "===" }
            let head = String(initials.prefix(2))
            return head + String(repeating: "=", count: cellWidth - head.count)
        }
    }

    public static func scaleName(_ scale: Rack.Scale, _ language: Language) -> String {
        switch scale {
        case .days: return language.pick(fr: "jours", en: "days")
        case .weeks: return language.pick(fr: "semaines", en: "weeks")
        case .months: return language.pick(fr: "mois", en: "months")
        }
    }

    /// The text cut or padded to `width` columns.
    static func fitted(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text, to: width).trimmingTrailing()
    }
}

extension String {
    fileprivate func trimmingTrailing() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
