import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-third blind part's traces (fresh23, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-third blind part's traces")
struct PlanTwentyThirdPartTests {
    /// A list of the notes whose months on a line they share take in the month the task names:
    /// "June to August" holds July, "Nov–Feb" holds January round the year's end; a note that
    /// only says the month's name is no better than one whose range holds it.
    @Test func aListKeepsTheNotesWhoseMonthsTakeInTheMonthAsked() async throws {
        let plants = [
            "memory/plants/lavender.md": "# Lavender\nFlowers: June to August\nFull sun\n",
            "memory/plants/hellebore.md": "# Hellebore\nFlowers: Dec–Mar\n",
            "memory/plants/aster.md": "# Aster\nFlowers: August to October\n",
            "memory/plants/rose.md": "# Rose (Gertrude Jekyll)\nFlowers: late May to July, and again in September\n",
            "memory/plants/crocus.md": "# Crocus\nFlowers: February\n",
        ]
        let run = try await PlanStepTests.run(
            "Which plants in memory/plants flower in July? Save the list to outputs/july.md", kind: .research, files: plants,
            ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/july.md"] == "- lavender.md\n- rose.md\n")
        let texts = Dictionary(uniqueKeysWithValues: plants.map { (String($0.key.split(separator: "/").last!), $0.value) })
        #expect(AgentLoop.inMonth(1, texts) == ["hellebore.md"])
        #expect(AgentLoop.inMonth(9, texts) == ["aster.md", "rose.md"])
        #expect(AgentLoop.months(in: "October to November, or January to March") == [10, 11, 1, 2, 3])
        #expect(AgentLoop.months(in: "mid-March until May") == [3, 4, 5] && AgentLoop.months(in: "discussed in January") == nil)
        #expect(AgentLoop.monthAsked("The seeds I can sow in April, from memory/garden/seeds") == 4)
        #expect(AgentLoop.monthAsked("What may I sow in June?") == 6 && AgentLoop.monthAsked("Anything for March or April?") == nil)
        #expect(AgentLoop.monthAsked("List the books, but leave out the one coming up in May") == nil)
    }

    /// The writer's own entries of a rota, by the lines that name them as a whole word, each
    /// without the names ("Sam", not "Samantha"); a table's rows the same, their names' cell
    /// left off.
    @Test func aRotasOwnEntriesAreTheLinesNamingTheWriter() async throws {
        let rota =
            "# Bin rota, spring\nBins go out by 7 am\n\n- Mon 2 Mar, recycling: Sam, Jordan\n- Mon 9 Mar, general: Samantha\n- Mon 16 Mar, garden: Jordan, Sam\n- Mon 23 Mar, recycling: Alex\n"
        let task =
            "I'm down as Sam on our bin rota. Could you pull out my turns from memory/house/bin-rota.md into outputs/my-turns.md, one per line?"
        let run = try await PlanStepTests.run(
            task, files: ["memory/house/bin-rota.md": rota], ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/my-turns.md"] == "- Mon 2 Mar, recycling\n- Mon 16 Mar, garden\n")
        let table = "| Date | Stall | Who |\n|---|---|---|\n| 4 May | cakes | Sam, Jo |\n| 11 May | books | Samantha |\n| 18 May | plants | Sam |\n"
        #expect(AgentLoop.entries(of: "Sam", in: table) == ["4 May, cakes", "18 May, plants"])
        #expect(AgentLoop.entries(of: "Sam", in: "- Sam: Tuesdays\n- Jo: Fridays\n") == ["Tuesdays"])
        #expect(AgentLoop.entries(of: "Sam", in: "- 4 May: Sam\n- 5 May: Sam\n") == nil, "every line names Sam: no rota")
        #expect(AgentLoop.ownEntriesOf("Extract my shifts (I'm Priya) from memory/rota.md into outputs/my-shifts.md") == "Priya")
        #expect(AgentLoop.ownEntriesOf("I'm Priya. Summarise memory/rota.md into outputs/rota.md") == nil)
        #expect(AgentLoop.writer("I'm listed as Priya on it") == "Priya" && AgentLoop.writer("My name is Ravi") == "Ravi")
    }
}
