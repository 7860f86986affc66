import Foundation

/// The machine's own CUPS, when it runs with the `hanout-pdf` queue that `.ci/run` sets up.
enum RealCUPS {
    static let queue = "hanout-pdf"
    static let path = "/usr/bin:/bin:/usr/sbin:/sbin"

    /// Runs a CUPS or poppler tool in the C locale; nil when it is not installed.
    @discardableResult
    static func tool(_ name: String, _ arguments: [String]) -> (status: Int32, output: String)? {
        guard
            let url = path.split(separator: ":").map({
                URL(fileURLWithPath: String($0)).appendingPathComponent(name)
            })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { return nil }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ["PATH": path, "LC_ALL": "C", "LANG": "C"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Why the real test cannot run here, or nil when cupsd runs with the queue and poppler is there.
    static let missing: String? = {
        if tool("lpstat", ["-r"])?.output.contains("scheduler is running") != true {
            return "no CUPS scheduler is running here"
        }
        if tool("lpstat", ["-v", queue])?.status != 0 { return "CUPS has no \(queue) queue here" }
        if tool("pdfinfo", ["-v"]) == nil || tool("pdftotext", ["-v"]) == nil {
            return "poppler-utils (pdfinfo, pdftotext) is not installed here"
        }
        return nil
    }()

    static var ready: Bool { missing == nil }

    static var why: String {
        "Skipped, not passed: \(missing ?? "nothing missing"). The real print test needs cupsd running "
            + "with the \(queue) cups-pdf queue and poppler-utils; .ci/run sets them up."
    }

    /// Polls until `condition` holds or `seconds` pass; the last answer.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return condition()
    }

    /// Whether CUPS lists the job among the completed ones.
    static func completed(_ jobID: String) -> Bool {
        tool("lpstat", ["-W", "completed", "-o", queue])?.output.split(separator: "\n")
            .contains { $0.hasPrefix(jobID + " ") } == true
    }

    /// The PDF cups-pdf wrote for job `number`: `...-job_N.pdf` in the user's ~/PDF or its spool.
    static func pdf(ofJob number: Int) -> URL? {
        var folders = ["/root/PDF", "/var/spool/cups-pdf/ANONYMOUS"]
        if let home = getpwuid(getuid())?.pointee.pw_dir {
            folders.append(String(cString: home) + "/PDF")
        }
        if let user = getpwuid(getuid())?.pointee.pw_name {
            folders.append("/var/spool/cups-pdf/" + String(cString: user))
        }
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if let name = names.first(where: { $0.hasSuffix("-job_\(number).pdf") }) {
                return URL(fileURLWithPath: folder).appendingPathComponent(name)
            }
        }
        return nil
    }

    /// The document CUPS keeps for a job when `PreserveJobFiles` is on.
    static func spooledDocument(ofJob number: Int) -> URL {
        URL(fileURLWithPath: String(format: "/var/spool/cups/d%05d-001", number))
    }
}
