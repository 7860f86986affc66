/// The paper a text report is laid out for, and how `lp` must print it so it fits.
///
/// A4 is 8.27 × 11.69 in. With half-inch margins, 12 characters per inch
/// give 87 columns and 7 lines per inch 74 lines: the 80 × 66 portrait page
/// fits with room to spare for printers whose unprintable edge is wider.
/// Landscape at 15 cpi and 8 lpi gives 160 columns and 58 lines for 132 × 54.
/// 66 lines is the classic form length; nothing here depends on it beyond
/// `length`, which the renderer never exceeds.
public struct PageSetup: Hashable, Sendable {
    /// Which way the page is turned.
    public enum Orientation: String, CaseIterable, Sendable {
        case portrait
        case landscape
    }

    public var orientation: Orientation
    /// Columns per line.
    public var width: Int
    /// Lines per page.
    public var length: Int
    /// Characters per inch asked of CUPS's text filter.
    public var charactersPerInch: Int
    /// Lines per inch asked of CUPS's text filter.
    public var linesPerInch: Int
    /// Every margin, in points (1/72 in).
    public var marginPoints: Int

    public init(
        orientation: Orientation, width: Int, length: Int, charactersPerInch: Int,
        linesPerInch: Int, marginPoints: Int = 36
    ) {
        self.orientation = orientation
        self.width = width
        self.length = length
        self.charactersPerInch = charactersPerInch
        self.linesPerInch = linesPerInch
        self.marginPoints = marginPoints
    }

    /// A4 portrait: 80 columns, 66 lines.
    public static let portrait = PageSetup(
        orientation: .portrait, width: 80, length: 66, charactersPerInch: 12, linesPerInch: 7)

    /// A4 landscape: 132 columns, 54 lines.
    public static let landscape = PageSetup(
        orientation: .landscape, width: 132, length: 54, charactersPerInch: 15, linesPerInch: 8)

    /// Sheets a text of `lines` lines takes, one at least.
    public func pageCount(lines: Int) -> Int {
        max(1, (lines + length - 1) / length)
    }

    /// The setup for an orientation.
    public static func a4(_ orientation: Orientation) -> PageSetup {
        orientation == .portrait ? .portrait : .landscape
    }

    /// The `lp -o` options that make CUPS's text filter print this page as laid out.
    ///
    /// Without them CUPS prints 10 cpi and 6 lpi inside the printer's own
    /// margins, which on A4 wraps an 80-column line and cuts a 66-line page.
    public var lpOptions: [String] {
        var options = [
            "media=A4", "cpi=\(charactersPerInch)", "lpi=\(linesPerInch)",
            "page-left=\(marginPoints)", "page-right=\(marginPoints)",
            "page-top=\(marginPoints)", "page-bottom=\(marginPoints)",
        ]
        if orientation == .landscape { options.append("landscape") }
        return options.flatMap { ["-o", $0] }
    }
}
