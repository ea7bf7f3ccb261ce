import Foundation
import StewardCore

/// Asks the person whether a task may use a cloud model (`[privacy] cloud = "ask"`).
public protocol CloudConsent: Sendable {
    func mayUseCloud(model: ModelSpec, purpose: String) async -> Bool
}

/// Per-call choices: a model forced by name, no cloud, or local only (`--private`).
public struct RouteOptions: Sendable, Hashable {
    public var model: String?
    public var noCloud: Bool
    public var isPrivate: Bool
    /// Models the caller has given up on (an agent whose tool calls from a model stayed
    /// unusable after repair): the route goes on with the next one.
    public var exclude: Set<String>
    public init(model: String? = nil, noCloud: Bool = false, isPrivate: Bool = false, exclude: Set<String> = []) {
        self.model = model
        self.noCloud = noCloud
        self.isPrivate = isPrivate
        self.exclude = exclude
    }
}

/// What the router tells its caller as a call goes: nothing falls back silently.
public enum RouterEvent: Sendable, Hashable {
    /// About to call this model.
    case trying(ModelSpec)
    /// Not called: policy, budget, secrets or cool-down (with the reason).
    case skipped(ModelSpec, reason: String)
    /// Called and failed at the transport level; the next model on the route follows.
    case failed(ModelSpec, reason: String)
    case text(String)
    case thinking(String)
    case toolCall(ToolCall)
    /// Something the caller should tell the person about this model, once (its server refused
    /// constrained output, which is off for it from now on).
    case note(ModelSpec, String)
    /// The reply, the model that gave it, and what it cost.
    case done(ChatResponse, model: ModelSpec, costUSD: Double)
}

