import Foundation
import HanoutDomain
import HanoutReports
import Testing

/// The real thing: `hanout print` through the machine's CUPS to the cups-pdf queue.
///
/// Checks that the job completes, that CUPS received exactly the rendered
/// report, and that the PDF has as many pages as the renderer made, with
/// the right-hand column and the page numbers whole (nothing cut at the
/// margin). The stopped-printer case stops a queue of its own, never `hanout-pdf`.
@Suite(.enabled(if: RealCUPS.ready, Comment(rawValue: RealCUPS.why)))
struct RealCUPSTests {
    func hanout() throws -> HanoutBinary {
        var hanout = try HanoutBinary()
        hanout.environment["PATH"] = RealCUPS.path
        // Through the CUPS default when the queue is it, else named by the environment.
        if RealCUPS.tool("lpstat", ["-d"])?.output.contains(": \(RealCUPS.queue)") != true {
            hanout.environment["HANOUT_PRINTER"] = RealCUPS.queue
        }
        return hanout
    }

    @Test(arguments: [PageSetup.portrait, .landscape])
    func theReportComesOutOfCUPSWholeWithTheRenderedPageCount(_ setup: PageSetup) throws {
        let hanout = try hanout()
        let report = try #require(try fixtureReports("AOU").first)
        let pages = TextReportRenderer(language: .en, setup: setup).pages(report)
        let outcome = try hanout.run(
            ["print", "AOU", "--clerk", reportClerk] + (setup == .landscape ? ["--landscape"] : []))
        #expect(outcome.status == 0, "\(outcome.errors)")
        let jobID = try #require(
            outcome.output.split(separator: " ").first { $0.hasPrefix(RealCUPS.queue + "-") }
                .map { String($0.dropLast()) }, "\(outcome.output)")
        let number = try #require(Int(jobID.split(separator: "-").last ?? ""))
        #expect(
            RealCUPS.waitUntil(seconds: 90) { RealCUPS.completed(jobID) }, "job \(jobID) completed")

        let spooled = RealCUPS.spooledDocument(ofJob: number)
        let received = try #require(
            FileManager.default.contents(atPath: spooled.path),
            "CUPS kept no document at \(spooled.path): set PreserveJobFiles Yes (.ci/run does)")
        #expect(String(decoding: received, as: UTF8.self) == TextReportRenderer.join(pages))

        var pdf: URL?
        #expect(
            RealCUPS.waitUntil(seconds: 30) {
                pdf = RealCUPS.pdf(ofJob: number); return pdf != nil
            })
        let file = try #require(pdf, "no cups-pdf output for job \(number)")
        let info = try #require(RealCUPS.tool("pdfinfo", [file.path])).output
        let pdfPages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") }
        #expect(
            pdfPages == pages.count, "pdfinfo: \(pdfPages ?? -1) pages, rendered: \(pages.count)")
        print(
            "real CUPS, \(setup.orientation): rendered \(pages.count) pages, pdfinfo \(pdfPages ?? -1) pages (\(file.path))"
        )
        let text = try #require(RealCUPS.tool("pdftotext", ["-layout", file.path, "-"])).output
        for unit in report.units {
            #expect(text.contains(unit.code), "\(unit.code) in the PDF")
            if let decision = unit.decision {
                #expect(text.contains(decision), "\(decision) whole in the PDF")
            }
        }
        for page in 1...pages.count {
            #expect(text.contains("Page \(page) of \(pages.count)"), "page \(page) label whole")
        }
    }

    @Test func aStoppedQueueAndAnUnknownOneKeepTheReportInAFile() throws {
        let hanout = try hanout()
        let expected = TextReportRenderer(language: .en, setup: .portrait).document(
            try fixtureReports("AOU"))
        let unknown = try hanout.run([
            "print", "AOU", "--printer", "hanout-no-such-queue", "--clerk", reportClerk,
        ])
        #expect(unknown.status == 1)
        #expect(
            unknown.errors.contains("there is no printer 'hanout-no-such-queue'"),
            "\(unknown.errors)")
        let first = hanout.folder.appendingPathComponent("hanout-AOU-2026-11-29.txt")
        #expect(try String(contentsOf: first, encoding: .utf8) == expected)

        // A queue of its own to stop, so that a print running beside this test is not disturbed.
        let queue = "hanout-stopped-\(UUID().uuidString.prefix(8).lowercased())"
        let model = try #require(
            RealCUPS.tool("lpinfo", ["-m"])?.output.split(separator: "\n")
                .first { $0.lowercased().contains("cups-pdf") }?.split(separator: " ").first
                .map(String.init), "no cups-pdf model in lpinfo -m")
        let added = RealCUPS.tool("lpadmin", ["-p", queue, "-E", "-v", "cups-pdf:/", "-m", model])
        try #require(added?.status == 0, "lpadmin could not add \(queue): \(added?.output ?? "")")
        // Deleting the queue cancels the job left waiting in it.
        defer { RealCUPS.tool("lpadmin", ["-x", queue]) }
        #expect(RealCUPS.tool("cupsdisable", [queue])?.status == 0)
        let stopped = try hanout.run(["print", "AOU", "--printer", queue, "--clerk", reportClerk])
        #expect(stopped.status == 1)
        #expect(
            stopped.errors.contains("The printer '\(queue)' is stopped"),
            "\(stopped.errors)")
        #expect(
            RealCUPS.tool("lpstat", ["-o", queue])?.output.contains(queue + "-") == true,
            "the job waits in the stopped queue")
        let second = hanout.folder.appendingPathComponent("hanout-AOU-2026-11-29-2.txt")
        #expect(try String(contentsOf: second, encoding: .utf8) == expected)
        #expect(stopped.errors.contains(second.path))
    }
}
