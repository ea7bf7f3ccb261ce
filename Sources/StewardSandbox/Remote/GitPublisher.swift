import Foundation
import StewardCore
import StewardGit

/// The real `RefPublisher` (spec 22.4): pushes and fetches through `GitTransport` (the git
/// CLI), catches up with `Workspace.catchUp(remote:)`.
public struct GitPublisher: RefPublisher {
    public init() {}

    public func push(_ refs: [RefPush], to remote: RemoteEndpoint, from workspace: isolated Workspace) throws {
        try GitTransport.push(refs, to: remote, in: workspace.root)
    }

    /// `only`: local ref globs (`refs/steward/proposals/*`), fetched into their tracking refs.
    public func fetch(from remote: RemoteEndpoint, only: [String]?, into workspace: isolated Workspace) throws {
        let specs = only.map { $0.map { "+\($0):\(Refs.tracking($0, remote: remote.name))" } }
        try GitTransport.fetch(remote, in: workspace.root, refspecs: specs)
        try workspace.repo.refreshObjects()
    }

    public func catchUp(_ workspace: isolated Workspace, remote: RemoteEndpoint) throws {
        _ = try workspace.catchUp(remote: remote.name)
    }
}
