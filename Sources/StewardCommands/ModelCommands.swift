import ArgumentParser
import Foundation
import StewardAgents
import StewardCore
import StewardMemory
import StewardModels
import StewardSandbox
import StewardStore

extension WorkspaceOptions {
    /// The router's configuration from `main`'s `steward.toml` (never the working tree's).
    func modelsConfig(_ ws: Workspace) async throws -> ModelsConfig {
        try await WorkspaceServices.modelsConfig(ws)
    }
}

/// Asks on the terminal before the first cloud call of a task (`cloud = "ask"`).
struct TerminalConsent: CloudConsent {
    func mayUseCloud(model: ModelSpec, purpose: String) async -> Bool {
        Confirm.ask(
            "Send this \(purpose) request to \(model.name) (\(model.provider.rawValue) at \(model.url)) — it leaves this machine. Allow for this task? [y/N] "
        )
    }
}

struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "One chat turn through the model router, streamed as it arrives.",
        discussion: "Says which model answered and why any model was skipped or failed. Local models first; cloud only as [privacy] allows.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "What to ask.") var prompt: String
    @Option(help: "Use this model (a [models.NAME]) instead of the route.") var model: String?
    @Option(help: "Which route to take (classify, code, research, fileops, ask).") var route = "ask"
    @Flag(help: "Do not use cloud models for this question.") var noCloud = false
    @Flag(name: .customLong("private"), help: "Local models only, whatever the policy says.") var isPrivate = false

    func validate() throws {
        let chatRoutes = ModelsConfig.purposes.filter { $0 != "embed" }
        guard chatRoutes.contains(route) else {
            throw ValidationError("--route must be one of \(chatRoutes.joined(separator: ", ")) (embed is for embeddings, not chat)")
        }
        if prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the prompt is empty") }
    }

    func run() async throws {
        let (ws, store, shared) = try await options.openWithShared()
        let consent: CloudConsent? = Terminal.stdinIsTTY && Terminal.stderrIsTTY ? TerminalConsent() : nil
        let router = try await WorkspaceServices.load(ws, store: store, shared: shared).router(consent: consent)
        let request = ChatRequest(messages: [.user(prompt)], stream: true)
        let started = Date()
        var wroteText = false
        var thinking = false
        do {
            for try await event in router.stream(
                purpose: route, request: request, options: RouteOptions(model: model, noCloud: noCloud, isPrivate: isPrivate))
            {
                switch event {
                case .trying(let m):
                    Terminal.note(
                        Terminal.dim(
                            "→ \(Escape.inline(m.name)) (\(m.provider.rawValue) \(Escape.inline(m.model)) at \(Escape.inline(m.url))\(m.cloud ? ", cloud" : ""))"
                        ))
                case .skipped(let m, let reason):
                    Terminal.note(Terminal.dim("· skipped \(Escape.inline(m.name)): \(Escape.inline(reason))"))
                case .failed(let m, let reason):
                    if wroteText { print("") }
                    Terminal.note("✗ \(Escape.inline(m.name)) failed: \(Escape.inline(reason)); trying the next model")
                case .text(let t):
                    if thinking {
                        FileHandle.standardError.write(Data("\n".utf8))
                        thinking = false
                    }
                    FileHandle.standardOutput.write(Data(Escape.block(t).utf8))
                    wroteText = true
                case .thinking(let t):
                    // Reasoning goes to stderr, dimmed, so stdout carries only the answer.
                    FileHandle.standardError.write(Data(Terminal.dim(Escape.block(t)).utf8))
                    thinking = true
                case .toolCall(let c):
                    Terminal.note("tool call \(Escape.inline(c.name))(\(Escape.inline(c.arguments)))")
                case .note(_, let text):
                    Terminal.note("note: \(Escape.inline(text))")
                case .done(let r, let m, let cost):
                    if wroteText && !(r.message.content.hasSuffix("\n")) { print("") }
                    let usage = r.usage.map { "\($0.inputTokens) in / \($0.outputTokens) out tokens" } ?? "no usage reported"
                    Terminal.note(
                        Terminal.dim(
                            String(
                                format: "— answered by %@ (%@) · %@ · $%.4f · %.1f s", Escape.inline(m.name), Escape.inline(r.model), usage, cost,
                                Date().timeIntervalSince(started))))
                }
            }
        } catch let e as ModelError {
            throw StewardError(e.kind == .policy ? .refused : .failure, e.message)
        }
    }
}

