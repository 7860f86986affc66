import Testing
import TextLayout

@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "strings take the columns a terminal gives them",
        arguments: [
            ("abc", 3),
            ("", 0),
            ("é", 1),
            ("e\u{301}", 1),
            ("Ébéniste", 8),
            ("فاطمة", 5),
            ("مُحَمَّد", 4),
            ("ⵜⴰⴼⵔⴰⵡⵜ", 7),
            ("漢字", 4),
            ("ｆｕｌｌ", 8),
            ("한국", 4),
            ("😀", 2),
            ("a😀b", 4),
            ("\u{200B}", 0),
            ("\u{301}", 0),
        ])
    func stringWidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test("precomposed and decomposed accents are one column each")
    func accents() {
        #expect(DisplayWidth.of("\u{E9}") == 1)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
    }

    @Test("controls and bidi marks count as the one column of their replacement")
    func controlsCountAsReplacement() {
        #expect(DisplayWidth.of("a\u{1B}b") == 3)
        #expect(DisplayWidth.of("\u{202E}") == 1)
        #expect(DisplayWidth.of("a\r\nb") == 3)
        #expect(DisplayWidth.of(SafeText.clean("a\r\nb")) == 3)
    }

    @Test("a grapheme of several spacing characters counts them all, as wcswidth does")
    func multiScalarGraphemes() {
        #expect(DisplayWidth.of("\u{1F1F2}" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("🇲🇦" as Character) == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧" as Character) == 6)
        #expect(DisplayWidth.of("\u{600}١") == 2)
        #expect(DisplayWidth.of("\u{600}١٢") == 3)
        #expect(DisplayWidth.of("❤️" as Character) == 1)
    }

    @Test("truncation keeps the width and ends with an ellipsis")
    func truncation() {
        #expect(DisplayWidth.truncate("Menuisier", to: 20) == "Menuisier")
        #expect(DisplayWidth.truncate("Menuisier", to: 5) == "Menu…")
        #expect(DisplayWidth.truncate("Menuisier", to: 1) == "…")
        #expect(DisplayWidth.truncate("Menuisier", to: 0) == "")
        #expect(DisplayWidth.truncate("漢字漢字", to: 4) == "漢…")
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(DisplayWidth.truncate("فاطمة الزهراء", to: 6) == "فاطمة…")
    }

    @Test("padding adds spaces up to the width, on the side the alignment says")
    func padding() {
        #expect(DisplayWidth.pad("ab", to: 4) == "ab  ")
        #expect(DisplayWidth.pad("ab", to: 4, alignment: .right) == "  ab")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("漢", to: 3) == "漢 ")
        #expect(DisplayWidth.pad("abcdef", to: 3) == "abcdef")
    }

    @Test("fit truncates then pads to exactly the width")
    func fit() {
        #expect(DisplayWidth.fit("漢字漢字", to: 4) == "漢… ")
        #expect(DisplayWidth.of(DisplayWidth.fit("漢字漢字", to: 4)) == 4)
        #expect(DisplayWidth.fit("42", to: 5, alignment: .right) == "   42")
    }
}
