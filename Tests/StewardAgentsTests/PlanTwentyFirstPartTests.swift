import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-first blind part's traces (fresh21, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-first blind part's traces")
struct PlanTwentyFirstPartTests {
    static let kit =
        "# Fire safety kit\n- Garage: powder extinguisher, serviced 4 March 2026\n- Kitchen, by the back door: fire blanket, bought 1 June 2024 (check yearly, replace 2034)\n\nCheck them every spring.\n"

    /// A Markdown list to CSV with the columns the task's words give ("with where it is, what
    /// kind it is and the date on its line"): a row an item, its name the first cell; the file
    /// the person's own words name converted, not one the routing added before it.
    @Test func aListToCSVWithTheColumnsTheWordsGive() async throws {
        for (task, columns) in [
            ("Convert the list in memory/home/kit.md to CSV in outputs/kit.csv with columns location, type and date", ["location", "type", "date"]),
            (
                "The insurance form wants our kit as a spreadsheet. Could you turn the list in memory/home/kit.md into a CSV at outputs/kit.csv, one row per item, with where it is, what kind it is and the date on its line?",
                ["location", "type", "date"]
            ),
            (
                "Please convert the list in memory/home/kit.md into outputs/kit.csv with a header row and one row per item: its location, its type and the date given for it.",
                ["location", "type", "date"]
            ),
            ("Put memory/home/kit.md in a CSV with columns: name, kind", ["name", "kind"]),
        ] {
            #expect(AgentLoop.columnNames(task) == columns, "\(task)")
        }
        #expect(AgentLoop.columnNames("Convert the table in memory/a.md to outputs/a.csv") == nil)
        let task =
            "The insurance form wants our kit as a spreadsheet. Could you turn the list in memory/home/kit.md into a CSV at outputs/kit.csv, one row per item, with where it is, what kind it is and the date on its line?"
        let run = try await PlanStepTests.run(
            task, said: task.replacingOccurrences(of: "insurance form", with: "insurance form (memory/home/insurance.md)"),
            files: ["memory/home/kit.md": Self.kit, "memory/home/insurance.md": "# Insurance\n\n| item | value |\n|---|---|\n| bike | 400 |\n"],
            ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(
            run.files["outputs/kit.csv"]
                == "location,type,date\nGarage,powder extinguisher,serviced 4 March 2026\n\"Kitchen, by the back door\",fire blanket,\"bought 1 June 2024 (check yearly, replace 2034)\"\n"
        )
        #expect(ConvertFile.cells(item: "a: b, c, d", count: 2) == ["a", "b, c, d"] && ConvertFile.cells(item: "a, b", count: 3) == ["a", "b", ""])
    }

    static let walker: [String: String] = [
        "memory/pets/walker.md": "# Priya (dog walker)\nWeekdays, 12 to 1\nRate: £12 an hour, by bank transfer\n",
        "memory/money/budget.md":
            "# Monthly budget\n- Rent: £950\n- Dog walker (Priya): £12 an hour, about 20 hours a month\n- Window cleaner (Sam): £12 an hour, about 2 hours a month\n",
        "memory/pets/holiday.md":
            "# While we're away\n- Priya still walks Biscuit: leave £12 an hour in the drawer\n- Sam comes on the first Monday\n",
        "memory/home/windows.md": "# Sam (window cleaner)\nRate: £12 an hour\n",
    ]

    /// A new value for one person in several notes, where a note gives another person the same
    /// value: only the lines of the one the task changes ("Priya's rate"), not those of the one it
    /// says stays ("Sam … isn't changing"), in every file, not only the first.
    @Test func oneOfTwoPeopleWithTheSameRate() async throws {
        let files = "memory/pets/walker.md, memory/money/budget.md and memory/pets/holiday.md"
        for task in [
            "Change Priya's rate from £12 to £13.50 an hour in \(files)",
            "Our dog walker, Priya, has told us she's charging £13.50 an hour from May instead of £12. Please update her rate in \(files), and only her rate. Sam the window cleaner also charges £12 an hour and he isn't changing, so his line in the budget and his own note stay exactly as they are.",
        ] {
            let run = try await PlanStepTests.run(task, files: Self.walker, ScriptedModel([.text(#"{"action": "replace"}"#)]))
            #expect(
                run.files["memory/pets/walker.md"] == Self.walker["memory/pets/walker.md"]!.replacingOccurrences(of: "£12", with: "£13.50"), "\(task)"
            )
            #expect(
                run.files["memory/money/budget.md"]
                    == Self.walker["memory/money/budget.md"]!.replacingOccurrences(of: "(Priya): £12", with: "(Priya): £13.50"), "\(task)")
            #expect(run.files["memory/pets/holiday.md"] == Self.walker["memory/pets/holiday.md"]!.replacingOccurrences(of: "£12", with: "£13.50"))
            #expect(run.files["memory/home/windows.md"] == Self.walker["memory/home/windows.md"])
        }
    }

    /// The notes whose measured line is within the bound the task gives ("whose Time line is 30
    /// minutes or less", "half an hour, tops"): "1 hr 20 min" is 80 minutes, "45 minutes (30 of
    /// them resting)" 45; a note without the line is none of them.
    @Test func theNotesWithinABound() async throws {
        let notes = [
            "memory/bakes/scones.md": "# Scones\nMakes 8\nTime: 25 min\n",
            "memory/bakes/bread.md": "# Bread\nMakes 1 loaf\nTime: 3 hrs\n",
            "memory/bakes/flapjack.md": "# Flapjack\nMakes 12\nTime: 35 minutes (20 of them baking)\n",
            "memory/bakes/cookies.md": "# Cookies\nMakes 20\nTime: 1 hr 5 min\n",
            "memory/bakes/shortbread.md": "# Shortbread\nMakes 16\nTime: 40 minutes\n",
            "memory/bakes/wishlist.md": "# To try\n- 5-minute mug cake\n",
        ]
        #expect(AgentLoop.bound("the ones that take 40 minutes or less") == AgentLoop.Bound(value: 40, atMost: true, time: true))
        #expect(AgentLoop.bound("I've got forty minutes, tops, so anything under 1 hour") == AgentLoop.Bound(value: 60, atMost: true, time: true))
        #expect(AgentLoop.bound("books of 300 pages or more") == AgentLoop.Bound(value: 300, atMost: false, time: false))
        #expect(AgentLoop.measure("1 hr 5 min", time: true) == 65 && AgentLoop.measure("35 minutes (20 of them baking)", time: true) == 35)
        for task in [
            "List the bakes in memory/bakes whose Time line is 40 minutes or less and save the list to outputs/quick-bakes.md",
            "I've got forty minutes at most before school. Could you check the Time line in each note in memory/bakes and put the ones that take 40 minutes or less in outputs/quick-bakes.md?",
        ] {
            let run = try await PlanStepTests.run(task, kind: .research, files: notes, ScriptedModel([.text(#"{"action": "append"}"#)]))
            #expect(run.files["outputs/quick-bakes.md"] == "- flapjack.md\n- scones.md\n- shortbread.md\n", "\(task)")
        }
    }

    /// A script that prints how many rows are past a figure ("the number of nights I got less
    /// than 7 hours") beside the average, by code.
    @Test func aScriptThatCountsTheRowsPastAFigure() throws {
        let log = "date,hours\n2027-03-01,6.5\n2027-03-02,7\n2027-03-03,8.25\n2027-03-04,5.5\n"
        let path = "memory/health/sleep-2027-03.csv"
        let task =
            "Could you write me a small Python script, sleep.py in memory/health, that goes through sleep-2027-03.csv in the same folder and prints my average hours a night and the number of nights I got less than 7 hours?"
        let asks = try #require(AgentLoop.columnAsks(task))
        #expect(asks.average && asks.threshold == AgentLoop.Threshold(rows: "nights", op: "<", figure: "7", words: "less than"))
        let script = try #require(AgentLoop.columnScript(asks, task: task, path: path, text: log))
        #expect(try PlanStepTests.python(script, files: [path: log]) == "Average hours: 6.81\nNights with hours less than 7: 2\n")
        #expect(AgentLoop.columnAsks("prints how many days were over 30 degrees")?.threshold?.op == ">")
        let context =
            "I log my sleep in memory/health/sleep-2027-03.csv, one row per night with the date and the hours. Please write a Python script, memory/health/sleep.py, that prints the average hours a night and how many nights fell short of 7 hours."
        let short = try #require(AgentLoop.columnAsks(context))
        #expect(short.groups.isEmpty && short.threshold?.op == "<" && short.average)
    }

    /// The items of the list the task names by what they are ("the medicines she takes now"
    /// of a "Medicines to take home:" list), the stopped one left out, each without its asides.
    @Test func theItemsOfTheListTheTaskNames() async throws {
        let letter =
            "# Riverside Vets: discharge notes\n\nPatient: Mittens, 12\nSeen on 3 April 2027.\n\nMedicines to take home:\n"
            + "- Meloxicam 0.5 mg once a day with food (NEW: replaces robenacoxib)\n- Gabapentin 50 mg twice a day\n"
            + "- Prednisolone 5 mg: STOPPED, do not restart\n- Omeprazole 10 mg every morning (to protect the stomach)\n\n"
            + "Follow-up: check-up on 17 April 2027 at 9.20 am.\n"
        let path = "memory/pets/mittens/discharge.md"
        #expect(
            AgentLoop.namedListItems("Extract the medicines Mittens takes now, with their doses, from \(path) into outputs/mittens.md", in: letter)
                == ["Meloxicam 0.5 mg once a day with food", "Gabapentin 50 mg twice a day", "Omeprazole 10 mg every morning"])
        #expect(AgentLoop.namedListItems("Extract the dates from \(path) into outputs/dates.md", in: letter) == nil)
        let task = "Please read \(path) and write the medicines she should be taking now to outputs/mittens.md, one per line with the dose."
        let run = try await PlanStepTests.run(
            task, kind: .research, files: [path: letter], ScriptedModel([.text(#"{"action": "extract"}"#), .text(#"{"what": "links"}"#)]))
        #expect(
            run.files["outputs/mittens.md"]
                == "- Meloxicam 0.5 mg once a day with food\n- Gabapentin 50 mg twice a day\n- Omeprazole 10 mg every morning\n")
    }

    /// What the task calls a keeper or a favourite is kept, also from a delete.
    @Test func aKeeperIsKept() {
        let files = ["memory/recipes/bean-chilli.md", "memory/recipes/bean-soup.md", "memory/recipes/to-try.md"]
        let task =
            "Nobody liked the bean chilli, so it's not going on the menu again. Could you delete bean-chilli.md from memory/recipes? The bean soup's a keeper though."
        #expect(AgentLoop.leftAlone(task, task: task, among: files, action: .delete) == ["memory/recipes/bean-soup.md"])
        let other = "Please delete memory/recipes/bean-chilli.md. The bean soup and the to-try list are family favourites."
        #expect(Set(AgentLoop.leftAlone(other, task: other, among: files, action: .delete)).contains("memory/recipes/bean-soup.md"))
    }

    /// A copy "into that folder" of a file the task names by path or by name, when the folder it
    /// goes into holds notes of its own: the named file, not one of those.
    @Test func aCopyOfTheNamedFileIntoAFolderWithNotes() async throws {
        let files = [
            "memory/van/mot-history.md": "# MOT history\n- 2026: pass\n- 2025: pass, advisory on tyres\n",
            "memory/van/old-van-mot-history.md": "# Old van MOTs\n- 2019: fail\n",
            "memory/van/sale/advert.md": "# Advert\nTransit, 2018, 60,000 miles\n",
            "memory/van/sale/buyers.md": "# Buyers\n- Dave, Saturday\n",
        ]
        for task in [
            "I'm selling the Transit and I keep everything for the buyers in memory/van/sale. Please copy memory/van/mot-history.md into that folder, unchanged and under the same name, and leave the original where it is. Not the old van's history, and the advert doesn't need touching.",
            "A buyer wants to see the Transit's MOT history before Saturday. Could you put a copy of mot-history.md in memory/van/sale, same name? Keep mine where it is.",
        ] {
            // As the routing words it: a file it found for "buyers" or "buyer" named in brackets.
            let said = task.replacingOccurrences(of: "buyers in", with: "buyers (memory/van/sale/buyers.md) in").replacingOccurrences(
                of: "A buyer", with: "A buyer (memory/van/sale/buyers.md)")
            let run = try await PlanStepTests.run(task, said: said, files: files, ScriptedModel([.text(#"{"action": "copy"}"#)]))
            #expect(run.files["memory/van/sale/mot-history.md"] == files["memory/van/mot-history.md"], "\(task)")
            #expect(run.files["memory/van/mot-history.md"] == files["memory/van/mot-history.md"])
        }
    }

    /// A new note that says what the task says it says, clause by clause, when the model's lines
    /// leave a figure out.
    @Test func aNewNoteSayingWhatTheTaskSays() async throws {
        let task =
            "I'll never remember the numbers for the bike lock. Please write memory/bike/lock.md saying the front lock is 4821 and the back one is 0937, that the spare key costs £12.50, and that the shop is open until 6 pm on Saturdays. The old lock's note stays as it is."
        #expect(
            AgentLoop.saidThat(task) == [
                "The front lock is 4821 and the back one is 0937.", "The spare key costs £12.50.", "The shop is open until 6 pm on Saturdays.",
            ])
        let run = try await PlanStepTests.run(
            task, files: ["memory/bike/old-lock.md": "# Old lock\n1234\n"],
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"lines": ["4821", "0937"]}"#)]))
        #expect(
            run.files["memory/bike/lock.md"]
                == "The front lock is 4821 and the back one is 0937.\nThe spare key costs £12.50.\nThe shop is open until 6 pm on Saturdays.\n")
    }

    /// "What's going up, by how much and from when": the sentence that says what goes up, the
    /// amounts, and the date it starts.
    @Test func whatsGoingUpByHowMuchAndFromWhen() throws {
        let letter =
            "# Letter from Riverside Water, 2 February 2027\n\nDear Mr Lee,\n\nYour charges are changing. From 1 April 2027 your water rate goes up "
            + "from 1.85 GBP to 2.02 GBP per cubic metre. Your sewerage charge is not changing.\n\nWe are raising your monthly payment from £38 to "
            + "£42, starting with the payment on 10 April 2027.\n\nIf you would rather pay once a year, call us on 0330 010 9999 before 28 February "
            + "2027. There are no fees for switching.\n\nYour account number is RW-5521.\n\nYours sincerely,\nThe Billing Team\n"
        let task =
            "Riverside Water have written about new prices. Could you read memory/home/water-letter.md and sum it up in two or three sentences in outputs/water.md? Mainly what's going up, by how much and from when."
        let limit = try #require(AgentLoop.statedLimit(task))
        let topics = AgentLoop.summaryTopics(task, count: limit.count)
        #expect(topics == ["what's going up", "by how much", "from when"])
        let out = try #require(AgentLoop.summarySentences(letter, limit: limit, topics: topics))
        #expect(["goes up", "1 April 2027", "£42"].allSatisfy(out.contains) && !out.contains("RW-5521"), "\(out)")
    }

    /// A schedule line's end, start and temperature changed as the task says, in the line's own
    /// style, the other lines left.
    @Test func aScheduleLinesTimesAndTemperature() {
        let note = "# Heating\nWeekday mornings: 6.30 to 8 am at 20°C\nWeekday evenings: 5 to 10.30 pm at 20°C\nWeekends: 8 am to 10.30 pm at 20°C\n"
        let line = "Weekday evenings: 5 to 10.30 pm at 20°C"
        for (task, new) in [
            (
                "Could you change the weekday evenings line in heating.md so it's 18.5°C and ends at 10 pm instead of half past ten? It still starts at 5.",
                "Weekday evenings: 5 to 10 pm at 18.5°C"
            ),
            (
                "Please update memory/home/heating.md so weekday evenings run from 5 pm to 9.45 pm at 19 degrees. The mornings and the weekends stay as they are.",
                "Weekday evenings: 5 to 9.45 pm at 19°C"
            ),
        ] {
            #expect(AgentLoop.rangeEdit(task, in: note) == AgentLoop.LineEdit(old: line, new: new, word: false), "\(task)")
        }
        #expect(
            AgentLoop.rangeEdit("In memory/home/heating.md, change the weekday evenings to 5 to 10 pm at 18.5°C", in: note)
                == AgentLoop.LineEdit(old: line, new: "Weekday evenings: 5 to 10 pm at 18.5°C", word: false))
        // A time the task gives that the edit would not write: not this edit.
        #expect(AgentLoop.rangeEdit("Change the weekday evenings to 18°C; I get home at 6 pm", in: note) == nil)
        #expect(AgentLoop.rangeEdit("Change the weekday evenings line to say hello", in: note) == nil)
        #expect(AgentLoop.rangeEdit("Change the weekday evenings from 5 to 6 in memory/home/heating.md", in: note) == nil)
    }

    /// A rename of a file whose name has spaces to the name the task gives, not to the tail of
    /// its own name.
    @Test func aRenameOfANameWithSpaces() async throws {
        let files = ["memory/bills/Car Tax 2027.md": "# Car tax\nPaid: 1 March 2027\n", "memory/bills/water-2027.md": "# Water\n"]
        let task = "My phone saved the car tax note as 'Car Tax 2027.md'. Could you rename it to car-tax-2027.md in memory/bills, like the others?"
        let run = try await PlanStepTests.run(
            task, files: files, ScriptedModel([PlanStepTests.plan("rename", ["memory/bills/Car Tax 2027.md"])]))
        #expect(run.files["memory/bills/car-tax-2027.md"] == files["memory/bills/Car Tax 2027.md"])
        #expect(run.files["memory/bills/Car Tax 2027.md"] == nil && run.files["memory/bills/water-2027.md"] == "# Water\n")
    }

    /// A path with spaces written without quotes ("…, memory/bills/Boiler Service 2026.md.") names
    /// that file when the workspace has it: the routing quotes it, so the rename is of that file,
    /// not of another file the task names as the example to follow, nor of one it says to leave.
    @Test func anUnquotedPathWithSpaces() async throws {
        let files = [
            "memory/bills/Boiler Service 2026.md": "# Boiler service\nPaid: 12 May 2026\n", "memory/bills/gas-2026.md": "# Gas\n",
            "memory/bills/Car MOT.md": "# MOT\n",
        ]
        let task =
            "Everything in memory/bills is named in lower case with hyphens, like gas-2026.md, except the note I saved from my phone, memory/bills/Boiler Service 2026.md. Please rename it to boiler-service-2026.md in the same folder. Car MOT.md has the same problem, but leave it for now."
        let said = Coaching.withNamedPaths(task, files: Array(files.keys))
        #expect(said.contains(#"phone, "memory/bills/Boiler Service 2026.md"."#) && said.contains(#" "Car MOT.md" has"#), "\(said)")
        #expect(Coaching.paths(in: said).contains("memory/bills/Boiler Service 2026.md"))
        // Already quoted, or not a file there: as it was.
        let quoted = #"Rename "memory/bills/Boiler Service 2026.md" to memory/bills/boiler-service-2026.md"#
        #expect(Coaching.withNamedPaths(quoted, files: Array(files.keys)) == quoted)
        #expect(
            Coaching.withNamedPaths("Rename memory/bills/Boiler Service 2027.md", files: Array(files.keys))
                == "Rename memory/bills/Boiler Service 2027.md")
        let run = try await PlanStepTests.run(
            task, said: said, files: files, ScriptedModel([.text(#"{"action": "rename"}"#), .text(#"{"name": "Boiler Service 2026.md"}"#)]))
        #expect(run.files["memory/bills/boiler-service-2026.md"] == files["memory/bills/Boiler Service 2026.md"])
        #expect(run.files["memory/bills/Boiler Service 2026.md"] == nil && run.files["memory/bills/gas-2026.md"] == "# Gas\n")
        #expect(run.files["memory/bills/Car MOT.md"] == "# MOT\n")
    }

    /// A delete of the one file the person names in the sentence that asks it is planned without
    /// asking which (the model's answer is not used: it names the keeper).
    @Test func aDeleteOfTheOneNamedFile() async throws {
        let files = [
            "memory/recipes/bean-chilli.md": "# Bean chilli\n", "memory/recipes/bean-soup.md": "# Bean soup\n",
            "memory/recipes/to-try.md": "# To try\n",
        ]
        let task =
            "Nobody liked the bean chilli. Could you delete bean-chilli.md from memory/recipes? The bean soup's a keeper though, and leave the to-try list."
        let run = try await PlanStepTests.run(
            task, files: files, ScriptedModel([.text(#"{"action": "delete"}"#), .text(#"{"files": ["memory/recipes/bean-soup.md"]}"#)]))
        #expect(run.files["memory/recipes/bean-chilli.md"] == nil)
        #expect(run.files["memory/recipes/bean-soup.md"] == "# Bean soup\n" && run.files["memory/recipes/to-try.md"] == "# To try\n")
        #expect(AgentLoop.deletes("Please delete its note, memory/recipes/bean-chilli.md, and nothing else.", "memory/recipes/bean-chilli.md"))
        #expect(!AgentLoop.deletes("Delete the drafts but keep final.md", "memory/final.md"))
    }
}
