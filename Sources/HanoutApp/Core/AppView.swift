import HanoutDomain
import TerminalKit
import TextLayout

/// Draws the whole state: title bar, the current screen, message line, key bar.
public enum AppView {
    public static func render(_ state: AppState) -> (Canvas, Cursor) {
        var canvas = Canvas(size: state.size)
        let context = state.context
        guard !state.isTooSmall else {
            drawTooSmall(into: &canvas, state)
            return (canvas, .hidden)
        }
        let layout = context.layout
        drawTitle(into: &canvas, layout.title, state)
        var cursor = state.top.model.render(into: &canvas, area: layout.body, context)
        if let goTo = state.goTo {
            cursor = .visible(goTo.render(into: &canvas, area: layout.message, context))
        } else if let message = state.message {
            MessageLine(message.text, kind: message.kind).render(
                into: &canvas, area: layout.message)
        }
        FunctionKeyBar(labels: BarKeys.labels(state)).render(into: &canvas, area: layout.keys)
        if state.showsHelp {
            drawHelp(into: &canvas, state)
            return (canvas, .hidden)
        }
        return (canvas, cursor)
    }

    static func drawTitle(into canvas: inout Canvas, _ row: Rect, _ state: AppState) {
        let style = Style(foreground: .white, background: .blue, attributes: .bold)
        canvas.fill(row, with: Cell(" ", style: style))
        let date = state.context.show(state.context.today)
        let title = "Hanout · " + state.top.model.title(state.context)
        let room = max(0, row.width - DisplayWidth.of(date) - 3)
        canvas.write(
            DisplayWidth.truncate(title, to: room), row: row.row, column: row.column + 1,
            style: style)
        canvas.write(
            date, row: row.row, column: max(row.column, row.endColumn - DisplayWidth.of(date) - 1),
            style: style)
    }

    static func drawHelp(into canvas: inout Canvas, _ state: AppState) {
        let context = state.context
        let entries = helpEntries(state)
        let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let lines = entries.map { DisplayWidth.pad($0.keys, to: keyWidth) + "  " + $0.action }
        let dialog = Dialog(
            title: context.text("Touches", "Keys") + " — "
                + (state.goTo != nil
                    ? context.text("Aller à", "Go to") : state.top.model.title(context)),
            lines: lines + ["", context.text("Une touche pour fermer.", "Any key closes.")])
        dialog.render(into: &canvas, area: Rect(size: state.size))
    }

    /// What the help screen lists: the screen's own keys, then the program's that work
    /// here. The manual page of the keys (`KeysManual`) is made from these too.
    public static func helpEntries(_ state: AppState) -> [KeyHelp] {
        let context = state.context
        // The app's keys that work here: in a field, letters are typed.
        let keys = BarKeys.functionKeys(state)
        let typing = state.isTyping
        var common = [KeyHelp(typing ? "F1" : "? F1", context.text("cette aide", "this help"))]
        if keys.contains(4) { common.append(KeyHelp("z F4", context.text("les zones", "zones"))) }
        if keys.contains(5) {
            common.append(KeyHelp("o F5", context.text("les occupants", "occupants")))
        }
        if keys.contains(6) {
            common.append(
                KeyHelp(
                    "g F6",
                    state.top.zone == nil
                        ? context.text(
                            "aller à une zone, un local ou un #occupant",
                            "go to a zone, unit or #occupant")
                        : context.text(
                            "aller à une zone, un local, un #occupant ou un jour",
                            "go to a zone, unit, #occupant or day")))
        }
        common += [
            KeyHelp("Ctrl-L", context.text("redessiner l'écran", "redraw the screen")),
            KeyHelp(typing ? "F10" : "q F10", context.text("quitter", "quit")),
        ]
        let own = state.goTo?.help(context) ?? state.top.model.help(context)
        return own + common
    }

    static func drawTooSmall(into canvas: inout Canvas, _ state: AppState) {
        let need = AppState.minimumSize
        let text = state.context.text(
            "Terminal trop petit : il faut au moins \(need.width)x\(need.height), il fait \(state.size.width)x\(state.size.height).",
            "Terminal too small: need at least \(need.width)x\(need.height), now \(state.size.width)x\(state.size.height)."
        )
        // Wrapped at spaces, so even a narrow terminal reads whole words.
        let lines = TextWrapper.wrap(text, width: state.size.width)
        for (row, line) in lines.prefix(state.size.height).enumerated() {
            canvas.write(line, row: row, column: 0)
        }
    }
}
