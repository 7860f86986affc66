import Testing

@testable import HanoutCLI

@Suite struct DataLocationTests {
    @Test func anExplicitPathWinsThenTheEnvironmentThenTheDataFolder() {
        #expect(
            DataLocation.databasePath(explicit: "/x/a.sqlite", environment: ["HANOUT_DB": "/y"])
                == "/x/a.sqlite")
        #expect(
            DataLocation.databasePath(explicit: nil, environment: ["HANOUT_DB": "/y/b.sqlite"])
                == "/y/b.sqlite")
        #expect(
            DataLocation.databasePath(
                explicit: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/c"])
                == "/data/hanout/hanout.sqlite")
        #expect(
            DataLocation.databasePath(explicit: nil, environment: ["HOME": "/home/c"])
                == "/home/c/.local/share/hanout/hanout.sqlite")
    }

    @Test func aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        #expect(
            DataLocation.databasePath(
                explicit: nil, environment: ["XDG_DATA_HOME": "data", "HOME": "/h"])
                == "/h/.local/share/hanout/hanout.sqlite")
    }
}
