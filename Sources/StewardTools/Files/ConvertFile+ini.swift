import Foundation

/// Records written as an INI file: a `[section]` per record and its `key = value` lines, as
/// settings and schedules are often kept ("[monstera]", "room = living room",
/// "water_every_days = 10": fresh27 2812, where `convert_file` refused the `.ini` and the 0.5B
/// model wrote JSON of its own with the days as strings).
extension ConvertFile {
    /// The sections of INI `text` as rows, the header first: "name" (or "section" when a key is
    /// called "name") for each section's name, then the keys in the order the text first has
    /// them; a section without a key has an empty cell. A line starting ";" or "#" is a comment
    /// (a commented-out section is no record); keys before the first section are settings, not
    /// records. A value's quotes are taken off. Nil unless there are two sections or more, each
    /// line in one is `key = value` (or `key: value`), and no key is in a section twice.
    public static func rows(ini text: String) -> [[String]]? {
        var sections: [(name: String, fields: [(key: String, value: String)])] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix(";") || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { return nil }
                sections.append((name, []))
                continue
            }
            guard let sign = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return nil }
            let key = line[..<sign].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: sign)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, "\"'".contains(q), value.last == q { value = String(value.dropFirst().dropLast()) }
            guard !key.isEmpty else { return nil }
            // Before the first section: a setting of the whole file.
            guard !sections.isEmpty else { continue }
            guard !sections[sections.count - 1].fields.contains(where: { $0.key == key }) else { return nil }
            sections[sections.count - 1].fields.append((key, value))
        }
        guard sections.count >= 2 else { return nil }
        var keys: [String] = []
        for section in sections { for (key, _) in section.fields where !keys.contains(key) { keys.append(key) } }
        let nameKey = keys.contains("name") ? "section" : "name"
        return [[nameKey] + keys]
            + sections.map { section in [section.name] + keys.map { key in section.fields.first { $0.key == key }?.value ?? "" } }
    }
}
