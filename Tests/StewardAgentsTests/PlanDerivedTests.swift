import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// The derived recipes (summarise, extract, list, convert, skill, script) against a real
/// workspace and a model on a real HTTP server answering the form questions.
@Suite("Plan: derived recipes")
struct PlanDerivedTests {
    /// Runs `recipe` for `task` planned as `plan` by a `kind` agent, over a workspace holding
    /// `files`, the model answering `answers` in order.
    func derived(
        _ task: String, _ plan: TaskPlan, kind: AgentKind = .fileops, files: [String: String], answers: [String],
        check: ([ToolCall]?, FormAnswers) async throws -> Void
    ) async throws {
        try await runRecipe(
            task, kind: kind, files: files, answers: answers, recipe: { loop, state in await loop.derivedRecipe(plan, &state) }, check: check)
    }

    static func arguments(_ call: ToolCall) -> [String: String] {
        ((try? JSONValue.parse(call.arguments))?.object ?? [:]).compactMapValues(\.string)
    }

    static let insurance =
        "# Email from the insurance\nYour home insurance renews on 1 January. The yearly price goes up from 310 to 335 euros. Bicycles are now covered.\n"

    @Test func aSummaryIsHeldToTheWordLimitTheTaskStates() async throws {
        let task = "Summarise memory/emails/insurance.md in at most 12 words in outputs/insurance-summary.md"
        let long = "The home insurance renews on 1 January and the yearly price rises from 310 to 335 euros, bicycles covered."
        try await derived(
            task, TaskPlan(action: .summarise, files: ["memory/emails/insurance.md"]), files: ["memory/emails/insurance.md": Self.insurance],
            answers: [#"{"unit": "words", "count": 12}"#, JSONValue.object(["summary": .string(long)]).jsonText]
        ) { calls, model in
            // The file is read first: a write made from a file not read is refused.
            #expect(calls?.map(\.name) == ["read_file", "write_file"])
            #expect(calls.map { Self.arguments($0[0]) } == ["path": "memory/emails/insurance.md"])
            let args = try #require(calls?.last).map(Self.arguments) ?? [:]
            #expect(args["path"] == "outputs/insurance-summary.md")
            // Cut to twelve words by code: the model wrote twenty.
            #expect(args["content"] == "The home insurance renews on 1 January and the yearly price rises…\n")
            // The count is chosen from the task's numbers; the summary is asked with the file's text only.
            let count = (model.schema(0)?["properties"] as? [String: Any])?["count"] as? [String: Any]
            #expect((count?["enum"] as? [Int]) == [12])
            #expect(model.prompt(1)?.user == "Text:\n" + Self.insurance)
            #expect(model.prompt(1)?.system.contains("at most 12 words") == true)
        }
    }

    @Test func aSummaryInPointsIsAListOfAtMostThatMany() async throws {
        let task = "Sum up memory/emails/insurance.md in two bullet points in outputs/points.md"
        try await derived(
            task, TaskPlan(action: .summarise, files: ["memory/emails/insurance.md"]), files: ["memory/emails/insurance.md": Self.insurance],
            answers: [#"{"unit": "bullet points", "count": 2}"#, #"{"points": ["1. Renews on 1 January at 335 euros.", "- Bicycles now covered."]}"#]
        ) { calls, _ in
            let args = try #require(calls?.last).map(Self.arguments) ?? [:]
            #expect(args["content"] == "- Renews on 1 January at 335 euros.\n- Bicycles now covered.\n")
        }
    }

    @Test func anAnswerOutsideTheEnumLeavesTheTaskToTheFreeLoop() async throws {
        let task = "Summarise memory/emails/insurance.md in at most 12 words in outputs/insurance-summary.md"
        try await derived(
            task, TaskPlan(action: .summarise, files: ["memory/emails/insurance.md"]), files: ["memory/emails/insurance.md": Self.insurance],
            answers: [#"{"unit": "words", "count": 100}"#]
        ) { calls, model in
            #expect(calls == nil)
            #expect(model.requests.count == 1)
        }
    }

    @Test func anExtractionIsTheToolsWithTheKindTheModelChose() async throws {
        let fair = "Met Tom (tom@example.org) and Ana (ana@example.com).\n"
        let task = "Could you pull the email addresses out of memory/fair.md and list them in outputs/emails.md?"
        try await derived(
            task, TaskPlan(action: .extract, files: ["memory/fair.md"]), files: ["memory/fair.md": fair], answers: [#"{"what": "emails"}"#]
        ) {
            calls, model in
            #expect(calls?.map(\.name) == ["extract_from_file"])
            #expect(calls.map { $0.map(Self.arguments) } == [["from": "memory/fair.md", "what": "emails", "to": "outputs/emails.md"]])
            // The money first in the enum: after "numbers", the model took amounts for numbers.
            let what = (model.schema(0)?["properties"] as? [String: Any])?["what"] as? [String: Any]
            #expect((what?["enum"] as? [String])?.first == "amounts of money")
        }
    }

    @Test func aListOfTheFolderTheTaskNamesIsWrittenByCode() async throws {
        let files = ["memory/music/blue-moon.txt": "x\n", "memory/music/autumn.txt": "y\n", "memory/music-wishlist.md": "- z\n"]
        try await derived(
            "Save the list of files in memory/music to outputs/songs.md", TaskPlan(action: .list, files: []), files: files, answers: []
        ) { calls, model in
            #expect(calls?.map(\.name) == ["list_files", "write_file"])
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["folder": "memory/music"], ["path": "outputs/songs.md", "content": "- autumn.txt\n- blue-moon.txt\n"],
                ])
            // Nothing to ask: the folder is named and holds one ending.
            #expect(model.requests.isEmpty)
        }
    }

    @Test func aFolderOfSeveralEndingsAsksWhichAndAnUnnamedFolderIsAskedWithoutTheOutputs() async throws {
        let files = ["temp/data/a.csv": "1\n", "temp/data/b.txt": "2\n", "temp/data/c.csv": "3\n", "outputs/old.md": "x\n"]
        try await derived(
            "Write the names of my spreadsheet files into outputs/sheets.md", TaskPlan(action: .list, files: []), files: files,
            answers: [#"{"folder": "temp/data"}"#, #"{"ending": ".csv"}"#]
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [["folder": "temp/data"], ["path": "outputs/sheets.md", "content": "- a.csv\n- c.csv\n"]])
            let folder = (model.schema(0)?["properties"] as? [String: Any])?["folder"] as? [String: Any]
            #expect((folder?["enum"] as? [String]).map { !$0.contains("outputs") && $0.contains("temp/data") } == true)
            let ending = (model.schema(1)?["properties"] as? [String: Any])?["ending"] as? [String: Any]
            #expect((ending?["enum"] as? [String]) == ["all", ".csv", ".txt"])
        }
    }

    @Test func aConversionIsConvertFileToThePathTheTaskNames() async throws {
        try await derived(
            "Convert temp/scores.csv into a Markdown table in outputs/scores.md", TaskPlan(action: .convert, files: ["temp/scores.csv"]),
            files: ["temp/scores.csv": "a,b\n1,2\n"], answers: []
        ) { calls, _ in
            #expect(calls.map { $0.map(\.name) } == ["convert_file"])
            #expect(calls.map { $0.map(Self.arguments) } == [["from": "temp/scores.csv", "to": "outputs/scores.md"]])
        }
    }

    @Test func aSkillsFrontMatterAndNumberedStepsAreWrittenByCode() async throws {
        let task = "Could you write me a skill called thank-you-note (in skills/thank-you-note/SKILL.md) with the steps for a thank-you note?"
        let answer =
            #"{"name": "thank-you-note", "description": "Write a thank-you note: short and warm.", "steps": ["1. Name the present.", "", "**Say** thank you."]}"#
        try await derived(task, TaskPlan(action: .skill, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"], answers: [answer]) {
            calls, _ in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    [
                        "path": "skills/thank-you-note/SKILL.md",
                        "content":
                            "---\nname: thank-you-note\ndescription: \"Write a thank-you note: short and warm.\"\n---\n# Thank you note\n\nWrite a thank-you note: short and warm.\n\n1. Name the present.\n2. Say thank you.\n",
                    ]
                ])
        }
    }

    @Test func aScriptIsTheModelsCodeAtThePathTheTaskNames() async throws {
        let task = "Write skills/countdown/scripts/days_until.py, a Python script that prints the days until the date given"
        let code = "import sys\nprint(sys.argv[1])"
        try await derived(
            task, TaskPlan(action: .script, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"],
            answers: [JSONValue.object(["code": .string(code)]).jsonText]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "skills/countdown/scripts/days_until.py", "content": code + "\n"]])
            let schema = (model.schema(0)?["properties"] as? [String: Any])?["code"] as? [String: Any]
            #expect((schema?["pattern"] as? String)?.hasPrefix("^(import|from) ") == true)
        }
    }

    @Test func theNumbersATaskGivesAreItsDigitsAndNumberWords() {
        #expect(AgentLoop.numbers(in: "a one-sentence summary, at most 25 words") == [1, 25])
        #expect(AgentLoop.numbers(in: "Summarise it in two or three sentences into a2.md") == [2, 3])
        #expect(AgentLoop.numbers(in: "a short summary") == [])
    }
}
