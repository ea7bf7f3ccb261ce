import Foundation
import StewardCore

/// The password for a database URL, found as libpq finds it (spec 23.1): `PGPASSWORD`; else the
/// file `PGPASSFILE` names, else `~/.pgpass`: its first line `HOST:PORT:DATABASE:USER:PASSWORD`
/// that matches (`*` matches anything, `\:` and `\\` are a `:` and a `\`). A file that its group
/// or others can read is not used, and a note says so. Never from the URL or `steward.toml`.
public enum PostgresPassword {
    /// The password, or nil; `notes` gets one line when a password file was skipped.
    public static func find(for url: DatabaseURL, environment: [String: String], home: String?, notes: inout [String]) -> String? {
        if let p = environment["PGPASSWORD"], !p.isEmpty { return p }
        let file = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? home.map { $0 + "/.pgpass" }
        guard let file, let text = readPrivate(file, notes: &notes) else { return nil }
        let wanted = [url.passwordHost, String(url.port), url.database, url.user]
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The file's text when only its owner may read it; nil (and a note) otherwise.
    static func readPrivate(_ path: String, notes: inout [String]) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            notes.append(
                "note: \(Escape.inline(path)) is not used: its group or others can read it (mode \(String(mode, radix: 8))); make it yours alone with 'chmod 600 \(Escape.inline(path))'"
            )
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A `.pgpass` line's fields: split at `:` that is not escaped, `\x` read as `x`.
    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for c in line {
            if escaped {
                current.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}
