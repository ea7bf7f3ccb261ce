import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import StewardAgents
import StewardCore
import StewardJSON
import StewardSandbox
import StewardSkills
import StewardStore

/// What every request may use: the workspace, the store, the tokens, running tasks, the
/// scheduler, and the dashboard's sessions. The routes call the same library as the CLI.
public final class ServerState: Sendable {
    public let workspace: Workspace
    public let store: Store
    /// The data every machine shares (tasks, steps, model calls, schedules): `store` unless a
    /// shared database is given.
    public let shared: any SharedStore
    public let tokens: TokenStore
    public let runner: TaskRunner
    public let scheduler: Scheduler
    let sessions = Sessions()
    /// The last pending list, its JSON and the refs fingerprint they were read at.
    let pendingCache = ResponseCache()
    /// The proposal page's hook and skill-check findings, once per proposal head and main.
    let findings = FindingsCache()
    /// The lists' catch-up with the remote (spec 22.6): one at a time, not again within seconds.
    let listing = ListingCatchUps()

    public init(workspace: Workspace, store: Store, shared: (any SharedStore)? = nil) {
        self.workspace = workspace
        self.store = store
        self.shared = shared ?? store
        self.tokens = TokenStore(stateDir: workspace.stateDir)
        self.runner = TaskRunner(workspace: workspace, store: store, shared: self.shared)
        self.scheduler = Scheduler(store: self.shared, runner: runner)
    }
}

/// `GET proposals`' pending list and its JSON, kept while the refs' fingerprint they were
/// read at is unchanged; the JSON also only for the same `?pretty` and late marks (spec 23.4:
/// read from the shared database at every request, since they change while no ref does).
actor ResponseCache {
    private var refs: String?
    private var pending: [ProposalInfo] = []
    private var answer: (pretty: Bool, marks: [Int: LateProposal], body: String)?

    /// The pending list read at the refs' fingerprint `refs`; nil when it was not.
    func pending(refs: String) -> [ProposalInfo]? { refs == self.refs ? pending : nil }

    /// The answer made at `refs` with `pretty` and `marks`; nil when it was not.
    func body(refs: String, pretty: Bool, marks: [Int: LateProposal]) -> String? {
        guard refs == self.refs, let answer, answer.pretty == pretty, answer.marks == marks else { return nil }
        return answer.body
    }

    func set(refs: String, pending: [ProposalInfo], pretty: Bool, marks: [Int: LateProposal], body: String) {
        self.refs = refs
        self.pending = pending
        answer = (pretty, marks, body)
    }
}

/// The request context: who is calling (from the bearer token or the session cookie).
public struct StewardContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var token: TokenStore.Token?
    /// Set when the caller came with the dashboard's session cookie (forms need its CSRF token).
    public var session: Sessions.Session?
    public init(source: Source) {
        coreContext = .init(source: source)
    }
    /// API bodies through `request.decode(as:context:)`: JSON into their types, 400 naming the field.
    public var requestDecoder: APIBodyDecoder { APIBodyDecoder() }
}

/// An error a person can act on, as JSON (API) with its HTTP status.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The error's status is its code's (`Problem.status(for:)`); the API's problem keeps its
    /// code and paths.
    init(_ e: StewardError) {
        self.init(HTTPResponse.Status(code: Problem.status(for: e.code)), e.message)
        code = e.code.name
        paths = e.paths
    }

    /// Steward's code of a `StewardError` (nil: the status decides, `Problem.code(forStatus:)`).
    var code: String?
    /// The paths a `StewardError` was about.
    var paths: [String] = []

    /// Set for a 500: the reference under which the server's log has the real error.
    var reference: String?

    func response(from request: Request, context: some RequestContext) throws -> Response {
        // Error pages are read in browsers too: honest bytes, as every JSON answer (`PrettyJSON`
        // writes hidden characters as `\uXXXX`).
        let error = JSONValue.fields([
            "status": .int(Int(status.code)), "message": .string(message), "reference": reference.map { .string($0) },
        ])
        let body = try PrettyJSON.text(.fields(["error": error]), compact: !((try? API.wantsPretty(request)) ?? false))
        var h = headers
        h[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(string: body + "\n")))
    }
}

/// Security headers on every response: no framing, no sniffing, a strict content policy.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var r: Response
        do {
            r = try await next(request, context)
        } catch {
            let failure = Self.answer(error, to: request, logger: context.logger)
            // The API answers problem details (application/problem+json); the dashboard, read by
            // a person in a browser, an HTML page (`Dashboard.errorPage`).
            r = request.uri.path.hasPrefix("/api/") ? API.problemResponse(failure, request) : Dashboard.errorPage(failure, request)
        }
        r.headers[.contentSecurityPolicy] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        r.headers[.xFrameOptions] = "DENY"
        r.headers[.xContentTypeOptions] = "nosniff"
        // Not `no-referrer`: under it a browser sends `Origin: null` with every form, and the
        // forms' origin check (`FormOrigin`) would refuse the dashboard's own. `same-origin`
        // still sends nothing to any other site.
        r.headers[.referrerPolicy] = "same-origin"
        r.headers[.cacheControl] = r.headers[.cacheControl] ?? "no-store"
        return r
    }

    /// What a failed request answers. A deliberate refusal (an `APIError` or Hummingbird's own
    /// below 500, a `StewardError` that is the caller's: usage, not found, refused, conflict)
    /// keeps its status and message. Anything else is the server's own failure: its text can
    /// name files, SQL or internals and is no help to the caller, so it goes to the server's
    /// log under a fresh reference, and the answer is a 500 naming only that reference.
    static func answer(_ error: any Error, to request: Request, logger: Logger) -> any HTTPResponseError {
        switch error {
        case let e as StewardError where APIError(e).status.code < 500: return APIError(e)
        case let e as HTTPResponseError where e.status.code < 500: return e
        default:
            let reference = "R-" + String(format: "%08x", UInt32.random(in: 0...UInt32.max))
            let what = "\(request.method) \(Escape.inline(request.uri.path))"
            // A library failure already turned into a 500 `APIError` (`API.call`): its message.
            let detail = (error as? APIError)?.message ?? String(describing: error)
            logger.error("\(reference): \(what) failed: \(Escape.inline(detail))", metadata: ["reference": .string(reference)])
            var e = APIError(.internalServerError, "internal error; the server's log has the details under reference \(reference)")
            e.reference = reference
            return e
        }
    }
}

