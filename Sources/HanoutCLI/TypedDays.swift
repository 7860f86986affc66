import HanoutDomain
import HanoutStore

/// The days typed on a command line, checked in one place before the command
/// runs: a day outside those Hanout keeps (`Day.isKept`) is refused with the
/// same words whether the command writes it (`assign --from`) or only looks
/// with it (`zones --on`, `print --as-of`).
///
/// The days are found by walking the parsed command's values (options,
/// option groups, optionals), so a command added later is covered without
/// being listed here.
enum TypedDays {
    /// Throws `dayOutOfRange` for the first day of `command` Hanout does not keep.
    static func check(_ command: Any) throws {
        if let day = days(in: command).first(where: { !$0.isKept }) {
            throw StoreError.dayOutOfRange(day)
        }
    }

    /// Every `Day` held by `value`, to a few levels of wrappers deep.
    static func days(in value: Any, depth: Int = 0) -> [Day] {
        if let day = value as? Day { return [day] }
        guard depth < 6 else { return [] }
        return Mirror(reflecting: value).children.flatMap { days(in: $0.value, depth: depth + 1) }
    }
}
