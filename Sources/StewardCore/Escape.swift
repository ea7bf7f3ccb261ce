import StewardJSON

/// Escaping for everything Steward shows a reviewer, so titles, paths and diffs cannot hide
/// text with terminal escape sequences, carriage returns or bidirectional overrides.
public enum Escape {
    /// One line: every control character (newlines too) and every bidi/invisible formatting
    /// character becomes a visible escape such as `\x1b` or `\u{202E}`.
    public static func inline(_ text: String) -> String {
        escape(text, keepNewlines: false)
    }

    /// Multi-line text such as a diff: newlines and tabs stay, everything else is escaped.
    public static func block(_ text: String) -> String {
        escape(text, keepNewlines: true)
    }

    private static func escape(_ text: String, keepNewlines: Bool) -> String {
        var needs = false
        for s in text.unicodeScalars where isUnsafe(s, keepNewlines: keepNewlines) {
            _ = s
            needs = true
            break
        }
        if !needs { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isUnsafe(s, keepNewlines: keepNewlines) {
                let hex = String(s.value, radix: 16)
                let esc = s.value <= 0xFF ? "\\x" + (hex.count == 1 ? "0" + hex : hex) : "\\u{" + hex.uppercased() + "}"
                out.append(contentsOf: esc.unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    public static func isUnsafe(_ s: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        let v = s.value
        if keepNewlines && (v == 0x0A || v == 0x09) { return false }
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        return s.isInvisible
    }
}
