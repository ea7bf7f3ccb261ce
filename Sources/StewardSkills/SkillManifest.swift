import Foundation
import StewardCore
import Yams

/// One thing `steward skills check` found, pointing at a file and line where it can.
public struct SkillProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        /// The skill is not valid: it is not offered to agents, and the default hook vetoes it.
        case error
        /// Valid, but something the person may want to fix (an unknown field, an empty body).
        case warning
        /// Content in a script that deserves the person's attention before approving.
        case risk
    }
    /// The file, relative to the skill's folder (`SKILL.md`, `scripts/run.sh`).
    public var file: String
    /// 1-based line in `file`, when the problem has one.
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int?, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    public var description: String {
        "\(Escape.inline(file))\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(Escape.inline(message))"
    }
}

/// A skill's `SKILL.md`: YAML front matter, then Markdown instructions (the Agent Skills
/// format, agentskills.io/specification).
public struct SkillManifest: Sendable, Hashable, Codable {
    public var name: String
    public var description: String
    public var license: String?
    public var compatibility: String?
    /// `allowed-tools`: space-separated in the format; commas and YAML lists are accepted too.
    public var allowedTools: [String]
    public var metadata: [String: String]
    /// The Markdown after the front matter.
    public var body: String

    public static let knownFields = ["name", "description", "license", "compatibility", "allowed-tools", "metadata"]
    public static let maxNameLength = 64
    public static let maxDescriptionLength = 1024
    public static let maxCompatibilityLength = 500

