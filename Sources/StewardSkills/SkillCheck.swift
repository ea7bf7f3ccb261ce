import Foundation
import StewardCore

/// One file of a skill folder, relative to the folder (`SKILL.md`, `scripts/run.sh`).
public struct SkillFile: Sendable, Hashable {
    public var path: String
    public var data: Data
    public var executable: Bool
    /// A symbolic link (only possible in a folder on disk; a workspace holds none).
    public var isLink: Bool

    public init(path: String, data: Data, executable: Bool = false, isLink: Bool = false) {
        self.path = path
        self.data = data
        self.executable = executable
        self.isLink = isLink
    }
}

/// What checking one skill folder found.
public struct SkillReport: Sendable, Hashable, Codable {
    /// The folder's name (which the skill's `name` must equal).
    public var folder: String
    /// The parsed `SKILL.md`, when it has no errors.
    public var manifest: SkillManifest?
    public var problems: [SkillProblem]
    public var files: [String]

    public var valid: Bool { manifest != nil && !problems.contains { $0.severity == .error } }
    public var errors: [SkillProblem] { problems.filter { $0.severity == .error } }
    public var risks: [SkillProblem] { problems.filter { $0.severity == .risk } }
}

public enum SkillCheck {
    /// The folders the format names; others are allowed but unusual.
    public static let knownFolders: Set<String> = ["scripts", "references", "assets"]

    /// Checks one skill folder: `SKILL.md` and its front matter, the files beside it, and the
    /// scripts' content for risks the person should look at. `problems` are what reading the
    /// folder already found (a file that could not be read); any error there makes it invalid.
    public static func check(folder: String, files: [SkillFile], problems found: [SkillProblem] = []) -> SkillReport {
        var problems = found
        var manifest: SkillManifest?
        if let nameProblem = SkillManifest.nameProblem(folder) {
            problems.append(
                SkillProblem(file: ".", line: nil, severity: .error, message: "the folder name is not a valid skill name: \(nameProblem)"))
        }
        if let skillMD = files.first(where: { $0.path == "SKILL.md" }) {
            if found.contains(where: { $0.file == "SKILL.md" && $0.severity == .error }) {
                // Already reported: it could not be read.
            } else if skillMD.isLink {
                problems.append(
                    SkillProblem(
                        file: "SKILL.md", line: nil, severity: .error,
                        message: "SKILL.md is a symbolic link; symbolic links are not allowed in skills (copy the file itself)"))
            } else {
                let (m, p) = SkillManifest.parse(skillMD.data, folder: folder)
                manifest = m
                problems += p
            }
        } else if files.contains(where: { $0.path.hasPrefix("SKILL.md/") }) {
            problems.append(
                SkillProblem(
                    file: "SKILL.md", line: nil, severity: .error, message: "SKILL.md is a folder, not a file; replace it with the file itself"))
        } else if let other = files.first(where: { $0.path.lowercased() == "skill.md" }) {
            problems.append(
                SkillProblem(
                    file: other.path, line: nil, severity: .error,
                    message: "the file must be named SKILL.md exactly (found \(Escape.inline(other.path)))"))
        } else {
            problems.append(
                SkillProblem(
                    file: "SKILL.md", line: nil, severity: .error,
                    message:
                        "there is no SKILL.md in this folder; a skill is a folder with a SKILL.md (front matter 'name' and 'description', then instructions)"
                ))
        }
        for f in files where f.path != "SKILL.md" {
            if f.isLink {
                problems.append(
                    SkillProblem(
                        file: f.path, line: nil, severity: .error,
                        message: "\(Escape.inline(f.path)) is a symbolic link; symbolic links are not allowed in skills (copy the file itself)"))
                continue
            }
            if f.path.hasPrefix("scripts/") || f.executable {
                problems += SkillRisks.scan(file: f.path, data: f.data)
            }
        }
        if problems.contains(where: { $0.severity == .error }) { manifest = nil }
        return SkillReport(folder: folder, manifest: manifest, problems: problems, files: files.map(\.path).sorted())
    }

