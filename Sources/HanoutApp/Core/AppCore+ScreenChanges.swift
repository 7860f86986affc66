import TerminalKit

// MARK: - What the update does to the current screen

extension AppCore {
    /// A key for the screen; nil when it means nothing there.
    struct HandleKey: ScreenChange {
        var key: Key
        var context: AppContext

        func callAsFunction<Model: ScreenModel>(_ model: inout Model) -> Outcome? {
            model.handle(key, context)
        }
    }

    /// Data the store read for the screen's request.
    struct ReceiveData: ScreenChange {
        var result: DataResult
        var request: DataRequest
        var context: AppContext

        func callAsFunction<Model: ScreenModel>(_ model: inout Model) {
            model.receive(result, for: request, context)
        }
    }

    /// The outcome of a write the screen asked for.
    struct ReceiveWrite: ScreenChange {
        var outcome: WriteOutcome
        var request: WriteRequest
        var context: AppContext

        func callAsFunction<Model: ScreenModel>(_ model: inout Model) -> Outcome {
            model.receive(outcome, for: request, context)
        }
    }

    /// The screen is about to be read again whole.
    struct PrepareFullReload: ScreenChange {
        func callAsFunction<Model: ScreenModel>(_ model: inout Model) {
            model.prepareFullReload()
        }
    }
}