struct ModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models", abstract: "Configured models, whether they answer, what they have installed, and cloud spend against the caps.")

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print as JSON.") var json = false

    /// The models (the API's `Model`, probed) and the spend figures of the API's `Spend`.
    struct Output: Encodable {
        var models: [ModelEntry]
        var spentTodayUSD: Double
        var spentThisMonthUSD: Double
        /// Held by cloud calls in flight on any machine (open reservations, spec 23.7); the caps
        /// count it as spent until the calls settle.
        var reservedTodayUSD: Double
        var reservedThisMonthUSD: Double
        var dailyCapUSD: Double
        var monthlyCapUSD: Double
        var cloud: String
    }

    /// Asks every configured model server what it has installed, all at once, with short
    /// time-outs. Cloud providers are contacted only under `cloud = "allow"`.
    static func probe(_ config: ModelsConfig) async -> [ModelEntry] {
        var entries: [ModelEntry] = []
        await withTaskGroup(of: ModelEntry.self) { group in
            for spec in config.models.values {
                group.addTask {
                    var entry = ModelEntry(spec, in: config)
                    entry.reachable = false
                    if spec.cloud && config.cloud != .allow {
                        // Do not contact a cloud provider the policy does not allow outright.
                        entry.error = "not contacted: [privacy] cloud = \"\(config.cloud.rawValue)\""
                        return entry
                    }
                    switch await spec.installedNow() {
                    case .success(let names):
                        // Names as each kind of server reports them (a GGUF path, `name:tag`, a dated id).
                        let installed: Bool? = names.isEmpty ? nil : spec.isServed(by: names)
                        entry.reachable = true
                        entry.installed = installed
                        entry.hint = installed == false ? spec.notServedHint(names) : nil
                    case .failure(let error):
                        entry.error = "\(error)"
                    }
                    return entry
                }
            }
            for await e in group { entries.append(e) }
        }
        return entries.sorted { $0.name < $1.name }
    }

    func run() async throws {
        let (ws, _, shared) = try await options.openWithShared()
        let config = try await options.modelsConfig(ws)
        let entries = await Self.probe(config)
        // With [database], every machine's spend (spec 23.7).
        let spend = try await shared.spend(dailyCapUSD: config.dailyUSD, monthlyCapUSD: config.monthlyUSD, days: 0)
        let out = Output(
            models: entries, spentTodayUSD: spend.todayUSD, spentThisMonthUSD: spend.monthUSD,
            reservedTodayUSD: spend.reservedTodayUSD, reservedThisMonthUSD: spend.reservedMonthUSD, dailyCapUSD: spend.dailyCapUSD,
            monthlyCapUSD: spend.monthlyCapUSD, cloud: config.cloud.rawValue)
        if json {
            try Terminal.printJSON(out)
            return
        }
        var rows = [["NAME", "PROVIDER", "MODEL", "WHERE", "STATUS", "ROUTES"]]
        for e in entries {
            let missing = e.provider == ProviderKind.ollama.rawValue ? "answers, model not installed" : "answers, model not served"
            let status =
                e.reachable == true
                ? (e.installed == false ? missing : "answers") : (e.error?.hasPrefix("not contacted") == true ? "not contacted" : "unreachable")
            rows.append([e.name, e.provider, e.model, (e.cloud ? "cloud " : "local ") + e.url, status, e.routes.joined(separator: ",")])
        }
        print(Terminal.table(rows))
        for e in entries where e.reachable != true || e.hint != nil { print("  \(Escape.inline(e.name)): \(Escape.inline(e.hint ?? e.error ?? ""))") }
        print(
            String(
                format: "Cloud spend: today $%.4f%@ of $%.2f, this month $%.4f%@ of $%.2f; [privacy] cloud = %@", out.spentTodayUSD,
                Self.reserved(out.reservedTodayUSD), out.dailyCapUSD, out.spentThisMonthUSD, Self.reserved(out.reservedThisMonthUSD),
                out.monthlyCapUSD, out.cloud))
    }

    /// ` + $0.0060 reserved` when calls in flight hold money (counted against the caps), else nothing.
    static func reserved(_ usd: Double) -> String {
        usd > 0 ? String(format: " + $%.4f reserved", usd) : ""
    }
}
