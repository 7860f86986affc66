import TerminalKit

/// The keys that move through a list, the same in every list and picker.
///
/// The mouse wheel is not here: only the occupant directory (three rows a
/// notch) and its trade menu (one) take it, and the other lists leave it alone.
enum ListKeys {
    /// The move `key` makes in a list, or nil when it is not a list key.
    ///
    /// - Parameter typing: the list sits under a search line that takes the
    ///   letters and Home and End, so only the arrows and the page keys move.
    static func move(for key: Key, typing: Bool = false) -> ListMove? {
        switch key {
        case .up: return .by(-1)
        case .down: return .by(1)
        case .pageUp: return .page(-1)
        case .pageDown: return .page(1)
        case .char("k") where !typing: return .by(-1)
        case .char("j") where !typing: return .by(1)
        case .home where !typing: return .first
        case .end where !typing: return .last
        default: return nil
        }
    }
}
