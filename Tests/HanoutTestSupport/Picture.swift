/// The rows of an expected picture whose lines are framed by `|`, so that the
/// trailing spaces of a screen show in the test's literal.
public func framedRows(_ picture: String) -> [String] {
    picture.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.dropFirst().dropLast())
    }
}

/// Rows framed as `framedRows` reads them, so that a failing test shows the screen.
public func framed(_ lines: [String]) -> String {
    "\n" + lines.map { "|\($0)|" }.joined(separator: "\n")
}
