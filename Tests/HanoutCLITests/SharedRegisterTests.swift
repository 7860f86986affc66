import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An office's register shared by clerks with logins of their own (issue 14):
/// two Unix users made for the test, in a group made for it, assigning and
/// releasing the same units at once through the real program.
@Suite(.serialized) struct SharedRegisterTests {
    static let tools = [
        "/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/sbin/groupadd",
        "/usr/sbin/groupdel", "/usr/sbin/runuser",
    ]

    /// Root, the account tools, and a program other users may run (every
    /// folder above it open to them).
    static let possible: Bool = {
        guard getuid() == 0, tools.allSatisfy(FileManager.default.isExecutableFile) else {
            return false
        }
        var folder = HanoutProcess.executable.deletingLastPathComponent()
        while folder.path != "/" {
            var status = stat()
            guard stat(folder.path, &status) == 0, status.st_mode & 0o001 != 0 else { return false }
            folder.deleteLastPathComponent()
        }
        return true
    }()

    /// A group and two clerks in it, removed when the test ends.
    struct Office: ~Copyable {
        let group: String
        let clerks: [String]

        init() throws {
            let tag = String(UInt32.random(in: 0..<UInt32.max), radix: 36)
            group = "hng\(tag)"
            clerks = ["hna\(tag)", "hnb\(tag)"]
            try Self.run("/usr/sbin/groupadd", [group])
            for clerk in clerks {
                // In the group, their primary group another (`users`): only the
                // register's folder makes their files the office's.
                try Self.run(
                    "/usr/sbin/useradd", ["-M", "-N", "-G", group, "-s", "/bin/sh", clerk])
            }
        }

        deinit {
            for clerk in clerks { try? Self.run("/usr/sbin/userdel", [clerk]) }
            try? Self.run("/usr/sbin/groupdel", [group])
        }

