import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// Which agent a task goes to: the rules read the task's own words, whole, and no agent is
/// chosen that may not write what the task names as its result (dev2 failures, class 2).
@Suite struct TaskRoutingTests {
    @Test func rulesMatchWholeWordsNotPartsOfWords() {
        // ".js" is not ".json": a thermostat's setting went to the code agent, which may not write memory/.
        let thermostat =
            "The bedroom gets too cold at night, so please raise the night value of the schedule in memory/thermostat.json from 16 to 17 and leave the morning one and everything else as it is."
        let words = AgentRules.Words(thermostat)
        #expect(words.endings == [".json"] && !words.match(".js"))
        #expect(AgentRules.decide(thermostat, files: ["memory/thermostat.json"]) == nil)
        // "move" is not in "remove"; "note" not in the name "thank-you-note"; "set" not in "reset", "fix" not in "prefix".
        #expect(!AgentRules.Words("Please remove it").match("move") && AgentRules.Words("Please remove it").match("remove"))
        #expect(!AgentRules.Words("a skill named thank-you-note").match("note"))
        #expect(!AgentRules.Words("reset the prefix").match("set") && !AgentRules.Words("reset the prefix").match("fix"))
        // A word's plain forms still count; a stem, a phrase and a file's ending as written.
        #expect(AgentRules.Words("I moved my notes").match("move") && AgentRules.Words("moving files").match("move"))
        #expect(AgentRules.Words("two copies").match("copy") && AgentRules.Words("Summarize it").match("summar*"))
        #expect(AgentRules.Words("run the unit tests").match("unit test") && !AgentRules.Words("unit, test").match("unit test"))
        #expect(AgentRules.Words("Write skills/a/run.py").match(".py") && AgentRules.Words("Node.js, please").match(".js"))
        #expect(
            AgentRules.decide(#"Could you remove the duplicate of my garden plan in memory/garden? It is the one called "plan copy.md"."#)
                == AgentChoice(kind: .fileops, reason: #"rules: "remove", "duplicate"; the code agent may not write memory/garden/plan copy.md"#))
    }

    @Test func wordsInsidePathsAndNamesAreNotTheTasksWords() {
        // "scripts" names a folder here: sorting it is the file agent's (was a tie with code).
        #expect(AgentRules.decide("Sort the files in memory/scripts/ by date")?.kind == .fileops)
        let words = AgentRules.Words("Summarise memory/emails/insurance.md and plan copy.md")
        #expect(!words.words.contains("emails") && !words.words.contains("copy") && words.words.contains("summarise"))
    }

    @Test func anAgentThatMayNotWriteTheResultIsNeverChosen() {
        // A new skill: only the code agent writes skills/, whatever the words say ("explains", "note").
        let skill =
            "Create skills/thank-you-note/SKILL.md: a skill named thank-you-note, with a description, whose body explains how to write a thank-you note for a present"
        let choice = AgentRules.decide(skill, files: [])
        #expect(choice?.kind == .code)
        #expect(choice?.reason.hasPrefix(#"rules: "skill"; the research agent may not write skills/thank-you-note/SKILL.md"#) == true)
        // A file name the skill is to use ("memory/meetings/<date>.md") is a template, not a
        // result: the skill is still the code agent's (before, no agent could write both).
        let templated =
            "Write a skill at skills/meeting-notes/SKILL.md, named meeting-notes, for writing up rough meeting notes as memory/meetings/<date>.md"
        #expect(AgentRules.decide(templated, files: [])?.kind == .code)
        // No rule word for the code agent at all: the only agent that may write it.
        #expect(
            AgentRules.decide("Create skills/greeting/SKILL.md that explains how to greet people", files: [])
                == AgentChoice(
                    kind: .code,
                    reason:
                        "the research agent may not write skills/greeting/SKILL.md, the fileops agent may not write skills/greeting/SKILL.md"))
        // Code words for a change to memory/: not the code agent.
        #expect(AgentRules.decide("Write a python function list in memory/ideas.md", files: []) == nil)
        // The result is what is new: a script that reads a note is the code agent's.
        let script = "Write a script at skills/tally/run.py that reads memory/data.csv"
        #expect(AgentRules.writers(for: script, files: ["memory/data.csv"])?.kinds == [.code])
        // A new skill is the result, not the file its steps will write (before: routed to the
        // fileops agent, which may not write skills/).
        let newSkill =
            "Could you set up a fuel-log skill for me? Whenever I fill up the car, it should add a line to memory/car/fuel-log.csv with the date."
        #expect(AgentRules.writers(for: newSkill, files: [])?.kinds == [.code])
        #expect(Coaching.asksForSkill("Please write a skill called fuel-log") && !Coaching.asksForSkill("Use the plant-care skill to add a line"))
        // Not knowing what is on main, every path counts, and no agent may write both: no limit.
        #expect(AgentRules.writers(for: script, files: nil) == nil)
        #expect(AgentRules.writers(for: "Summarise memory/a.md into outputs/b.md", files: ["memory/a.md"]) == nil)
        #expect(AgentRules.writers(for: "In memory/a.json set night to 17", files: ["memory/a.json"])?.kinds == [.research, .fileops])
        // A bare name in a named folder is the path it writes.
        #expect(
            AgentRules.writers(for: "Add a file soup.md to the memory/recipes folder", files: ["memory/recipes/leek.md"])?.kinds
                == [.research, .fileops])
    }

    /// The classifier is asked to choose among the agents that may write the result only, and
    /// an answer outside them is not taken; the recorded reason says why.
    @Test func theClassifierChoosesOnlyAmongAgentsThatMayWriteTheResult() async throws {
        let model = Classifier(answer: #"{\"agent\": \"code\"}"#)
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-route-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store(path: dir + "/steward.db")
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
        let spec = LoopBench.spec("a", url: server.url)
        let router = ModelRouter(config: ModelsConfig(models: ["a": spec], routes: ["classify": ["a"]]), ledger: nil)
        let orchestrator = Orchestrator(workspace: ws, router: router, ledger: store)
        let choice = await orchestrator.classify(
            "Please raise the night value in memory/thermostat.json from 16 to 17", forced: nil, options: RouteOptions())
        #expect(
            choice
                == AgentChoice(
                    kind: .research,
                    reason: "the classifier (a) answered code, but the code agent may not write memory/thermostat.json; research instead"))
        let sent = try #require(model.requests.first)
        let body = String(decoding: try JSONSerialization.data(withJSONObject: sent), as: UTF8.self)
        #expect(body.contains(#""enum":["research","fileops"]"#), "\(body)")
    }
}

/// A classifier model: one JSON reply to every request (not streamed), the requests kept.
final class Classifier: @unchecked Sendable {
    // @unchecked: `sent` is only touched under `lock`.
    private let lock = NSLock()
    private var sent: [[String: Any]] = []
    let answer: String
    init(answer: String) { self.answer = answer }

    var requests: [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }

    func respond(_ req: TestRequest) -> TestResponse {
        lock.lock()
        defer { lock.unlock() }
        sent.append(req.json ?? [:])
        return .full(
            status: 200,
            body:
                #"{"id":"c1","object":"chat.completion","model":"a","choices":[{"index":0,"message":{"role":"assistant","content":"\#(answer)"},"finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}"#
        )
    }
}
