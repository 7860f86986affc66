/// Names an attacker could give an occupant, and the scalars no output may
/// hold raw: one corpus for every test that pushes them through an output.
///
/// Each name holds the word "Hostile" and its own marker (`H01`…) so that a test can tell
/// the name reached an output (cleaned) rather than vanished. None holds NUL: a process
/// argument cannot.
public enum HostileText {
    public static let corpus: [String] = [
        "Hostile H01 \u{1B}]0;PWNED\u{07} title",
        "Hostile H02 \u{1B}[31m\u{1B}[2J\u{1B}[H red",
        "Hostile H03 bell\u{07}\u{07}",
        "Hostile H04 C1 "
            + String(String.UnicodeScalarView((0x80...0x9F).compactMap(Unicode.Scalar.init))),
        "Hostile H05 \u{202E}exe.gpj\u{202C} \u{2066}iso\u{2069} \u{200E}\u{200F}\u{061C}",
        "=HYPERLINK(\"http://evil.example\",\"Hostile H06\")",
        "+cmd|' /C calc'!A0 Hostile H07",
        "-2+3 Hostile H08",
        "@SUM(A1:A9) Hostile H09",
        "\t=1+1 Hostile H10",
        "<script>alert('Hostile H11')</script>",
        "Hostile H12 Tom & Jerry \"quoted\" 'single' <b>bold</b>",
        "Hostile H13 two\nlines and a\rreturn",
        "Hostile H14 del\u{7F} and \u{1B}P device control \u{1B}\\",
    ]

    /// The marker of each name: `H01` for the first.
    public static func marker(_ index: Int) -> String {
        "H" + (index < 9 ? "0" : "") + String(index + 1)
    }

    /// The scalars no output may hold raw: C0 controls, DEL, C1 controls, bidi embeddings,
    /// overrides, isolates and marks. Written out here rather than taken from the program,
    /// so that the test does not share a mistake with it.
    public static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// Every dangerous scalar in `text` other than `allowed`, as `U+XXXX`.
    public static func dangerous(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"])
        -> [String]
    {
        text.unicodeScalars.filter { isDangerous($0) && !allowed.contains($0) }
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
