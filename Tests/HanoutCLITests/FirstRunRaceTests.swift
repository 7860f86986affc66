import Foundation
import Testing

/// A clerk who opens the program on two terminals at once on a machine where it never
/// ran: both find no register, and both would build one from the fixtures. One builds it;
/// the others wait for it and read it, none fails or removes what another is using.
@Suite struct FirstRunRaceTests {
    static let racers = 6
    static let rounds = 8

    @Test(.timeLimit(.minutes(3)))
    func firstRunsStartedTogetherBuildOneRegisterAndAllReadIt() throws {
        for round in 0..<Self.rounds {
            let hanout = HanoutProcess()
            defer { hanout.removeFolder() }
            // All started before any is waited for: they meet at the missing file.
            let processes = try (0..<Self.racers).map { _ in
                try hanout.spawn(["zones", "--format", "json"])
            }
            var listings = Set<String>()
            for process in processes {
                let ending = try process.wait()
                #expect(ending == .exited(0), "round \(round): \(ending): \(process.errors)")
                listings.insert(process.output)
            }
            #expect(listings.count == 1, "round \(round): the listings differ: \(listings)")
            let check = try hanout.run("check")
            #expect(check.status == 0, "round \(round): \(check.output)\(check.errors)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: hanout.folder.path)
                .filter { $0.contains(".new-") }
            #expect(leftovers.isEmpty, "round \(round): \(leftovers)")
        }
    }
}