    /// Reads a skill folder from disk (for `steward skills check PATH`, also outside any
    /// workspace). Links are reported, never followed; hidden files (`.git`, `.DS_Store`) are skipped.
    /// - Throws: `StewardError.notFound` / `.usage` naming the path.
    public static func load(folder path: String, maxFiles: Int = 2_000, maxBytes: Int = 50 << 20) throws -> [SkillFile] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw StewardError.notFound("there is no folder \(Escape.inline(path))")
        }
        guard isDir.boolValue else {
            throw StewardError.usage("\(Escape.inline(path)) is a file; give the skill's folder (the one holding SKILL.md)")
        }
        var files: [SkillFile] = []
        var total = 0
        func walk(_ dir: String, _ rel: String) throws {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            for name in names where !name.hasPrefix(".") {
                let full = dir + "/" + name
                let relPath = rel.isEmpty ? name : rel + "/" + name
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFLNK:
                    files.append(SkillFile(path: relPath, data: Data(), isLink: true))
                case S_IFDIR:
                    try walk(full, relPath)
                case S_IFREG:
                    total += Int(st.st_size)
                    if files.count >= maxFiles || total > maxBytes {
                        throw StewardError.refused(
                            "\(Escape.inline(path)) holds more than \(maxFiles) files or \(maxBytes >> 20) MiB; is it really one skill?")
                    }
                    let data = try Data(contentsOf: URL(fileURLWithPath: full))
                    files.append(SkillFile(path: relPath, data: data, executable: st.st_mode & 0o100 != 0))
                default:
                    continue
                }
            }
        }
        try walk(path, "")
        return files
    }
}

/// Content in skill scripts that the person should see before approving: network tools,
/// downloads piped into a shell, writes outside the script's folders, encoded blobs.
/// A heuristic, not a proof: it flags, the person judges.
public enum SkillRisks {
    struct Rule {
        let pattern: NSRegularExpression
        let message: String
    }

    static let rules: [Rule] = [
        (
            #"\b(curl|wget|fetch)\b[^\n|]*\|\s*(sudo\s+)?(ba|da|z|k)?sh\b|\b(curl|wget)\b[^\n|]*\|\s*(python3?|perl|ruby|node)\b"#,
            "downloads code and runs it (a download piped into a shell)"
        ),
        (
            #"(^|[\s;&|(`$])(curl|wget|nc|ncat|netcat|socat|ssh|scp|sftp|rsync|telnet|ftp)(\s|$)"#,
            "uses a network tool; scripts run with no network, and the person should know what it tries to reach"
        ),
        (
            #"/dev/(tcp|udp)/|\bimport\s+(socket|requests|urllib|httpx|aiohttp|http\.client)\b|\bfrom\s+(socket|requests|urllib|httpx|aiohttp|http)\b|\brequire\(\s*['"](https?|net|axios|node-fetch)['"]\s*\)"#,
            "opens network connections"
        ),
        (
            #"(>>?|\btee\s+(-a\s+)?|\b(cp|mv|install|ln)\s+(-\w+\s+)*\S+\s+)\s*(~|\$HOME|\$\{HOME\}|\.\./|/(?!dev/null|dev/stdout|dev/stderr|tmp/|out/|work/|skill/))"#,
            "writes outside the script's own folders (an absolute path, the home folder or '..')"
        ),
        (#"\brm\s+-\w*r\w*\s+(/|~|\$HOME)"#, "deletes folders outside the script's own"),
        (#"\b(base64\s+(-d|--decode)|b64decode|atob\(|xxd\s+-r|openssl\s+enc)\b"#, "decodes hidden content at run time"),
        (#"[A-Za-z0-9+/]{160,}={0,2}|(\\x[0-9a-fA-F]{2}){16,}"#, "contains a long encoded blob; what it decodes to cannot be reviewed"),
        (#"\beval\s+["'$`(]|\bexec\s*\(\s*(compile|base64|bytes|__import__)"#, "evaluates generated code"),
        // try!: constant patterns, each compiled by the tests.
    ].map { Rule(pattern: try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), message: $0.1) }

    /// The risks in one script, one per line and rule.
    public static func scan(file: String, data: Data) -> [SkillProblem] {
        // Binary files cannot be reviewed as text at all.
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            return [
                SkillProblem(
                    file: file, line: nil, severity: .risk,
                    message: "is not text, so it cannot be reviewed; a skill's scripts should be source the person can read")
            ]
        }
        var found: [SkillProblem] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let s = String(line)
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#!") || trimmed.isEmpty { continue }
            let range = NSRange(s.startIndex..., in: s)
            for rule in rules where rule.pattern.firstMatch(in: s, range: range) != nil {
                found.append(
                    SkillProblem(file: file, line: i + 1, severity: .risk, message: "\(rule.message): \(Escape.inline(String(trimmed.prefix(120))))"))
            }
        }
        return found
    }
}
