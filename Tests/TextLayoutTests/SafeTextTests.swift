import Testing
import TextLayout

@Suite("Cleaning text from data")
struct SafeTextTests {
    @Test("an escape sequence is drawn as harmless text")
    func escapeSequence() {
        let hostile = "\u{1B}]52;c;aGVsbG8=\u{07}"
        let clean = SafeText.clean(hostile)
        #expect(clean == "\u{FFFD}]52;c;aGVsbG8=\u{FFFD}")
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("C0, DEL and C1 controls are replaced")
    func controls() {
        #expect(SafeText.clean("a\u{0}b\u{7F}c\u{9B}d") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
    }

    @Test("bidi overrides, isolates and marks are replaced")
    func bidi() {
        for scalar in [
            "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}",
            "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
        ] {
            #expect(SafeText.clean("x\(scalar)y") == "x\u{FFFD}y")
        }
    }

    @Test("line breaks and tabs become one space each, CR LF included")
    func lineBreaks() {
        #expect(SafeText.clean("a\nb\tc\r\nd\re") == "a b c d e")
        #expect(SafeText.clean("a\u{2028}b") == "a b")
    }

    @Test("clean text, Arabic, Tifinagh and emoji included, is left alone")
    func cleanText() {
        for text in ["Fès", "فاطمة", "ⵜⴰⴼⵔⴰⵡⵜ", "漢字", "👨‍👩‍👧", "e\u{301}"] {
            #expect(SafeText.isClean(text))
            #expect(SafeText.clean(text) == text)
        }
    }

    @Test("the substitute can be chosen, for a printer without U+FFFD")
    func customSubstitute() {
        #expect(SafeText.clean("a\u{1B}b", substitute: "?") == "a?b")
    }
}
