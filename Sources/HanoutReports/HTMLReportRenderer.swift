import HanoutDomain

/// The occupancy report as one self-contained HTML file, to print from a browser or keep.
///
/// No script, no external file: the style sheet is inside. Every string is
/// cleaned (by ``OccupancyReport``) and escaped here. The table's header,
/// with a running line naming the zone, the day and the clerk, repeats on
/// every printed page (`thead { display: table-header-group }`), and rows
/// are not split across pages. Names sit in `<bdi>`, so that an Arabic
/// name does not reorder the cells around it.
public struct HTMLReportRenderer: Sendable {
    public var language: Language
    public var setup: PageSetup

    public init(language: Language, setup: PageSetup) {
        self.language = language
        self.setup = setup
    }

    var words: ReportWords { ReportWords(language: language) }

    /// The whole file.
    public func document(_ reports: [OccupancyReport]) -> String {
        let title =
            ([words.reportTitle] + reports.map(\.zoneCode)).joined(separator: " · ")
            + (reports.first.map { " · " + words.day($0.day) } ?? "")
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            \(HTMLReportStyle.css(setup, words: words))
            </style>
            </head>
            <body>
            \(reports.map(section).joined(separator: "\n"))
            </body>
            </html>

            """
    }

    func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    // MARK: - Parts

    func section(_ report: OccupancyReport) -> String {
        let heading = [
            words.title(report), words.commune(report.commune), words.occupancy(on: report.day),
            words.clerk(report.clerk), words.printed(on: report.printedOn),
        ].map(escape).joined(separator: " · ")
        return """
            <section class="zone">
            <header>
            <h1>\(escape(report.zoneCode + " · " + report.zoneName))</h1>
            <p>\(heading)</p>
            </header>
            \(plan(report))
            \(table(report))
            \(report.isUnitSheet ? history(report) : totals(report))
            </section>
            """
    }

    /// A unit's sheet: its allocations, newest first as on its record.
    func history(_ report: OccupancyReport) -> String {
        let items = report.unitHistory.reversed().map {
            "<li><bdi>\(escape($0.historyText(on: report.day, in: language)))</bdi></li>"
        }
        return """
            <h2>\(escape(words.history))</h2>
            \(items.isEmpty ? "<p>\(escape(words.noHistory))</p>" : "<ul class=\"history\">\n" + items.joined(separator: "\n") + "\n</ul>")
            """
    }

    func plan(_ report: OccupancyReport) -> String {
        guard !report.units.isEmpty else { return "<p>\(escape(words.noUnits))</p>" }
        let columns = max(1, report.units.map(\.column).max() ?? 1)
        let tiles = report.units.map { unit in
            let head =
                "\(unit.number < 10 ? "0" : "")\(unit.number) \(unit.state.letter) "
                + (unit.trade ?? TileText.tradeHint(allowedTrades: unit.allowedTrades))
            let who = unit.occupant ?? unit.state.name(in: language)
            return
                "<div class=\"tile \(unit.state.rawValue)\" style=\"grid-row: \(max(1, unit.row)); "
                + "grid-column: \(max(1, unit.column))\"><b>\(escape(head))</b><bdi>\(escape(who))</bdi></div>"
        }
        let legend = UnitState.allCases.map { state in
            "<span class=\"key \(state.rawValue)\">\(state.letter)</span> "
                + escape(state.name(in: language))
        }.joined(separator: " ")
        return """
            <h2>\(escape(words.plan))</h2>
            <div class="plan" style="grid-template-columns: repeat(\(columns), minmax(0, 1fr))">
            \(tiles.joined(separator: "\n"))
            </div>
            <p class="legend">\(escape(words.pick("Légende :", "Legend:"))) \(legend)</p>
            """
    }

    func table(_ report: OccupancyReport) -> String {
        guard !report.units.isEmpty else { return "" }
        let titles = [
            words.unit, words.area, words.allowedTrades, words.state, words.occupant, words.trade,
            words.since, words.until, words.decision,
        ]
        let running = [
            report.zoneCode + " · " + report.zoneName, words.occupancy(on: report.day),
            words.clerk(report.clerk),
        ].joined(separator: " · ")
        let rows = report.units.map(row).joined(separator: "\n")
        return """
            <h2>\(escape(words.units))</h2>
            <table class="units">
            <thead>
            <tr class="running"><th colspan="\(titles.count)">\(escape(running))</th></tr>
            <tr>\(titles.map { "<th>\(escape($0))</th>" }.joined())</tr>
            </thead>
            <tbody>
            \(rows)
            </tbody>
            </table>
            """
    }

    func row(_ unit: ReportUnit) -> String {
        let state =
            "<span class=\"key \(unit.state.rawValue)\">\(unit.state.letter)</span> "
            + escape(unit.state.name(in: language))
        let cells = [
            escape(unit.code), escape(words.area(unit.areaM2)),
            escape(
                unit.allowedTrades.isEmpty
                    ? words.anyTrade : unit.allowedTrades.joined(separator: " ")),
            state, unit.occupant.map { "<bdi>\(escape($0))</bdi>" } ?? "", escape(unit.trade ?? ""),
            escape(words.day(unit.since)),
            escape(words.day(unit.until)), escape(unit.decision ?? ""),
        ]
        let tds = cells.enumerated().map { index, cell in
            index == 1 ? "<td class=\"number\">\(cell)</td>" : "<td>\(cell)</td>"
        }
        return "<tr>\(tds.joined())</tr>"
    }

    func totals(_ report: OccupancyReport) -> String {
        let totals = report.totals
        let rows = ReportWords.totalsOrder.map { state in
            "<tr><td><span class=\"key \(state.rawValue)\">\(state.letter)</span> "
                + "\(escape(words.totalsName(state)))</td><td class=\"number\">\(totals.count(state))</td></tr>"
        }
        return """
            <table class="totals">
            <thead><tr><th colspan="2">\(escape(words.totalsTitle))</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            <tr><th>\(escape(words.allUnits))</th><td class="number">\(totals.units)</td></tr>
            </tbody>
            </table>
            <p class="rate">\(escape(words.rate(totals)))</p>
            """
    }
}
