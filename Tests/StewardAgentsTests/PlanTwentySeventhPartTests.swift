import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-seventh blind part's traces (fresh27, issue 19) showed the plan getting
/// wrong, each made by code, on fixtures of their own (not the part's). The whole loop runs
/// where it says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real
/// workspace).
@Suite("Plan: the twenty-seventh blind part's traces")
struct PlanTwentySeventhPartTests {
    static let matches: [String: String] = [
        "memory/matches/2025-09-13-rovers-away.txt": "Result: lost 1-2\n",
        "memory/matches/2026-03-07-united-home.txt": "Result: won 3-0\n",
        "memory/matches/2026-04-18-city-away.txt": "Result: drew 1-1\n",
        "memory/matches/2026-shortlist.md": "- a cup tie, maybe\n",
        "memory/matches/postponed/2026-02-21-athletic-home.txt": "Result: postponed\n",
    ]

    /// A list of the files whose names have the year the task says, leaving out a folder and a
    /// file it names, when the output's own path has that year too: the whole loop lists the two.
    @Test func aListOfTheFilesOfAYear() async throws {
        let task =
            "List the 2026 match files in memory/matches, not the postponed folder or the shortlist, and save the list to outputs/matches-2026.md"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: Self.matches, ScriptedModel([.text(#"{"action": "list"}"#), .text(#"{"ending": "all"}"#)]))
        #expect(run.files["outputs/matches-2026.md"] == "- 2026-03-07-united-home.txt\n- 2026-04-18-city-away.txt\n")
        let names = Self.matches.keys.map { String($0.dropFirst("memory/matches/".count)) }.sorted()
        #expect(
            AgentLoop.namedYear("Please list my 2026 matches in outputs/m.md, leaving out the 2025 one", among: names)
                == ["2026-03-07-united-home.txt", "2026-04-18-city-away.txt", "2026-shortlist.md", "postponed/2026-02-21-athletic-home.txt"])
        #expect(AgentLoop.namedYear("List the matches in memory/matches-2026", among: names) == nil, "a path's year is no pick")
        #expect(AgentLoop.namedYear("List the 2024 matches", among: names) == nil, "a year no name has picks nothing")
        // A year said in a sentence that ends before a path's place, the next starting with a capital.
        #expect(
            AgentLoop.namedYear(
                "Can you list my matches this season? They're the files starting 2026 in memory/matches; put them in outputs/m-2026.md. The postponed folder doesn't count.",
                among: names) == [
                    "2026-03-07-united-home.txt", "2026-04-18-city-away.txt", "2026-shortlist.md", "postponed/2026-02-21-athletic-home.txt",
                ])
    }

    /// What a list leaves out: each thing it names, by all of its words a name has ("the 2026
    /// shortlist" is the shortlist, not every 2026 match), up to where the next step starts, and
    /// what "isn't a" kind of the listed thing.
    @Test func whatAListLeavesOutIsEachThingItNames() {
        let names = Self.matches.keys.map { String($0.dropFirst("memory/matches/".count)) }.sorted()
        #expect(
            AgentLoop.leftOut("List the matches of 2026, leaving out the 2026 shortlist and anything postponed", among: names) == [
                "2026-shortlist.md", "postponed/2026-02-21-athletic-home.txt",
            ])
        #expect(
            AgentLoop.leftOut("List the matches, not the rovers one, and save them to outputs/united-2026.md", among: names) == [
                "2025-09-13-rovers-away.txt"
            ], "the list's own path is no thing left out")
        #expect(AgentLoop.leftOut("List the matches. The shortlist isn't a match.", among: names) == ["2026-shortlist.md"])
        #expect(
            AgentLoop.leftOut("List the matches. The postponed folder doesn't count and the shortlist isn't a match.", among: names) == [
                "2026-shortlist.md", "postponed/2026-02-21-athletic-home.txt",
            ], "each saying of what does not count")
        #expect(AgentLoop.nextStep(in: " the old ones, then copy it to outputs/") != nil)
        #expect(AgentLoop.nextStep(in: " the red, green and blue ones") == nil, "a list of things is no next step")
    }

    static let feeders =
        "; Bird feeders, and how often each is filled\nowner = Ash\n\n[front hedge]\nfood = sunflower hearts\nfill_every_days = 3\n\n[back fence]\nfood = \"fat balls\"\nfill_every_days = 7\n\n; taken down in October\n; [shed]\n; food = peanuts\n\n[pond]\nfood = nyjer\nfill_every_days = 5\n"

    /// An INI file's sections are records: `convert_file` writes them as JSON with the numbers
    /// as numbers, a commented-out section left out, the file's own settings no record; a file
    /// with no sections gets a clear refusal.
    @Test func anINIFilesSectionsConvertAsRecords() async throws {
        let rows = try #require(ConvertFile.rows(ini: Self.feeders))
        #expect(
            rows == [
                ["name", "food", "fill_every_days"], ["front hedge", "sunflower hearts", "3"], ["back fence", "fat balls", "7"],
                ["pond", "nyjer", "5"],
            ])
        #expect(ConvertFile.rows(ini: "[only]\nkey = value\n") == nil, "one section is no records")
        #expect(ConvertFile.rows(ini: "[a]\nname = x\n[b]\nname = y\n")?.first == ["section", "name"], "a key called name keeps its name")
        #expect(ConvertFile.rows(ini: "[a]\nthis line is prose\n[b]\nk = v\n") == nil)
        #expect(ConvertFile.converts("memory/feeders.ini", "outputs/feeders.json"))
        let run = try await PlanStepTests.run(
            "Convert memory/birds/feeders.ini to JSON at outputs/feeders.json", kind: .research, files: ["memory/birds/feeders.ini": Self.feeders],
            ScriptedModel([.text(#"{"action": "convert"}"#)]))
        let json = try #require(run.files["outputs/feeders.json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 3)
        #expect(objects.first?["name"] as? String == "front hedge")
        #expect(objects.first?["fill_every_days"] as? Int == 3, "\(json)")
        #expect(!json.contains("shed") && !json.contains("Ash"))
        let refused = try await PlanStepTests.run(
            "Convert memory/birds/notes.ini to outputs/notes.json", kind: .research, files: ["memory/birds/notes.ini": "owner = Ash\n"],
            ScriptedModel([.text(#"{"action": "convert"}"#), .text(#"{"name": "finish", "arguments": {"summary": "no"}}"#)]))
        #expect(refused.files["outputs/notes.json"] == nil)
        #expect(refused.steps.contains { $0.output.contains("has fewer than two [sections]") })
    }
}

extension PlanTwentySeventhPartTests {
    static let rota =
        "# Allotment watering rota, October 2027\n- date: 2027-10-03\n  water: Ravi\n  lock_up: Dora\n- date: 2027-10-10\n  water: Sunita\n  lock_up: Dora\n- date: 2027-10-17\n  water: Ravi\n  lock_up: Ben\n"

    /// One dated record's name for another's: the record by the task's date, in a YAML list, a
    /// block or a line, the old name the one that stands in it, the new one the one that does
    /// not; the whole loop makes the change, planned as an append or as a change.
    @Test func aDatedRecordsNameSwapped() async throws {
        let swapped = Self.rota.replacingOccurrences(of: "2027-10-17\n  water: Ravi", with: "2027-10-17\n  water: Sunita")
        #expect(
            AgentLoop.recordSwap("In memory/allotment/rota.yaml, put Sunita on watering for 17 October instead of Ravi", in: Self.rota)
                == AgentLoop.LineEdit(old: "- date: 2027-10-17\n  water: Ravi", new: "- date: 2027-10-17\n  water: Sunita", word: false))
        #expect(
            AgentLoop.recordSwap("Ravi can't water on the 17th of October, and Sunita will do it. He's still on the 3rd.", in: Self.rota) != nil)
        #expect(
            AgentLoop.recordSwap("Ben is away on Sunday 17 October, so Dora locks up that day: Ravi still waters.", in: Self.rota)
                == AgentLoop.LineEdit(
                    old: "- date: 2027-10-17\n  water: Ravi\n  lock_up: Ben", new: "- date: 2027-10-17\n  water: Ravi\n  lock_up: Dora", word: false),
            "the old name is the one in the record; a name after a colon is another part")
        #expect(AgentLoop.recordSwap("Put Sunita on watering instead of Ravi", in: Self.rota) == nil, "no date: no record")
        #expect(AgentLoop.recordSwap("Put Sunita on for 24 October instead of Ravi", in: Self.rota) == nil, "no record of that date")
        #expect(
            AgentLoop.recordSwap("Put Sunita and Dora on for 17 October instead of Ravi", in: Self.rota) == nil, "two new names: not one swap")
        let lines = "2027-10-03 Ravi\n2027-10-10 Sunita\n2027-10-17 Ravi\n"
        #expect(
            AgentLoop.recordSwap("Swap in Sunita for the 17 October slot instead of Ravi", in: lines)
                == AgentLoop.LineEdit(old: "2027-10-17 Ravi", new: "2027-10-17 Sunita", word: false))
        for (said, plan) in [
            ("In memory/allotment/rota.yaml, put Sunita on watering for 17 October instead of Ravi", "append"),
            (
                "Ravi can't water on the 17th of October and Sunita will cover. Could you change memory/allotment/rota.yaml? He still does the 3rd.",
                "replace"
            ),
        ] {
            let run = try await PlanStepTests.run(
                said, files: ["memory/allotment/rota.yaml": Self.rota, "memory/allotment/plots.md": "# Plots\n- Ravi: 4\n"],
                ScriptedModel([.text(#"{"action": "\#(plan)"}"#)]))
            #expect(run.files["memory/allotment/rota.yaml"] == swapped, "\(said)")
            #expect(run.files["memory/allotment/plots.md"] == "# Plots\n- Ravi: 4\n")
        }
    }
}

extension PlanTwentySeventhPartTests {
    static let refund = """
        From: Bookings <bookings@lakeside.example>
        Subject: Your cancelled stay

        Thank you for letting us know about the cancellation on 4 October.

        Your booking cost £900. Under our terms we keep two fees:
        - £50 admin fee
        - £30 card charge

        That leaves £820 to be refunded to you. It will reach your card within 5 working days.
        If you disagree with the fees, you can appeal to the holiday ombudsman by 15 November 2027.
        """

    /// A summary's point on what comes back is the amount returned, not every sum; a point
    /// answered by a sentence ending in a colon takes the list under it.
    @Test func aSummaryOfWhatComesBackAndEachFee() async throws {
        let task =
            "Summarise memory/holidays/refund.txt in outputs/refund.md in three sentences at most: how much I get back, the fees and the deadline to appeal"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/holidays/refund.txt": Self.refund], ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        let summary = try #require(run.files["outputs/refund.md"])
        #expect(summary.contains("£820") && summary.contains("£50 admin fee") && summary.contains("£30 card charge"), "\(summary)")
        #expect(summary.contains("15 November 2027") && !summary.contains("£900") && !summary.contains(":;"), "\(summary)")
        #expect(summary.components(separatedBy: ". ").count <= 3, "\(summary)")
        #expect(AgentLoop.asks("how much I get back").contains("\u{1}back"))
        #expect(!AgentLoop.asks("how much it costs").contains("\u{1}back"))
    }
}
