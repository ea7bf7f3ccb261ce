import Foundation

// The text of a fetched page: HTML to visible text, character references decoded.

extension URLFetcher {
    /// Visible text of an HTML page: scripts, styles and tags removed, character references
    /// decoded (once: `&amp;lt;` is the text `&lt;`), blank runs collapsed. CR and CRLF end
    /// lines; control characters, raw or written as references, become U+FFFD.
    static func htmlToText(_ html: String) -> String {
        var s = html.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for tag in ["script", "style", "noscript", "svg", "head"] {
            while let open = s.range(of: "<\(tag)", options: .caseInsensitive),
                let close = s.range(of: "</\(tag)>", options: .caseInsensitive, range: open.upperBound..<s.endIndex)
            {
                s.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        for block in ["</p>", "<br>", "<br/>", "<br />", "</li>", "</h1>", "</h2>", "</h3>", "</tr>", "</div>"] {
            s = s.replacingOccurrences(of: block, with: "\n", options: .caseInsensitive)
        }
        var out = ""
        var inTag = false
        for c in s {
            if c == "<" {
                inTag = true
                continue
            }
            if c == ">" && inTag {
                inTag = false
                continue
            }
            if !inTag { out.append(c) }
        }
        out = decodeEntities(out)
        return out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Named references decoded (the common ones; others stay as text).
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "minus": "−",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "bull": "•", "middot": "·", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "micro": "µ",
        "para": "¶", "sect": "§", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "iexcl": "¡", "iquest": "¿",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
        "infin": "∞", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "dagger": "†", "Dagger": "‡",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "aacute": "á", "agrave": "à", "acirc": "â", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ccedil": "ç", "ntilde": "ñ", "Eacute": "É", "Ccedil": "Ç", "Ntilde": "Ñ",
    ]

    /// Windows-1252 for references to 0x80–0x9F, as the HTML standard reads them.
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02C6,
        0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C,
        0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
        0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// A character a page may put in the text: not a control (tab and newline aside) and
    /// not a surrogate; anything else is U+FFFD.
    static func displayable(_ v: UInt32) -> Unicode.Scalar {
        if v == 0x09 || v == 0x0A { return Unicode.Scalar(v)! }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return "\u{FFFD}" }
        return Unicode.Scalar(v) ?? "\u{FFFD}"  // nil for surrogates and past U+10FFFF
    }

    /// Character references decoded in one pass over the text, so what one produces is never
    /// read again: `&name;`, `&#DDD;`, `&#xHHH;`. Unknown names and malformed references stay
    /// as text; numbers that are no character (0, surrogates, past U+10FFFF) or a control
    /// become U+FFFD. Raw control characters become U+FFFD too.
    static func decodeEntities(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard c == "&" else {
                out.append(displayable(c.value))
                i += 1
                continue
            }
            // The longest reference worth reading: a name or up to 8 digits after `&#x`.
            var j = i + 1
            while j < scalars.count, j - i <= 33, scalars[j] != ";", scalars[j] != "&", !scalars[j].properties.isWhitespace { j += 1 }
            guard j < scalars.count, scalars[j] == ";", j > i + 1 else {
                out.append(c)
                i += 1
                continue
            }
            let body = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
            var decoded: String.UnicodeScalarView?
            if body.hasPrefix("#") {
                let hex = body.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
                let digits = body.dropFirst(hex ? 2 : 1)
                if !digits.isEmpty, digits.allSatisfy({ hex ? $0.isHexDigit : ("0"..."9").contains($0) }) {
                    // Too many digits is out of range, not an overflow.
                    let v = digits.count > 8 ? nil : UInt32(digits, radix: hex ? 16 : 10)
                    let mapped = v.map { windows1252[$0] ?? $0 } ?? 0
                    decoded = String.UnicodeScalarView([displayable(mapped)])
                }
            } else if let named = namedEntities[body] {
                decoded = named.unicodeScalars
            }
            if let decoded {
                out.append(contentsOf: decoded)
                i = j + 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }
}
