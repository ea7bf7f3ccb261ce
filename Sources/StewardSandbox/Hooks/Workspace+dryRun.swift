import Foundation
import StewardCore
import StewardGit

/// What `main`'s pre-merge hooks said about a proposal's head without approving it.
public struct PreMergeDryRun: Sendable, Hashable {
    /// The proposal head and the `main` commit the hooks judged (the hooks are `main`'s).
    public var head: String
    public var main: String
    /// The pre-merge hooks on `main`, in the order they run.
    public var hooks: [String]
    /// What the first refusing hook said (a veto or a broken hook), as approval would say it;
    /// nil when every hook allowed. Hooks after a refusing one do not run, as in approval.
    public var refusal: String?
    /// What hooks said while allowing.
    public var notes: [String]
}

extension Workspace {
    /// Runs `main`'s pre-merge hooks on pending proposal N as approval would (the same event,
    /// base to head, in name order) but merges nothing, and says what they decided. Hooks get
    /// `STEWARD_DRY_RUN=1` (and no `STEWARD_ACCEPT_RISKS`), so one that must not act twice can
    /// tell. Costly (each hook is a process): callers cache it by `head` and `main`.
    /// - Throws: `StewardError` `.notFound`, `.conflict` (not pending).
    public func preMergeDryRun(_ n: Int) throws -> PreMergeDryRun {
        let r = try repo
        let info = try proposal(n, withStats: false)
        guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)), let base = info.base.flatMap(ObjectID.init(hex:)) else {
            throw Self.notPending(info, action: "check")
        }
        let tip = try mainTip()
        let mainTree = try r.commitInfo(tip).tree
        let hooks = try hooks(for: .preMerge, in: mainTree).map(\.0)
        var result = PreMergeDryRun(head: head.hex, main: tip.hex, hooks: hooks, refusal: nil, notes: [])
        if hooks.isEmpty { return result }
        let changes = try r.changes(from: try r.commitInfo(base).tree, to: try r.commitInfo(head).tree)
        let event = HookEvent(
            event: HookEventName.preMerge.rawValue, proposal: n, title: info.title, agent: info.agent, approver: "dry run",
            base: base.hex, head: head.hex, files: try hookFiles(changes))
        do {
            result.notes = try runHooks(
                .preMerge, payload: event.jsonValue, proposal: n, subject: "pre-merge of #\(n) (dry run)", mainTree: mainTree,
                environment: ["STEWARD_DRY_RUN": "1"])
        } catch let e as StewardError where e.code == .refused {
            result.refusal = e.message
        }
        return result
    }
}
