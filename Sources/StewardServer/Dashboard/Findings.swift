import Foundation
import StewardCore
import StewardSandbox
import StewardSkills

/// What the proposal page lists next to Approve: a dry run of `main`'s pre-merge hooks
/// (`Workspace.preMergeDryRun`: the veto or breakage approval would meet, and the hooks'
/// notes) and the skill check of every skill the proposal touches (errors and flagged risks,
/// what the default `pre-merge-skill-check` hook judges).
struct Findings: Sendable {
    struct Item: Sendable {
        /// Where it comes from: `pre-merge hooks`, `skills/NAME`.
        var source: String
        /// `veto`, `error` or `risk` (approval meets it), `note` (said while allowing).
        var severity: String
        var text: String
    }
    var items: [Item]
    /// The pre-merge hooks that judged it (in order) and the skills checked.
    var hooks: [String]
    var skills: [String]

    /// Runs the hooks and the skill check for pending proposal N as it is now.
    /// - Throws: what the workspace and the skill registry throw.
    static func compute(_ ws: Workspace, _ n: Int, files: [ChangedFile]) async throws -> Findings {
        let run = try await ws.preMergeDryRun(n)
        var items = run.refusal.map { [Item(source: "pre-merge hooks", severity: "veto", text: $0)] } ?? []
        items += run.notes.map { Item(source: "pre-merge hooks", severity: "note", text: $0) }
        let touched = SkillRegistry.folders(touchedBy: files.flatMap { [$0.path] + ($0.oldPath.map { [$0] } ?? []) })
        var skills: [String] = []
        if !touched.isEmpty {
            let registry = try await SkillRegistry.load(from: ws, proposal: n)
            // A folder without SKILL.md is not a skill (as `steward skills check --proposal`).
            for r in registry.reports where touched.contains(r.folder) && r.files.contains(where: { $0.lowercased() == "skill.md" }) {
                skills.append(r.folder)
                items += r.problems.filter { $0.severity != .warning }.map {
                    Item(source: "skills/\(r.folder)", severity: $0.severity.rawValue, text: $0.description)
                }
            }
        }
        return Findings(items: items, hooks: run.hooks, skills: skills)
    }
}

/// The findings of each proposal head, computed once (hooks are processes; a page view must
/// not start them). Kept in the server's memory, keyed by the proposal's head and `main`'s tip:
/// the hooks and the skill rules are `main`'s, so a new head or a new `main` is judged again,
/// and nothing else is. Not in the store: it caches git and must be rebuildable from it, while
/// these are what programs said at one moment (a restart runs them again, once). At most
/// `capacity` heads are kept, the oldest dropped first.
actor FindingsCache {
    static let capacity = 128
    private var entries: [String: Task<Findings, any Error>] = [:]
    private var order: [String] = []
    /// How many times findings were computed (tests count hook runs against it).
    private(set) var computed = 0

    /// The findings for `head` on `main`, from `compute` the first time (two views at once
    /// share one run). A failed run is not kept: the next view tries again.
    func findings(head: String, main: String, compute: @escaping @Sendable () async throws -> Findings) async throws -> Findings {
        let key = head + " " + main
        if let known = entries[key] { return try await known.value }
        computed += 1
        let task = Task { try await compute() }
        entries[key] = task
        order.append(key)
        if order.count > Self.capacity { entries[order.removeFirst()] = nil }
        do {
            return try await task.value
        } catch {
            entries[key] = nil
            order.removeAll { $0 == key }
            throw error
        }
    }
}
