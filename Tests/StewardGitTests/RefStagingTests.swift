import Foundation
import StewardGit
import StewardTestSupport
import Testing

/// The ref staging overlay (spec 22.4): a step's ref writes are held back until its push
/// returns, then applied by compare-and-swap.
@Suite("Staging ref writes")
struct RefStagingTests {
    let author = Signature(name: "test", email: "test@localhost", time: 1_700_000_000)

    /// A repository with `main` at a, `steward/1` at b, and a third commit c.
    func fixture(_ dir: String) throws -> (GitRepository, a: ObjectID, b: ObjectID, c: ObjectID) {
        let r = try GitRepository.create(at: dir)
        let t = try r.emptyTree()
        let a = try r.commit(tree: t, parents: [], message: "a\n", author: author)
        let b = try r.commit(tree: t, parents: [a], message: "b\n", author: author)
        let c = try r.commit(tree: t, parents: [a], message: "c\n", author: author)
        try r.updateReference("refs/heads/main", to: a, expected: nil, message: "test")
        try r.updateReference("refs/heads/steward/1", to: b, expected: nil, message: "test")
        return (r, a, b, c)
    }

    @Test func stagedWritesAreSeenByTheStepButReachTheRealRefsOnlyWhenPublished() throws {
        try withTemporaryDirectory { dir in
            let (r, a, b, c) = try fixture(dir)
            try r.beginStaging()
            try r.updateReference("refs/heads/main", to: c, expected: a, message: "move")
            #expect(try r.createReference("refs/steward/applied/1", to: c, message: "applied"))
            try r.deleteReference("refs/heads/steward/1", expected: b)
            // The step sees its own writes …
            #expect(try r.reference("refs/heads/main") == c)
            #expect(try r.reference("refs/heads/steward/1") == nil)
            #expect(try r.references(matching: "refs/steward/applied/*").map(\.name) == ["refs/steward/applied/1"])
            #expect(try r.references(matching: "refs/heads/*").map(\.name) == ["refs/heads/main"])
            // … git does not.
            #expect(try git("rev-parse", "main", in: dir) == a.hex + "\n")
            #expect(try git("for-each-ref", "--format=%(refname)", "refs/steward", in: dir) == "")
            var published: [StagedRef] = []
            let missed = try r.publishStaged { published = $0 }
            #expect(
                published == [
                    StagedRef(name: "refs/heads/main", old: a, new: c), StagedRef(name: "refs/steward/applied/1", old: nil, new: c),
                    StagedRef(name: "refs/heads/steward/1", old: b, new: nil),
                ])
            #expect(missed.isEmpty && !r.isStaging)
            #expect(try git("rev-parse", "main", "refs/steward/applied/1", in: dir) == "\(c.hex)\n\(c.hex)\n")
            #expect(try git("for-each-ref", "--format=%(refname)", "refs/heads/steward", in: dir) == "")
        }
    }

    @Test func aPublishThatThrowsLeavesTheRealRefsUntouched() throws {
        struct Lost: Error {}
        try withTemporaryDirectory { dir in
            let (r, a, b, c) = try fixture(dir)
            try r.beginStaging()
            try r.updateReference("refs/heads/main", to: c, expected: a, message: "move")
            try r.deleteReference("refs/heads/steward/1")
            #expect(throws: Lost.self) { try r.publishStaged { _ in throw Lost() } }
            #expect(!r.isStaging)
            #expect(try r.reference("refs/heads/main") == a && r.reference("refs/heads/steward/1") == b)
            // Discarding drops the writes the same way.
            try r.beginStaging()
            try r.updateReference("refs/heads/main", to: c, expected: a, message: "move")
            r.discardStaged()
            #expect(try r.reference("refs/heads/main") == a)
        }
    }

    @Test func stagedWritesKeepCompareAndSwapAgainstWhatTheStepSees() throws {
        try withTemporaryDirectory { dir in
            let (r, a, b, c) = try fixture(dir)
            try r.beginStaging()
            #expect(try r.createReference("refs/steward/proposals/1", to: a, message: "claim"))
            // Create-only against the staged claim, compare-and-swap against the staged value.
            #expect(try r.createReference("refs/steward/proposals/1", to: b, message: "claim") == false)
            #expect(throws: GitError.self) { try r.updateReference("refs/heads/main", to: b, expected: c, message: "stale") }
            try r.updateReference("refs/heads/main", to: b, expected: a, message: "ok")
            #expect(throws: GitError.self) { try r.updateReference("refs/heads/main", to: c, expected: a, message: "stale now") }
            #expect(throws: GitError.self) { try r.deleteReference("refs/heads/steward/1", expected: c) }
            // A ref moved back to where it was is no change; steps do not nest.
            try r.updateReference("refs/heads/main", to: a, expected: b, message: "back")
            #expect(r.stagedChanges.map(\.name) == ["refs/steward/proposals/1"])
            #expect(throws: GitError.self) { try r.beginStaging() }
            r.discardStaged()
        }
    }

    @Test func publishedChangesApplyByCompareAndSwapFromTheValueTheStepBuiltOn() throws {
        try withTemporaryDirectory { dir in
            let (r, a, b, c) = try fixture(dir)
            try r.beginStaging()
            try r.updateReference("refs/heads/main", to: c, expected: a, message: "move")
            try r.deleteReference("refs/heads/steward/1", expected: b)
            let missed = try r.publishStaged { _ in
                // While the push ran: another writer moved main here; a catch-up already took
                // the branch deletion.
                _ = try git("update-ref", "refs/heads/main", b.hex, in: dir)
                _ = try git("update-ref", "-d", "refs/heads/steward/1", in: dir)
            }
            #expect(missed == [StagedRef(name: "refs/heads/main", old: a, new: c)])
            #expect(try r.reference("refs/heads/main") == b)
        }
    }
}
