import Foundation

/// Values handed from one thread to another, at most `capacity` waiting:
/// the reader of an import's file runs ahead of its writer by that much and
/// no more, so memory does not grow with the file.
///
/// Blocking, not `async`: its receiver is a write inside GRDB's synchronous
/// transaction, which cannot await. An `AsyncStream` would need the receiver
/// to block on a semaphore anyway, and it bounds its buffer by dropping
/// values, not by making the sender wait.
final class BoundedChannel<Element: Sendable>: @unchecked Sendable {
    let capacity: Int
    // Guarded by `condition`'s lock.
    private var waiting: [Element] = []
    private var head = 0
    private var isClosed = false
    private let condition = NSCondition()

    init(capacity: Int) {
        precondition(capacity > 0, "a channel holds at least one value")
        self.capacity = capacity
    }

    /// Hands `value` over, waiting while `capacity` values wait already;
    /// false (and the value dropped) once the channel is closed.
    @discardableResult
    func send(_ value: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !isClosed && waiting.count - head >= capacity { condition.wait() }
        guard !isClosed else { return false }
        waiting.append(value)
        condition.broadcast()
        return true
    }

    /// The next value, waiting for one; nil once the channel is closed and
    /// every value sent before has been received.
    func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == waiting.count && !isClosed { condition.wait() }
        guard head < waiting.count else { return nil }
        let value = waiting[head]
        head += 1
        // Values received are let go of: the array never holds more than
        // twice `capacity`, however many pass.
        if head >= capacity || head == waiting.count {
            waiting.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return value
    }

    /// No value is sent after this: the receiver gets those waiting, then
    /// nil; a sender waiting, or sending later, is told to stop.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        isClosed = true
        condition.broadcast()
    }
}
