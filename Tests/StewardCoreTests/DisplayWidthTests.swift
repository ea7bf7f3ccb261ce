import StewardCore
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("", 0),
        ("日本語", 6), ("한국어", 6), ("ＡＢ", 4),  // CJK ideographs, Hangul syllables, fullwidth forms: 2 each
        ("🎉", 2), ("👍🏽", 2), ("🇫🇷", 2),  // emoji presentation, with a skin tone, a flag
        ("👨‍👩‍👧", 2),  // a ZWJ family: one grapheme, two columns
        ("❤️", 2), ("1️⃣", 2), ("☺︎", 1),  // text characters with VS16 are emoji; with VS15 text
        ("e\u{301}", 1), ("Cafe\u{301}", 4), ("\u{301}", 0),  // combining marks add nothing
        ("a\u{200B}b", 2), ("\u{FEFF}", 0),  // zero-width space, BOM
    ])
    func width(_ c: (String, Int)) {
        #expect(DisplayWidth.of(c.0) == c.1, "\(c.0.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    /// The display column at which each column of each line starts.
    static func starts(_ line: String) -> [Int] {
        var out: [Int] = []
        var col = 0
        var blanks = 0
        for ch in line {
            if ch == " " {
                blanks += 1
            } else {
                if col == 0 && out.isEmpty || blanks >= 2 { out.append(col) }
                blanks = 0
            }
            col += DisplayWidth.of(String(ch))
        }
        return out
    }

    @Test func tableColumnsLineUpWithWideAndCombiningTitles() {
        let rows = [
            ["#", "TITLE", "STATE", "AGE"],
            ["1", "plain title", "pending", "3m"],
            ["2", "会議の議事録", "pending", "1h"],
            ["3", "release 🎉 party", "approved", "2d"],
            ["4", "cafe\u{301} menu", "rejected", "5d"],
            ["5", "한국어 메모", "pending", "9d"],
        ]
        let lines = DisplayWidth.columns(rows).split(separator: "\n").map(String.init)
        #expect(lines.count == rows.count)
        let expected = Self.starts(lines[0])
        #expect(expected.count == 4)
        for line in lines { #expect(Self.starts(line) == expected, "\(line)") }
        // Padding fills to the widest cell exactly: the widest title is 16 columns ("release 🎉 party").
        #expect(expected == [0, 3, 21, 31])
    }

    @Test func padFillsToDisplayWidth() {
        #expect(DisplayWidth.pad("日本", to: 6) == "日本  ")
        #expect(DisplayWidth.pad("e\u{301}", to: 3) == "e\u{301}  ")
        #expect(DisplayWidth.pad("toolong", to: 3) == "toolong")  // never cut
    }

    @Test func prefixCutsToDisplayColumnsInWholeGraphemes() {
        #expect(DisplayWidth.prefix("abcdef", columns: 4) == "abcd")
        #expect(DisplayWidth.prefix("日本語です", columns: 4) == "日本")
        #expect(DisplayWidth.prefix("日本語です", columns: 5) == "日本")  // half a wide character is none
        #expect(DisplayWidth.prefix("e\u{301}e\u{301}x", columns: 2) == "e\u{301}e\u{301}")
        #expect(DisplayWidth.prefix("👨‍👩‍👧ab", columns: 3) == "👨‍👩‍👧a")
        #expect(DisplayWidth.prefix("ab", columns: 10) == "ab")
    }
}
