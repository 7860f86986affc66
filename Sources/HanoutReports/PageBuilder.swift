/// Fills pages of a fixed number of lines with blocks, never splitting a block that fits a page.
///
/// This is what keeps a table row whole on paper: a block that does not fit
/// the rest of the page starts the next one. Only a block taller than a whole
/// page is cut (it could not be printed otherwise).
struct PageBuilder {
    /// Lines of body per page.
    let capacity: Int
    private(set) var pages: [[String]] = [[]]

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    var remaining: Int { capacity - (pages.last?.count ?? 0) }
    var pageIsEmpty: Bool { pages.last?.isEmpty ?? true }
    var pageIndex: Int { pages.count - 1 }

    mutating func newPage() {
        pages.append([])
    }

    /// A blank line between two blocks; none at the top or the foot of a page.
    mutating func space() {
        if !pageIsEmpty && remaining > 1 { append(["" as String]) }
    }

    /// Adds `lines` on the current page when they fit, else on a new one; cut only if taller than a page.
    mutating func add(together lines: [String]) {
        if lines.count > remaining && !pageIsEmpty { newPage() }
        add(flowing: lines)
    }

    /// Adds `lines`, going on to new pages as each fills.
    mutating func add(flowing lines: [String]) {
        var rest = lines[...]
        while !rest.isEmpty {
            if remaining == 0 { newPage() }
            let taken = rest.prefix(remaining)
            append(Array(taken))
            rest = rest.dropFirst(taken.count)
        }
    }

    private mutating func append(_ lines: [String]) {
        pages[pages.count - 1] += lines
    }
}
