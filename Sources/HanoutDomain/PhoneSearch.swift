/// How a phone number is searched: the clerk types it whole, in any usual form
/// (`06 45 32 60 65`, `+212 645-326-065`, Arabic-Indic digits), or only its last digits.
///
/// A number is kept as one key, in an index of its own: `#` and its national digits
/// reversed. Its last digits, reversed, are then the start of that key, so "the last
/// digits" is a prefix search like any other; `#` starts no word of a name or a CIN, so
/// a typed number is never taken for a name's word.
public enum PhoneSearch {
    /// Digits a typed search needs to be taken as a phone number: fewer are the start
    /// of a name's word or a CIN's ("06" would match too much to mean anything).
    public static let fewestDigits = 4

    /// The key of a registered number; nil when it holds fewer than
    /// `fewestDigits` digits.
    public static func indexWord(_ phone: String) -> String? {
        // Bytes, not Characters: a million numbers are cut on each import.
        let digits = nationalDigitBytes(phone)
        guard digits.count >= fewestDigits else { return nil }
        return String(decoding: [UInt8(ascii: "#")] + digits.reversed(), as: UTF8.self)
    }

    /// Whether `word`, a term of a search, is a number's key (`indexWord`, `typedWord`).
    public static func isIndexWord(_ word: String) -> Bool {
        word.utf8.first == UInt8(ascii: "#")
    }

    /// The start of the keys a typed search looks for, when the search is a phone
    /// number or its last digits: nothing but digits and the signs numbers are written
    /// with, and at least `fewestDigits` digits. Nil for any other search.
    public static func typedWord(_ search: String) -> String? {
        var hasDigits = false
        for scalar in search.unicodeScalars {
            if asciiDigit(scalar) != nil {
                hasDigits = true
            } else if !" +-./()\u{00A0}".unicodeScalars.contains(scalar) {
                return nil
            }
        }
        return hasDigits ? indexWord(search) : nil
    }

    /// The digits of a number as dialled in Morocco: `+212 6…` and `00212 6…` give `06…`.
    static func nationalDigits(_ phone: String) -> String {
        String(decoding: nationalDigitBytes(phone), as: UTF8.self)
    }

    /// `nationalDigits`, as ASCII bytes.
    private static func nationalDigitBytes(_ phone: String) -> [UInt8] {
        var digits: [UInt8] = []
        digits.reserveCapacity(phone.utf8.count)
        for scalar in phone.unicodeScalars {
            if let digit = asciiDigit(scalar) { digits.append(digit) }
        }
        for prefix in ["00212", "212"]
        where digits.count > 11 && digits.starts(with: prefix.utf8) {
            return [UInt8(ascii: "0")] + digits.dropFirst(prefix.utf8.count)
        }
        return digits
    }

    /// The ASCII digit of a digit in ASCII, Arabic-Indic or Eastern Arabic-Indic.
    static func asciiDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        let zero: UInt32
        switch value {
        case 0x30...0x39: zero = 0x30
        case 0x0660...0x0669: zero = 0x0660
        case 0x06F0...0x06F9: zero = 0x06F0
        default: return nil
        }
        return UInt8(0x30 + value - zero)
    }
}
