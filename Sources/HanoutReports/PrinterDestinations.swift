import Foundation

/// The printers CUPS knows, for a print dialog to offer.
public struct PrinterDestinations: Hashable, Sendable {
    /// Every queue, by name, as `lpstat -e` lists them.
    public var names: [String]
    /// The CUPS default, if there is one (`lpstat -d`).
    public var defaultName: String?

    public init(names: [String], defaultName: String?) {
        self.names = names
        self.defaultName = defaultName
    }

    /// The queues in `lpstat -e`'s answer, one a line.
    static func names(in lpstatOutput: String) -> [String] {
        lpstatOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.contains(" ") }
    }

    /// The default in `lpstat -d`'s answer: "system default destination: NAME".
    static func defaultName(in lpstatOutput: String) -> String? {
        guard let range = lpstatOutput.range(of: "system default destination: ") else { return nil }
        let name = lpstatOutput[range.upperBound...].prefix { !$0.isNewline }
            .trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }
}
