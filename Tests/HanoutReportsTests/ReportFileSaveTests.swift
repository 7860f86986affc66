import Foundation
import HanoutReports
import HanoutTestSupport
import Testing

/// `ReportFile.save`, where a report goes when printing fails: a taken name moves on to
/// `-2`, `-3`…; any other failure moves on to the next folder at once and leaves nothing.
@Suite struct ReportFileSaveTests {
    let folder: URL
    init() throws { folder = try makeTemporaryFolder("save") }

    func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aTakenNameMovesOnToTheNextNumberAndKeepsTheEarlierReport() throws {
        let earlier = folder.appendingPathComponent("report.txt")
        try "yesterday\n".write(to: earlier, atomically: false, encoding: .utf8)
        let saved = try ReportFile.save("today\n", named: "report.txt", in: [folder])
        #expect(saved.lastPathComponent == "report-2.txt")
        #expect(try String(contentsOf: earlier, encoding: .utf8) == "yesterday\n")
        #expect(try String(contentsOf: saved, encoding: .utf8) == "today\n")
    }

    @Test func aFolderThatCannotTakeTheFileIsLeftAtTheFirstTryForTheNextFolder() throws {
        // A regular file where a folder should be: every create in it fails with ENOTDIR,
        // which is not "the name is taken", so trying -2 … -99 there would be pointless.
        let notAFolder = folder.appendingPathComponent("not-a-folder")
        try "".write(to: notAFolder, atomically: false, encoding: .utf8)
        let next = folder.appendingPathComponent("next")
        try FileManager.default.createDirectory(at: next, withIntermediateDirectories: false)
        let saved = try ReportFile.save("report\n", named: "report.txt", in: [notAFolder, next])
        #expect(saved.path == next.appendingPathComponent("report.txt").path)
        #expect(try names(in: folder) == ["next", "not-a-folder"])
        #expect(try names(in: next) == ["report.txt"])
    }

    @Test func whenNoFolderTakesItTheFailureSaysWhyAndLeavesNothing() throws {
        let notAFolder = folder.appendingPathComponent("not-a-folder")
        try "".write(to: notAFolder, atomically: false, encoding: .utf8)
        #expect {
            _ = try ReportFile.save("report\n", named: "report.txt", in: [notAFolder])
        } throws: { error in
            String(describing: error).contains(String(cString: strerror(ENOTDIR)))
        }
        #expect(try names(in: folder) == ["not-a-folder"])
    }
}
