/// A binary heap whose top is the element that sorts first: the smallest head
/// of the sorted streams a merge reads side by side (the words of a search,
/// `OccupantSearch+Merge`; the sorted runs of the index writer,
/// `OccupantWordWriter`).
///
/// Each step of a merge reads the top stream and moves it on, so its head
/// changes; `topChanged()` restores the order in O(log n) comparisons, where
/// a scan for the smallest head costs n: a short prefix starts hundreds of
/// words, a thousand would cost about 10 comparisons a row instead of 1000.
struct MergeHeap<Element> {
    private var elements: [Element]
    private let precedes: (Element, Element) -> Bool

    init(_ elements: [Element], by precedes: @escaping (Element, Element) -> Bool) {
        self.elements = elements
        self.precedes = precedes
        for index in stride(from: elements.count / 2 - 1, through: 0, by: -1) {
            siftDown(from: index)
        }
    }

    /// The element that sorts first; nil when the heap is empty.
    var top: Element? { elements.first }

    var isEmpty: Bool { elements.isEmpty }

    /// Puts the top element back in its place after its order changed.
    mutating func topChanged() {
        siftDown(from: 0)
    }

    /// Takes the top element out.
    mutating func removeTop() {
        guard !elements.isEmpty else { return }
        elements.swapAt(0, elements.count - 1)
        elements.removeLast()
        siftDown(from: 0)
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < elements.count else { return }
            let right = left + 1
            var first = left
            if right < elements.count && precedes(elements[right], elements[left]) { first = right }
            guard precedes(elements[first], elements[parent]) else { return }
            elements.swapAt(parent, first)
            parent = first
        }
    }
}
