import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport

/// A workspace for the catch-up tests, removed afterwards, with what the test writes as if
/// fetched from `origin`.
func withCatchUpWorkspace(_ body: (Workspace, CatchUpRepo) async throws -> Void) async throws {
    try await withTemporaryDirectory { dir in
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        try await body(ws, CatchUpRepo(root: ws.root))
    }
}

func memoryNote(_ name: String) -> FileOperation {
    .write(path: "memory/\(name).md", content: Data(name.utf8), executable: false)
}

/// The workspace's repository seen through a handle of the test's own: its refs, what a fetch
/// from origin would leave under `refs/steward-sync/origin/`, commits another machine makes.
struct CatchUpRepo {
    let root: String

    /// Where `name` points, or nil.
    func ref(_ name: String) throws -> ObjectID? {
        try GitRepository.open(at: root).reference(name)
    }

    /// Points `name` at `id` (nil deletes it), whatever it held.
    func set(_ name: String, _ id: ObjectID?) throws {
        let r = try GitRepository.open(at: root)
        if let id {
            try r.updateReference(name, to: id, expected: try r.reference(name), message: "test")
        } else {
            try r.deleteReference(name)
        }
    }

    /// What a fetch from origin would leave for local `name` (nil: the remote lacks it).
    func track(_ name: String, _ id: ObjectID?) throws {
        try set("refs/steward-sync/origin/" + name.dropFirst("refs/".count), id)
    }

    /// The remote holds exactly what this machine holds: main, the steward branches, Steward's refs.
    func mirror() throws {
        let r = try GitRepository.open(at: root)
        for glob in ["refs/heads/main", "refs/heads/steward/*", "refs/steward/*"] {
            for (name, id) in try r.references(matching: glob) { try track(name, id) }
        }
    }

    /// A commit on `parent` writing `files` (or with `treeOf`'s tree), as another machine would make it.
    func commit(
        on parent: ObjectID, _ files: [String: String], treeOf: ObjectID? = nil, secondParent: ObjectID? = nil, author: String = "bob",
        message: String = "made elsewhere"
    ) throws -> ObjectID {
        let r = try GitRepository.open(at: root)
        var tree = try r.commitInfo(treeOf ?? parent).tree
        let updates = try files.sorted { $0.key < $1.key }.map { path, text in
            GitRepository.TreeUpdate(path: path, entry: TreeEntry(id: try r.writeBlob(Data(text.utf8)), mode: .blob))
        }
        tree = try r.updateTree(tree, updates)
        return try r.commit(
            tree: tree, parents: [parent] + (secondParent.map { [$0] } ?? []), message: message + "\n",
            author: Signature(name: author, email: "\(author)@elsewhere", time: 1_700_000_000))
    }

    /// `git status --porcelain` of the checkout (`.steward/` is excluded).
    func status() throws -> String {
        try gitCLI(["status", "--porcelain"], in: root)
    }
}
