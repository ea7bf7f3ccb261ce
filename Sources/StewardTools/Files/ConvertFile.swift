import Foundation
import StewardCore
import StewardJSON

/// `convert_file`: a new file in another format, by the two paths' extensions: CSV to a
/// Markdown table (`.csv` to `.md`), a Markdown table to CSV (`.md` to `.csv`), a Markdown
/// list to JSON (`.md` to `.json`: one object for a list of "name: value" items, else an
/// array of strings; a file with a table and no list, its rows as objects), JSON records to
/// CSV or a Markdown table, CSV to JSON records (`ConvertFile+records`), a vCard file's
/// contacts to any of those (`ConvertFile+vcard`), a `.txt` of "key: value" blocks to any of
/// those (`ConvertFile+blocks`), an INI file's `[sections]`, YAML records or a TOML array of
/// tables to any of those (`ConvertFile+ini`, `+yaml`, `+toml`); and any of those records to a
/// YAML list of mappings (`ConvertFile+yaml`).
/// Done by code, not by
/// a model copying cell by cell.
public enum ConvertFile: Tool {
    public static let name = "convert_file"
    public struct Arguments: Decodable, Sendable {
        public var from: String
        public var to: String
        /// "lists": a Markdown list's "name: a, b and c" values become arrays (`.md` to `.json`).
        public var values: String?
        /// A Markdown list to CSV: the header's names, comma-separated ("location, type, date");
        /// each item a row, its "name:" the first cell and its comma-separated parts the others.
        public var columns: String?
    }

