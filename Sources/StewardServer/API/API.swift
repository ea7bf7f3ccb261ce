import Foundation
import Hummingbird
import NIOCore
import StewardAgents
import StewardCore
import StewardJSON
import StewardMemory
import StewardModels
import StewardPostgres
import StewardSandbox
import StewardSkills
import StewardStore
import StewardWorker

/// The JSON API under `/api/v1` (docs/openapi.json). Handlers call the library the CLI uses.
enum API {
    /// Whether this request asked for indented JSON (`?pretty=1`); set by `PrettyOption`.
    @TaskLocal static var pretty = false

    /// `?pretty=1`, `?pretty=true` or a bare `?pretty`: indented; absent, `0` or `false`: compact.
    /// - Throws: `APIError` 400 for any other value.
    static func wantsPretty(_ request: Request) throws -> Bool {
        guard let value = request.uri.queryParameters.get("pretty") else { return false }
        switch value.lowercased() {
        case "", "1", "true": return true
        case "0", "false": return false
        default:
            let shown = Escape.inline(String(value.prefix(40)))
            throw APIError(.badRequest, "\"pretty\" must be 1 or true (indented JSON), or 0 or false (compact, the default); it was \(shown)")
        }
    }

    /// The value as JSON (compact unless `?pretty=1`), with every character that could hide
    /// or reorder text written as a `\uXXXX` escape (`PrettyJSON`): the same data, honest
    /// bytes where a person reads them.
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        text(try PrettyJSON.encode(value, compact: !pretty), status: status)
    }

    static func text(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: json + "\n")))
    }

    /// The request's body as `T` (`request.decode(as:context:)` through `APIBodyDecoder`: an
    /// empty body is an empty object; a field of the wrong type is a 400 naming it).
    static func body<T: Decodable>(_ request: Request, _ context: StewardContext, as type: T.Type) async throws -> T {
        try await request.decode(as: type, context: context)
    }

    /// The proposal number in the path; `oJ` (made offline, spec 22.4) is refused with 409, as
    /// the CLI refuses it: what takes a number cannot take one that has none yet.
    static func number(_ context: StewardContext, _ name: String = "n") throws -> Int {
        switch try proposal(context, name) {
        case .number(let n): return n
        case .offline(let j): throw APIError(Workspace.noNumberYet(j))
        }
    }

    /// The proposal in the path: a number, or `oJ` for one made offline (what only reads a
    /// proposal takes both: `GET proposals/{n}`, its diff and its comments).
    static func proposal(_ context: StewardContext, _ name: String = "n") throws -> ProposalRef {
        guard let s = context.parameters.get(name), let ref = ProposalRef(argument: s), (ref.number ?? ref.offline ?? 0) < Int(Int32.max) else {
            throw APIError(.badRequest, "the proposal must be a positive integer, or oJ for one made offline (o1, o2, …)")
        }
        return ref
    }

    /// Approve, reject and rollback: the owner's token only; agent tokens never.
    static func requireOwner(_ context: StewardContext) throws {
        guard context.token?.scope == .owner else {
            throw APIError(
                .forbidden,
                "only the owner's token may approve, reject or roll back; this token's scope is '\(context.token?.scope.rawValue ?? "none")'")
        }
    }

    /// Runs a library call, turning its errors into JSON errors with the CLI's messages.
    static func call<T>(_ work: () async throws -> T) async throws -> T {
        do { return try await work() } catch let e as StewardError { throw APIError(e) }
    }

    static func register(_ api: RouterGroup<StewardContext>, _ state: ServerState) {
        let ws = state.workspace
        let store = state.store
        let shared = state.shared

        api.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }

        // Proposals
        api.get("proposals") { _, _ in
            let synced = await state.listing.result(for: ws)
            // Listing 1,000 proposals reads 1,000 refs and writes 400 KB of JSON; while no ref
            // has changed since (the refs' fingerprint), the last list and answer still hold.
            let fp = ws.refsFingerprint()
            var pending = await state.pendingCache.pending(refs: fp.key) ?? []
            if pending.isEmpty { pending = try await call { try await ws.pending(cache: store) } }
            // A task's late offline proposal, as `review --json` marks it (spec 23.4). The marks
            // come from the shared database, which changes while no ref here does (the task ends
            // on another machine), so they are read at every request and the answer is reused
            // only for the same marks; without [database] there are none and nothing is read.
            let marks = await LateOfflineProposals.marks(pending, workspace: ws, ledger: shared)
            if let body = await state.pendingCache.body(refs: fp.key, pretty: pretty, marks: marks) { return text(body).said(synced) }
            let marked = pending.map { p in
                var p = p
                p.late = marks[p.number]
                return p
            }
            // Then those made offline (spec 22.4): `number` 0 and `offline` oJ, as `review --json`.
            let body = try PrettyJSON.encode(try await call { try await marked + ws.offlineProposals() }, compact: !pretty)
            // A change within a timestamp tick of the fingerprint could hide behind it: cache
            // only a fingerprint whose newest change is older than that.
            if Date().timeIntervalSince(fp.newest) > 0.05 {
                await state.pendingCache.set(refs: fp.key, pending: pending, pretty: pretty, marks: marks, body: body)
            }
            return text(body).said(synced)
        }
        api.get("proposals/:n") { _, c in
            switch try proposal(c) {
            case .number(let n):
                var p = try await call { try await ws.proposal(n) }
                p.late = await LateOfflineProposals.marks([p], workspace: ws, ledger: shared)[n]  // as in the list
                return try json(p)
            case .offline(let j): return try json(try await call { try await ws.offlineProposal(j) })
            }
        }
        api.get("proposals/:n/diff") { _, c in
            // `steward diff --json`'s type: one shape for both.
            switch try proposal(c) {
            case .number(let n): return try json(DiffOutput(try await call { try await ws.diff(n) }))
            case .offline(let j): return try json(DiffOutput(try await call { try await ws.diff(offline: j) }))
            }
        }
        api.post("proposals/:n/approve") { req, c in
            try requireOwner(c)
            let n = try number(c)
            let b = try await body(req, c, as: ApproveRequest.self)
            let rejectRest = try InputLimit.reason.check(b.rejectRest)
            let files = try await call { try FileChoice.from(only: b.only, except: b.except, rejectRest: rejectRest) }
            return try json(
                try await call {
                    try await ws.approve(
                        n, files: files, by: approver(c), expectedHead: try InputLimit.commitID.check(b.expectedHead),
                        acceptRisks: b.acceptRisks ?? false, rejectRest: rejectRest)
                })
        }
        api.post("proposals/:n/reject") { req, c in
            try requireOwner(c)
            let n = try number(c)
            let reason = try InputLimit.reason.check(try await body(req, c, as: ReasonRequest.self).reason)
            return try json(try await call { try await ws.reject(n, by: approver(c), reason: reason) })
        }
        api.post("proposals/:n/rollback") { req, c in
            try requireOwner(c)
            let n = try number(c)
            let b = try await body(req, c, as: RollbackRequest.self)
            let reason = try InputLimit.reason.check(b.reason)
            return try json(try await call { try await ws.rollback(n, part: b.part, by: approver(c), reason: reason) }, status: .created)
        }
        registerComments(api, state)

        // The audit trail
        api.get("audit") { req, _ in
            let limit = req.uri.queryParameters.get("limit").flatMap { Int($0) }.map { min(max($0, 1), 10_000) } ?? 200
            let proposal = req.uri.queryParameters.get("proposal").flatMap { Int($0) }
            let synced = await state.listing.result(for: ws)
            try await call { try await ws.syncIndex() }
            return try json(try store.events(proposal: proposal, limit: limit)).said(synced)
        }

        // Skills, models, spend
        api.get("skills") { _, _ in try json(try await call { try await SkillRegistry.load(from: ws).reports }) }
        // `steward models --json`'s entries, not probed.
        api.get("models") { _, _ in try json(ModelEntry.all(try await call { try await WorkspaceServices.modelsConfig(ws) })) }
        api.get("spend") { _, _ in
            let config = try await call { try await WorkspaceServices.modelsConfig(ws) }
            return try json(try await spend(shared, config))
        }

        // Tasks
        api.get("tasks") { req, _ in
            let limit = req.uri.queryParameters.get("limit").flatMap { Int($0) }.map { min(max($0, 1), 1_000) } ?? 50
            // A task whose proposal was made offline: `offline` oJ, its number after sync (as `tasks --json`).
            return try json(await shared.withProposalsNow(try await shared.tasks(limit: limit), in: ws))
        }
        api.post("tasks") { req, c in
            let b = try await body(req, c, as: TaskRequest.self)
            let (agent, maxSteps) = (try agentKind(b.agent), try b.checkedMaxSteps())
            let id = try await call { try await state.runner.start(b.task, agent: agent, options: b.options, maxSteps: maxSteps) }
            return try json(Started(id), status: .accepted)
        }
        api.get("tasks/:id") { _, c in
            let id = c.parameters.get("id") ?? ""
            guard let t = try await shared.task(id) else {
                if await state.runner.isRunning(id) { return try json(["id": id, "status": "starting"]) }
                throw APIError(.notFound, "there is no task \(Escape.inline(id))")
            }
            let now = await shared.withProposalsNow([t], in: ws)[0]
            // Queued again after a worker gave it back: why it still waits (spec 23.4), as `steward task --json` says.
            let givenBack = now.status == .queued ? try await (shared as? PostgresDatabase)?.lastGivenBack(of: t.id) : nil
            return try json(TaskDetail(task: now, steps: try await shared.steps(of: t.id), givenBack: givenBack))  // `steward task --json`'s type
        }
        api.post("tasks/:id/cancel") { _, c in
            let id = c.parameters.get("id") ?? ""
            guard try await call({ try await state.runner.cancel(id) }) else {
                let what = state.runner.database == nil ? "running here" : "queued or running"
                throw APIError(.conflict, "task \(Escape.inline(id)) is not \(what); nothing to cancel")
            }
            return try json(["id": id, "status": "cancelling"], status: .accepted)
        }
        api.get("tasks/:id/events") { _, c in
            let id = c.parameters.get("id") ?? ""
            guard let stream = try await call({ try await state.runner.subscribe(id) }) else {
                throw APIError(
                    .notFound, "task \(Escape.inline(id)) was not started by this server; its steps are at /api/v1/tasks/\(Escape.inline(id))")
            }
            return Response(
                status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: .init { writer in
                    for await e in stream { try await writer.write(ByteBuffer(string: e.sse)) }
                    try await writer.finish(nil)
                })
        }

        // Schedules
        api.get("schedules") { _, _ in try json(try await shared.schedules()) }
        api.post("schedules") { req, c in
            let b = try await body(req, c, as: ScheduleRequest.self)
            let cron = b.cron
            let task = b.task
            let zone = b.timeZone ?? TimeZone.current.identifier
            let agent = try agentKind(b.agent)?.rawValue
            guard !task.trimmingCharacters(in: .whitespaces).isEmpty else { throw APIError(.badRequest, "\"task\" is empty; say what to do") }
            for (limit, value) in [(InputLimit.cron, cron), (.timeZone, zone), (.task, task)] { try limit.check(value) }
            _ = try await call { try CronSchedule(cron, timeZone: zone) }
            let added = try await shared.addSchedule(cron: cron, timeZone: zone, task: task, agent: agent, catchUp: b.catchUp ?? true)
            return try json(added, status: .created)
        }
        api.delete("schedules/:id") { _, c in
            guard let id = c.parameters.get("id").flatMap({ Int64($0) }), try await shared.removeSchedule(id) else {
                throw APIError(.notFound, "there is no such schedule")
            }
            return Response(status: .noContent)
        }
        api.post("schedules/:id/run") { _, c in
            guard let id = c.parameters.get("id").flatMap({ Int64($0) }) else { throw APIError(.badRequest, "the schedule id must be a number") }
            let task = try await call { try await state.scheduler.runNow(id) }
            return try json(Started(task), status: .accepted)
        }
    }

    /// Cloud spend today, this month, per day for 30 days, against the caps (`ModelCallLedger.spend`).
    static func spend(_ store: any ModelCallLedger, _ config: ModelsConfig) async throws -> Spend {
        try await store.spend(dailyCapUSD: config.dailyUSD, monthlyCapUSD: config.monthlyUSD)
    }

    /// A task started here (`POST tasks`, `POST schedules/{id}/run`): its id and where its events are.
    struct Started: Encodable {
        var id: String
        var events: String
        init(_ id: String) {
            self.id = id
            events = "/api/v1/tasks/\(id)/events"
        }
    }

    /// Who approves through the API: the token's label (the owner's is `owner`), as `api:LABEL`.
    static func approver(_ c: StewardContext) -> String {
        "api:" + (c.token?.label ?? "unknown").filter { $0.isLetter || $0.isNumber || "-_.".contains($0) }.prefix(40)
    }
}
