import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardSkills
import StewardTools

/// One concrete change `steward improve` proposes, with the evidence for it.
public struct Improvement: Sendable, Hashable {
    /// `config`, `prompt` or `skill` (what the proposal will show in review).
    public var kind: String
    public var title: String
    /// Why, citing the tasks it learned from (kept in the proposal's first commit).
    public var rationale: String
    public var operations: [FileOperation]
    /// The tasks it learned from.
    public var tasks: [String]
}

/// What Steward has seen, for `Improver.analyse`.
public struct History: Sendable {
    public var tasks: [TaskRecord]
    public var steps: [String: [TaskStepRecord]]
    public var calls: [ModelCallRecord]
    public init(tasks: [TaskRecord], steps: [String: [TaskStepRecord]], calls: [ModelCallRecord]) {
        self.tasks = tasks
        self.steps = steps
        self.calls = calls
    }
}

/// Reads the task history (failures, fallbacks, unusable replies, tool errors, repeated tool
/// sequences, slow or costly routes) and turns what it finds into proposals: a route order
/// or per-model tuning in `steward.toml`, a line in `prompts/`, a new skill. Deterministic,
/// so the same history always gives the same proposals, and each cites its tasks. Every
/// change still passes the self-improvement policy and waits for the person.
public enum Improver {
    /// How often a pattern must recur before it is worth a proposal.
    public static let minEvidence = 2
    public static let minRepeats = 3

    public static func analyse(_ h: History, configText: String, config: ModelsConfig, prompts: [AgentKind: String], skills: Set<String>)
        -> [Improvement]
    {
        var found: [Improvement] = []
        if let routes = routeOrder(h, configText: configText, config: config) { found.append(routes) }
        found += tuning(h, configText: configText, config: config)
        found += promptLines(h, prompts: prompts)
        found += newSkills(h, existing: skills)
        return found
    }

    // MARK: - Routes

    struct ModelStats {
        var ok = 0, failed = 0, cloud = false
        var latencies: [Double] = []
        var tasks: Set<String> = []
        var attempts: Int { ok + failed }
        var failRate: Double { attempts == 0 ? 0 : Double(failed) / Double(attempts) }
        var reliable: Bool { ok >= Improver.minEvidence && failRate < 0.5 }
        var unreliable: Bool { failed >= Improver.minEvidence && failRate >= 0.5 }
        var p50: Double { latencies.isEmpty ? 0 : latencies.sorted()[latencies.count / 2] }
    }

    /// The task whose time span holds `date` (calls are not linked to tasks otherwise).
    static func task(at date: Date, in tasks: [TaskRecord]) -> String? {
        tasks.first { date >= $0.started.addingTimeInterval(-1) && date <= ($0.finished ?? .distantFuture).addingTimeInterval(1) }?.id
    }

    static func routeOrder(_ h: History, configText: String, config: ModelsConfig) -> Improvement? {
        var text = configText
        var reasons: [String] = []
        var cited: Set<String> = []
        var changed: [String] = []
        for purpose in config.routes.keys.sorted() {
            let route = config.route(purpose)
            guard route.count > 1 else { continue }
            var stats: [String: ModelStats] = [:]
            for name in route { stats[name] = ModelStats(cloud: config.models[name]?.cloud ?? false) }
            for c in h.calls where c.purpose == purpose && stats[c.modelName] != nil && c.outcome != "skipped" {
                if c.outcome == "ok" {
                    stats[c.modelName]!.ok += 1
                    stats[c.modelName]!.latencies.append(c.latencyMs)
                } else {
                    stats[c.modelName]!.failed += 1
                    if let t = task(at: c.date, in: h.tasks) { stats[c.modelName]!.tasks.insert(t) }
                }
            }
            // An agent giving up on a model (unusable replies) is a failure too.
            for t in h.tasks where t.agent == purpose {
                for s in h.steps[t.id] ?? [] where s.kind == .fallback && !s.output.hasPrefix("skipped") {
                    if let m = s.model, stats[m] != nil {
                        stats[m]!.failed += 1
                        stats[m]!.tasks.insert(t.id)
                    }
                }
            }
            var order = route
            var why: [String] = []
            var swapped = true
            var rounds = 0
            while swapped && rounds < route.count * route.count {
                swapped = false
                rounds += 1
                for i in 0..<(order.count - 1) {
                    let a = stats[order[i]]!
                    let b = stats[order[i + 1]]!
                    var reason: String?
                    if a.unreliable && b.reliable {
                        reason = "\(order[i]) failed \(a.failed) of \(a.attempts) tries, \(order[i + 1]) answered \(b.ok) of \(b.attempts)"
                        cited.formUnion(a.tasks)
                    } else if a.cloud && !b.cloud && b.reliable {
                        reason = "\(order[i]) is a cloud model and \(order[i + 1]), local, answered \(b.ok) of \(b.attempts)"
                    } else if a.reliable && b.reliable && a.ok >= minRepeats && b.ok >= minRepeats && a.p50 > 3 * b.p50 && b.p50 > 0 {
                        reason = "\(order[i]) took \(Int(a.p50)) ms a reply (median) and \(order[i + 1]) \(Int(b.p50)) ms"
                    }
                    if let reason {
                        order.swapAt(i, i + 1)
                        why.append(reason)
                        swapped = true
                    }
                }
            }
            guard order != route, let edited = setRoute(purpose, order, in: text) else { continue }
            text = edited
            changed.append(purpose)
            reasons.append(
                "- [routes] \(purpose): \(route.joined(separator: ", ")) → \(order.joined(separator: ", ")), because \(why.joined(separator: "; "))")
        }
        guard !changed.isEmpty else { return nil }
        let tasks = cited.sorted()
        return Improvement(
            kind: "config", title: "Improve: reorder the \(changed.joined(separator: ", ")) route\(changed.count == 1 ? "" : "s")",
            rationale: reasons.joined(separator: "\n") + (tasks.isEmpty ? "" : "\nLearned from tasks: \(tasks.joined(separator: ", "))."),
            operations: [.write(path: "steward.toml", content: Data(text.utf8), executable: false)], tasks: tasks)
    }

