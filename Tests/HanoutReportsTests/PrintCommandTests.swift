import Foundation
import HanoutDomain
import HanoutReports
import Testing

/// `hanout print` as a clerk types it, with the built program and fake `lp` scripts on the `PATH`.
@Suite struct PrintCommandTests {
    /// What the program should have rendered for AOU in English, portrait.
    func expectedAOU(_ setup: PageSetup = .portrait) throws -> String {
        TextReportRenderer(language: .en, setup: setup).document(try fixtureReports("AOU"))
    }

    @Test func printingShowsTheJobIDAndSendsTheReportToTheCUPSDefault() throws {
        let cups = try FakeCUPS.accepting(queue: "hanout-pdf")
        var hanout = try HanoutBinary()
        hanout.environment = cups.environment
        let outcome = try hanout.run(["print", "AOU", "--clerk", reportClerk])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output == "Sent to printer 'hanout-pdf': job hanout-pdf-42, 2 pages.\n")
        #expect(!cups.arguments.contains("-d"))
        #expect(cups.document == (try expectedAOU()))
    }

    @Test func thePrinterOptionWinsOverHanoutPrinterWhichWinsOverTheDefault() throws {
        let cups = try FakeCUPS.accepting(queue: "office")
        var hanout = try HanoutBinary()
        hanout.environment = cups.environment.merging(["HANOUT_PRINTER": "office"]) { $1 }
        #expect(try hanout.run(["print", "AOU"]).status == 0)
        #expect(cups.arguments.starts(with: ["-d", "office"]))
        #expect(try hanout.run(["print", "AOU", "--printer", "hall"]).status == 0)
        #expect(cups.arguments.starts(with: ["-d", "hall"]))
    }

    @Test func landscapeAndCopiesReachLp() throws {
        let cups = try FakeCUPS.accepting()
        var hanout = try HanoutBinary()
        hanout.environment = cups.environment
        let outcome = try hanout.run([
            "print", "aouartas", "--landscape", "--copies", "2", "--clerk", reportClerk,
        ])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(cups.arguments.contains("landscape") && cups.arguments.contains("cpi=15"))
        #expect(cups.arguments.contains("-n") && cups.arguments.contains("2"))
        #expect(cups.document == (try expectedAOU(.landscape)))
    }

    @Test func aRefusingPrinterGivesTheClerkAMessageAndTheFileAndExitsNonZero() throws {
        let cups = try FakeCUPS.refusing("lp: Error - The printer or class does not exist.")
        var hanout = try HanoutBinary()
        hanout.environment = cups.environment
        let outcome = try hanout.run([
            "print", "AOU", "--printer", "attic", "--lang", "fr", "--clerk", reportClerk,
        ])
        #expect(outcome.status == 1)
        #expect(outcome.output.isEmpty)
        let saved = hanout.folder.appendingPathComponent("hanout-AOU-2026-11-29.txt")
        #expect(outcome.errors.contains("l'imprimante « attic » n'existe pas"))
        #expect(
            outcome.errors.contains(
                "CUPS a répondu : lp: Error - The printer or class does not exist."))
        #expect(
            outcome.errors.contains(
                "Rien n'est perdu : le rapport est enregistré dans \(saved.path)"))
        let french = TextReportRenderer(language: .fr, setup: .portrait).document(
            try fixtureReports("AOU"))
        #expect(try String(contentsOf: saved, encoding: .utf8) == french)
    }

    @Test func withoutLpTheReportIsSavedBesideTheClerk() throws {
        var hanout = try HanoutBinary()
        hanout.environment = try FakeCUPS.missing().environment
        let outcome = try hanout.run(["print", "TAF", "AOU"])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("the lp command (CUPS) is not installed"))
        #expect(try hanout.files(withExtension: "txt") == ["hanout-TAF-AOU-2026-11-29.txt"])
    }

    @Test func outputWritesTextCSVOrHTMLAndDashWritesToStandardOutput() throws {
        let hanout = try HanoutBinary()
        for format in ReportFormat.allCases {
            let file = hanout.folder.appendingPathComponent("aou.\(format.fileExtension)").path
            let outcome = try hanout.run([
                "print", "AOU", "--output", file, "--format", format.rawValue,
            ])
            #expect(outcome.status == 0, "\(format): \(outcome.errors)")
            #expect(outcome.output == "Written: \(file)\n")
        }
        let csv = try String(
            contentsOfFile: hanout.folder.appendingPathComponent("aou.csv").path, encoding: .utf8)
        #expect(csv.hasPrefix("zone,commune,as_of,unit,"))
        let html = try String(
            contentsOfFile: hanout.folder.appendingPathComponent("aou.html").path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let all = try hanout.run(["print", "--all", "--output", "-"])
        #expect(all.output.components(separatedBy: "\u{0C}").count >= 12)
    }

    @Test func asOfPrintsTheOccupancyOfThatDay() throws {
        let hanout = try HanoutBinary()
        let outcome = try hanout.run(["print", "AOU", "--as-of", "2026-02-01", "--output", "-"])
        #expect(outcome.output.contains("Occupancy on 1 Feb 2026"))
        #expect(outcome.output.contains("Omar Bouzid"))
        #expect(!outcome.output.contains("Rachid Oulhaj"))
    }

    @Test func theCommandSaysWhatIsMissing() throws {
        let hanout = try HanoutBinary()
        let neither = try hanout.run(["print"])
        #expect(neither.status != 0 && neither.errors.contains("Give one or more zones, or --all"))
        let both = try hanout.run(["print", "AOU", "--all", "--lang", "fr"])
        #expect(both.errors.contains("Donnez une ou plusieurs zones, ou --all"))
        let csv = try hanout.run(["print", "AOU", "--format", "csv"])
        #expect(csv.status != 0 && csv.errors.contains("add --output FILE"))
        let unknown = try hanout.run(["print", "XYZ", "--output", "-"])
        #expect(unknown.status == 1 && unknown.errors.contains("No zone 'XYZ'"))
    }
}
