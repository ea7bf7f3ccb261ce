extension Unicode.Scalar {
    /// Characters that print as nothing or reorder text: format characters (bidi controls,
    /// zero-width joiners, BOM, tag characters), line and paragraph separators, and the
    /// blank "filler" letters that render as empty space. JSON answers write them as `\uXXXX`
    /// (``PrettyJSON``); `Escape` shows them to a reviewer; path rules refuse them.
    public var isInvisible: Bool {
        switch properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            return true
        default:
            break
        }
        switch value {
        case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x180B...0x180F, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return true
        default:
            return properties.isDefaultIgnorableCodePoint
        }
    }
}
