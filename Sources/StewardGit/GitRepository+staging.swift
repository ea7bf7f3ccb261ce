import Foundation

// Ref staging (spec 22.4): while a step is staged, ref writes are recorded in memory instead
// of written; reads see them. Publishing hands the recorded changes to the caller (one atomic
// push) and only when that returns applies them to the real refs by compare-and-swap.
// Objects are written as usual: if the push loses they are unreachable, as any abandoned
// attempt's are.

/// One ref a staged step changes: `old` is the real ref's value when the step first touched
/// it (nil: absent), `new` what the step leaves it at (nil: deleted).
public struct StagedRef: Sendable, Hashable {
    public var name: String
    public var old: ObjectID?
    public var new: ObjectID?

    public init(name: String, old: ObjectID?, new: ObjectID?) {
        self.name = name
        self.old = old
        self.new = new
    }
}

/// The staged writes of one step, in the order the step first made them.
final class RefStaging {
    var order: [String] = []
    var refs: [String: StagedRef] = [:]

    func record(_ name: String, real: () throws -> ObjectID?, new: ObjectID?) rethrows {
        if refs[name] == nil {
            order.append(name)
            refs[name] = StagedRef(name: name, old: try real(), new: new)
        } else {
            refs[name]!.new = new
        }
    }

    /// The changes that change something, in order.
    var changes: [StagedRef] { order.compactMap { refs[$0] }.filter { $0.old != $0.new } }
}

extension GitRepository {
    /// Whether ref writes are being staged.
    public var isStaging: Bool { staging != nil }

    /// From now on, ref writes (`updateReference`, `createReference`, `deleteReference`) are
    /// recorded, not written, and ref reads see them, until `publishStaged` or `discardStaged`.
    /// - Throws: `GitError` when a step is already staged (steps do not nest).
    public func beginStaging() throws {
        guard staging == nil else {
            throw GitError(code: .other, operation: "stage refs", message: "a step is already staged; steps do not nest")
        }
        staging = RefStaging()
    }

    /// The changes staged so far (refs whose value differs from the real one), in order.
    public var stagedChanges: [StagedRef] { staging?.changes ?? [] }

    /// Drops what was staged; the real refs were never touched.
    public func discardStaged() { staging = nil }

    /// Ends staging: `publish` gets the staged changes (not called when there are none) and,
    /// only if it returns, each is applied to the real ref by compare-and-swap from its `old`
    /// value. If `publish` throws, nothing is applied and its error is rethrown.
    /// - Returns: the refs that could not be applied because the real ref no longer held `old`
    ///   (and did not already hold `new`); empty when all were applied.
    /// - Throws: what `publish` throws; `GitError` from a ref write other than a lost race.
    @discardableResult
    public func publishStaged(_ publish: ([StagedRef]) throws -> Void) throws -> [StagedRef] {
        guard let done = staging else { return [] }
        staging = nil
        let changes = done.changes
        if changes.isEmpty { return [] }
        try publish(changes)
        var missed: [StagedRef] = []
        for c in changes {
            var waits = 0
            while true {
                do {
                    if let new = c.new {
                        try updateReference(c.name, to: new, expected: c.old, message: "steward: published")
                    } else if let old = c.old {
                        try deleteReference(c.name, expected: old)
                    }
                } catch let e as GitError where e.isContention {
                    // Taken already (a catch-up of what was just pushed), or moved on from it
                    // since (another step of this machine took it and built on it): as good as
                    // applied. Another process of this machine may be writing it right now (its
                    // lock held, the ref not there yet): asked again for up to 0.2 s.
                    let now = try reference(c.name)
                    let movedOn = try now.flatMap { n in try c.new.map { try isAncestor($0, of: n) } } ?? false
                    if now != c.new && !movedOn {
                        if waits < 100 {
                            waits += 1
                            usleep(2_000)
                            continue
                        }
                        missed.append(c)
                    }
                }
                break
            }
        }
        return missed
    }

    // MARK: - The overlay, used by the ref functions while staging

    /// The staged value of `name`: nil when `name` is not staged; `.some(nil)` when staged deleted.
    func stagedValue(_ name: String) -> ObjectID?? {
        guard let staged = staging?.refs[name] else { return .none }
        return .some(staged.new)
    }

    /// Records a compare-and-swap write (or delete, `id` nil) after checking `expected`
    /// against what the step sees, as the real write would under the ref's lock.
    func stageWrite(_ name: String, to id: ObjectID?, expected: ObjectID??, operation: String) throws {
        guard let staging else { return }
        let real = { try self.realReference(name) }
        let seen = try stagedValue(name) ?? real()
        if let expected, seen != expected {
            let code: GitError.Code = expected == nil && seen != nil ? .exists : .modified
            throw GitError(
                code: code, operation: operation, message: seen.map { "it points at \($0.short)" } ?? "it no longer exists")
        }
        try staging.record(name, real: real, new: id)
    }

    /// `matches` with the staged refs laid over it: staged deletions removed, staged values
    /// replacing the real ones, staged new refs matching `glob` added.
    func overlay(_ real: [(name: String, id: ObjectID)], glob: String) -> [(name: String, id: ObjectID)] {
        guard let staging else { return real }
        var out = real.compactMap { ref -> (name: String, id: ObjectID)? in
            guard let staged = staging.refs[ref.name] else { return ref }
            return staged.new.map { (ref.name, $0) }
        }
        let present = Set(real.map(\.name))
        for name in staging.order where !present.contains(name) && fnmatch(glob, name, 0) == 0 {
            if let new = staging.refs[name]?.new { out.append((name, new)) }
        }
        return out
    }
}
