import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-second blind part's traces (fresh22, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-second blind part's traces")
struct PlanTwentySecondPartTests {
    static let films =
        "# Films watched in 2027\n\n| Watched | Film | Director | Stars |\n|---|---|---|---|\n| 3 Jan | Past Lives | Celine Song | 4/5 |\n| 19 Feb | Aftersun | Charlotte Wells | 5/5 |\n"
    static let log = "memory/films/2027.md"

    /// A table's new row: the date and the score by code, written as the rows write them ("2
    /// Mar" under "3 Jan"; "5/5", "5 out of 5"), the words asked and held to the task's own; a
    /// row written out after a colon, a score in it, taken as it stands.
    @Test func aTableRowFromTheTasksWords() async throws {
        let row = "| 2 Mar | Perfect Days | Wim Wenders | 5/5 |"
        for (task, answers) in [
            ("Add a row to the end of the table in \(Self.log): 2 Mar, Perfect Days, Wim Wenders, 5/5", [String]()),
            (
                "Watched Perfect Days last night (2 March). Can you add it to the bottom of my film table, \(Self.log)? It's by Wim Wenders and I'd give it 5 out of 5.",
                [#"{"Film": "Perfect Days", "Director": "Wim Wenders"}"#]
            ),
            (
                "Please add Perfect Days by Wim Wenders as the last row of \(Self.log), watched on the second of March, rated 5/5.",
                [#"{"Film": "Perfect Days by Wim Wenders", "Director": "Wim Wenders"}"#]
            ),
        ] {
            let run = try await PlanStepTests.run(
                task, files: [Self.log: Self.films], ScriptedModel([.text(#"{"action": "append"}"#)] + answers.map { .text($0) }))
            #expect(run.files[Self.log] == Self.films + row + "\n", "\(task)")
        }
        // A row after a colon with a date in figures ("18/10/2026") is taken as it stands.
        let bike =
            "# Bike\n\n| Date | Work | Shop | Cost |\n|---|---|---|---|\n| 14/03/2025 | Full service | Spokes & Co | £65 |\n| 02/09/2025 | Wheel trued | Spokes & Co | £20 |\n"
        let dated = try await PlanStepTests.run(
            "Add a row to the table in memory/bike/log.md: 18/10/2026, new chain, Spokes & Co, £46", files: ["memory/bike/log.md": bike],
            ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(dated.files["memory/bike/log.md"] == bike + "| 18/10/2026 | new chain | Spokes & Co | £46 |\n")
        let bikeTable = try #require(AgentLoop.tableOf(bike))
        #expect(
            AgentLoop.tableCellsByCode(bikeTable.columns, rows: bikeTable.rows, task: "On 18/10/2026 I had a new chain fitted") == [0: "18/10/2026"])
        // A title of the rows is not the task's.
        let copied = try await PlanStepTests.run(
            "Watched Perfect Days last night (2 March). Add it to \(Self.log), by Wim Wenders, 5/5.", files: [Self.log: Self.films],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"Film": "Aftersun", "Director": "Charlotte Wells"}"#)]))
        #expect(copied.files[Self.log] != Self.films + "| 2 Mar | Aftersun | Charlotte Wells | 5/5 |\n")
        let table = try #require(AgentLoop.tableOf(Self.films))
        #expect(
            AgentLoop.tableCellsByCode(
                table.columns, rows: table.rows,
                task:
                    "Finished Perfect Days last night (2 March). Can you add it to the bottom of my film table for this year, \(Self.log)? It's by Wim Wenders and I'd give it 4/5."
            ) == [0: "2 Mar", 3: "4/5"])
        #expect(
            AgentLoop.namePhrases("Finished Perfect Days last night (2 March). Can you add it to my table? It's by Wim Wenders and I'd give it 4/5.")
                == ["Perfect Days", "Wim Wenders"])
        #expect(AgentLoop.namePhrases("Ella Fitzgerald sang it.") == ["Ella Fitzgerald", "Fitzgerald"])
        // A title not of the task's words is asked again, one of its names.
        let again = try await PlanStepTests.run(
            "Finished Perfect Days last night (2 March). Can you add it to the bottom of my film table for this year, \(Self.log)? It's by Wim Wenders and I'd give it 5/5.",
            files: [Self.log: Self.films],
            ScriptedModel([
                .text(#"{"action": "append"}"#), .text(#"{"Film": "Finished Perfect Days last night (December March)", "Director": "Wim Wenders"}"#),
                .text(#"{"Film": "Perfect Days"}"#),
            ]))
        #expect(again.files[Self.log] == Self.films + row + "\n")
        #expect(AgentLoop.writtenLike(["Jan 3", "February 19"], day: 2, month: 3, in: "") == "March 2")
        #expect(AgentLoop.writtenLike(["2027-01-03", "2027-02-19"], day: 2, month: 3, in: "on 2 March") == "2027-03-02")
        #expect(AgentLoop.writtenLike(["Sat 3 Jan", "Thu 19 Feb"], day: 2, month: 3, in: "") == nil)
    }

    /// A new value for one of several keys the task's words all say ("the home network
    /// password": "Home network", "Home password"): the one whose value is written like it.
    @Test func theKeyWhoseValueIsWrittenLikeTheNewOne() {
        let text =
            "# Internet\nRouter: Virgin Hub 5, under the stairs\nHome network: Birch-House\nHome password: maple-19-Fox\nGuest network: Birch-Guest\nGuest password: Cloud-River-22\n"
        for task in [
            "In memory/home/net.md, change the home network password to Heron-Lake-482",
            "We reset the router today, so the password line for the home network in memory/home/net.md needs to say Heron-Lake-482 now, exactly like that. Leave the guest one alone.",
        ] {
            let edits = AgentLoop.settingValues(task, in: text)
            #expect(edits.map(\.old) == ["Home password: maple-19-Fox"] && edits.map(\.new) == ["Home password: Heron-Lake-482"], "\(task)")
        }
        // Said with no key, the line whose value shares two words with it; "now" said when.
        let boiler = "# Boiler\nModel: Ideal Logic 24 combi, fitted 2012\nWarranty: ended in 2017\nEngineer: Sam Cole, 07700 900333\n"
        let edits = AgentLoop.settingValues(
            "The new boiler's in. Could you update boiler.md in memory/home? It's a Worcester Greenstar 4000 combi now, fitted on 3 March 2027, and the warranty runs until 3 March 2034.",
            in: boiler)
        #expect(
            edits.map(\.new) == ["Model: Worcester Greenstar 4000 combi, fitted on 3 March 2027", "Warranty: 3 March 2034"], "\(edits)")
        // Written alike as much: not chosen.
        #expect(AgentLoop.settingValues("Change the home network password to Heron", in: "Home network: Birch\nHome password: Maple\n").isEmpty)
    }

    static let boiler = "# Boiler\nService: Hallam Heating, 07700 900111\n"

    /// A duplicate note deleted, its original and a note the task says to leave kept: "get rid
    /// of" a named file is a delete (the model answered a rename), and "delete the copy and keep
    /// the original" of two files the task lists in another sentence is the one named a copy.
    @Test func aDuplicateDeletedItsOriginalKept() async throws {
        let files = [
            "memory/house/boiler.md": Self.boiler, "memory/house/boiler (copy).md": Self.boiler,
            "memory/house/boiler-invoice-2027.md": "# Invoice\n£120\n",
        ]
        for (task, answers) in [
            (
                "I seem to have two of the boiler note. Can you get rid of 'boiler (copy).md' in memory/house? Keep boiler.md.",
                [#"{"action": "rename"}"#, #"{"name": "boiler.md"}"#]
            ),
            (
                "When I moved my notes over, the boiler details got duplicated: memory/house/boiler.md and memory/house/boiler (copy).md say the same. Please delete the copy and keep the original, and leave the invoice alone.",
                [#"{"action": "delete"}"#, #"{"files": ["memory/house/boiler.md"]}"#]
            ),
        ] {
            let said = Coaching.withNamedPaths(task, files: Array(files.keys))
            let run = try await PlanStepTests.run(task, said: said, files: files, ScriptedModel(answers.map { .text($0) }))
            #expect(run.files["memory/house/boiler (copy).md"] == nil && run.files["memory/house/boiler.md"] == Self.boiler, "\(task)")
            #expect(run.files["memory/house/boiler-invoice-2027.md"] == "# Invoice\n£120\n")
        }
        #expect(AgentLoop.theCopy("Delete the copy.", among: ["a/x.md", "a/x (1).md"]) == "a/x (1).md")
        #expect(AgentLoop.theCopy("Delete the copy.", among: ["a/x copy.md", "a/x (1).md"]) == nil)
        #expect(AgentLoop.theCopy("Make a copy.", among: ["a/x.md", "a/x (1).md"]) == nil)
    }

    /// A new note's lines from what the task says right after its path ("… for the Bristol 10K on
    /// Sunday 16 May 2027: the start is at 9.00 am and my number is 2214"), when the model's lines
    /// leave a figure out.
    @Test func aNewNotesLinesAfterItsPath() async throws {
        let task =
            "I lose race emails. Please write memory/running/bristol-10k-2027.md for the Bristol 10K on Sunday 16 May 2027: the start is at 9.00 am and my number is 2214. Don't touch last year's."
        #expect(
            AgentLoop.forClauses(task, path: "memory/running/bristol-10k-2027.md") == [
                "Bristol 10K on Sunday 16 May 2027", "The start is at 9.00 am", "My number is 2214",
            ])
        #expect(AgentLoop.forClauses("Write memory/a.md for the fair: tea", path: "memory/a.md") == nil)
        let run = try await PlanStepTests.run(
            task, files: ["memory/running/bristol-10k-2026.md": "# Bristol 10K 2026\nNumber: 1190\n"],
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"lines": ["9.00 am", "2214"]}"#)]))
        #expect(run.files["memory/running/bristol-10k-2027.md"] == "Bristol 10K on Sunday 16 May 2027\nThe start is at 9.00 am\nMy number is 2214\n")
    }

    /// A rename of a file whose unquoted path has spaces and brackets ("Scan 2027-03-02 (1).md"):
    /// that file, to the name given, not refused for a folder "Scan" the words seemed to name.
    @Test func aRenameOfAScanWithBracketsInItsName() async throws {
        let files = [
            "memory/docs/scans/Scan 2027-03-02 (1).md": "# Boiler certificate\n", "memory/docs/scans/Scan 2027-03-02.md": "# Receipt\n",
            "memory/docs/scans/boiler-2026.md": "# Boiler certificate 2026\n",
        ]
        let task =
            "The one ending in (1) is this year's boiler certificate, so please rename memory/docs/scans/Scan 2027-03-02 (1).md to boiler-2027.md in the same folder, keeping what it says. The other scan from that day is a receipt; leave it as it is."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), files: files, ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(run.files["memory/docs/scans/boiler-2027.md"] == "# Boiler certificate\n")
        #expect(run.files["memory/docs/scans/Scan 2027-03-02 (1).md"] == nil && run.files["memory/docs/scans/Scan 2027-03-02.md"] == "# Receipt\n")
    }

    static let dinner =
        "# Dinner RSVPs (Friday)\n\n- Maya Patel: coming. Vegetarian, and no mushrooms please\n- Tom Reid: coming, no dietary requirements\n- Jo Kim: can't make it, she's allergic to shellfish\n- Ravi Shah: coming; allergic to peanuts\n- Ben Ode: coming! Eats anything\n- Lucy Fox: no reply yet\n"

    /// The people of a "Name: what they said" list who are as the task asks ("each guest who's
    /// coming and has an allergy or can't eat something"): every "and" condition, one of its "or"
    /// alternatives, not after "no"; what someone can't eat in its other words ("vegetarian").
    @Test func thePeopleWhoAreAsTheTaskAsks() async throws {
        let want = ["Maya Patel: Vegetarian, and no mushrooms please", "Ravi Shah: Allergic to peanuts"]
        for task in [
            "Could you go through memory/dinner/rsvps.md and list in outputs/diets.md each guest who's coming and has an allergy or can't eat something, with what it is?",
            "Extract the guests coming to the dinner who have a food allergy or can't eat something, with what it is, from memory/dinner/rsvps.md into outputs/diets.md, one per line",
            "I'm ordering the food and need to know who can't eat what. Please read memory/dinner/rsvps.md and write the guests who are coming and have a food allergy or something they can't eat to outputs/diets.md, one per line.",
        ] {
            #expect(AgentLoop.peopleWho(task, in: Self.dinner) == want, "\(task)")
        }
        #expect(AgentLoop.peopleWho("List the guests in memory/dinner/rsvps.md", in: Self.dinner) == nil)
        let ctx =
            "I'm ordering the food and need to know who can't eat what. Please read memory/dinner/rsvps.md and write the guests who are coming and have a food allergy or something they can't eat to outputs/diets.md, one guest per line with what it is. Anyone who can't come doesn't matter, and last year's list has nothing to do with this."
        // The clause ends at the path it is written to: no condition of the sentences after it.
        #expect(AgentLoop.whoConditions(ctx) == [[["coming"]], [["food", "allergy"], ["eat"]]])
        #expect(AgentLoop.peopleWho(ctx, in: Self.dinner) == want)
        let task = "Please read memory/dinner/rsvps.md and write the guests who are coming and have a food allergy to outputs/diets.md."
        let run = try await PlanStepTests.run(
            task, files: ["memory/dinner/rsvps.md": Self.dinner, "memory/dinner/menu.md": "# Menu\nSoup\n"],
            ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.files["outputs/diets.md"] == "- Ravi Shah: Allergic to peanuts\n")
    }

    /// A list of the notes whose range line holds the number the task gives, when most notes
    /// have that line and one (a wish list) does not: that one is not listed.
    @Test func theNotesWhoseRangeHoldsANumberAmongOthers() async throws {
        let texts = [
            "boggle.md": "# Boggle\nPlayers: 2–8\n", "chess.md": "# Chess\nPlayers: 2\n", "uno.md": "# Uno\nPlayers: 2–10\n",
            "wishlist.md": "# Wish list\n- Dixit (3–8 players)\n",
        ]
        #expect(AgentLoop.within(6, texts) == ["boggle.md", "uno.md"])
        #expect(AgentLoop.within(6, texts.filter { $0.key != "uno.md" && $0.key != "boggle.md" }) == nil)
    }
}
