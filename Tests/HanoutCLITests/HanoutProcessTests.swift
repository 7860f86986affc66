import Foundation
import Testing

/// The helper that runs the program: a run that hangs fails its test, it does not stop
/// the whole run.
@Suite(.timeLimit(.minutes(10))) struct HanoutProcessTests {
    @Test func aRunPastItsDeadlineIsKilledAndRecordedAsAnIssue() throws {
        let shell = HanoutProcess()
        defer { shell.removeFolder() }
        // A shell that forks a child of its own, as `runuser` does: both are killed.
        let started = try shell.start(
            ["-c", "sleep 60; echo never"], program: URL(fileURLWithPath: "/bin/sh"))
        let clock = ContinuousClock.now
        var outcome: HanoutProcess.Outcome?
        withKnownIssue("the deadline's issue") {
            outcome = HanoutProcess.finish(started, deadline: .seconds(1))
        }
        #expect(clock.duration(to: .now) < .seconds(30))
        #expect(started.0.terminationReason == .uncaughtSignal)
        #expect(outcome?.status == SIGKILL)
    }

    @Test func aRunWithinItsDeadlineKeepsBothStreams() throws {
        let shell = HanoutProcess()
        defer { shell.removeFolder() }
        let outcome = HanoutProcess.finish(
            try shell.start(
                ["-c", "echo out; echo err >&2; exit 3"], program: URL(fileURLWithPath: "/bin/sh")
            ))
        #expect(outcome.status == 3 && outcome.output == "out\n" && outcome.errors == "err\n")
    }
}
