import HanoutDomain

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

    /// A printable page showing `text` as it is, escaped, in a `<pre>`: the
    /// documents whose paper copy is the text itself (a ranking, minutes to
    /// sign, a letter, a list), so the HTML is laid out as the paper is.
    /// `style` is the page's CSS.
    public static func preformattedPage(
        title: String, text: String, language: Language, style: String
    ) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>\(style)</style></head>
        <body><pre>\(escape(text))</pre></body></html>

        """
    }
}
