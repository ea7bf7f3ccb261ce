import Foundation
import StewardCore
import StewardSandbox

/// The skills on `main` (a skill exists once its proposal is approved), or in a proposal's
/// tree when checking it. Agents are offered only the valid ones.
public struct SkillRegistry: Sendable {
    /// Every folder under `skills/`, checked.
    public let reports: [SkillReport]

    /// The valid skills, by name.
    public var usable: [SkillManifest] { reports.filter(\.valid).compactMap(\.manifest) }

    /// Reads every skill folder's `SKILL.md` and scripts from `main` (or from pending proposal N).
    public static func load(from ws: Workspace, proposal: Int? = nil) async throws -> SkillRegistry {
        let all = try await ws.listFiles(under: "skills", proposal: proposal)
        var byFolder: [String: [WorkspaceFile]] = [:]
        for f in all {
            let parts = f.path.split(separator: "/", maxSplits: 2).map(String.init)
            guard parts.count == 3 else { continue }  // skills/README.md and the like
            byFolder[parts[1], default: []].append(f)
        }
        var reports: [SkillReport] = []
        for folder in byFolder.keys.sorted() {
            reports.append(try await check(folder: folder, listed: byFolder[folder] ?? [], in: ws, proposal: proposal))
        }
        return SkillRegistry(reports: reports)
    }

    /// The report for skill `name`.
    /// - Throws: `StewardError.notFound` listing the skills there are.
    public func report(_ name: String) throws -> SkillReport {
        if let r = reports.first(where: { $0.folder == name }) { return r }
        let names = reports.map(\.folder)
        throw StewardError.notFound(
            "there is no skill '\(Escape.inline(name))' on main"
                + (names.isEmpty ? " (there are no skills yet)" : "; there are: \(names.joined(separator: ", "))"))
    }

    /// A valid skill's manifest.
    /// - Throws: `.notFound`, or `.refused` naming the first error when the skill is invalid.
    public func skill(_ name: String) throws -> SkillManifest {
        let r = try report(name)
        guard r.valid, let m = r.manifest else {
            throw StewardError.refused(
                "skill '\(Escape.inline(name))' is not valid, so it is not used: \(r.errors.first?.description ?? "no SKILL.md"); run 'steward skills check \(name)'"
            )
        }
        return m
    }

    /// Every file of skill `name` with its content, for running it or handing it to an agent.
    public static func files(of name: String, in ws: Workspace, proposal: Int? = nil) async throws -> [SkillFile] {
        let listed = try await ws.listFiles(under: "skills/" + name, proposal: proposal)
        var files: [SkillFile] = []
        for f in listed {
            files.append(
                SkillFile(
                    path: String(f.path.dropFirst("skills/".count + name.count + 1)), data: try await ws.readFile(f.path, proposal: proposal),
                    executable: f.executable))
        }
        return files
    }

    /// The most a skill's `SKILL.md` or one of its scripts may hold to be read for checking.
    public static let maxCheckedFileBytes = 10 << 20

    /// Checks one folder. What cannot be read — a symbolic link, a submodule, a file too big,
    /// a read that fails — makes this skill invalid with the path and the reason; it never
    /// stops the registry, so the other skills are still listed and used.
    static func check(folder: String, listed: [WorkspaceFile], in ws: Workspace, proposal: Int?) async throws -> SkillReport {
        let prefix = "skills/\(folder)/"
        var files: [SkillFile] = []
        var problems: [SkillProblem] = []
        for f in listed {
            let rel = String(f.path.dropFirst(prefix.count))
            switch f.kind {
            case .link:
                files.append(SkillFile(path: rel, data: Data(), executable: false, isLink: true))
                continue
            case .submodule:
                problems.append(
                    SkillProblem(
                        file: rel, line: nil, severity: .error,
                        message: "\(Escape.inline(rel)) is a submodule (another repository); a skill's files must be files of this repository"))
                files.append(SkillFile(path: rel, data: Data()))
                continue
            case .file: break
            }
            // Only what checking needs is read: SKILL.md and the scripts (for risks).
            let needed = rel == "SKILL.md" || rel.lowercased() == "skill.md" || rel.hasPrefix("scripts/") || f.executable
            var data = Data()
            if needed {
                if f.size > maxCheckedFileBytes {
                    problems.append(
                        SkillProblem(
                            file: rel, line: nil, severity: .error,
                            message:
                                "\(Escape.inline(rel)) is \(f.size) bytes; a skill's SKILL.md and scripts may hold at most \(maxCheckedFileBytes) bytes"
                        ))
                } else {
                    do {
                        data = try await ws.readFile(f.path, proposal: proposal)
                    } catch let e as StewardError {
                        problems.append(
                            SkillProblem(file: rel, line: nil, severity: .error, message: "\(Escape.inline(rel)) cannot be read: \(e.message)"))
                    }
                }
            }
            files.append(SkillFile(path: rel, data: data, executable: f.executable))
        }
        return SkillCheck.check(folder: folder, files: files, problems: problems)
    }

    /// The skill folders a proposal touches (`skills/NAME/...` paths).
    public static func folders(touchedBy paths: [String]) -> [String] {
        Array(
            Set(
                paths.compactMap { p -> String? in
                    let parts = p.split(separator: "/", maxSplits: 2).map(String.init)
                    return parts.count == 3 && parts[0] == "skills" ? parts[1] : nil
                })
        ).sorted()
    }
}
