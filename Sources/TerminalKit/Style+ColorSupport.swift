import TextLayout

// A style is plain layout; how it falls back on a terminal without colours is the terminal's
// business, so it lives here beside ``ColorSupport`` rather than with ``Style``.
extension Style {
    /// This style as drawn on a terminal with the given colour support.
    ///
    /// Without colours, a coloured background becomes reverse video and a coloured
    /// foreground becomes bold, so that nothing that was marked by colour alone disappears.
    public func resolved(for support: ColorSupport) -> Style {
        guard support == .monochrome else { return self }
        var attributes = self.attributes
        if background != .default {
            attributes.insert(.reverse)
        } else if foreground != .default {
            attributes.insert(.bold)
        }
        return Style(attributes: attributes)
    }
}
