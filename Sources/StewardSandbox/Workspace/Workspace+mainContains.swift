import StewardCore
import StewardGit

extension Workspace {
    /// Whether `main` here is `commit` or a descendant of it: a queued task runs on the `main`
    /// it was queued at or a later one (spec 23.4). False when this machine does not have
    /// `commit` (its fetch did not bring it).
    public func mainContains(_ commit: String) throws -> Bool {
        guard let id = ObjectID(hex: commit), (try? repo.commitInfo(id)) != nil else { return false }
        return try isAncestor(id, of: try mainTip())
    }
}
