import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

@MainActor
@Suite struct CallScreensTests {
    @Test func probe() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("n"))
        print(app.text)
        app.type("brahim ouh")
        app.press(.enter)
        print(app.text)
        app.press(.tab, .tab, .char(" "), .tab, .tab, .char("7"), .tab, .char(" "))
        print(app.text)
        app.press(.enter)
        print(app.text)
        app.press(.char("y"))
        print(app.text)
    }
}