    public static let definition = ToolDefinition(
        name: name,
        description:
            "Convert a file: .csv to a Markdown table .md or to .json, a Markdown table .md to .csv, a Markdown list .md to .json, .json records to .csv or a Markdown table .md, or a .vcf of contacts, a .txt of \"key: value\" blocks, an .ini of [sections], .yaml records, a .toml array of tables or a .log of key=value lines to .csv, .md or .json; any of those records to a .yaml list.",
        parameters: .object([
            "type": "object",
            "properties": .object([
                "from": .object(["type": "string", "description": "the file to convert"]),
                "to": .object(["type": "string", "description": "the new file"]),
                "values": .object([
                    "type": "string", "enum": .array(["lists"]),
                    "description": "lists: each value of a \"name: a, b\" list as an array (.md to .json)",
                ]),
                "columns": .object([
                    "type": "string", "description": "a Markdown list to .csv: the header's names, comma-separated (\"location, type, date\")",
                ]),
            ]),
            "required": .array(["from", "to"]), "additionalProperties": .bool(false),
        ]))

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.to)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let data = try await context.workspace.readFile(a.from, in: await context.readingProposal())
        guard let text = String(data: data, encoding: .utf8) else { return ToolOutcome(ok: false, text: "error: \(a.from) is not text") }
        let converted: String
        switch extensions(a.from, a.to) {
        case ("csv", "md"): converted = table(rows: rows(csv: text))
        case ("csv", "json"):
            guard let records = json(rows: rows(csv: text)) else {
                return ToolOutcome(
                    ok: false, text: "error: \(Escape.inline(a.from)) has no header line and rows, so there are no records to write as JSON")
            }
            converted = records
        case ("md", "json"):
            // A file with a table and no list is its rows ("turn the table into JSON").
            let listed = items(markdown: text)
            let lists = a.values == "lists"
            converted =
                listed.isEmpty
                ? tableRows(markdown: text).flatMap { json(rows: $0) } ?? json(items: listed, lists: lists) : json(items: listed, lists: lists)
        case ("json", "csv"), ("json", "md"):
            guard let rows = rows(json: text) else {
                return ToolOutcome(
                    ok: false,
                    text:
                        "error: \(Escape.inline(a.from)) is not JSON records (an array of objects, or one object), so there are no rows to write; read the file and use write_file"
                )
            }
            converted = extensions(a.from, a.to).1 == "csv" ? csv(rows: rows) : table(rows: rows)
        case ("vcf", "csv"), ("vcf", "md"), ("vcf", "json"), ("txt", "csv"), ("txt", "md"), ("txt", "json"), ("ini", "csv"), ("ini", "md"),
            ("ini", "json"), ("yaml", "csv"), ("yaml", "md"), ("yaml", "json"), ("toml", "csv"), ("toml", "md"), ("toml", "json"), ("log", "csv"),
            ("log", "md"), ("log", "json"):
            guard let rows = rows(of: a.from, text: text) else {
                let why =
                    switch extensions(a.from, a.to).0 {
                    case "vcf": "has no vCard (BEGIN:VCARD … END:VCARD), so there are no contacts to write"
                    case "ini": "has fewer than two [sections] of \"key = value\" lines, so there are no records to write"
                    case "yaml": "is not YAML records (a list of two mappings or more, or a mapping holding one), so there are no rows to write"
                    case "toml": "is not TOML records (an array of two tables or more, [[name]]), so there are no rows to write"
                    case "log": "is not lines of key=value fields (two lines or more, the same keys on each), so there are no rows to write"
                    default:
                        "is not blocks of \"key: value\" lines with a blank line between them, nor lines of key=value fields, so there are no records to write"
                    }
                return ToolOutcome(ok: false, text: "error: \(Escape.inline(a.from)) \(why); read the file and use write_file")
            }
            let to = extensions(a.from, a.to).1
            converted = to == "csv" ? csv(rows: rows) : to == "md" ? table(rows: rows) : json(rows: rows) ?? ""
        case ("md", "csv"):
            // A list, with the header's names given: a row an item (`ConvertFile+markdown`).
            if let columns = a.columns.map(parts), !columns.isEmpty, tableRows(markdown: text) == nil {
                let listed = items(markdown: text)
                guard !listed.isEmpty else {
                    return ToolOutcome(
                        ok: false,
                        text:
                            "error: \(Escape.inline(a.from)) has no Markdown list (\"- \" lines) or table, so there are no rows to write; read the file and use write_file"
                    )
                }
                converted = csv(rows: [columns] + listed.map { cells(item: $0, count: columns.count) })
                break
            }
            guard let rows = tableRows(markdown: text) else {
                return ToolOutcome(
                    ok: false,
                    text:
                        "error: \(Escape.inline(a.from)) has no Markdown table (a header line like | a | b |, then |---|---|), so there is nothing to write as CSV; a Markdown list converts with \"columns\" (the header's names, comma-separated), else read the file and use write_file"
                )
            }
            converted = csv(rows: rows)
        case (_, "yaml"), (_, "yml"):
            // Any records it reads as a YAML list of mappings (fresh33 3412: a CSV of direct
            // debits for a budgeting tool that reads YAML).
            guard let rows = rows(of: a.from, text: text), let records = yaml(rows: rows) else {
                return ToolOutcome(
                    ok: false,
                    text:
                        "error: \(Escape.inline(a.from)) has no records convert_file reads (a header line and rows, JSON records, a Markdown table, …), so there is nothing to write as YAML; read the file and use write_file"
                )
            }
            converted = records
        default:
            let (from, to) = extensions(a.from, a.to)
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(name) converts .csv to .md (a Markdown table) or .json, a Markdown table .md to .csv, a Markdown list .md to .json, .json records to .csv or .md, and a .vcf of contacts, a .txt of \"key: value\" blocks, an .ini of [sections], .yaml records, a .toml array of tables or a .log of key=value lines to .csv, .md or .json, and any of those records to a .yaml list, not .\(from) to .\(to); for anything else, use write_file"
            )
        }
        return try await context.changed(
            [.write(path: a.to, content: Data(converted.utf8), executable: false)], tool: name,
            "converted \(Escape.inline(a.from)) to \(Escape.inline(a.to)):\n" + converted.split(separator: "\n").prefix(6).joined(separator: "\n"))
    }

    /// Whether this tool converts `from` to `to` (by their extensions).
    public static func converts(_ from: String, _ to: String) -> Bool {
        [
            ["csv", "md"], ["csv", "json"], ["md", "csv"], ["md", "json"], ["json", "csv"], ["json", "md"], ["vcf", "csv"], ["vcf", "md"],
            ["vcf", "json"], ["txt", "csv"], ["txt", "md"], ["txt", "json"], ["ini", "csv"], ["ini", "md"], ["ini", "json"],
            ["yaml", "csv"], ["yaml", "md"], ["yaml", "json"], ["toml", "csv"], ["toml", "md"], ["toml", "json"], ["log", "csv"], ["log", "md"],
            ["log", "json"],
        ]
        .contains {
            $0 == [extensions(from, to).0, extensions(from, to).1]
        }
            || (["yaml", "yml"].contains(extensions(from, to).1)
                && ["csv", "json", "md", "vcf", "txt", "log", "ini", "yaml", "toml"].contains(extensions(from, to).0))
    }

    static func extensions(_ from: String, _ to: String) -> (String, String) {
        func ext(_ p: String) -> String { p.contains(".") ? p.split(separator: ".").last.map { $0.lowercased() } ?? "" : "" }
        // A tab-separated file is read as CSV is (`separator(of:)` finds its tabs).
        // A `.yml` is YAML.
        let read = ["tsv": "csv", "yml": "yaml"][ext(from)] ?? ext(from)
        return (read, ext(to))
    }

    /// A Markdown table of rows, the first the header; a `|` in a cell is escaped.
    public static func table(rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        let width = rows.map(\.count).max() ?? header.count
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return ([line(header), "|" + Array(repeating: "---|", count: width).joined()] + rows.dropFirst().map(line)).joined(separator: "\n") + "\n"
    }

    /// The fields of one CSV line (RFC 4180 quotes, trimmed), split at `separator`.
    static func fields(_ line: String, separator: Character = ",") -> [String] {
        var out: [String] = []
        var field = ""
        var quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if c == "\"" {
                quoted.toggle()
            } else if c == separator && !quoted {
                out.append(field.trimmingCharacters(in: .whitespaces))
                field = ""
            } else {
                field.append(c)
            }
        }
        out.append(field.trimmingCharacters(in: .whitespaces))
        return out
    }

    /// The items of a Markdown list (`- `, `* `, `+ ` or `N. ` lines).
    static func items(markdown: String) -> [String] {
        markdown.split(separator: "\n").compactMap { line in
            let l = line.trimmingCharacters(in: .whitespaces)
            guard let marker = ListMarker.of(l) else { return nil }
            switch marker {
            case .bullet(let b): return String(l.dropFirst(b.count))
            case .number(let n): return String(l.dropFirst("\(n). ".count))
            }
        }
    }
}
