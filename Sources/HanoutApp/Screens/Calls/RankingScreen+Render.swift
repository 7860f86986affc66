import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

extension RankingScreen {
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let layout = layout(in: area)
        guard let file else { return .hidden }
        guard let ranking else {
            canvas.write(
                context.text(
                    "Pas encore de classement : R sur l'appel clos le calcule.",
                    "Not ranked yet: R on the closed call computes it."),
                row: area.row, column: area.column + 1, style: .dim, clip: area)
            return .hidden
        }
        canvas.write(
            DisplayWidth.truncate(
                Self.versionLine(ranking, of: file, context), to: max(0, area.width - 2)),
            row: layout.version.row, column: area.column + 1, style: .bold, clip: layout.version)
        let columns = [
            TableColumn(context.text("Rg", "Rk"), width: .fixed(3), alignment: .right),
            TableColumn(context.text("Candidat", "Applicant"), width: .flexible(min: 8, weight: 1)),
            TableColumn(context.text("Mét.", "Trd."), width: .fixed(4)),
            TableColumn("Pts", width: .fixed(3), alignment: .right),
        ]
        let rows = list.rows.map { entry -> [String] in
            [
                String(entry.rank), file.line(of: entry.applicationID)?.applicant ?? "?",
                entry.trade, String(entry.total),
            ]
        }
        let table = Table(
            columns: columns, rows: rows, selectedIndex: list.total == 0 ? nil : list.selected,
            scrollOffset: list.scroll)
        table.render(into: &canvas, area: layout.ranks.frame)
        drawSetAside(ranking, file, into: &canvas, layout.setAside, context)
        if let entry = list.current {
            drawExplanation(entry, file, into: &canvas, layout.explanation, context)
        }
        if let prompt { return prompt.render(into: &canvas, area: layout.bottom, context) }
        canvas.write(
            context.text(
                "↑↓ rang · v version · F figer · N nouvelle version · ? touches",
                "↑↓ rank · v version · F freeze · N new version · ? keys"),
            row: layout.bottom.row, column: area.column + 1, style: .dim, clip: layout.bottom)
        return table.cursorPosition(in: layout.ranks.frame).map(Cursor.parked) ?? .hidden
    }

    /// "Version 2 of 2 · frozen · lot 1234 · reason: …".
    static func versionLine(_ ranking: Ranking, of file: CallFile, _ context: AppContext) -> String
    {
        var parts = [
            context.text(
                "Version \(ranking.version) sur \(file.rankings.count)",
                "Version \(ranking.version) of \(file.rankings.count)"),
            ranking.isFrozen
                ? context.text("figée", "frozen") : context.text("non figée", "not frozen"),
            context.text("tirage \(ranking.seed)", "lot seed \(ranking.seed)"),
        ]
        if let reason = ranking.reason {
            parts.append(context.text("motif : ", "reason: ") + reason)
        }
        return parts.joined(separator: " · ")
    }

    func drawSetAside(
        _ ranking: Ranking, _ file: CallFile, into canvas: inout Canvas, _ area: Rect,
        _ context: AppContext
    ) {
        guard area.height > 0 else { return }
        canvas.write(
            context.text(
                "Écartés (\(ranking.setAside.count))", "Set aside (\(ranking.setAside.count))"),
            row: area.row, column: area.column, style: .bold, clip: area)
        for (index, item) in ranking.setAside.prefix(area.height - 1).enumerated() {
            let line = file.line(of: item.applicationID)
            let why: String
            switch item.reason {
            case .inadmissible(let reason): why = reason
            case .withdrawn(let day):
                why = context.text("retiré le ", "withdrawn on ") + context.show(day)
            }
            let text = "\(line?.application.number ?? 0) \(line?.applicant ?? "?") — " + why
            canvas.write(
                DisplayWidth.truncate(text, to: area.width), row: area.row + 1 + index,
                column: area.column,
                clip: area)
        }
    }

    /// Why the entry has its points: one line a criterion, then the total.
    func drawExplanation(
        _ entry: RankingEntry, _ file: CallFile, into canvas: inout Canvas, _ area: Rect,
        _ context: AppContext
    ) {
        guard area.height > 1 else { return }
        let name = file.line(of: entry.applicationID)?.applicant ?? "?"
        canvas.write(
            DisplayWidth.truncate(
                context.text(
                    "Pourquoi \(entry.total) points : \(name)", "Why \(entry.total) points: \(name)"
                ),
                to: area.width),
            row: area.row, column: area.column, style: .bold, clip: area)
        let columns = [
            TableColumn(context.text("Critère", "Criterion"), width: .flexible(min: 8, weight: 1)),
            TableColumn(context.text("Fait", "Fact"), width: .fixed(5), alignment: .right),
            TableColumn("Pts", width: .fixed(7), alignment: .right),
        ]
        let rows = entry.score.lines.map { line -> [String] in
            let fact: String
            if line.fact.isNumber {
                fact = "\(line.value)×\(line.weight)"
            } else {
                fact = line.value > 0 ? context.text("oui", "yes") : context.text("non", "no")
            }
            let points =
                line.isCapped
                ? context.text("\(line.points) pl.", "\(line.points) cap") : String(line.points)
            return [line.language(context.language), fact, points]
        }
        var table = Table(columns: columns, rows: rows, selectedIndex: nil, scrollOffset: 0)
        table.headerStyle = Style(attributes: [.underline])
        let tableArea = Rect(
            row: area.row + 1, column: area.column, width: area.width,
            height: max(0, area.height - 2))
        table.render(into: &canvas, area: tableArea)
        let total = context.text("Total", "Total")
        let totalText = "\(total) \(entry.total)"
        canvas.write(
            totalText, row: min(area.endRow - 1, tableArea.row + 1 + rows.count),
            column: area.endColumn - DisplayWidth.of(totalText), style: .bold, clip: area)
    }
}

extension ScoreLine {
    /// The criterion's label in `language`.
    func language(_ language: Language) -> String {
        language.pick(fr: labelFr, en: labelEn)
    }
}