    /// Replaces `purpose = [...]` inside `[routes]`; nil when that line is not plainly there.
    static func setRoute(_ purpose: String, _ order: [String], in text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        var inRoutes = false
        for (i, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") { inRoutes = t == "[routes]" }
            guard inRoutes, t.hasPrefix(purpose), t.dropFirst(purpose.count).trimmingCharacters(in: .whitespaces).hasPrefix("="),
                t.contains("]")
            else { continue }
            lines[i] = "\(purpose) = [" + order.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            return lines.joined(separator: "\n")
        }
        return nil
    }

    // MARK: - Per-model tuning

    static func tuning(_ h: History, configText: String, config: ModelsConfig) -> [Improvement] {
        var byModel: [String: (count: Int, tasks: Set<String>)] = [:]
        for t in h.tasks {
            for s in h.steps[t.id] ?? [] where (s.kind == .correction || (s.kind == .model && !s.ok)) {
                guard let m = s.model else { continue }
                byModel[m, default: (0, [])].count += 1
                byModel[m]!.tasks.insert(t.id)
            }
        }
        var out: [Improvement] = []
        for (model, seen) in byModel.sorted(by: { $0.key < $1.key }) {
            guard seen.count >= minRepeats, seen.tasks.count >= minEvidence, let spec = config.models[model], spec.toolCalls != "prompt",
                let edited = setModelKey(model, "tool_calls", "\"prompt\"", in: configText)
            else { continue }
            let tasks = seen.tasks.sorted()
            out.append(
                Improvement(
                    kind: "config", title: "Improve: let Steward read \(model)'s tool calls from its text (tool_calls = \"prompt\")",
                    rationale:
                        "\(model) gave \(seen.count) replies the agents could not use in \(tasks.count) tasks; with tool_calls = \"prompt\" the tools are described in the prompt and Steward reads (and corrects) the calls itself.\nLearned from tasks: \(tasks.joined(separator: ", ")).",
                    operations: [.write(path: "steward.toml", content: Data(edited.utf8), executable: false)], tasks: tasks))
        }
        return out
    }

