import HanoutDomain
import HanoutReports
import TerminalKit
import TextLayout

/// Printing what the clerk sees: printer or file, orientation, format, pages.
public struct PrintDialog: ScreenModel {
    /// The zones to print (all of them when empty) and, for a unit's record, the unit.
    public var zones: [String]
    public var unit: String?
    public var reports: [OccupancyReport]?
    public var printers = PrinterDestinations(names: [], defaultName: nil)
    /// Index into `destinations`: the printers, then "a file".
    public var destination = 0
    public var orientation = PageSetup.Orientation.portrait
    public var format = ReportFormat.text
    public var fileName = InputLine()
    public var focus = Field.destination
    public var isPrinting = false
    /// Pages of the text report, counted when the report or the orientation
    /// changes rather than on every frame.
    public var pageCount: Int?

    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case destination, orientation, format, file
    }

    public init(zones: [String], unit: String? = nil) {
        self.zones = zones
        self.unit = unit
    }

    public var request: DataRequest? { .report(zones: zones, unit: unit) }
    public var capturesText: Bool { focus == .file && toFile }

    /// The choices of destination: each CUPS queue (the default first), then a file.
    var destinations: [String?] {
        let names = printers.names.sorted { left, _ in left == printers.defaultName }
        return (names.isEmpty ? [nil] : names.map { Optional($0) }) + [Self.fileChoice]
    }

    static let fileChoice = "\u{0}file"

    var toFile: Bool { destinations[min(destination, destinations.count - 1)] == Self.fileChoice }

    var setup: PageSetup { PageSetup.a4(orientation) }

    public func title(_ context: AppContext) -> String {
        context.text("Imprimer", "Print") + " "
            + (unit
                ?? (zones.isEmpty
                    ? context.text("toutes les zones", "all zones") : zones.joined(separator: ", ")))
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ Tab", context.text("choisir un réglage", "choose a setting")),
            KeyHelp(
                "← → " + context.text("Espace", "Space"),
                context.text("changer le réglage", "change the setting")),
            KeyHelp(context.text("Entrée", "Enter"), context.text("imprimer", "print")),
            KeyHelp(context.text("Échap", "Esc"), context.text("annuler", "cancel")),
        ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        guard !isPrinting else { return .done }
        let fields = toFile ? Field.allCases : [.destination, .orientation]
        let index = fields.firstIndex(of: focus) ?? 0
        switch key {
        case .escape: return nil
        case .enter: return submit(context)
        case .down, .tab: focus = fields[(index + 1) % fields.count]
        case .up, .backTab: focus = fields[(index + fields.count - 1) % fields.count]
        case .right,
            .char(" ") where focus != .file:
            change(by: 1, context)
        case .left where focus != .file: change(by: -1, context)
        default:
            guard focus == .file else { return .done }
            _ = fileName.handle(key)
        }
        return .done
    }

    mutating func change(by step: Int, _ context: AppContext) {
        switch focus {
        case .destination:
            destination = (destination + step + destinations.count) % destinations.count
            if !toFile { format = .text }
            renameFile(context)
        case .orientation:
            orientation = orientation == .portrait ? .landscape : .portrait
            countPages(context)
        case .format:
            let all = ReportFormat.allCases
            format = all[((all.firstIndex(of: format) ?? 0) + step + all.count) % all.count]
            renameFile(context)
        case .file:
            break
        }
    }

    mutating func countPages(_ context: AppContext) {
        pageCount = reports.map {
            TextReportRenderer(language: context.language, setup: setup).pageCount($0)
        }
    }

    /// Keeps the suggested file name in step with the format.
    mutating func renameFile(_ context: AppContext) {
        let codes = reports?.map(\.zoneCode) ?? zones
        fileName = InputLine(
            text: ReportDocument.fileName(zones: codes, day: context.today, format: format))
    }

    mutating func submit(_ context: AppContext) -> Outcome {
        guard let reports, !reports.isEmpty else { return .done }
        let target: PrintOrder.Destination
        if toFile {
            let path = fileName.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                focus = .file
                return Outcome(
                    message: Message(
                        context.text("Donnez un nom de fichier.", "Give a file name."), kind: .error
                    ))
            }
            target = .file(path)
        } else {
            target = .printer(destinations[destination].flatMap { $0 })
        }
        isPrinting = true
        return Outcome(effects: [
            .write(
                .print(
                    PrintOrder(
                        reports: reports, setup: setup, format: toFile ? format : .text,
                        destination: target)))
        ])
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .report(let reports, let printers) = result else { return }
        let first = self.reports == nil
        self.reports = reports
        self.printers = printers
        if first { renameFile(context) }
        countPages(context)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        isPrinting = false
        switch outcome {
        case .saved: return Outcome(navigation: .pop(1))
        case .done(let text):
            return Outcome(navigation: .pop(1), message: Message(text, kind: .success))
        case .failed(let text): return Outcome(message: Message(text, kind: .error))
        case .refused(let reasons, _):
            return Outcome(message: Message(reasons.joined(separator: " "), kind: .error))
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let name = destinations[min(destination, destinations.count - 1)]
        let destinationText: String
        switch name {
        case .some(Self.fileChoice): destinationText = context.text("un fichier", "a file")
        case .some(let queue):
            destinationText =
                queue
                + (queue == printers.defaultName ? context.text(" (par défaut)", " (default)") : "")
        case .none:
            destinationText = context.text(
                "l'imprimante par défaut de CUPS", "the CUPS default printer")
        }
        var rows: [(Field, String, String)] = [
            (.destination, context.text("Vers", "To"), "◀ " + destinationText + " ▶"),
            (
                .orientation, context.text("Orientation", "Orientation"),
                "◀ "
                    + (orientation == .portrait
                        ? context.text("portrait (80 colonnes)", "portrait (80 columns)")
                        : context.text("paysage (132 colonnes)", "landscape (132 columns)")) + " ▶"
            ),
        ]
        if toFile {
            rows.append((.format, context.text("Format", "Format"), "◀ " + format.rawValue + " ▶"))
            rows.append((.file, context.text("Fichier", "File"), ""))
        }
        var row = area.row
        canvas.write(
            context.text("Rapport d'occupation, A4 :", "Occupancy report, A4:"), row: row,
            column: area.column + 1, style: .bold, clip: area)
        row += 2
        var cursor = Cursor.hidden
        for (field, label, value) in rows {
            let style = field == focus ? Theme.selected : Style.plain
            canvas.write(
                DisplayWidth.pad(label, to: 12) + " ", row: row, column: area.column + 1, clip: area
            )
            if field == .file {
                let fieldArea = Rect(
                    row: row, column: area.column + 14, width: max(0, min(50, area.width - 15)),
                    height: 1)
                fileName.render(into: &canvas, area: fieldArea)
                if focus == .file { cursor = .visible(fileName.cursorPosition(in: fieldArea)) }
            } else {
                canvas.write(value, row: row, column: area.column + 14, style: style, clip: area)
                if field == focus { cursor = .parked(Position(row: row, column: area.column + 14)) }
            }
            row += 1
        }
        row += 1
        let pageText =
            pageCount.map { context.text("\($0) page(s)", "\($0) page(s)") }
            ?? context.text("préparation…", "preparing…")
        canvas.write(
            context.text("Pages : ", "Pages: ") + pageText, row: row, column: area.column + 1,
            clip: area)
        row += 2
        canvas.write(
            isPrinting
                ? context.text("Impression…", "Printing…")
                : context.text(
                    "Entrée : imprimer · ←→ : changer · Échap : annuler",
                    "Enter: print · ←→: change · Esc: cancel"),
            row: row, column: area.column + 1, style: .dim, clip: area)
        return cursor
    }
}
