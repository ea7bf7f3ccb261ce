import CLibgit2
import Foundation

// Trees: entries by path, updates that touch only the changed paths, and what differs between two trees.

extension GitRepository {
    /// The empty tree (written once; git knows its id).
    public func emptyTree() throws -> ObjectID {
        var builder: OpaquePointer?
        try check(git_treebuilder_new(&builder, handle, nil), "new tree builder")
        defer { git_treebuilder_free(builder) }
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "write empty tree")
        return ObjectID(oid)
    }

    func withTree<T>(_ id: ObjectID, _ body: (OpaquePointer) throws -> T) throws -> T {
        var oid = id.raw
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, handle, &oid), "read tree \(id.short)")
        defer { git_tree_free(tree) }
        return try body(tree!)
    }

    /// The entry at `path` in a tree, or nil. Costs O(depth), not O(tree).
    public func entry(at path: String, in tree: ObjectID) throws -> TreeEntry? {
        try withTree(tree) { t in
            var e: OpaquePointer?
            let rc = git_tree_entry_bypath(&e, t, path)
            if rc == GIT_ENOTFOUND.rawValue { return nil }
            try check(rc, "look up \(path)")
            defer { git_tree_entry_free(e) }
            return TreeEntry(id: ObjectID(git_tree_entry_id(e).pointee), mode: FileMode(git_tree_entry_filemode(e)))
        }
    }

    /// One change for `updateTree`: put `entry` at `path`, or remove `path` when nil.
    public struct TreeUpdate: Sendable {
        public let path: String
        public let entry: TreeEntry?
        public init(path: String, entry: TreeEntry?) {
            self.path = path
            self.entry = entry
        }
    }

    /// Applies updates to `base` and writes the new tree, touching only the trees on the
    /// updated paths (`git_tree_create_updated`).
    public func updateTree(_ base: ObjectID, _ updates: [TreeUpdate]) throws -> ObjectID {
        if updates.isEmpty { return base }
        // The C strings must outlive the call: copy them into one allocation first.
        let cPaths = updates.map { strdup($0.path)! }
        defer { for p in cPaths { free(p) } }
        var raw: [git_tree_update] = []
        raw.reserveCapacity(updates.count)
        for (u, p) in zip(updates, cPaths) {
            var item = git_tree_update()
            item.path = UnsafePointer(p)
            if let e = u.entry {
                item.action = GIT_TREE_UPDATE_UPSERT
                item.id = e.id.raw
                item.filemode = e.mode.git
            } else {
                item.action = GIT_TREE_UPDATE_REMOVE
            }
            raw.append(item)
        }
        return try withTree(base) { t in
            var oid = git_oid()
            try check(git_tree_create_updated(&oid, handle, t, raw.count, raw), "update tree")
            return ObjectID(oid)
        }
    }

    /// Every leaf (file, link, submodule) that differs between two trees. Subtrees with the
    /// same id are skipped, so the cost follows the change, not the size of the tree.
    public func changes(from old: ObjectID?, to new: ObjectID?) throws -> [TreeChange] {
        var out: [TreeChange] = []
        try diffTrees(old, new, prefix: "", into: &out)
        return out
    }

    /// The entries of the folder at `path` in `tree` (empty when there is no such folder).
    public func treeEntries(at path: String, in tree: ObjectID) throws -> [(name: String, entry: TreeEntry)] {
        guard let e = try entry(at: path, in: tree), e.mode == .tree else { return [] }
        return try entries(of: e.id).map { (name: $0.0, entry: $0.1) }
    }

    /// Every file (leaf) under `path` in `tree`, recursively, with its path from the root.
    public func files(under path: String, in tree: ObjectID, limit: Int = .max) throws -> [(path: String, entry: TreeEntry)] {
        var out: [(String, TreeEntry)] = []
        var stack: [(String, ObjectID)] = []
        if path.isEmpty {
            stack.append(("", tree))
        } else if let e = try entry(at: path, in: tree) {
            if e.mode == .tree { stack.append((path + "/", e.id)) } else { return [(path, e)] }
        }
        while let (prefix, id) = stack.popLast(), out.count < limit {
            for (name, e) in try entries(of: id) {
                if e.mode == .tree { stack.append((prefix + name + "/", e.id)) } else { out.append((prefix + name, e)) }
            }
        }
        return Array(out.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }.prefix(limit))
    }

    private func entries(of tree: ObjectID?) throws -> [(String, TreeEntry)] {
        guard let tree else { return [] }
        return try withTree(tree) { t in
            let n = git_tree_entrycount(t)
            var list: [(String, TreeEntry)] = []
            list.reserveCapacity(n)
            for i in 0..<n {
                let e = git_tree_entry_byindex(t, i)
                list.append(
                    (
                        String(cString: git_tree_entry_name(e)),
                        TreeEntry(id: ObjectID(git_tree_entry_id(e).pointee), mode: FileMode(git_tree_entry_filemode(e)))
                    ))
            }
            return list
        }
    }

    private func diffTrees(_ a: ObjectID?, _ b: ObjectID?, prefix: String, into out: inout [TreeChange]) throws {
        if a == b { return }
        let left = try entries(of: a)
        let right = try entries(of: b)
        var rightByName: [String: TreeEntry] = [:]
        rightByName.reserveCapacity(right.count)
        for (n, e) in right { rightByName[n] = e }
        var seen = Set<String>()
        func emit(_ name: String, _ x: TreeEntry?, _ y: TreeEntry?) throws {
            let path = prefix + name
            if x == y { return }
            let xTree = x?.mode == .tree ? x : nil
            let yTree = y?.mode == .tree ? y : nil
            if xTree != nil || yTree != nil {
                try diffTrees(xTree?.id, yTree?.id, prefix: path + "/", into: &out)
            }
            let xLeaf = x?.mode == .tree ? nil : x
            let yLeaf = y?.mode == .tree ? nil : y
            if xLeaf != nil || yLeaf != nil, xLeaf != yLeaf {
                out.append(TreeChange(path: path, old: xLeaf, new: yLeaf))
            }
        }
        for (name, x) in left {
            seen.insert(name)
            try emit(name, x, rightByName[name])
        }
        for (name, y) in right where !seen.contains(name) {
            try emit(name, nil, y)
        }
    }
}
