import Foundation
import HanoutTestSupport
import Testing

@testable import HanoutCLI

@Suite struct DataLocationTests {
    @Test func anExplicitPathWinsThenTheEnvironmentThenTheDataFolder() {
        #expect(
            DataLocation.databasePath(
                explicit: "/x/a.sqlite",
                environment: ["HANOUT_DB": "/y", "HANOUT_CONFIG_DIR": "/nowhere"])
                == "/x/a.sqlite")
        #expect(
            DataLocation.databasePath(
                explicit: nil,
                environment: ["HANOUT_DB": "/y/b.sqlite", "HANOUT_CONFIG_DIR": "/nowhere"])
                == "/y/b.sqlite")
        #expect(
            DataLocation.databasePath(
                explicit: nil,
                environment: [
                    "XDG_DATA_HOME": "/data", "HOME": "/home/c", "HANOUT_CONFIG_DIR": "/nowhere",
                ])
                == "/data/hanout/hanout.sqlite")
        #expect(
            DataLocation.databasePath(
                explicit: nil, environment: ["HOME": "/home/c", "HANOUT_CONFIG_DIR": "/nowhere"])
                == "/home/c/.local/share/hanout/hanout.sqlite")
    }

    @Test func aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        #expect(
            DataLocation.databasePath(
                explicit: nil,
                environment: [
                    "XDG_DATA_HOME": "data", "HOME": "/h", "HANOUT_CONFIG_DIR": "/nowhere",
                ])
                == "/h/.local/share/hanout/hanout.sqlite")
    }

    /// The office's settings name the shared register: it comes after --db and
    /// $HANOUT_DB, and before the clerk's own data folder.
    @Test func theOfficeSettingsComeBeforeTheClerksOwnFolder() throws {
        let folder = try makeTemporaryFolder("settings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = [
            "HANOUT_CONFIG_DIR": folder.path, "XDG_DATA_HOME": "/data", "HOME": "/home/c",
        ]
        #expect(
            DataLocation.databasePath(explicit: nil, environment: environment)
                == "/data/hanout/hanout.sqlite")
        try """
        # the office
        database = /srv/office/hanout.sqlite   # shared by the clerks
        """.write(
            to: folder.appendingPathComponent("hanout.conf"), atomically: true, encoding: .utf8)
        #expect(
            DataLocation.databasePath(explicit: nil, environment: environment)
                == "/srv/office/hanout.sqlite")
        var withVariable = environment
        withVariable["HANOUT_DB"] = "/y/b.sqlite"
        #expect(
            DataLocation.databasePath(explicit: nil, environment: withVariable) == "/y/b.sqlite")
        #expect(
            DataLocation.databasePath(explicit: "/x/a.sqlite", environment: environment)
                == "/x/a.sqlite")
    }
}
