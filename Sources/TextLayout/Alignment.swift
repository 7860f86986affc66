/// Where text sits inside a wider space.
public enum Alignment: Sendable, Hashable {
    /// Flush left, padding on the right.
    case left
    /// Flush right, padding on the left.
    case right
    /// Centred; an odd leftover column goes to the right.
    case center
}
