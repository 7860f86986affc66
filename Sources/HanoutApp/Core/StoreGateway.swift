import Foundation
import HanoutDomain
import HanoutReports
import HanoutStore

/// Runs the store's side of effects: reads for screens, writes for clerk actions.
///
/// The only part of the app that talks to the database; everything it gives
/// back is a plain value fed to `update` as an event.
public struct StoreGateway: Sendable {
    public let database: AppDatabase
    public let clerk: String
    /// The CUPS hand-off (a stand-in `lp` in tests, through its environment).
    public var printer = ReportPrinter()
    /// Where a report that could not be printed is kept, first that works.
    public var fallbackFolders: [URL]

    public init(database: AppDatabase, clerk: String, fallbackFolders: [URL] = []) {
        self.database = database
        self.clerk = clerk
        self.fallbackFolders =
            fallbackFolders.isEmpty ? [FileManager.default.temporaryDirectory] : fallbackFolders
    }

    public func load(_ request: DataRequest, today: Day, language: Language) -> AppEvent {
        do {
            return .loaded(request, try read(request, today: today))
        } catch {
            return .loadFailed(request, Self.describe(error, language))
        }
    }

    func read(_ request: DataRequest, today: Day) throws -> DataResult {
        switch request {
        case .zones(let offset, let limit, let totals):
            return .zones(
                try database.zoneSummaries(on: today, offset: offset, limit: limit),
                region: totals ? try database.regionTotals(on: today) : nil)
        case .matchingZones(let search, let offset, let limit):
            let page = try database.zoneSummaries(
                on: today, matching: search, offset: offset, limit: limit)
            return .matchingZones(page.zones, matching: page.matching, of: page.total)
        case .goTo(let text):
            return .goTo(try database.goToTarget(text))
        case .zone(let code, let asked):
            var summary = try database.zoneSummary(code: code, on: asked ?? today)
            let day = asked ?? summary.zone.openingDay(today: today)
            if day != asked ?? today { summary = try database.zoneSummary(code: code, on: day) }
            return .zone(summary, try database.units(inZone: code, on: day), day: day)
        case .arrears(let zone, let limit):
            return .arrears(try database.arrears(zone: zone, asOf: today, limit: limit))
        case .expiring(let zone, let days):
            let conventions = try database.expiringConventions(
                within: days, zone: zone, today: today)
            return .expiring(
                conventions, names: try database.occupantNames(conventions.map(\.occupantID)))
        case .ledger(let occupant):
            return .ledger(
                try database.ledger(occupantID: occupant, asOf: today),
                try database.occupantArrears(occupantID: occupant, asOf: today))
        case .unitLedger(let unit, let occupant):
            return .ledger(
                try database.ledger(unitCode: unit, asOf: today),
                try database.occupantArrears(occupantID: occupant, asOf: today))
        case .rack(let zone, let from, let count, let scale):
            let read = try database.rack(
                zone: zone, from: from, count: count, scale: scale, today: today)
            return .rack(read.rack, units: read.units)
        case .unit(let code):
            return .unit(
                try database.unit(code: code, on: today),
                history: try database.allocations(unitCode: code),
                journal: try database.journal(unitCode: code, limit: 200),
                convention: try database.convention(unitCode: code))
        case .occupants(let query):
            return try occupants(query)
        case .occupant(let id):
            return .occupant(
                try database.occupant(id: id), allocations: try database.allocations(occupantID: id)
            )
        case .candidates(let unit, let search):
            return .candidates(
                try database.candidates(
                    forUnit: unit, on: today, search: search, limit: 200,
                    includingThoseAtLimit: true),
                waiting: try database.waitingCandidates(forUnit: unit))
        case .unitCandidates(let occupant):
            return .unitCandidates(
                try database.unitCandidates(forOccupant: occupant, on: today, limit: 200))
        case .trades:
            return .trades(try database.trades())
        case .report(let zones, let unit):
            var reports = try database.occupancy(ofZones: zones.isEmpty ? nil : zones, on: today)
                .map {
                    OccupancyReport(
                        zone: $0.zone, units: $0.units, day: today, printedOn: today, clerk: clerk)
                }
            if let unit {
                let history = try database.allocations(unitCode: unit)
                reports = reports.map { $0.sheet(of: unit, history: history) }
            }
            return .report(reports, printers: printer.destinations())
        case .calls:
            return .calls(try database.callSummaries())
        case .callFile(let reference):
            return .callFile(try database.callFile(reference))
        case .allocationPreview(let reference):
            return .allocationPreview(
                try database.allocationPreview(call: reference), try database.callFile(reference))
        case .waitingList(let zone, let trade, let offset, let limit, let counting, let known):
            return .waitingList(
                try database.waitingPage(
                    zone: zone, trade: trade, offset: offset, limit: limit, counting: counting,
                    known: known))
        case .offers(let reference):
            return .offers(try database.offers(call: reference), try database.callFile(reference))
        }
    }

