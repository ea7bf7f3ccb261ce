import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// A remote that records what it is asked and refuses when told to (spec 22.4's seam).
final class FakeRemote: RefPublisher, @unchecked Sendable {
    // @unchecked Sendable: every stored property is read and written under `lock`.
    private let lock = NSLock()
    private var _pushes: [[RefPush]] = []
    private var _fetches: [[String]?] = []
    private var _catchUps = 0
    private var refusals: [RemoteFailure] = []
    private let onFetch: @Sendable (String) throws -> Void
    private let onCatchUp: @Sendable (String) throws -> Void

    /// `onFetch`, `onCatchUp`: what "the other machine" did, given the workspace folder.
    init(onFetch: @escaping @Sendable (String) throws -> Void = { _ in }, onCatchUp: @escaping @Sendable (String) throws -> Void = { _ in }) {
        self.onFetch = onFetch
        self.onCatchUp = onCatchUp
    }

    var pushes: [[RefPush]] { lock.withLock { _pushes } }
    var fetches: [[String]?] { lock.withLock { _fetches } }
    var catchUps: Int { lock.withLock { _catchUps } }
    /// The next pushes throw these, in order.
    func refuse(_ failures: RemoteFailure...) { lock.withLock { refusals += failures } }

    func push(_ refs: [RefPush], to remote: RemoteEndpoint, from workspace: isolated Workspace) throws {
        let refusal: RemoteFailure? = lock.withLock {
            _pushes.append(refs)
            return refusals.isEmpty ? nil : refusals.removeFirst()
        }
        if let refusal { throw refusal }
    }

    func fetch(from remote: RemoteEndpoint, only: [String]?, into workspace: isolated Workspace) throws {
        lock.withLock { _fetches.append(only) }
        try onFetch(workspace.root)
    }

    func catchUp(_ workspace: isolated Workspace, remote: RemoteEndpoint) throws {
        lock.withLock { _catchUps += 1 }
        try onCatchUp(workspace.root)
    }
}

/// What the suites of steps pushed to a `FakeRemote` share (spec 22.4).
protocol FakeRemoteSteps {}

extension FakeRemoteSteps {
    static var origin: RemoteEndpoint { RemoteEndpoint(name: "origin", url: "ssh://example.invalid/ws.git") }

    func ref(_ name: String, in root: String) throws -> ObjectID? {
        let out = (try? gitCLI(["rev-parse", "--verify", "-q", name], in: root)) ?? ""
        return ObjectID(hex: out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The audit chain this machine writes: its trail once the per-machine chain exists, else `audit`.
    func chain(_ ws: Workspace) throws -> String {
        let trail = "refs/steward/trail/" + (try ws.machineID() ?? "")
        return try ref(trail, in: ws.root) != nil ? trail : "refs/steward/audit"
    }

    /// A workspace with a machine id whose steps go to `remote`.
    func workspace(_ dir: String, _ remote: FakeRemote) async throws -> Workspace {
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        _ = try ws.makeMachineID()
        await ws.publish(to: Self.origin, through: remote)
        return ws
    }

    func propose(_ ws: Workspace, _ name: String) async throws -> ProposalResult {
        try await ws.propose(
            title: name, agent: "cli", operations: [.write(path: "memory/\(name).md", content: Data(name.utf8), executable: false)],
            policy: try PathPolicy.outsideTools())
    }
}
