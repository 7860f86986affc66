import TextLayout

/// A one-line text field: the text, a cursor, and the editing keys.
///
/// The cursor counts graphemes, so "é" written as "e" plus a combining accent is one step.
/// Long text scrolls sideways so that the cursor stays in view.
public struct InputLine: Widget, Sendable, Hashable {
    /// The text typed so far.
    public private(set) var text: String
    /// The cursor, as a number of graphemes from the start (0 to `text.count`).
    public private(set) var cursor: Int
    /// Shown before the text, for example "Search: ".
    public var prompt: String
    /// The most graphemes the text may hold, if limited.
    public var maxLength: Int?
    /// Style of the prompt.
    public var promptStyle = Style.bold
    /// Style of the field.
    public var style = Style.underline
    /// Style of the cell under the cursor, so the position shows even without a cursor.
    public var cursorStyle = Style.reverse

    /// Creates a field with the cursor at the end of `text`.
    public init(text: String = "", prompt: String = "", maxLength: Int? = nil) {
        let clean = SafeText.clean(text)
        self.text = clean
        self.cursor = clean.count
        self.prompt = prompt
        self.maxLength = maxLength
    }

    // MARK: - Editing

    /// Inserts a character at the cursor; controls and bidi formatting are refused.
    public mutating func insert(_ character: Character) {
        guard SafeText.isClean(String(character)) else { return }
        if let maxLength, text.count >= maxLength { return }
        var before = String(text.prefix(cursor))
        before.append(character)
        text = before + text.dropFirst(cursor)
        cursor = min(before.count, text.count)
    }

    /// Deletes the grapheme before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        text = String(text.prefix(cursor - 1)) + text.dropFirst(cursor)
        cursor -= 1
    }

    /// Deletes the grapheme under the cursor.
    public mutating func delete() {
        guard cursor < text.count else { return }
        text = String(text.prefix(cursor)) + text.dropFirst(cursor + 1)
    }

    /// Moves the cursor one grapheme left.
    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    /// Moves the cursor one grapheme right.
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    /// Moves the cursor to the start.
    public mutating func moveToStart() { cursor = 0 }
    /// Moves the cursor to the end.
    public mutating func moveToEnd() { cursor = text.count }

    /// Deletes everything before the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        text = String(text.dropFirst(cursor))
        cursor = 0
    }

    /// Deletes everything from the cursor on (Ctrl-K).
    public mutating func deleteToEnd() {
        text = String(text.prefix(cursor))
    }

    /// Applies an editing key; returns whether the key was one.
    ///
    /// Characters insert; Backspace, Delete, arrows, Home/End (and Ctrl-A/Ctrl-E), Ctrl-U
    /// and Ctrl-K edit. Anything else (Enter, Escape, Tab) is left to the screen.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character): insert(character)
        case .backspace: backspace()
        case .delete: delete()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        default: return false
        }
        return true
    }

    // MARK: - Rendering

    /// The first grapheme shown when the field is `fieldWidth` columns wide: the cursor
    /// (and the cell it stands on) must fit.
    private func scrollStart(fieldWidth: Int) -> Int {
        let characters = Array(text)
        let cursorWidth = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        var start = cursor
        var used = cursorWidth
        while start > 0 {
            let width = DisplayWidth.of(characters[start - 1])
            if used + width > fieldWidth { break }
            used += width
            start -= 1
        }
        return start
    }

    /// Where the cursor is drawn: where to put the visible hardware cursor.
    public func cursorPosition(in area: Rect) -> Position {
        let promptWidth = min(DisplayWidth.of(prompt), area.width)
        let fieldWidth = max(1, area.width - promptWidth)
        let start = scrollStart(fieldWidth: fieldWidth)
        let before = text.dropFirst(start).prefix(cursor - start)
        return Position(
            row: area.row, column: area.column + promptWidth + DisplayWidth.of(before))
    }

    /// Draws the prompt and the part of the text around the cursor, on the first row.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let next = canvas.write(
            prompt, row: row.row, column: row.column, style: promptStyle, clip: row)
        let promptWidth = min(next - row.column, row.width)
        let field = Rect(
            row: row.row, column: row.column + promptWidth, width: row.width - promptWidth,
            height: 1)
        guard !field.isEmpty else { return }
        canvas.fill(field, with: Cell(" ", style: style))
        let start = scrollStart(fieldWidth: field.width)
        canvas.write(
            String(text.dropFirst(start)), row: field.row, column: field.column, style: style,
            clip: field)
        let position = cursorPosition(in: area)
        let characters = Array(text)
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        canvas.write(
            under, row: position.row, column: position.column, style: cursorStyle, clip: field)
    }
}
