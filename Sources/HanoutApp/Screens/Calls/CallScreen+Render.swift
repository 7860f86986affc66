import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

extension CallScreen {
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        guard let file else {
            canvas.write(
                context.text("Lecture…", "Reading…"), row: area.row, column: area.column + 1,
                style: .dim, clip: area)
            return .hidden
        }
        for (index, line) in Self.header(file, context).enumerated() where index < area.height {
            canvas.write(
                DisplayWidth.truncate(line, to: max(0, area.width - 2)), row: area.row + index,
                column: area.column + 1, style: index == 0 ? .bold : .plain, clip: area)
        }
        let frame = table(in: area).frame
        let columns = [
            TableColumn(context.text("N°", "No."), width: .fixed(4), alignment: .right),
            TableColumn(
                context.text("Candidat", "Applicant"), width: .flexible(min: 10, weight: 2)),
            TableColumn(context.text("Mét.", "Trade"), width: .fixed(5)),
            TableColumn(
                context.text("Recevable", "Admissible"), width: .flexible(min: 10, weight: 2)),
            TableColumn(context.text("Note", "Mark"), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Suivi", "Note"), width: .fixed(14)),
        ]
        let rows = list.rows.map { line -> [String] in
            let application = line.application
            let admissible: String
            switch application.admissibility {
            case .admissible: admissible = context.text("oui", "yes")
            case .inadmissible(let reason): admissible = context.text("non : ", "no: ") + reason
            }
            var note = ""
            if let day = application.withdrawnOn {
                note = context.text("retiré ", "withdrawn ") + CallsScreen.short(day)
            } else if application.lateReason != nil {
                note = context.text("hors délai", "late")
            } else if !application.missingDocuments(of: file.call).isEmpty {
                note = context.text("pièces manq.", "docs missing")
            }
            return [
                String(application.number), line.applicant, application.trade, admissible,
                application.committeeMark.map(String.init) ?? "–", note,
            ]
        }
        let table = Table(
            columns: columns, rows: rows, selectedIndex: list.total == 0 ? nil : list.selected,
            scrollOffset: list.scroll)
        table.render(into: &canvas, area: frame)
        if list.total == 0 {
            canvas.write(
                context.text("Aucun dossier déposé.", "No file received."), row: frame.row + 1,
                column: area.column + 1, style: .dim, clip: area)
        }
        let bottom = Rect(row: area.endRow - 1, column: area.column, width: area.width, height: 1)
        if let prompt { return prompt.render(into: &canvas, area: bottom, context) }
        canvas.write(
            Self.hint(file.call.status, context), row: bottom.row, column: area.column + 1,
            style: .dim, clip: bottom)
        return table.cursorPosition(in: frame).map(Cursor.parked) ?? .hidden
    }

    /// What the call is, when, and where it stands, in three lines.
    static func header(_ file: CallFile, _ context: AppContext) -> [String] {
        let call = file.call
        let summary = file.summary
        let trades =
            call.trades.isEmpty ? context.text("tous", "any") : call.trades.joined(separator: ", ")
        var standing = context.text(
            "Dossiers \(summary.applications) · recevables \(summary.admissible) · offres \(summary.offers) · placés \(summary.placed)",
            "Files \(summary.applications) · admissible \(summary.admissible) · offers \(summary.offers) · placed \(summary.placed)"
        )
        if let ranking = file.ranking {
            standing +=
                " · " + context.text("classement v", "ranking v") + String(ranking.version)
                + (ranking.isFrozen ? context.text(" figé", " frozen") : "")
        }
        return [
            "\(call.title) · \(call.status.name(in: context.language))",
            context.text(
                "Zone \(call.zoneCode) · du \(context.show(call.opensOn)) au \(context.show(call.closesOn)) · \(call.units.count) locaux · métiers : \(trades) · grille \(call.gridCode)",
                "Zone \(call.zoneCode) · \(context.show(call.opensOn)) to \(context.show(call.closesOn)) · \(call.units.count) units · trades: \(trades) · grid \(call.gridCode)"
            ),
            standing,
        ]
    }

    /// The keys that move the call on from where it stands.
    static func hint(_ status: CallStatus, _ context: AppContext) -> String {
        switch status {
        case .draft: return context.text("O ouvrir · ? touches", "O open · ? keys")
        case .open:
            return context.text(
                "n dossier · A/I recevable · m note · C clore · ? touches",
                "n new file · A/I admissible · m mark · C close · ? keys")
        case .closed:
            return context.text(
                "A/I recevable · m note · R classer · ? touches",
                "A/I admissible · m mark · R rank · ? keys")
        case .ranked:
            return context.text(
                "Entrée classement · F figer · P tirage des offres · ? touches",
                "Enter ranking · F freeze · P allocation run · ? keys")
        case .allocated, .archived:
            return context.text(
                "Entrée classement · f offres · ? touches", "Enter ranking · f offers · ? keys")
        }
    }
}