    func occupants(_ query: OccupantQuery) throws -> DataResult {
        let search = query.search.isEmpty ? nil : query.search
        var offset = query.offset
        var counting = query.counting
        var known: ResultCount?
        if query.fromEnd {
            // Count all first, then read the last window.
            let all = try database.occupantPage(
                trade: query.trade, search: search, offset: 0, limit: 0, counting: .all)
            known = all.count
            offset = max(0, (all.count?.atLeast ?? 0) - query.limit)
            counting = .none
        }
        let page = try database.occupantPage(
            trade: query.trade, search: search, offset: offset, limit: query.limit,
            counting: counting, known: query.known)
        return .occupants(page.occupants, offset: offset, count: known ?? page.count)
    }

    public func write(_ request: WriteRequest, language: Language) -> AppEvent {
        do {
            switch request {
            case .assign(let allocation):
                try database.assign(allocation, passingOverReason: nil, by: clerk)
            case .assignPassingOver(let allocation, let reason):
                try database.assign(allocation, passingOverReason: reason, by: clerk)
            case .release(let unit, let day, let reason):
                try database.release(unitCode: unit, on: day, reason: reason, by: clerk)
            case .cancel(let unit, let reason, let today):
                try database.cancel(unitCode: unit, reason: reason, today: today, by: clerk)
            case .condition(let unit, let change, let today):
                try database.changeCondition(unitCode: unit, to: change, today: today, by: clerk)
            case .transfer(let unit, let occupant, let day, let reason, let trade, let override):
                try database.transfer(
                    unitCode: unit, to: occupant, on: day, reason: reason, trade: trade,
                    overrideReason: override, by: clerk)
            case .print(let order):
                return .written(request, print(order, language: language))
            case .call(let write):
                return .written(request, .done(try perform(write, language)))
            case .addOccupant(let occupant, let allowingDuplicate):
                return .written(
                    request,
                    try register(occupant, allowingDuplicate: allowingDuplicate, language))
            case .pay(let payment, let today):
                try database.pay(payment, today: today, by: clerk)
                return .written(
                    request,
                    .done(
                        language.pick(
                            fr:
                                "Payé : \(payment.amount.shown(in: .fr)), quittance \(payment.receipt).",
                            en:
                                "Paid: \(payment.amount.shown(in: .en)), receipt \(payment.receipt)."
                        )))
            case .reversePayment(let receipt, let day, let reason):
                try database.reversePayment(receipt: receipt, on: day, reason: reason, by: clerk)
                return .written(
                    request,
                    .done(
                        language.pick(
                            fr: "Paiement \(receipt) annulé le \(DayFormat.show(day, in: .fr)).",
                            en: "Payment \(receipt) reversed on \(DayFormat.show(day, in: .en)).")))
            case .editOccupant(let occupant, let reason):
                let saved = try database.edit(occupant, correctionReason: reason, by: clerk)
                return .written(
                    request,
                    .done(
                        language.pick(
                            fr: "Fiche enregistrée : \(saved.name), n° \(saved.id).",
                            en: "Details saved: \(saved.name), #\(saved.id).")))
            }
            return .written(request, .saved)
        } catch let refusal as AllocationRefused {
            return .written(
                request,
                .refused(
                    reasons: refusal.reasons.map { $0.message(in: language) },
                    overridable: refusal.isOverridable))
        } catch {
            return .written(request, .failed(Self.describe(error, language)))
        }
    }

    /// Registers an occupant; a likely twin is a refusal the clerk may go past.
    func register(_ occupant: Occupant, allowingDuplicate: Bool, _ language: Language) throws
        -> WriteOutcome
    {
        do {
            let saved = try database.add(
                occupant, by: clerk, allowingDuplicate: allowingDuplicate)
            return .done(saved.registeredNotice(in: language))
        } catch let error as StoreError {
            guard case .possibleDuplicate = error else { throw error }
            return .refused(reasons: [error.message(in: language)], overridable: true)
        }
    }

    func print(_ order: PrintOrder, language: Language) -> WriteOutcome {
        switch order.destination {
        case .file(let path):
            let document = ReportDocument.render(
                order.reports, as: order.format, language: language, setup: order.setup)
            // Never over another file: a name taken moves on to -2, -3 (as
            // the command line keeps a report), and the path shown is absolute.
            let asked = URL(fileURLWithPath: path).standardizedFileURL
            do {
                let saved = try ReportFile.save(
                    document, named: asked.lastPathComponent,
                    in: [asked.deletingLastPathComponent()])
                let note =
                    saved.lastPathComponent == asked.lastPathComponent
                    ? ""
                    : language.pick(
                        fr: " (\(asked.lastPathComponent) existait déjà)",
                        en: " (\(asked.lastPathComponent) was taken)")
                return .done(
                    language.pick(
                        fr: "Rapport enregistré : \(saved.path)\(note)",
                        en: "Report saved: \(saved.path)\(note)"))
            } catch {
                // The refusal names the path, what is wrong with it and what to do.
                return .failed(Self.describe(error, language))
            }
        case .printer(let queue):
            let job = PrintJob.occupancy(
                order.reports, language: language, setup: order.setup, printer: queue)
            let outcome = printer.print(job, savingFailuresIn: fallbackFolders)
            let message = outcome.message(in: language)
            return outcome.isPrinted ? .done(message) : .failed(message)
        }
    }

    static func describe(_ error: any Error, _ language: Language) -> String {
        if let error = error as? ClerkError { return error.message(in: language) }
        return "\(error)"
    }
}
