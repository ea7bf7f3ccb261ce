/// How many terminal columns text takes, measured per grapheme cluster (a Swift `Character`),
/// as terminals draw it: East Asian Wide and Fullwidth characters (CJK, Hangul, kana,
/// fullwidth forms) and emoji take 2; combining marks and zero-width characters take 0;
/// the rest 1. Every column layout Steward prints (tables, padding) measures with this.
public enum DisplayWidth {
    /// The columns `text` takes on a terminal.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }  // printable ASCII: one each
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Emoji: shown as emoji by default, or asked for with VS16 (U+FE0F); a ZWJ sequence,
        // a flag or a skin tone is one cluster, so one emoji wide.
        if first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isWide(first.value) { return 2 }
        // A cluster made only of zero-width scalars (a lone combining mark, a zero-width space).
        if scalars.allSatisfy(isZeroWidth) { return 0 }
        return 1
    }

    /// Combining marks, format characters (zero-width space and joiners, BOM, bidi controls)
    /// and other default-ignorable code points.
    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return s.value == 0x200B || (0x1160...0x11FF).contains(s.value) || s.properties.isDefaultIgnorableCodePoint
        }
    }

    /// East Asian Width W or F (Unicode's EastAsianWidth.txt, grouped into ranges).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` followed by blanks up to `width` columns; text already as wide or wider is
    /// returned as it is (never cut).
    public static func pad(_ text: String, to width: Int) -> String {
        let w = of(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }

    /// The longest start of `text`, in whole grapheme clusters, that fits in `columns`
    /// display columns (a cell cut to a width: 40 columns are 20 CJK characters, not 40).
    public static func prefix(_ text: String, columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for i in text.indices {
            used += of(text[i])
            if used > columns { break }
            end = text.index(after: i)
        }
        return String(text[..<end])
    }

    /// Left-aligned columns two blanks apart, each as wide as its widest cell in display
    /// columns; the last column is not padded and no line ends in blanks. The cells are
    /// shown as given (escape them first).
    public static func columns(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = Array(repeating: 0, count: first.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], of(c)) } }
        return rows.map { r in
            var line = r.enumerated().map { i, c in i == r.count - 1 || i >= widths.count ? c : pad(c, to: widths[i]) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }  // an empty last column leaves no trailing blanks
            return line
        }.joined(separator: "\n")
    }
}