        static func run(_ tool: String, _ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ProcessFailure(
                    description: "\(tool) \(arguments.joined(separator: " ")) failed")
            }
        }
    }

    /// `script` run by `clerk` through runuser, its umask the strictest, its
    /// `$USER` a lie, the register found through the office's settings only.
    func start(_ script: String, as clerk: String, settings: URL) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = [
            "-u", clerk, "--", "/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
            "HANOUT_TODAY=\(TestDay.text)", "HANOUT_CONFIG_DIR=\(settings.path)", "USER=mallory",
            "HOME=/nonexistent", "HANOUT=\(HanoutProcess.executable.path)", "/bin/sh", "-c",
            "umask 077; " + script,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    func finish(_ started: (Process, Pipe)) -> String {
        let data = started.1.fileHandleForReading.readDataToEndOfFile()
        started.0.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The mode and group of `path`, if it is there.
    func access(_ path: String) -> (mode: mode_t, group: gid_t)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (status.st_mode & 0o7777, status.st_gid)
    }

    @Test(
        .enabled(
            if: possible,
            "needs root, useradd, groupadd and runuser, and a program other users may run"))
    func twoClerksWithTheirOwnLoginsShareOneRegister() throws {
        let office = try Office()
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        // The clerks pass through the test's folder to the register and the
        // settings (the folder was made under whatever umask another test's
        // store had set at that moment: the umask is the process's).
        chmod(hanout.folder.path, 0o755)
        let settings = hanout.folder.appendingPathComponent("etc")
        let register = hanout.folder.appendingPathComponent("office/hanout.sqlite").path
        var environment = hanout.environment
        environment["HANOUT_CONFIG_DIR"] = settings.path
        environment["HANOUT_DB"] = register
        let made = try runProcess(
            HanoutProcess.executable.path,
            ["init", "--shared", office.group, "--db", register], environment: environment,
            in: hanout.folder, deadline: 120)
        #expect(made.status == 0, "\(made.errors)")
        let group = try #require(getgrnam(office.group)).pointee.gr_gid
        #expect(access(register)?.mode == 0o660 && access(register)?.group == group)
        let folder = (register as NSString).deletingLastPathComponent
        #expect(access(folder)?.mode == 0o2770 && access(folder)?.group == group)

        // One vacant unit a zone (no occupant rule then stands in the way), and
        // for each the two occupants who fit it best: one for each clerk.
        let database = try AppDatabase.open(at: register)
        var plan: [(unit: String, first: Int64, second: Int64)] = []
        // Not a fair: its stands are allocated on its days only.
        for zone in try database.zoneSummaries(on: TestDay.day)
        where plan.count < 6 && zone.zone.kind != .fair {
            guard
                let unit = try database.units(inZone: zone.zone.code, on: TestDay.day)
                    .first(where: { $0.state == .vacant })?.unit
            else { continue }
            let fitting = try database.candidates(forUnit: unit.code, on: TestDay.day)
                .filter(\.fitsTrade).prefix(2).map(\.occupant.id)
            if fitting.count == 2 { plan.append((unit.code, fitting[0], fitting[1])) }
        }
        try database.close()
        #expect(plan.count >= 4)

        // Both clerks assign every unit of the plan at the same time, the second
        // from the other end: they meet on some unit, each winning a share.
        func assigning(_ order: [Int], _ pick: (Int64, Int64) -> Int64) -> String {
            order.map { plan[$0] }.map {
                "$HANOUT assign \($0.unit) \(pick($0.first, $0.second)); echo \"=\($0.unit) $?\""
            }
            .joined(separator: "; ")
        }
        let started = Date()
        let a = try start(
            assigning(Array(plan.indices)) { first, _ in first }, as: office.clerks[0],
            settings: settings)
        let b = try start(
            assigning(plan.indices.reversed()) { _, second in second }, as: office.clerks[1],
            settings: settings)
        let outputs = [finish(a), finish(b)]
        func statuses(_ output: String) -> [String: Int] {
            var found: [String: Int] = [:]
            for line in output.split(separator: "\n") where line.hasPrefix("=") {
                let parts = line.dropFirst().split(separator: " ")
                if parts.count == 2 { found[String(parts[0])] = Int(parts[1]) }
            }
            return found
        }
        let won = outputs.map(statuses)
        var winners: [String: String] = [:]
        for (unit, _, _) in plan {
            let succeeded = (0..<2).filter { won[$0][unit] == 0 }
            #expect(succeeded.count == 1, "\(unit): \(outputs)")
            if let clerk = succeeded.first { winners[unit] = office.clerks[clerk] }
        }
        // A loser was told the unit was taken, never that the register could not be opened.
        for output in outputs {
            #expect(
                !output.contains("unable to open") && !output.contains("read-only"), "\(output)")
            #expect(!output.lowercased().contains("permission"), "\(output)")
        }

        // Each releases what it won, both at once.
        func releasing(_ clerk: String) -> String {
            winners.filter { $0.value == clerk }.keys.sorted()
                .map { "$HANOUT release \($0) --reason 'test'; echo \"=\($0) $?\"" }
                .joined(separator: "; ") + "; true"
        }
        let c = try start(releasing(office.clerks[0]), as: office.clerks[0], settings: settings)
        let d = try start(releasing(office.clerks[1]), as: office.clerks[1], settings: settings)
        let released = [finish(c), finish(d)]
        let seconds = Date().timeIntervalSince(started)
        for (index, output) in released.enumerated() {
            for (unit, status) in statuses(output) {
                #expect(status == 0, "\(office.clerks[index]) releasing \(unit): \(output)")
            }
        }

        // The journal names each clerk's login, not what $USER said.
        for (unit, clerk) in winners {
            let history = try runProcess(
                HanoutProcess.executable.path, ["history", unit, "--format", "json"],
                environment: environment, in: hanout.folder, deadline: 120)
            let rows =
                (try JSONSerialization.jsonObject(with: Data(history.output.utf8))
                    as? [[String: String]]) ?? []
            let recent = rows.filter { $0["action"] == "assign" || $0["action"] == "release" }
                .suffix(2)
            #expect(recent.map { $0["action"] } == ["assign", "release"], "\(unit): \(rows)")
            #expect(recent.allSatisfy { $0["clerk"] == clerk }, "\(unit): \(rows)")
        }
        // Every file of the register still the group's, read and written by it.
        for suffix in ["", "-wal", "-shm"] {
            guard let seen = access(register + suffix) else { continue }
            #expect(seen.mode == 0o660 && seen.group == group, "\(register + suffix): \(seen)")
        }
        for clerk in office.clerks {
            let checked = finish(try start("$HANOUT check", as: clerk, settings: settings))
            #expect(checked.contains("No problem found"), "\(clerk): \(checked)")
        }
        let shares = office.clerks.map { clerk in winners.values.filter { $0 == clerk }.count }
        print(
            "two clerks, \(plan.count) units assigned by both at once (won \(shares[0]) and "
                + "\(shares[1])), then released: " + String(format: "%.1f s", seconds))
    }

    @Test func aGroupThatDoesNotExistIsSaidAndNothingIsCreated() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let register = hanout.folder.appendingPathComponent("office/hanout.sqlite").path
        let outcome = try hanout.run("init", "--shared", "no-such-group-hanout", "--db", register)
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("There is no group 'no-such-group-hanout'"))
        #expect(!FileManager.default.fileExists(atPath: register))
    }

    /// On a shared register the journal records the login, whatever `$USER`
    /// says, and `--clerk` cannot name someone else (as root, the group root's).
    @Test(.enabled(if: getuid() == 0, "needs root to give a register to a group"))
    func theJournalOfASharedRegisterRecordsTheLogin() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let register = hanout.folder.appendingPathComponent("office/hanout.sqlite").path
        var environment = hanout.environment
        environment["HANOUT_DB"] = register
        environment["HANOUT_CONFIG_DIR"] = hanout.folder.appendingPathComponent("etc").path
        func run(_ arguments: [String]) throws -> ProcessOutcome {
            try runProcess(
                HanoutProcess.executable.path, arguments, environment: environment,
                in: hanout.folder, deadline: 120)
        }
        #expect(try run(["init", "--shared", "root"]).status == 0)
        let refused = try run(["assign", "AOU-04", "3", "--clerk", "someone-else"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("records each clerk's login (root)"), "\(refused.errors)")
        #expect(try run(["assign", "AOU-04", "3"]).status == 0)
        let history = try run(["history", "AOU-04", "--format", "json"])
        let rows =
            (try JSONSerialization.jsonObject(with: Data(history.output.utf8))
                as? [[String: String]]) ?? []
        #expect(rows.last?["action"] == "assign")
        #expect(rows.last?["clerk"] == "root", "$USER said test-clerk")
    }
}
