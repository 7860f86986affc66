import TextLayout

/// Where the hardware cursor goes after a frame is drawn.
///
/// Screen readers and braille displays follow the hardware cursor, so a list screen should
/// park it on the selected row even when it is not shown.
public enum Cursor: Sendable, Hashable {
    /// Not shown, and left wherever drawing ended.
    case hidden
    /// Shown at a position: where the user types.
    case visible(Position)
    /// Not shown, but placed at a position for assistive technology: the selected row.
    case parked(Position)

    /// The position, unless hidden.
    public var position: Position? {
        switch self {
        case .hidden: return nil
        case .visible(let position), .parked(let position): return position
        }
    }
}
