import CNcurses

/// Turns what `get_wch` returned into a ``Key``, without a terminal.
///
/// This only reads ncurses' constants; it calls nothing, so it is tested as a pure function.
enum KeyDecoder {
    /// The raw mouse report that `getmouse` fills in.
    struct MouseReport: Sendable, Hashable {
        var row: Int
        var column: Int
        var buttonState: UInt32
    }

    /// Decodes one input.
    ///
    /// - Parameters:
    ///   - isKeyCode: whether `get_wch` returned `KEY_CODE_YES` (a function key) rather than
    ///     `OK` (a character).
    ///   - value: the key code or the character's scalar value.
    ///   - mouse: for `KEY_MOUSE`, what `getmouse` reported.
    static func decode(isKeyCode: Bool, value: UInt32, mouse: MouseReport? = nil) -> Key {
        isKeyCode ? decodeKeyCode(Int32(bitPattern: value), mouse: mouse) : decodeCharacter(value)
    }

    // MARK: - Characters

    private static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 0x09: return .tab
        // With `nonl`, Enter arrives as CR; LF (Ctrl-J) is taken as Enter as well.
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        // Terminals send DEL or BS for the Backspace key, depending on their settings.
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl("@")
        case 0x01...0x1A:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0x1C...0x1F:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x40)))
        case 0x80...0x9F:
            return .unknown(Int32(value))
        default:
            guard let scalar = Unicode.Scalar(value) else {
                return .unknown(Int32(bitPattern: value))
            }
            return .char(Character(scalar))
        }
    }

    // MARK: - Key codes

    private static func decodeKeyCode(_ code: Int32, mouse: MouseReport?) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        // Some terminals (tmux, PuTTY) send ESC [1~ and ESC [4~ for Home and End,
        // which terminfo for xterm calls Find and Select.
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case KEY_MOUSE:
            guard let mouse, let kind = mouseKind(mouse.buttonState) else { return .unknown(code) }
            return .mouse(row: mouse.row, column: mouse.column, kind: kind)
        case (KEY_F0 + 1)...(KEY_F0 + 63):
            return .function(Int(code - KEY_F0))
        default:
            return .unknown(code)
        }
    }

    private static func mouseKind(_ state: UInt32) -> MouseKind? {
        let state = mmask_t(state)
        if state & tk_button4_pressed() != 0 { return .scrollUp }
        if state & tk_button5_pressed() != 0 { return .scrollDown }
        if state & tk_button1_double_clicked() != 0 { return .doubleClicked(button: 1) }
        if state & tk_button1_clicked() != 0 { return .clicked(button: 1) }
        if state & tk_button1_pressed() != 0 { return .pressed(button: 1) }
        if state & tk_button1_released() != 0 { return .released(button: 1) }
        return nil
    }
}
