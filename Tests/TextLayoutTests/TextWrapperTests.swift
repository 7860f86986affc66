import Testing
import TextLayout

@Suite("Wrapping")
struct TextWrapperTests {
    @Test("lines break between words, as the too-small notice reads on a narrow terminal")
    func words() {
        #expect(
            TextWrapper.wrap("Terminal too small: need at least 40x12, now 20x5.", width: 20) == [
                "Terminal too small:", "need at least 40x12,", "now 20x5.",
            ])
        #expect(TextWrapper.wrap("a b  c", width: 3) == ["a b", "c"])
        #expect(TextWrapper.wrap("", width: 5) == [""])
    }

    @Test("a word longer than the line breaks after a hyphen, else between characters")
    func longWords() {
        #expect(TextWrapper.wrap("DEC-AOU-2025-001", width: 10) == ["DEC-AOU-", "2025-001"])
        #expect(TextWrapper.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
    }

    @Test("wide characters are counted by columns, and one too wide for the line still goes")
    func wide() {
        #expect(TextWrapper.wrap("漢字漢字", width: 3) == ["漢", "字", "漢", "字"])
        #expect(TextWrapper.wrap("漢", width: 1) == ["漢"])
    }
}
