import Foundation
import HanoutTestSupport

/// A folder of fake `lp` and `lpstat` scripts to put on the `PATH`.
///
/// The fake `lp` records its arguments (one a line) and the document it was
/// given, then answers as told; the real CUPS is never touched.
struct FakeCUPS {
    let bin: URL
    var arguments: [String] {
        let text =
            (try? String(contentsOf: bin.appendingPathComponent("lp.args"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
            String.init)
    }
    var document: String? {
        try? String(contentsOf: bin.appendingPathComponent("lp.document"), encoding: .utf8)
    }
    /// The environment that finds these scripts, and only them.
    var environment: [String: String] { ["PATH": bin.path] }

    /// An `lp` that queues the job as `queue-42`.
    static func accepting(queue: String = "fake-queue") throws -> FakeCUPS {
        try FakeCUPS(lp: "echo \"request id is \(queue)-42 (1 file(s))\"")
    }

    /// An `lp` that writes `message` on its error output and exits with 1.
    static func refusing(_ message: String) throws -> FakeCUPS {
        try FakeCUPS(lp: "echo '\(message)' >&2\nexit 1")
    }

    /// Scripts whose `lp` ends with `lpAnswer` after recording, and an `lpstat` if given.
    init(lp lpAnswer: String, lpstat: String? = nil) throws {
        bin = try makeTemporaryFolder("fake-cups")
        let folder = bin.path
        let record = """
            #!/bin/sh
            : > '\(folder)/lp.args'
            for argument in "$@"; do printf '%s\\n' "$argument" >> '\(folder)/lp.args'; last="$argument"; done
            /bin/cat "$last" > '\(folder)/lp.document'

            """
        try Self.script(record + lpAnswer + "\n", named: "lp", in: bin)
        if let lpstat { try Self.script("#!/bin/sh\n" + lpstat + "\n", named: "lpstat", in: bin) }
    }

    /// No `lp` at all: an empty folder on the `PATH`.
    static func missing() throws -> FakeCUPS {
        try FakeCUPS(bin: makeTemporaryFolder("no-cups"))
    }

    private init(bin: URL) {
        self.bin = bin
    }

    private static func script(_ text: String, named name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }
}
