import TextLayout

/// Escapes in JSON text what `JSONEncoder` leaves raw and a terminal would obey.
///
/// `JSONEncoder` escapes the C0 controls, but writes DEL, the C1 controls (0x9B is a CSI
/// on some terminals) and the bidi embeddings, overrides, isolates and marks as they are:
/// `hanout occupants --format json` shown in a terminal could then move its cursor or make
/// a line read backwards. Each of those scalars (and U+2028/U+2029, which end a line in
/// JavaScript) is written `\uXXXX`: the JSON means the same, its text is harmless.
enum JSONSafety {
    /// The JSON text with those scalars escaped. They only ever occur inside strings,
    /// where `\uXXXX` is their exact equivalent.
    static func escaped(_ json: String) -> String {
        // Fast path: ASCII below DEL holds none of them.
        if json.utf8.allSatisfy({ $0 < 0x7F }) { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard scalar.value >= 0x7F, SafeText.treatment(of: scalar) != .keep else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            result.append(
                contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                    .unicodeScalars)
        }
        return String(result)
    }
}
