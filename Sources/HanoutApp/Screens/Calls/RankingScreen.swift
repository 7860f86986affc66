import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// A call's ranking: ranks with applicant, trade and total, the selected
/// applicant's score explained criterion by criterion, the files set aside
/// with their reason, and every version (a frozen one changes only by a new
/// version with its written reason).
public struct RankingScreen: ScreenModel {
    public var reference: String
    public var file: CallFile?
    /// The version shown; nil for the latest.
    public var version: Int?
    public var list = WindowedList<RankingEntry>()
    public var prompt: CallPrompt?

    public init(reference: String) {
        self.reference = reference
    }

    public enum Action: Hashable, Sendable {
        case list(ListMove)
        case otherVersion
        case freeze
        case newVersion
    }

    public var request: DataRequest? { .callFile(reference) }
    public var capturesText: Bool { prompt != nil }

    /// The version on screen.
    public var ranking: Ranking? {
        guard let file else { return nil }
        return file.rankings.first { $0.version == version } ?? file.ranking
    }

    public func title(_ context: AppContext) -> String {
        context.text("Classement ", "Ranking ") + reference
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                "↑ ↓ j k PgUp PgDn",
                context.text(
                    "choisir un rang (ses points expliqués à droite)",
                    "choose a rank (its points explained on the right)")),
            KeyHelp(
                "v",
                context.text(
                    "voir la version précédente / suivante", "see the previous / next version")),
            KeyHelp("F", context.text("figer le classement", "freeze the ranking")),
            KeyHelp(
                "N",
                context.text(
                    "nouvelle version, avec son motif écrit", "new version, with its written reason"
                )),
            KeyHelp(
                context.text("Échap", "Esc"), context.text("retour à l'appel", "back to the call")),
        ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        if let outcome = CallPrompt.answer(
            key, to: &prompt, frozen: ranking?.isFrozen ?? false, context)
        {
            // The new version is the one to see once written.
            if !outcome.effects.isEmpty { version = nil }
            return outcome
        }
        if let move = ListKeys.move(for: key) { return update(.list(move), context) }
        switch key {
        case .char("v"): return update(.otherVersion, context)
        case .char("F"): return update(.freeze, context)
        case .char("N"): return update(.newVersion, context)
        default: return nil
        }
    }

    func layout(in body: Rect) -> RankingLayout {
        RankingLayout(body: body, setAside: ranking?.setAside.count ?? 0)
    }

    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        switch action {
        case .list(let move):
            let page = layout(in: context.body).ranks.page
            list.move(to: move.index(from: list.selected, page: page), visibleRows: page)
        case .otherVersion:
            guard let file, let shown = ranking, file.rankings.count > 1 else { return .done }
            let next =
                shown.version == file.rankings.last?.version
                ? file.rankings[0].version : shown.version + 1
            version = next
            show(context)
        case .freeze:
            prompt = CallPrompt(.confirm(.freeze(call: reference)))
        case .newVersion:
            prompt = CallPrompt(.newVersion(call: reference))
        }
        return .done
    }

    /// Lists the entries of the version on screen, keeping the rank selected.
    mutating func show(_ context: AppContext) {
        let entries = ranking?.entries ?? []
        list.receive(
            entries, offset: 0, total: entries.count,
            visibleRows: layout(in: context.body).ranks.page)
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .callFile(let file) = result else { return }
        self.file = file
        show(context)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        CallScreen.written(outcome, reload: self.request)
    }
}

/// Where the ranking screen puts its parts: the version line across, the
/// ranks on the left above the files set aside, the explanation on the right.
struct RankingLayout: Hashable {
    var version: Rect
    var ranks: ListArea
    var setAside: Rect
    var explanation: Rect
    var bottom: Rect

    init(body: Rect, setAside count: Int) {
        version = Rect(
            row: body.row, column: body.column, width: body.width, height: min(1, body.height))
        let leftWidth = body.width >= 80 ? 38 : body.width / 2
        let middle = max(0, body.height - 2)
        // The files set aside take at most a third of the left, with their heading.
        let asideHeight = count == 0 ? 0 : min(count + 1, max(2, middle / 3))
        ranks = ListArea(
            frame: Rect(
                row: body.row + 1, column: body.column, width: leftWidth,
                height: max(0, middle - asideHeight)),
            header: 1)
        setAside = Rect(
            row: ranks.frame.endRow, column: body.column, width: leftWidth, height: asideHeight)
        explanation = Rect(
            row: body.row + 1, column: body.column + leftWidth + 1,
            width: max(0, body.width - leftWidth - 1),
            height: middle)
        bottom = Rect(
            row: body.endRow - 1, column: body.column, width: body.width,
            height: min(1, body.height))
    }
}
