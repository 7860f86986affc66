import Foundation

/// Which CUPS queue a report goes to.
public enum PrinterSelection {
    /// `explicit` (the `--printer` option or the dialog's choice), else
    /// `$HANOUT_PRINTER`, else nil: `lp` without `-d` prints to the CUPS
    /// default (which itself honours `$LPDEST`, `$PRINTER` and `lpoptions -d`).
    public static func resolve(explicit: String?, environment: [String: String]) -> String? {
        for candidate in [explicit, environment["HANOUT_PRINTER"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
                return name
            }
        }
        return nil
    }
}
