import HanoutDomain

/// The manual page of the full-screen program's keys, `hanout-keys(7)`.
///
/// Its lists are the help screen's own (`AppView.helpEntries`), taken from each screen as
/// it first opens: the page cannot name a key the program does not have. The installer
/// writes it with `hanout --keys-manual`.
public enum KeysManual {
    /// The screens the page describes, each with its heading.
    static func screens(_ today: Day) -> [(heading: String, screen: Screen)] {
        [
            ("THE ZONES", .zones(ZonesScreen())),
            ("A ZONE", .zone(ZoneScreen(zoneCode: "ZONE"))),
            ("A UNIT", .unit(UnitScreen(unitCode: "UNIT"))),
            ("THE OCCUPANTS", .occupants(OccupantsScreen())),
            ("AN OCCUPANT", .occupant(OccupantScreen(occupantID: 1))),
            ("THE RACK", .rack(RackScreen(zoneCode: "ZONE", around: today))),
            ("A LEDGER", .ledger(LedgerScreen(occupantID: 1))),
            ("ARREARS AND EXPIRING CONVENTIONS", .followUp(FollowUpScreen(zoneCode: nil))),
            ("CALLS FOR APPLICATIONS", .calls(CallsScreen())),
        ]
    }

    /// The page in roff (man(7) macros), in English; its lines, without the last one's
    /// line break.
    public static func page(version: String, today: Day) -> String {
        let context = AppContext(language: .en, today: today)
        var lines = [
            #".TH HANOUT-KEYS 7 "" "hanout \#(version)" "Hanout""#,
            ".SH NAME",
            #"hanout-keys \- the keys of Hanout's full-screen program"#,
            ".SH DESCRIPTION",
            escape(
                "hanout with no command opens the full-screen program. On every screen, ? or F1"
                    + " shows its keys; any key closes the list. While a field is being typed"
                    + " into, letters are typed: only the function keys act. Below, each"
                    + " screen's keys as it opens, then the program's keys that work there."),
        ]
        for (heading, screen) in screens(today) {
            lines += [".SH " + quoted(heading)]
            for entry in AppView.helpEntries(AppState(context: context, first: screen)) {
                lines += [".TP", ".B " + quoted(entry.keys), escape(entry.action)]
            }
        }
        lines += [".SH SEE ALSO", ".BR hanout (1)"]
        return lines.joined(separator: "\n")
    }

    /// Text as roff reads it literally: a backslash is doubled, a hyphen is not a
    /// line-break point, and a line that starts with a dot or a quote is not a request.
    static func escape(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e")
            .replacingOccurrences(of: "-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    /// An argument of a macro, quoted (it may hold spaces); roff writes a quote as two.
    static func quoted(_ text: String) -> String {
        "\"" + escape(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