/// Every API route needs a token: `Authorization: Bearer TOKEN`, or the dashboard's session
/// cookie (for the dashboard's own scripts: read-only routes only, so a form on another site
/// cannot act with it; state changes from the dashboard go through its CSRF-checked forms).
struct Authenticate: RouterMiddleware {
    let state: ServerState
    func handle(_ request: Request, context: StewardContext, next: (Request, StewardContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.uri.path == "/api/v1/openapi.json" { return try await next(request, context) }
        let tokens = try state.tokens.load()
        if let auth = request.headers[.authorization], auth.lowercased().hasPrefix("bearer ") {
            guard let t = TokenStore.match(String(auth.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces), in: tokens) else {
                throw APIError(.unauthorized, "the token is not valid; use the one 'steward token' prints")
            }
            context.token = t
        } else if request.method == .get, let s = await state.sessions.session(from: request, tokens: tokens),
            let t = tokens.first(where: { $0.id == s.tokenID })
        {
            context.token = t
            context.session = s
        } else {
            var e = APIError(.unauthorized, "this API needs the owner's token: send 'Authorization: Bearer TOKEN' (steward token prints it)")
            e.headers[.wwwAuthenticate] = "Bearer realm=\"steward\""
            throw e
        }
        return try await next(request, context)
    }
}

/// `?pretty=1` (or `true`, or a bare `?pretty`) asks for indented JSON; without it every API
/// body is compact. Any other value is refused, so a typo does not go unnoticed.
struct PrettyOption: RouterMiddleware {
    func handle(_ request: Request, context: StewardContext, next: (Request, StewardContext) async throws -> Response) async throws -> Response {
        try await API.$pretty.withValue(try API.wantsPretty(request)) { try await next(request, context) }
    }
}

extension HTTPField.Name {
    static let xFrameOptions = Self("X-Frame-Options")!
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}

public enum StewardServer {
    /// The router with every route, for the real server and for tests without a socket.
    public static func buildRouter(_ state: ServerState) -> Router<StewardContext> {
        let router = Router(context: StewardContext.self)
        router.add(middleware: SecurityHeaders())
        API.register(router.group("api/v1").add(middleware: PrettyOption()).add(middleware: Authenticate(state: state)), state)
        Dashboard.register(router, state)
        return router
    }

    /// Serves until the process is stopped (SIGINT, SIGTERM). `onRunning` gets the bound port.
    /// `host` is resolved once (`ServeAddress.choose`): unless `allowRemote`, every address it
    /// resolves to must be loopback, and the server binds the numeric address that was checked.
    /// - Throws: `StewardError` `.usage` (the host does not resolve) or `.refused` (not loopback).
    /// `logger`: where log lines go (tests capture them); by default stderr (`standardLogger`).
    /// `services` run beside the server (the queue's worker, spec 23.4) and shut down with it,
    /// gracefully, on SIGINT or SIGTERM.
    public static func run(
        _ state: ServerState, host: String, port: Int, allowRemote: Bool = false, limits: ConnectionLimits = .standard,
        logger: Logger = standardLogger(), services: [any Service] = [],
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let address = try ServeAddress.choose(host, allowRemote: allowRemote)
        let counter = ConnectionCounter(max: limits.maxConnections)
        let bodyTimeout = TimeAmount(limits.bodyTimeout)
        let app = Application(
            router: buildRouter(state),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [ConnectionGuard(counter: counter, bodyTimeout: bodyTimeout)],
                    idleTimeout: TimeAmount(limits.idleTimeout))),
            configuration: .init(
                address: .hostname(address, port: port), serverName: "steward",
                availableConnectionsDelegate: MaximumAvailableConnections(2 * limits.maxConnections, logger: logger)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        await state.scheduler.start()
        ResidentMemory.trimExecutableCode()
        if services.isEmpty { return try await app.runService() }
        try await ServiceGroup(services: [app] + services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger).run()
    }

    /// Log lines to stderr, at warning and above (LOG_LEVEL=info for every request); internal
    /// errors (a 500's reference and the real error) are logged at `error`.
    public static func standardLogger() -> Logger {
        var logger = Logger(label: "steward.serve", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        return logger
    }

    /// Whether every address `host` resolves to is loopback (what `serve` binds to unless
    /// `--allow-remote`); false when it does not resolve.
    public static func isLoopback(_ host: String) -> Bool {
        guard let addresses = try? ServeAddress.resolve(host) else { return false }
        return addresses.allSatisfy { ServeAddress.isLoopback(address: $0) }
    }
}
