import TextLayout

/// Replaces what must not reach a terminal (`cat file.csv`) or a spreadsheet from a CSV cell.
///
/// The scalars are `SafeText`'s, so that a screen, a message and a file agree on what is
/// dangerous: C0 controls, DEL, C1 controls (0x9B is a CSI on some terminals) and bidi
/// embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
/// U+061C). Each becomes U+FFFD rather than vanishing, so that a changed value shows it was
/// changed. Two exceptions keep the data: a line feed and a tab stay, as RFC 4180 allows
/// them in a quoted field and they move no cursor backwards; a CR LF pair becomes a line feed.
public enum CSVControls {
    /// The cell with every control and bidi formatting scalar replaced.
    public static func replaced(_ cell: String) -> String {
        // Fast path: printable ASCII (nearly every cell of an export) needs nothing.
        let isPrintable: (UInt8) -> Bool = { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }
        // Over the bytes in place: a million rows' cells, walked by the view, took seconds.
        if cell.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isPrintable) })
            ?? cell.utf8.allSatisfy(isPrintable)
        {
            return cell
        }
        if cell.unicodeScalars.allSatisfy(isKept) { return cell }
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in cell.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" {
                scalars.removeLast()
            }
            scalars.append(isKept(scalar) ? scalar : SafeText.substitute)
        }
        return String(scalars)
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch SafeText.treatment(of: scalar) {
        case .keep: return true
        case .replace: return false
        // Line breaks and tabs: the two a CSV field may hold, and Unicode's own line and
        // paragraph separators, which control no terminal; not CR, VT, FF or NEL (C1).
        case .space: return scalar == "\n" || scalar == "\t" || scalar.value >= 0x2028
        }
    }
}
