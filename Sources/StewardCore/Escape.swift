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

    /// A JSON text with every character that could hide or reorder text (C1 controls, bidi
    /// controls, zero-width characters; JSON already escapes C0) written as a `\uXXXX`
    /// escape. The data stays the same for any JSON parser; only the bytes a person might
    /// read (a terminal, a browser showing the API) become honest. Such characters can only
    /// occur inside JSON strings, where `\u` escapes are valid.
    public static func json(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }  // plain ASCII: nothing can hide in it
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value > 0x7F && isUnsafe(s, keepNewlines: true) {
                for unit in String(s).utf16 {
                    let hex = String(unit, radix: 16, uppercase: true)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                }
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
        return isInvisible(s)
    }

    /// Characters that print as nothing or reorder text: format characters (bidi controls,
    /// zero-width joiners, BOM, tag characters), line and paragraph separators, and the
    /// blank "filler" letters that render as empty space.
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            return true
        default:
            break
        }
        switch s.value {
        case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x180B...0x180F, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return true
        default:
            return s.properties.isDefaultIgnorableCodePoint
        }
    }
}
