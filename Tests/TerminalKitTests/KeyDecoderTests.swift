import CNcurses
import Testing

@testable import TerminalKit

@Suite("Decoding keys")
struct KeyDecoderTests {
    private func key(_ value: Int32, keyCode: Bool = true) -> Key {
        KeyDecoder.decode(isKeyCode: keyCode, value: UInt32(bitPattern: value))
    }

    private func char(_ scalar: Unicode.Scalar) -> Key {
        KeyDecoder.decode(isKeyCode: false, value: scalar.value)
    }

    @Test("printable characters of any script are characters")
    func characters() {
        #expect(char("j") == .char("j"))
        #expect(char("é") == .char("é"))
        #expect(char("ف") == .char("ف"))
        #expect(char("ⵜ") == .char("ⵜ"))
        #expect(char(" ") == .char(" "))
    }

    @Test("Enter, Tab, Escape and Backspace are named whatever the terminal sends")
    func namedCharacters() {
        #expect(char("\r") == .enter)
        #expect(char("\n") == .enter)
        #expect(char("\t") == .tab)
        #expect(char("\u{1B}") == .escape)
        #expect(char("\u{7F}") == .backspace)
        #expect(char("\u{8}") == .backspace)
        #expect(key(KEY_ENTER) == .enter)
        #expect(key(KEY_BACKSPACE) == .backspace)
    }

    @Test("control characters are Ctrl plus a lowercase letter")
    func controls() {
        #expect(char("\u{0C}") == .ctrl("l"))
        #expect(char("\u{03}") == .ctrl("c"))
        #expect(char("\u{01}") == .ctrl("a"))
        #expect(char("\u{1A}") == .ctrl("z"))
        #expect(char("\u{00}") == .ctrl("@"))
        #expect(char("\u{1F}") == .ctrl("_"))
    }

    @Test("cursor and editing keys")
    func cursorKeys() {
        #expect(key(KEY_UP) == .up)
        #expect(key(KEY_DOWN) == .down)
        #expect(key(KEY_LEFT) == .left)
        #expect(key(KEY_RIGHT) == .right)
        #expect(key(KEY_PPAGE) == .pageUp)
        #expect(key(KEY_NPAGE) == .pageDown)
        #expect(key(KEY_HOME) == .home)
        #expect(key(KEY_END) == .end)
        #expect(key(KEY_DC) == .delete)
        #expect(key(KEY_IC) == .insert)
        #expect(key(KEY_BTAB) == .backTab)
        #expect(key(KEY_RESIZE) == .resize)
    }

    @Test("function keys carry their number")
    func functionKeys() {
        #expect(key(KEY_F0 + 1) == .function(1))
        #expect(key(KEY_F0 + 10) == .function(10))
        #expect(key(KEY_F0 + 12) == .function(12))
    }

    @Test("a key code with no name is kept as unknown")
    func unknown() {
        #expect(key(KEY_SRESET) == .unknown(KEY_SRESET))
        #expect(char("\u{85}") == .unknown(0x85))
        #expect(KeyDecoder.decode(isKeyCode: false, value: 0xD800) == .unknown(0xD800))
    }

    @Test("a mouse report becomes a mouse key at its cell")
    func mouse() {
        let click = KeyDecoder.MouseReport(row: 3, column: 7, buttonState: tk_button1_clicked())
        let press = KeyDecoder.MouseReport(row: 1, column: 2, buttonState: tk_button1_pressed())
        let wheel = KeyDecoder.MouseReport(row: 0, column: 0, buttonState: tk_button5_pressed())
        let mouseCode = UInt32(bitPattern: KEY_MOUSE)
        #expect(
            KeyDecoder.decode(isKeyCode: true, value: mouseCode, mouse: click)
                == .mouse(row: 3, column: 7, kind: .clicked(button: 1)))
        #expect(
            KeyDecoder.decode(isKeyCode: true, value: mouseCode, mouse: press)
                == .mouse(row: 1, column: 2, kind: .pressed(button: 1)))
        #expect(
            KeyDecoder.decode(isKeyCode: true, value: mouseCode, mouse: wheel)
                == .mouse(row: 0, column: 0, kind: .scrollDown))
        #expect(KeyDecoder.decode(isKeyCode: true, value: mouseCode) == .unknown(KEY_MOUSE))
    }
}