    /// Sets `key = value` in `[models.NAME]`, replacing the line if there is one.
    static func setModelKey(_ model: String, _ key: String, _ value: String, in text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard let header = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "[models.\(model)]" }) else { return nil }
        var end = lines.count
        for i in (header + 1)..<lines.count where lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("[") {
            end = i
            break
        }
        if let existing = (header + 1..<end).first(where: {
            lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix(key + " ") || lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix(key + "=")
        }) {
            lines[existing] = "\(key) = \(value)"
        } else {
            // After the section's last setting, before blank lines and the next section.
            var at = end
            while at > header + 1 && lines[at - 1].trimmingCharacters(in: .whitespaces).isEmpty { at -= 1 }
            lines.insert("\(key) = \(value)", at: at)
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Prompts

    static func promptLines(_ h: History, prompts: [AgentKind: String]) -> [Improvement] {
        var invented: [AgentKind: [String: Set<String>]] = [:]
        var refused: [AgentKind: Set<String>] = [:]
        for t in h.tasks {
            guard let kind = AgentKind(rawValue: t.agent) else { continue }
            for s in h.steps[t.id] ?? [] where s.kind == .tool && !s.ok {
                if s.output.hasPrefix("error: there is no tool \""), let name = s.name {
                    invented[kind, default: [:]][name, default: []].insert(t.id)
                } else if s.output.contains("may write only in") {
                    refused[kind, default: []].insert(t.id)
                }
            }
        }
        var out: [Improvement] = []
        for kind in AgentKind.allCases {
            let current = prompts[kind] ?? kind.defaultPrompt
            var lines: [String] = []
            var cited: Set<String> = []
            var why: [String] = []
            for (name, tasks) in (invented[kind] ?? [:]).sorted(by: { $0.key < $1.key }) where tasks.count >= minEvidence {
                let safe = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }
                guard safe, name.count <= 40 else { continue }
                let line = "There is no \(name) tool" + (Coaching.meant(name).map { "; use \($0)." } ?? ".")
                if current.contains(line) { continue }
                lines.append(line)
                cited.formUnion(tasks)
                why.append("the \(kind.rawValue) agent called a \(name) tool that does not exist in \(tasks.count) tasks")
            }
            if let tasks = refused[kind], tasks.count >= minEvidence {
                let line = "Write only under \(kind.folders.map { $0 + "/" }.joined(separator: ", ")); writes anywhere else are refused."
                if !current.contains(line) {
                    lines.append(line)
                    cited.formUnion(tasks)
                    why.append("the \(kind.rawValue) agent tried to write outside its folders in \(tasks.count) tasks")
                }
            }
            guard !lines.isEmpty else { continue }
            let text = current.trimmingCharacters(in: .whitespacesAndNewlines) + "\n" + lines.joined(separator: "\n") + "\n"
            let tasks = cited.sorted()
            out.append(
                Improvement(
                    kind: "prompt", title: "Improve: tell the \(kind.rawValue) agent what it keeps getting wrong",
                    rationale: why.joined(separator: "; ") + ".\nLearned from tasks: \(tasks.joined(separator: ", ")).",
                    operations: [.write(path: kind.promptPath, content: Data(text.utf8), executable: false)], tasks: tasks))
        }
        return out
    }

    // MARK: - Skills

    static func newSkills(_ h: History, existing: Set<String>) -> [Improvement] {
        var bySequence: [String: [TaskRecord]] = [:]
        for t in h.tasks where t.status == .done {
            var seq: [String] = []
            for s in h.steps[t.id] ?? [] where s.kind == .tool && s.ok {
                guard let n = s.name, n != Finish.name, seq.last != n else { continue }
                seq.append(n)
            }
            guard seq.count >= 2, seq.count <= 8 else { continue }
            bySequence[t.agent + ":" + seq.joined(separator: ","), default: []].append(t)
        }
        var out: [Improvement] = []
        for (key, tasks) in bySequence.sorted(by: { $0.key < $1.key }) where tasks.count >= minRepeats {
            let agent = String(key.prefix { $0 != ":" })
            let tools = key.drop { $0 != ":" }.dropFirst().split(separator: ",").map(String.init)
            let verbs = tools.map {
                $0.replacingOccurrences(of: "_files", with: "").replacingOccurrences(of: "_file", with: "").replacingOccurrences(of: "_", with: "-")
            }
            let name = String((agent + "-" + verbs.joined(separator: "-")).prefix(64)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            guard SkillManifest.nameProblem(name) == nil, !existing.contains(name) else { continue }
            let examples = tasks.prefix(5).map { "- \($0.id): \"\(Escape.inline(String($0.prompt.prefix(100))))\"" }
            let steps = tools.enumerated().map { i, t in "\(i + 1). `\(t)`: \(ToolRegistry.tool(named: t)?.definition.description ?? "")" }
            let quoted = Escape.inline(String(tasks[0].prompt.prefix(80))).replacingOccurrences(of: "\"", with: "'")
            let body = """
                ---
                name: \(name)
                description: "How the \(agent) agent did tasks like '\(quoted)': \(tools.joined(separator: ", then ")). Use it for similar tasks."
                metadata:
                  generated-by: steward improve
                  learned-from: \(tasks.map(\.id).joined(separator: " "))
                ---
                # \(verbs.joined(separator: ", then "))

                Steward's \(agent) agent finished \(tasks.count) tasks with these steps, in this order:

                \(steps.joined(separator: "\n"))

                Tasks it learned from:
                \(examples.joined(separator: "\n"))

                """
            // Only a skill that passes the format's own checks is proposed.
            guard SkillManifest.parse(Data(body.utf8), folder: name).0 != nil else { continue }
            out.append(
                Improvement(
                    kind: "skill", title: "Improve: a skill for \(agent) tasks done as \(tools.joined(separator: " → "))",
                    rationale:
                        "\(tasks.count) finished \(agent) tasks used the same steps (\(tools.joined(separator: " → "))); a skill lets the agents start from them.\nLearned from tasks: \(tasks.map(\.id).joined(separator: ", ")).",
                    operations: [.write(path: "skills/\(name)/SKILL.md", content: Data(body.utf8), executable: false)], tasks: tasks.map(\.id)))
        }
        return out
    }
}