    /// Splits `allowed-tools` on spaces or commas, but not inside parentheses:
    /// `Bash(git add:*) Read, Grep` is three tools.
    static func splitTools(_ text: String) -> [String] {
        var tools: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            if depth == 0 && (ch == " " || ch == "," || ch == "\n" || ch == "\t") {
                if !current.isEmpty { tools.append(current) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { tools.append(current) }
        return tools
    }

    /// Why `name` is not a valid skill name, or nil when it is.
    public static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "'name' is empty" }
        if name.count > maxNameLength { return "'name' is \(name.count) characters; the limit is \(maxNameLength)" }
        if !name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            return "'name' may use only lowercase letters a-z, digits and '-' (got '\(Escape.inline(name))')"
        }
        if name.hasPrefix("-") || name.hasSuffix("-") { return "'name' may not start or end with '-' (got '\(name)')" }
        if name.contains("--") { return "'name' may not contain '--' (got '\(name)')" }
        return nil
    }

    /// Parses `SKILL.md` and checks it against the format. `folder` is the name of the folder
    /// it sits in, which `name` must equal (nil when unknown). Returns the manifest when there
    /// are no errors, and every problem found, each with its line.
    public static func parse(_ data: Data, folder: String?, file: String = "SKILL.md") -> (SkillManifest?, [SkillProblem]) {
        var problems: [SkillProblem] = []
        func error(_ line: Int?, _ message: String) { problems.append(SkillProblem(file: file, line: line, severity: .error, message: message)) }
        func warning(_ line: Int?, _ message: String) { problems.append(SkillProblem(file: file, line: line, severity: .warning, message: message)) }

        guard var text = String(data: data, encoding: .utf8) else {
            error(nil, "the file is not UTF-8 text")
            return (nil, problems)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func isFence(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespaces) == "---" }
        guard let first = lines.first, isFence(first) else {
            error(1, "SKILL.md must start with YAML front matter: a line '---', then 'name:' and 'description:', then a closing '---'")
            return (nil, problems)
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) || lines[$0] == "..." }) else {
            error(1, "the front matter opened on line 1 is never closed; add a line '---' after the last field")
            return (nil, problems)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        // YAML line k is file line k + 1.
        func fileLine(_ mark: Mark?) -> Int? { mark.map { $0.line + 1 } }

        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let e as YamlError {
            switch e {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                error(fileLine(mark), "the front matter is not valid YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                error(fileLine(context.mark), "the front matter repeats \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
            default:
                error(2, "the front matter is not valid YAML: \(e)")
            }
            return (nil, problems)
        } catch {
            problems.append(SkillProblem(file: file, line: 2, severity: .error, message: "the front matter is not valid YAML: \(error)"))
            return (nil, problems)
        }
        guard let root, case .mapping(let mapping) = root else {
            error(
                root.flatMap { fileLine($0.mark) } ?? 1, "the front matter must be a list of 'field: value' lines with at least name and description")
            return (nil, problems)
        }

        var name: String?
        var description: String?
        var license: String?
        var compatibility: String?
        var allowedTools: [String] = []
        var metadata: [String: String] = [:]
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let line = fileLine(keyNode.mark)
            guard let key = keyNode.string else {
                error(line, "a field name must be plain text")
                continue
            }
            if !seen.insert(key).inserted {
                error(line, "'\(Escape.inline(key))' is given twice")
                continue
            }
            func scalar(_ what: String) -> String? {
                guard case .scalar(let s) = value else {
                    error(fileLine(value.mark) ?? line, "'\(key)' must be \(what), not a list or a table")
                    return nil
                }
                return s.string
            }
            switch key {
            case "name":
                guard let v = scalar("text") else { continue }
                if let p = nameProblem(v) {
                    error(line, p)
                } else if let folder, v != folder {
                    error(line, "'name' is '\(Escape.inline(v))' but the folder is '\(Escape.inline(folder))'; they must be equal (rename one)")
                }
                name = v
            case "description":
                guard let v = scalar("text") else { continue }
                let trimmed = v.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty {
                    error(line, "'description' is empty; say what the skill does and when to use it")
                } else if v.count > maxDescriptionLength {
                    error(line, "'description' is \(v.count) characters; the limit is \(maxDescriptionLength)")
                }
                description = trimmed
            case "license":
                license = scalar("text")
            case "compatibility":
                guard let v = scalar("text") else { continue }
                if v.count > maxCompatibilityLength {
                    error(line, "'compatibility' is \(v.count) characters; the limit is \(maxCompatibilityLength)")
                }
                compatibility = v
            case "allowed-tools":
                switch value {
                case .scalar(let s):
                    allowedTools = splitTools(s.string)
                case .sequence(let seq):
                    for item in seq {
                        if case .scalar(let s) = item {
                            allowedTools.append(s.string)
                        } else {
                            error(fileLine(item.mark) ?? line, "each entry of 'allowed-tools' must be a tool name")
                        }
                    }
                default:
                    error(line, "'allowed-tools' must be a space-separated list of tool names")
                }
            case "metadata":
                guard case .mapping(let m) = value else {
                    error(fileLine(value.mark) ?? line, "'metadata' must be a table of 'key: value' lines (indented under it)")
                    continue
                }
                for (k, v) in m {
                    guard let ks = k.string, case .scalar(let vs) = v else {
                        error(fileLine(k.mark) ?? line, "every 'metadata' entry must map a name to a plain value")
                        continue
                    }
                    metadata[ks] = vs.string
                }
            default:
                warning(
                    line,
                    "unknown field '\(Escape.inline(key))' (the Agent Skills format defines \(knownFields.joined(separator: ", "))); Steward keeps it but does not use it"
                )
            }
        }
        if name == nil, !problems.contains(where: { $0.message.hasPrefix("'name'") }) {
            error(1, "the front matter has no 'name'; add 'name: \(folder ?? "my-skill")' (lowercase letters, digits and '-')")
        }
        if description == nil, !problems.contains(where: { $0.message.hasPrefix("'description'") }) {
            error(1, "the front matter has no 'description'; add one line saying what the skill does and when to use it")
        }
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            warning(close + 1, "there are no instructions after the front matter")
        } else if lines.count - close > 500 {
            warning(
                close + 2, "the instructions are \(lines.count - close - 1) lines; the format suggests under 500, with details moved to references/")
        }
        if problems.contains(where: { $0.severity == .error }) { return (nil, problems) }
        guard let name, let description else { return (nil, problems) }
        return (
            SkillManifest(
                name: name, description: description, license: license, compatibility: compatibility,
                allowedTools: allowedTools, metadata: metadata, body: body), problems
        )
    }
}