/// Routes a request along its purpose's ordered list of models: local first, cloud only as
/// the privacy policy and budget allow, secrets scanned before anything leaves the machine,
/// every attempt recorded, failing endpoints cooled down.
public actor ModelRouter {
    public nonisolated let config: ModelsConfig
    let ledger: ModelCallLedger?
    let consent: CloudConsent?
    let makeProvider: @Sendable (ModelSpec) -> ChatProvider
    let scanner = SecretScanner()
    let now: @Sendable () -> Date
    var coolingUntil: [String: Date] = [:]
    /// One provider per model for the router's life (API keys are read once).
    var providers: [String: ChatProvider] = [:]
    /// The person's answer for this router's task (asked once).
    var cloudAnswer: Bool?
    /// Models whose server refused constrained output: sent without it for the router's life.
    var unconstrained: Set<String> = []
    /// The machine whose calls these are (`.steward/machine-id`), named in each call's record.
    let machine: String?

    /// - Parameter machine: this machine's id, recorded with every call (spec 23.2).
    public init(
        config: ModelsConfig, ledger: ModelCallLedger? = nil, consent: CloudConsent? = nil, machine: String? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        makeProvider: @escaping @Sendable (ModelSpec) -> ChatProvider = ModelRouter.provider(for:)
    ) {
        self.config = config
        self.ledger = ledger
        self.machine = machine
        self.consent = consent
        self.now = now
        self.makeProvider = makeProvider
    }

    public static func provider(for spec: ModelSpec) -> ChatProvider {
        switch spec.provider {
        case .ollama: OllamaProvider(model: spec)
        case .openai: OpenAIProvider(model: spec)
        case .anthropic: AnthropicProvider(model: spec)
        }
    }

    func provider(for spec: ModelSpec) -> ChatProvider {
        if let p = providers[spec.name] { return p }
        let p = makeProvider(spec)
        providers[spec.name] = p
        return p
    }

    /// Streams one request along the route for `purpose`.
    public nonisolated func stream(purpose: String, request: ChatRequest, options: RouteOptions = RouteOptions()) -> AsyncThrowingStream<
        RouterEvent, Error
    > {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await self.run(purpose: purpose, request: request, options: options) { continuation.yield($0) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The whole reply (events other than the reply are dropped).
    public func chat(purpose: String, request: ChatRequest, options: RouteOptions = RouteOptions()) async throws -> (ChatResponse, ModelSpec) {
        // Runs the route in place (no extra stream and task between caller and provider).
        var result: (ChatResponse, ModelSpec)?
        try await run(purpose: purpose, request: request, options: options) { event in
            if case .done(let r, let m, _) = event { result = (r, m) }
        }
        guard let result else { throw ModelError(.emptyReply, "the router ended without a reply") }
        return result
    }

    func run(purpose: String, request: ChatRequest, options: RouteOptions, _ emit: (RouterEvent) -> Void) async throws {
        var names: [String]
        if let forced = options.model {
            guard config.models[forced] != nil else {
                throw ModelError(.request, "there is no model '\(forced)'; configured: \(config.models.keys.sorted().joined(separator: ", "))")
            }
            names = [forced]
        } else {
            names = config.route(purpose)
        }
        if names.isEmpty {
            throw ModelError(.request, "no model is set for '\(purpose)': add [routes] \(purpose) = [\"MODEL\"] to steward.toml")
        }
        let given = names
        names = names.filter { !options.exclude.contains($0) }
        if names.isEmpty {
            throw ModelError(
                .request,
                "no model is left on the '\(purpose)' route: \(given.joined(separator: ", ")) could not do it; add a stronger model to [routes] \(purpose)"
            )
        }
        var reasons: [String] = []
        var tried = 0
        var cooling: [String] = []
        // First pass honours cool-downs; if every model was only cooling down, a second pass
        // tries them anyway (better a retry than no answer at all).
        for pass in 0..<2 {
            let candidates = pass == 0 ? names : cooling
            if pass == 1 && (tried > 0 || cooling.isEmpty) { break }
            for name in candidates {
                try Task.checkCancellation()
                guard let spec = config.models[name] else { continue }
                var req = request.shaped(for: spec, unconstrained: unconstrained.contains(name))
                if pass == 0, let reason = await coolingDown(spec) {
                    cooling.append(name)
                    reasons.append("\(name): \(reason)")
                    await record(spec, purpose, outcome: "skipped", reason: reason)
                    emit(.skipped(spec, reason: reason))
                    continue
                }
                if let reason = try await refusal(spec, purpose: purpose, options: options, request: &req) {
                    reasons.append("\(name): \(reason)")
                    await record(spec, purpose, outcome: "skipped", reason: reason)
                    emit(.skipped(spec, reason: reason))
                    continue
                }
                // Across machines the budget is reserved first (spec 23.7); the call's record settles it.
                let reservation = try await reserve(spec, req)
                if case .refused(let reason) = reservation {
                    reasons.append("\(name): \(reason)")
                    await record(spec, purpose, outcome: "skipped", reason: reason)
                    emit(.skipped(spec, reason: reason))
                    continue
                }
                emit(.trying(spec))
                tried += 1
                let start = now()
                var firstToken: Double?
                func finish(_ response: ChatResponse) async {
                    // No usage reported: count what was sent (high, as the budget does) and
                    // received, so a server that omits usage cannot slip past the budget.
                    let usage =
                        response.usage
                        ?? Usage(
                            inputTokens: Self.promptTokens(req),
                            outputTokens: (response.message.content.utf8.count + response.message.toolCalls.reduce(0) { $0 + $1.arguments.utf8.count })
                                / 4 + 1)
                    let cost = spec.cost(usage)
                    coolingUntil[name] = nil
                    await record(
                        spec, purpose, outcome: "ok", model: response.model, usage: usage, cost: cost,
                        latency: now().timeIntervalSince(start) * 1000, firstToken: firstToken, settling: reservation)
                    emit(.done(response, model: spec, costUSD: cost))
                }
                do {
                    let provider = self.provider(for: spec)
                    let response: ChatResponse
                    do {
                        response = try await reply(from: provider, req, name: name, start: start, firstToken: &firstToken, emit)
                    } catch let e as ModelError where req.constrained && Self.refusesSchema(e) {
                        // The server takes no schema (or not this one): without it, for the
                        // router's life, saying so once; the reply is repaired as before.
                        unconstrained.insert(name)
                        await record(
                            spec, purpose, outcome: "error", reason: "constrained output refused: \(e.message)",
                            latency: now().timeIntervalSince(start) * 1000)
                        emit(
                            .note(
                                spec,
                                "\(name)'s server refused constrained output (\(e.message)); its replies are read without it from now on (set [models.\(name)] constrained = false to stop trying)"
                            ))
                        req.format = nil
                        req.constrained = false
                        response = try await reply(from: provider, req, name: name, start: start, firstToken: &firstToken, emit)
                    }
                    await finish(response)
                    return
                } catch let e as ModelError where e.kind.isTransport && !Task.isCancelled {
                    coolingUntil[name] = now().addingTimeInterval(config.cooldownSeconds)
                    reasons.append("\(name): \(e.message)")
                    await record(
                        spec, purpose, outcome: "failed", reason: "\(e.kind): \(e.message)", latency: now().timeIntervalSince(start) * 1000,
                        settling: reservation)
                    emit(.failed(spec, reason: e.message))
                } catch {
                    await record(
                        spec, purpose, outcome: "error", reason: "\(error)", latency: now().timeIntervalSince(start) * 1000, settling: reservation)
                    throw error
                }
            }
        }
        if tried == 0 {
            throw ModelError(.policy, "no model on the '\(purpose)' route may be used now — " + reasons.joined(separator: "; "))
        }
        throw ModelError(.connection, "no model on the '\(purpose)' route could answer — " + reasons.joined(separator: "; "))
    }

    /// One reply from `provider`, its pieces emitted as they come (a non-streamed request is
    /// answered whole, with no stream or task between the router and the server).
    func reply(
        from provider: ChatProvider, _ req: ChatRequest, name: String, start: Date, firstToken: inout Double?, _ emit: (RouterEvent) -> Void
    ) async throws -> ChatResponse {
        if !req.stream {
            let response = try await provider.complete(req)
            firstToken = now().timeIntervalSince(start) * 1000
            if !response.message.thinking.isEmpty { emit(.thinking(response.message.thinking)) }
            if !response.message.content.isEmpty { emit(.text(response.message.content)) }
            for c in response.message.toolCalls { emit(.toolCall(c)) }
            return response
        }
        var watch = RepeatWatch()
        for try await event in provider.stream(req) {
            switch event {
            case .text(let t):
                if firstToken == nil { firstToken = now().timeIntervalSince(start) * 1000 }
                emit(.text(t))
                // Leaving the stream cancels the request: the server stops generating.
                if req.stopWhenRepeating && watch.add(t) { return Self.stoppedRepeating(watch.text, request: req, model: name) }
            case .thinking(let t):
                if firstToken == nil { firstToken = now().timeIntervalSince(start) * 1000 }
                emit(.thinking(t))
            case .toolCall(let c):
                if firstToken == nil { firstToken = now().timeIntervalSince(start) * 1000 }
                emit(.toolCall(c))
            case .done(let response):
                return response
            }
        }
        if Task.isCancelled { throw CancellationError() }
        throw ModelError(.emptyReply, "\(name) ended without a reply")
    }

    /// Whether `e` is a server refusing the reply's schema: HTTP 400 or 422 whose text names
    /// it (`response_format`, `json_schema`, `schema`, `format`, `grammar`).
    static func refusesSchema(_ e: ModelError) -> Bool {
        guard e.kind == .request, let status = e.status, [400, 422].contains(status) else { return false }
        // The server's own words follow "(HTTP 400: "; the url before them is not its text.
        let said = e.message.range(of: "(HTTP ").map { String(e.message[$0.upperBound...]) } ?? e.message
        return ["schema", "format", "grammar"].contains { said.lowercased().contains($0) }
    }

    func record(
        _ spec: ModelSpec, _ purpose: String, outcome: String, reason: String? = nil, model: String? = nil, usage: Usage? = nil,
        cost: Double = 0, latency: Double = 0, firstToken: Double? = nil, settling reservation: Reservation = .none
    ) async {
        // A ledger that cannot write must not stop the answer; the loss is visible in `steward models`.
        // The call names the task it was made for (`BudgetOwner`, set around a task's run) and this machine.
        await record(
            ModelCallRecord(
                date: now(), purpose: purpose, modelName: spec.name, provider: spec.provider.rawValue, model: model ?? spec.model, cloud: spec.cloud,
                outcome: outcome, reason: reason, inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0, costUSD: cost,
                latencyMs: latency, firstTokenMs: firstToken, task: BudgetOwner.current?.task, machine: machine), settling: reservation)
    }
}
