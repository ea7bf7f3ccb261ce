import Foundation
import StewardCore

// What may be called: cool-downs, privacy, the cloud budget and secrets, checked before each model is tried.

extension ModelRouter {
    /// Why `spec` is cooling down (this process's memory, or a failure another process
    /// recorded), or nil.
    func coolingDown(_ spec: ModelSpec) async -> String? {
        var until = coolingUntil[spec.name]
        if until == nil, let failed = try? await ledger?.lastFailure(of: spec.name) {
            until = failed.addingTimeInterval(config.cooldownSeconds)
        }
        guard let until, until > now() else { return nil }
        return "cooling down after a failure (\(Int(until.timeIntervalSince(now()).rounded(.up))) s left; [router] cooldown_seconds)"
    }

    /// Why `spec` may not be called now, or nil. May redact `request` (secrets = redact).
    func refusal(_ spec: ModelSpec, purpose: String, options: RouteOptions, request: inout ChatRequest) async throws -> String? {
        guard spec.cloud else { return nil }
        if options.isPrivate { return "this task is private: local models only" }
        if options.noCloud { return "--no-cloud" }
        if config.cloud == .never { return "[privacy] cloud = \"never\"" }
        // Budget and secrets before asking the person: never ask for what would be refused.
        if let ledger {
            let calendar = Calendar(identifier: .gregorian)
            let day = calendar.startOfDay(for: now())
            let month = calendar.date(from: calendar.dateComponents([.year, .month], from: now())) ?? day
            // A hard cap: the prompt is counted generously (3 bytes a token, tool definitions
            // and the output schema included), and the reply may use only what the budget has
            // left: its token limit is lowered to fit, so the call cannot end above the cap.
            // Across machines, what calls in flight hold counts as spent (spec 23.7).
            let today = try await ledger.cloudSpend(since: day) + heldSpend(since: day)
            let thisMonth = try await ledger.cloudSpend(since: month) + heldSpend(since: month)
            let left = min(config.dailyUSD - today, config.monthlyUSD - thisMonth)
            let which =
                config.dailyUSD - today <= config.monthlyUSD - thisMonth
                ? String(format: "daily cloud budget ($%.4f spent, cap $%.2f; [budget] daily_usd)", today, config.dailyUSD)
                : String(format: "monthly cloud budget ($%.4f spent, cap $%.2f; [budget] monthly_usd)", thisMonth, config.monthlyUSD)
            let promptCost = spec.cost(Usage(inputTokens: Self.promptTokens(request), outputTokens: 0))
            let wanted = request.maxTokens ?? spec.maxTokens ?? spec.defaultMaxTokens
            let remainder = left - promptCost
            let affordable =
                left <= 0 || remainder < 0
                ? -1 : spec.priceOut > 0 ? Setting.int((remainder / spec.priceOut * 1_000_000).rounded(.down), clampedTo: 0...Int.max) : wanted
            if affordable < min(wanted, Self.minimumReplyTokens) {
                return String(
                    format: "the %@ has $%.4f left, and this call needs ~$%.4f for the prompt and at least %d reply tokens", which, max(0, left),
                    promptCost, min(wanted, Self.minimumReplyTokens))
            }
            if affordable < wanted { request.maxTokens = affordable }
        }
        var kinds: [String] = []
        for m in request.messages {
            kinds += scanner.scan(m.content).map(\.kind)
            for c in m.toolCalls { kinds += scanner.scan(c.arguments).map(\.kind) }
        }
        // Tool definitions and the output schema leave too; they cannot be redacted safely.
        var fixed: [String] = []
        for t in request.tools { fixed += scanner.scan(t.description + " " + t.parameters.jsonText).map(\.kind) }
        if let f = request.format { fixed += scanner.scan(f.jsonText).map(\.kind) }
        if !fixed.isEmpty {
            return
                "the tool definitions or output format hold secrets (\(Array(Set(fixed)).sorted().joined(separator: ", "))), which are never sent to a cloud model"
        }
        if !kinds.isEmpty && config.secrets == .block {
            return
                "the request holds secrets (\(Array(Set(kinds)).sorted().joined(separator: ", "))) and [privacy] secrets = \"block\" keeps them on this machine"
        }
        if config.cloud == .ask {
            if cloudAnswer == nil {
                guard let consent else { return "[privacy] cloud = \"ask\" and there is no one to ask (no terminal), so no" }
                cloudAnswer = await consent.mayUseCloud(model: spec, purpose: purpose)
            }
            if cloudAnswer == false { return "[privacy] cloud = \"ask\" and the answer was no" }
        }
        if !kinds.isEmpty {
            request.messages = request.messages.map { m in
                var m = m
                m.content = scanner.redact(m.content)
                m.toolCalls = m.toolCalls.map { ToolCall(id: $0.id, name: $0.name, arguments: scanner.redact($0.arguments)) }
                return m
            }
        }
        return nil
    }

    /// A reply shorter than this is not worth a cloud call.
    static let minimumReplyTokens = 256

    /// What the request sends, in tokens, counted high (3 bytes a token).
    static func promptTokens(_ request: ChatRequest) -> Int {
        var bytes = 0
        for m in request.messages { bytes += m.content.utf8.count + m.toolCalls.reduce(0) { $0 + $1.name.utf8.count + $1.arguments.utf8.count } + 8 }
        for t in request.tools { bytes += t.name.utf8.count + t.description.utf8.count + t.parameters.jsonText.utf8.count }
        if let f = request.format { bytes += f.jsonText.utf8.count }
        return bytes / 3 + 1
    }
}
