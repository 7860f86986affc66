import HanoutDomain
import TextLayout

/// The colours of unit states, always paired with a letter so that nothing
/// depends on colour alone (monochrome terminals, NO_COLOR, paper).
enum Theme {
    static func style(for state: UnitState) -> Style {
        switch state {
        case .vacant: return Style(foreground: .black, background: .green)
        case .occupied: return Style(foreground: .white, background: .blue)
        case .reserved: return Style(foreground: .black, background: .yellow)
        case .underWorks: return Style(foreground: .white, background: .magenta)
        }
    }

    /// The selected tile or row: reverse video, which every terminal has.
    static let selected = Style(attributes: [.reverse, .bold])

    static let header = Style(attributes: [.bold, .underline])

    /// The legend: each state's letter in its colour, and its name.
    static func legend(_ context: AppContext) -> [(String, Style, String)] {
        UnitState.allCases.map { state in
            (" \(state.letter) ", style(for: state), state.name(in: context.language))
        }
    }
}
