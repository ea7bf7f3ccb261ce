import Foundation
import StewardCore
import StewardMemory
import StewardModels
import StewardPostgres
import StewardSandbox

/// The queue of a workspace's machines (spec 23.4), as the CLI, the API and the dashboard use
/// it: enqueue a task, cancel one from any machine.
public enum TaskQueue {
    /// How a queued task was asked for, kept in its `queued` event: the worker runs it so.
    public struct Options: Codable, Sendable, Hashable {
        public var agent: String?
        public var model: String?
        public var noCloud: Bool
        public var isPrivate: Bool
        public var maxSteps: Int?

        public init(agent: AgentKind?, options: RouteOptions, maxSteps: Int?) {
            self.agent = agent?.rawValue
            self.model = options.model
            self.noCloud = options.noCloud
            self.isPrivate = options.isPrivate
            self.maxSteps = maxSteps
        }

        public var routeOptions: RouteOptions { RouteOptions(model: model, noCloud: noCloud, isPrivate: isPrivate) }
        public var agentKind: AgentKind? { agent.flatMap(AgentKind.init(rawValue:)) }

        enum CodingKeys: String, CodingKey {
            case agent, model, noCloud, maxSteps
            case isPrivate = "private"
        }
    }

    /// Queues `prompt` on `main` as it is here now: any machine's worker that serves what it
    /// requires (the model `options.model` names, if any) runs it on that `main` or a later one,
    /// with these options. Returns the task's id. The one way a task is queued with options:
    /// `run --queue`, the API and the dashboard all come here.
    /// - Throws: `StewardError.usage` when `options.model` is not a `[models]` name of `main`'s
    ///   `steward.toml` (no worker would ever serve it); `StewardError` (from the database's
    ///   error) when it cannot be queued.
    public static func enqueue(
        _ prompt: String, agent: AgentKind?, options: RouteOptions, maxSteps: Int? = nil, workspace: Workspace, database: PostgresDatabase,
        id: String = TaskRecord.newID()
    ) async throws -> String {
        try InputLimit.task.check(prompt)
        let main = try await workspace.mainCommit()
        try await checkModel(options, workspace: workspace)
        let asked = Options(agent: agent, options: options, maxSteps: maxSteps)
        let json = String(decoding: try JSONEncoder().encode(asked), as: UTF8.self)
        do {
            try await database.enqueue(
                id: id, prompt: prompt, agent: agent?.rawValue ?? "", mainCommit: main, requires: options.model.map { [$0] } ?? [], queuedJSON: json)
        } catch let e as PostgresStoreError {
            throw e.stewardError
        }
        return id
    }

    /// Refuses a task that names a model (`--model`, the API's `model`) which `main`'s
    /// `steward.toml` does not define: queued, no worker would ever serve it.
    /// - Throws: `StewardError.usage` naming the models there are.
    public static func checkModel(_ options: RouteOptions, workspace: Workspace) async throws {
        guard let model = options.model else { return }
        let models = try await WorkspaceServices.modelsConfig(workspace).models.keys.sorted()
        guard !models.contains(model) else { return }
        throw StewardError.usage(
            "there is no model '\(Escape.inline(model))' in main's steward.toml ([models]: \(models.joined(separator: ", "))); name one of those, or none to use the agent's route"
        )
    }

    /// What a cancel came to.
    public typealias CancelResult = CancelOutcome

    /// Cancels task `id` (the whole id, or a unique prefix) from any machine: a queued task never
    /// runs; a running one's worker stops it and ends it `interrupted` (what it did stays in its
    /// proposal), or, that worker gone before it heard the cancel, any worker's next claim once
    /// its lease lapsed.
    /// - Throws: `StewardError.notFound` when there is no such task; `StewardError` from the
    ///   database's error.
    public static func cancel(_ id: String, database: PostgresDatabase, machine: String? = nil) async throws -> (TaskRecord, CancelResult) {
        do {
            guard let task = try await database.task(id) else {
                throw StewardError.notFound("there is no task '\(Escape.inline(id))'; 'steward tasks' lists them")
            }
            let by = machine.map { "cancelled from machine \($0)" } ?? "cancelled"
            return (task, try await database.requestCancel(task.id, reason: by + " ('steward cancel'); what was done so far stays in the proposal"))
        } catch let e as PostgresStoreError {
            throw e.stewardError
        }
    }
}
