import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// What a pre-merge hook is told about each change that will land (spec 8): its path,
    /// whether it is added, deleted or modified, its size after the change and whether it is
    /// executable.
    func hookFiles(_ changes: [TreeChange]) throws -> [HookEvent.File] {
        let r = try repo
        return try changes.map { c in
            HookEvent.File(
                path: c.path, status: c.old == nil ? "added" : c.new == nil ? "deleted" : "modified",
                size: try c.new.map { try r.blobSize($0.id) } ?? 0, executable: c.new?.mode == .executable)
        }
    }
}
