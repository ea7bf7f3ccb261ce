import ArgumentParser
import Foundation
import StewardAgents
import StewardCore
import StewardMemory
import StewardModels
import StewardSandbox
import StewardSkills

struct ImproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "improve",
        abstract: "Learn from the task history and propose improvements: route order, model tuning, prompt lines, new skills.",
        discussion: """
            Each improvement is a proposal like any other (kind config, prompt or skill in 'steward review'), with \
            a rationale citing the tasks it learned from. It may change only [routes] and per-model tuning in \
            steward.toml, prompts/ and skills/ — never privacy, budget, model addresses or keys, or hooks/. \
            Nothing takes effect until you approve; 'steward rollback' restores the previous behaviour.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Option(help: "How many recent tasks to learn from.") var tasks = 200
    @Flag(help: "Show what would be proposed; propose nothing.") var dryRun = false
    @Flag(help: "Print the result as JSON.") var json = false

    struct Output: Encodable {
        var kind: String
        var title: String
        var rationale: String
        var tasks: [String]
        var paths: [String]
        var proposal: Int?
        var skipped: String?
    }

    func run() async throws {
        // With [database], the history of every machine's tasks and calls (spec 23.2).
        let (ws, local, store) = try await options.openWithShared(syncAudit: false)
        let services = try await WorkspaceServices.load(ws, store: local, shared: store)
        let (text, config) = (services.configText, services.models)
        let recent = try await store.tasks(limit: max(1, tasks))
        var steps: [String: [TaskStepRecord]] = [:]
        for t in recent { steps[t.id] = try await store.steps(of: t.id) }
        let history = History(tasks: recent, steps: steps, calls: try await store.modelCalls(limit: 20_000))
        var prompts: [AgentKind: String] = [:]
        for kind in AgentKind.allCases {
            if let d = try? await ws.readFile(kind.promptPath) { prompts[kind] = String(decoding: d, as: UTF8.self) }
        }
        let skills = Set(try await SkillRegistry.load(from: ws).reports.map(\.folder))
        let found = Improver.analyse(history, configText: text, config: config, prompts: prompts, skills: skills)
        let pendingTitles = Set(try await ws.pending().map(\.title))

        var out: [Output] = []
        for imp in found {
            var o = Output(kind: imp.kind, title: imp.title, rationale: imp.rationale, tasks: imp.tasks, paths: imp.operations.flatMap(\.paths))
            if pendingTitles.contains(imp.title) {
                o.skipped = "already pending; review it first"
            } else if !dryRun {
                // A config change must leave steward.toml loadable, whatever the analysis thought.
                for case .write("steward.toml", let content, _) in imp.operations {
                    _ = try ModelsConfig.parse(String(decoding: content, as: UTF8.self), source: "the improved steward.toml")
                }
                let r = try await ws.propose(
                    title: imp.title, agent: "steward-improve", operations: imp.operations, policy: .selfImprovement,
                    tool: "improve", rationale: imp.rationale)
                o.proposal = r.number
            }
            out.append(o)
        }
        if json {
            try Terminal.printJSON(out)
            return
        }
        if out.isEmpty {
            print(
                "Nothing to improve from the last \(recent.count) task\(recent.count == 1 ? "" : "s"): no repeated failures, fallbacks, tool errors or repeated tool sequences."
            )
            return
        }
        for o in out {
            let head = o.proposal.map { "Proposed #\($0)" } ?? (o.skipped.map { "Skipped (\($0))" } ?? "Would propose")
            print("\(head) [\(o.kind)]: \(Escape.inline(o.title))")
            for line in o.rationale.split(separator: "\n") { print("    \(Escape.inline(String(line)))") }
        }
        if out.contains(where: { $0.proposal != nil }) {
            print(
                "Review with 'steward review' and 'steward diff N'; nothing changes until you approve, and 'steward rollback N' undoes an approval.")
        }
    }
}
