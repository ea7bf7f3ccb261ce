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

    /// A rename's file is not the one the task names as an example of the name it wants.
    @Test func aRenameLeavesTheExampleName() async throws {
        let files = [
            "memory/bills/water-2025-26.md": "# Water, 2025-26\nPaid in full\n",
            "memory/bills/water-current.md": "# Water, this year\nDirect debit\n",
        ]
        let task =
            "I name each water bill note after its year, like water-2025-26.md, but this one is still called water-current.md. Please rename it to water-2026-27.md in memory/bills."
        let run = try await PlanStepTests.run(task, kind: .fileops, files: files, ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(run.files["memory/bills/water-2026-27.md"] == files["memory/bills/water-current.md"])
        #expect(run.files["memory/bills/water-2025-26.md"] == files["memory/bills/water-2025-26.md"])
        #expect(AgentLoop.namedAsExample(task, "memory/bills/water-2025-26.md") && !AgentLoop.namedAsExample(task, "memory/bills/water-current.md"))
    }

    /// A "X instead of Y" swap takes the new name whole ("Elm Road Community Centre", not "Road
    /// Community Centre"), not a sentence's first word; a new line run on into the task's next
    /// sentence is cut there.
    @Test func aSwapTakesTheNewNameWholeAndALineEndsWithItsSentence() {
        let text = "# Rehearsals\nTuesdays at St Anne's Hall\n"
        let edit = AgentLoop.insteadSwap("From May we meet at Elm Road Community Centre instead of St Anne's Hall.", in: text)
        #expect(edit?.new == "Tuesdays at Elm Road Community Centre")
        let day = AgentLoop.insteadSwap("Tuesdays instead of Mondays, please.", in: "- Mondays at 7\n")
        #expect(day?.new == "- Tuesdays at 7")
        #expect(
            AgentLoop.cutAtNextSentence(
                "Tuesdays at the Elm Road Centre for good. The hall is named in",
                of: "Rehearsals move to the Elm Road Centre for good. The hall is named in two notes.")
                == "Tuesdays at the Elm Road Centre for good")
    }

    /// A new note whose lines say nothing of what it is gets a title from its file's name.
    @Test func aNewNoteSaysWhatItIsByItsName() async throws {
        let task =
            "The vet rang to book Biscuit in. Could you make a note of it, booster-2027.md in memory/pets? Oakfield Vets, 14 September, 4.15 pm."
        let run = try await PlanStepTests.run(
            task, files: ["memory/pets/vets.md": "# Vets\n"],
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"lines": ["Oakfield Vets, 14 September, 4.15 pm"]}"#)]))
        #expect(run.files["memory/pets/booster-2027.md"] == "# Booster 2027\nOakfield Vets, 14 September, 4.15 pm\n")
        #expect(AgentLoop.titleByName("memory/pets/booster-2027.md", lines: ["Biscuit's booster: 14 September"]) == nil)
        #expect(AgentLoop.titleByName("outputs/booster.csv", lines: ["date,time"]) == nil)
    }

    /// "Both are in memory/…" says where two folders are: the move is of the one note named.
    @Test func bothOfTwoFoldersIsNoCountOfFiles() async throws {
        let files = [
            "memory/art/ideas/fox-in-snow.md": "# Fox in snow\nSharp\n", "memory/art/ideas/fox-at-dusk.md": "# Fox at dusk\nSoft\n",
            "memory/art/show-2027/README.md": "# Show entries\n",
        ]
        let task = "The fox in snow is my entry. Can you move fox-in-snow.md from the ideas folder into show-2027? Both are in memory/art."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .fileops, files: files,
            ScriptedModel([.text(#"{"action": "move"}"#)]))
        #expect(run.files["memory/art/show-2027/fox-in-snow.md"] == files["memory/art/ideas/fox-in-snow.md"], "\(run.files.keys.sorted())")
        #expect(run.files["memory/art/ideas/fox-at-dusk.md"] == files["memory/art/ideas/fox-at-dusk.md"])
        #expect(AgentLoop.statedCount(task) == nil && AgentLoop.statedCount("Could you move both of them into memory/art?") == 2)
    }

    /// A summary reads the file the person names by path, not one the routing found by a word
    /// of the task ("The dentist sent …": the dentist's own note).
    @Test func aSummaryReadsTheFileThePersonNames() async throws {
        let files = [
            "memory/health/dentist.md": "# Dentist\nBridge Street Dental, ask for Amir\n",
            "memory/health/checkup-2027-02.md":
                "# Check-up, 2 February 2027\nTwo fillings needed soon. Paid £23.80. Next check-up in August 2027.\n",
        ]
        let task = "The dentist sent a long letter. Could you sum up memory/health/checkup-2027-02.md in 30 words or fewer in outputs/checkup.md?"
        let said = Coaching.withNamedPaths(task, files: Array(files.keys))
        let run = try await PlanStepTests.run(
            task, said: said, kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        let plan = run.steps.first { $0.output.hasPrefix("plan: ") }?.output
        #expect(plan == "plan: summarise memory/health/checkup-2027-02.md", "\(said)")
        #expect(run.files["outputs/checkup.md"] != nil)
        // The note the routing found is known as such, so a write is not refused until it is read.
        #expect(Coaching(task: said, kind: .research, tools: []).routedPaths == ["memory/health/dentist.md"], "\(said)")
    }
}
