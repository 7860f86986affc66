/// The style sheet of the HTML report: A4 print CSS, the coloured plan, a table that repeats its header.
///
/// Colours follow the screen (vacant green, occupied blue, reserved yellow,
/// under works magenta), light enough for text; every tile and state also
/// carries its letter in a bordered box, so a black-and-white print still
/// reads. `print-color-adjust: exact` asks browsers to print backgrounds.
enum HTMLReportStyle {
    static func css(_ setup: PageSetup, words: ReportWords) -> String {
        let page = words.pick("Page ", "Page ")
        let of = words.pick(" sur ", " of ")
        return """
            @page { size: A4 \(setup.orientation.rawValue); margin: 12mm 10mm 14mm 10mm;
              @bottom-right { content: "\(page)" counter(page) "\(of)" counter(pages); font: 8pt sans-serif; } }
            * { box-sizing: border-box; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
            body { font: 10pt/1.3 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #000; margin: 0 auto; max-width: \(setup.orientation == .portrait ? "190mm" : "277mm"); }
            section.zone + section.zone { break-before: page; page-break-before: always; }
            header h1 { font-size: 14pt; margin: 0 0 2pt 0; }
            header p { margin: 0 0 6pt 0; }
            h2 { font-size: 11pt; margin: 8pt 0 4pt 0; }
            .plan { display: grid; gap: 3px; grid-auto-rows: minmax(1.2em, auto); margin-bottom: 4pt; break-inside: avoid; }
            .tile { border: 1px solid #000; padding: 2px 4px; font-size: 8.5pt; overflow-wrap: anywhere; }
            .tile b { display: block; }
            .key { display: inline-block; min-width: 1.4em; text-align: center; border: 1px solid #000; font-weight: bold; }
            .vacant { background: #d4f4d4; }
            .occupied { background: #d6e4fb; }
            .reserved { background: #fff1b8; }
            .works { background: #f6d6f6; }
            .legend { font-size: 9pt; margin: 2pt 0 8pt 0; }
            .legend .key { margin-left: 0.8em; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            tfoot { display: table-footer-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { border: 1px solid #777; padding: 2px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            th { background: #eee; }
            thead tr.running th { background: none; border: none; font-weight: normal; font-size: 8.5pt; padding: 0 0 3pt 0; }
            td.number { text-align: right; }
            table.totals { width: auto; margin-top: 8pt; break-inside: avoid; }
            p.rate { font-weight: bold; margin: 4pt 0; }
            """
    }
}
