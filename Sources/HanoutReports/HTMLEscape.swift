/// Escapes text for HTML, in element content and in quoted attribute values alike.
///
/// Names come from data: `<script>` in a name must print as those eight
/// characters, never run. The five characters that can end text or an
/// attribute are replaced by their references.
public enum HTMLEscape {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
