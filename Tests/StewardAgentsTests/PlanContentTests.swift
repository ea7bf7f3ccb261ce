import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// The content recipes (create, replace, append, prepend) against a real workspace and a model
/// on a real HTTP server answering the form questions.
@Suite("Plan: content recipes")
struct PlanContentTests {
    /// Runs `contentRecipe` for `task` planned as `plan` over a workspace holding `files`, the
    /// model answering `answers` in order.
    func content(
        _ task: String, _ plan: TaskPlan, files: [String: String], answers: [String], check: ([ToolCall]?, FormAnswers) async throws -> Void
    ) async throws {
        try await runRecipe(task, files: files, answers: answers, recipe: { loop, state in await loop.contentRecipe(plan, &state) }, check: check)
    }

    static func arguments(_ call: ToolCall) -> [String: String] {
        ((try? JSONValue.parse(call.arguments))?.object ?? [:]).compactMapValues(\.string)
    }

    static func answer(_ fields: [String: String]) -> String { JSONValue.object(fields.mapValues { .string($0) }).jsonText }

    @Test func theSameLineInTwoFilesIsAskedOnceAndReplacedExactly() async throws {
        // Said by what it is, not "from Sam to Priya" (that is swapped by code, nothing asked).
        let task = "Make Priya the owner in memory/projects/alpha.md and memory/projects/beta.md"
        try await content(
            task, TaskPlan(action: .replace, files: ["memory/projects/alpha.md", "memory/projects/beta.md"]),
            files: ["memory/projects/alpha.md": "# Alpha\nOwner: Sam\n", "memory/projects/beta.md": "# Beta\nOwner: Sam\n"],
            answers: [Self.answer(["line": "Owner: Sam", "new_line": "Owner: Priya"])]
        ) { calls, model in
            #expect(calls?.map(\.name) == ["replace_in_file", "replace_in_file"])
            #expect(calls?.map { Self.arguments($0)["path"] ?? "" } == ["memory/projects/alpha.md", "memory/projects/beta.md"])
            #expect(calls?.allSatisfy { Self.arguments($0)["find"] == "Owner: Sam" && Self.arguments($0)["replace"] == "Owner: Priya" } == true)
            // One question: beta.md has the same line. The lines are offered as an enum, shown numbered before the task.
            #expect(model.requests.count == 1)
            let line = (model.schema(0)?["properties"] as? [String: Any])?["line"] as? [String: Any]
            // Only the line sharing a word with the task ("owner"), not the title (`likeliest`).
            #expect((line?["enum"] as? [String]) == ["Owner: Sam"])
            #expect(model.prompt(0)?.user == "File memory/projects/alpha.md:\n1: # Alpha\n2: Owner: Sam\n\nTask: " + task)
        }
    }

    /// A setting's new number is given by code to the line whose key the task says before it
    /// ("moved us to pitch 14": "- Pitch: 27"), not to a line whose key it names after it
    /// ("… and leave the dates, check-in and deposit lines"), nor to a value of several numbers;
    /// an add planned for it is a change (fresh10 1102: an append wrote the task's words).
    @Test func aSettingsNewNumberGoesToTheLineWhoseKeyIsSaidBeforeIt() async throws {
        let booking = "# Camping, summer 2026\n- Dates: 24 to 27 July (3 nights)\n- Pitch: 27\n- Check-in: from 2 pm\n- Deposit paid: 45 EUR\n"
        let context =
            "They've put us on pitch 14 instead. Please change the pitch line in booking-2026.md in memory/camping to 14 and leave the dates, check-in and deposit lines as they are."
        #expect(AgentLoop.settingSwap(context, in: booking) == AgentLoop.LineEdit(old: "- Pitch: 27", new: "- Pitch: 14", word: false))
        #expect(AgentLoop.settingSwap("Change the deposit to 60 EUR", in: booking)?.new == "- Deposit paid: 60 EUR")
        #expect(AgentLoop.settingSwap("Change the dates to 25", in: booking) == nil, "the dates hold three numbers")
        // A value of several words after "to" is the key's line's value, whole.
        let bank = "# Bank\nAccount ending 4417\nAddress: 12 Elm Close, Bristol BS5 6QT\n"
        let move = "Change the address to 4 Quarry Lane, Bath BA2 3LP in memory/moving/accounts/bank.md, phone.md and magazine.md"
        #expect(AgentLoop.keyedValues(move, in: bank)?.new == "Address: 4 Quarry Lane, Bath BA2 3LP")
        #expect(AgentLoop.keyedValues("Please change the address from 12 Elm Close to the new one.", in: bank) == nil, "no value")
        #expect(AgentLoop.keyedValues("Change the deposit to 60 EUR", in: booking) == nil, "not every word of the key said")
        #expect(AgentLoop.settingSwap("Pitch 14, deposit 60", in: booking) == nil, "two new numbers")
        #expect(AgentLoop.settingSwap("Set it to 14", in: booking) == nil, "no key said")
        #expect(AgentLoop.settingSwap("They've put the deposit up, it's sixty-two euros now", in: booking)?.new == "- Deposit paid: 62 EUR")
        #expect(AgentLoop.settingSwap("Change the deposit to seven or eight more", in: booking) == nil, "two numbers in words")
        #expect(AgentLoop.settingSwap("Change the deposit, the one in EUR, to sixty", in: booking)?.new == "- Deposit paid: 60 EUR")
        #expect(AgentLoop.setting("## Notes: misc") == nil && AgentLoop.setting("Start time = 19:30")?.key == "Start time")
        let request = "Glenmoor Farm have moved us to pitch 14. Could you update the pitch number in my booking note, memory/camping/booking-2026.md?"
        #expect(AgentLoop.changesSetting(request, in: booking))
        #expect(!AgentLoop.changesSetting("Add a line: pitch 14 is free", in: booking))
        let run = try await PlanStepTests.run(
            request, files: ["memory/camping/booking-2026.md": booking], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 1)
        #expect(run.files["memory/camping/booking-2026.md"] == booking.replacingOccurrences(of: "Pitch: 27", with: "Pitch: 14"))
    }

    /// A CSV log's new row by code: the task's date in the column's format (the year from the
    /// last row when it gives none), each number in the column named next to it, else in order
    /// (fresh12 1303: asked, the 0.5B model wrote "2026-05-38,38.5,67.40 euros,52,310 km").
    /// "We've moved! Could you update my address to …", answered as a move, is a change of the
    /// address line, its value whole, nothing more asked; a task that asks a move stays one.
    @Test func anAddressUpdatedAfterAMoveOfHouseIsAChange() async throws {
        let bank = "# Bank\nAccount ending 4417\nAddress: 12 Elm Close, Bristol BS5 6QT\n"
        let run = try await PlanStepTests.run(
            "We've moved! Could you update my address to 4 Quarry Lane, Bath BA2 3LP in memory/moving/bank.md?",
            files: ["memory/moving/bank.md": bank], ScriptedModel([.text(#"{"action": "move"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 1)
        #expect(
            run.files["memory/moving/bank.md"] == bank.replacingOccurrences(of: "12 Elm Close, Bristol BS5 6QT", with: "4 Quarry Lane, Bath BA2 3LP"))
        let moved = try await PlanStepTests.run(
            "Could you update my records: move memory/moving/bank.md into memory/done",
            files: ["memory/moving/bank.md": bank, "memory/done/a.md": "a\n"],
            ScriptedModel([.text(#"{"action": "move"}"#)]))
        #expect(moved.files["memory/done/bank.md"] == bank && moved.files["memory/moving/bank.md"] == nil)
    }

    @Test func aCSVLogsNewRowIsMadeFromTheTasksDateAndFigures() async throws {
        let runs = "date,km,minutes\n2026-05-01,5.2,31\n2026-05-03,7.0,44\n"
        #expect(AgentLoop.csvRecord("I ran for 48 minutes, 8.1 km, on the fifth of May", in: runs) == "2026-05-05,8.1,48")
        #expect(AgentLoop.csvRecord("Add 10.5 km in 61 minutes on 7 May 2027", in: runs) == "2027-05-07,10.5,61")
        let meter = "date,kwh,cost_gbp\n01/03/2026,312,98.40\n01/04/2026,1,287.15\n"
        #expect(AgentLoop.csvRecord("The first of May reading: 1,301 kWh, costing 94.80", in: meter) == "01/05/2026,1301,94.80")
        #expect(AgentLoop.csvRecord("I ran 8.1 km on 5 May", in: runs) == nil, "one number for two columns")
        #expect(AgentLoop.csvRecord("I ran 8.1 km in 48 minutes", in: runs) == nil, "no date")
        #expect(AgentLoop.csvRecord("On 5 May, 8.1 km", in: "date,what,km\n2026-05-01,park,5.2\n2026-05-03,river,7.0\n") == nil, "a column of words")
        let task = "I went for a run on the fifth of May: 48 minutes for 8.1 km. Could you add it to the end of memory/sport/runs.csv?"
        let run = try await PlanStepTests.run(task, files: ["memory/sport/runs.csv": runs], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 1)
        #expect(run.files["memory/sport/runs.csv"] == runs + "2026-05-05,8.1,48\n")
    }

    /// A CSV log with columns of words: code writes the date and the figures (a sum said in
    /// words too), the model the words' cells, each of them words of the task (fresh13 1403:
    /// asked as a line, the 0.5B model put the amount before the item).
    @Test func aCSVLogsColumnsOfWordsAreAskedAndMustBeTheTasksWords() async throws {
        let spending = "date,item,shop,amount_eur\n2026-04-18,paint and rollers,Brico,86.40\n2026-05-02,bathroom taps,Sanitair Plus,149.00\n"
        let context = "On 3 June 2026 I paid 412.80 EUR at Tegelhuis for the bathroom floor tiles. Please add that as a new last row."
        let cells = try #require(AgentLoop.csvCells(context, in: spending))
        #expect(cells.cells == ["2026-06-03", "", "", "412.80"] && cells.words == [1, 2])
        #expect(AgentLoop.csvRecord(context, in: spending) == nil, "words to ask")
        #expect(AgentLoop.figuresForMoney("today, for four hundred and twelve euros eighty. Could you") == "today, for 412.80 euros. Could you")
        #expect(AgentLoop.figuresForMoney("the one I like costs twenty pounds") == "the one I like costs 20 pounds")
        let task =
            "I bought the bathroom floor tiles at Tegelhuis today, the third of June, for four hundred and twelve euros eighty. Could you add them to the end of my renovation spending log, memory/renovation/spending.csv?"
        let files = ["memory/renovation/spending.csv": spending]
        let run = try await PlanStepTests.run(
            task, files: files,
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"item": "bathroom floor tiles", "shop": "Tegelhuis"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/renovation/spending.csv"] == spending + "2026-06-03,bathroom floor tiles,Tegelhuis,412.80\n")
        // A cell the task does not say is not written.
        let invented = try await PlanStepTests.run(
            task, files: files, ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"item": "floor tiles", "shop": "Ikea"}"#)]))
        #expect(invented.requests.count >= 2)
        #expect(invented.files.values.allSatisfy { !$0.contains("Ikea") })
    }

    /// A setting's new value in words: after the last "to" or "as" of the clause that says the
    /// key, or, said with no key, a status on the one status line (fresh12 1306: "Set the status
    /// to done in …" was planned as an append, which wrote the task's words under each note).
    @Test func aSettingsNewWordsGoToTheLineWhoseKeyIsSaid() async throws {
        let job = "# Prune the roses\nWhen: late winter\nStatus: to do\n"
        let done = AgentLoop.LineEdit(old: "Status: to do", new: "Status: done", word: false)
        #expect(AgentLoop.settingWordSwap("Set the status to done in memory/garden/jobs/prune-roses.md", in: job) == done)
        #expect(AgentLoop.settingWordSwap("Please change the status from to do to done, leaving the rest as it is", in: job) == done)
        #expect(AgentLoop.settingWordSwap("Could you mark those three as done in memory/garden/jobs?", in: job) == done)
        #expect(AgentLoop.settingWordSwap("Change when to early Spring", in: job)?.new == "When: early Spring", "as the task writes it")
        #expect(AgentLoop.settingWordSwap("Mark it as urgent", in: job) == nil, "no key said, and not a status")
        #expect(AgentLoop.settingWordSwap("Set the status to the usual", in: job) == nil)
        #expect(AgentLoop.settingWordSwap("Set the status to to do", in: job) == nil, "the value it has")
        #expect(AgentLoop.settingWordSwap("Mark it as done", in: "# Cut the hedge\nStatus: done (October)\n") == nil, "done already")
        // A longer value: only its day (fresh12 1302: the whole recycling line became "Thursdays").
        let bins = "# Household\n- Recycling: every other Tuesday, green box out the night before\n- Rubbish: every Tuesday\n"
        #expect(
            AgentLoop.settingWordSwap("The council has moved our recycling collection to Thursdays. Could you update that line?", in: bins)?.new
                == "- Recycling: every other Thursday, green box out the night before")
        #expect(AgentLoop.settingWordSwap("Set the recycling to fortnightly", in: bins) == nil, "no day said")
        let files = [
            "memory/garden/jobs/prune-roses.md": job, "memory/garden/jobs/mulch-beds.md": "# Mulch the beds\nStatus: to do\n",
            "memory/garden/jobs/sow-carrots.md": "# Sow carrots\nStatus: to do\n",
        ]
        let run = try await PlanStepTests.run(
            "Set the status to done in memory/garden/jobs/prune-roses.md and mulch-beds.md", files: files,
            ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 1)
        #expect(run.files["memory/garden/jobs/prune-roses.md"] == job.replacingOccurrences(of: "to do", with: "done"))
        #expect(run.files["memory/garden/jobs/mulch-beds.md"] == "# Mulch the beds\nStatus: done\n")
        #expect(run.files["memory/garden/jobs/sow-carrots.md"] == files["memory/garden/jobs/sow-carrots.md"])
        // "Those three", said by a word of each one's name: those, without asking.
        let three = try await PlanStepTests.run(
            "The roses are pruned, the beds mulched and the carrots sown. Each job has its own note: could you mark those three as done in memory/garden/jobs?",
            files: files.merging(["memory/garden/jobs/cut-hedge.md": "# Cut the hedge\nStatus: to do\n"]) { a, _ in a },
            ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(three.outcome.record.status == .done && three.requests.count == 1)
        #expect(three.files["memory/garden/jobs/sow-carrots.md"] == "# Sow carrots\nStatus: done\n")
        #expect(three.files["memory/garden/jobs/cut-hedge.md"] == "# Cut the hedge\nStatus: to do\n")
    }

    @Test func aValueInAnIndentedJSONLineKeepsItsIndentation() async throws {
        let json = "{\n  \"schedule\": {\n    \"night\": 16\n  }\n}\n"
        try await content(
            "In memory/thermostat.json, set the night temperature to 17", TaskPlan(action: .replace, files: ["memory/thermostat.json"]),
            files: ["memory/thermostat.json": json], answers: [Self.answer(["line": "    \"night\": 16", "new_line": "\"night\": 17"])]
        ) { calls, _ in
            let args = try #require(calls?.first).map(Self.arguments) ?? [:]
            #expect(calls?.count == 1)
            #expect(args["find"] == "    \"night\": 16")
            #expect(args["replace"] == "    \"night\": 17")
        }
    }

    @Test func aNewLineThatIsTheOldOneIsAskedAgainWithTheLineAlone() async throws {
        let task = "Fix the typo Pleese in memory/anna.md"
        let note = "Dear Anna,\nPleese bring something to drink.\n"
        try await content(
            task, TaskPlan(action: .replace, files: ["memory/anna.md"]), files: ["memory/anna.md": note],
            answers: [
                // A spelling "fix" that changes nothing is not taken: the line is asked instead.
                Self.answer(["wrong": "Pleese", "right": "Pleese"]),
                Self.answer(["line": "Pleese bring something to drink.", "new_line": "Pleese bring something to drink."]),
                // Without its full stop: the old line's is kept.
                Self.answer(["new_line": "Please bring something to drink"]),
            ]
        ) { calls, model in
            let args = try #require(calls?.first).map(Self.arguments) ?? [:]
            #expect(args["find"] == "Pleese bring something to drink.")
            #expect(args["replace"] == "Please bring something to drink.")
            #expect(model.prompt(2)?.user == "Line: Pleese bring something to drink.\n\nTask: " + task)
        }
    }

    @Test func aLineLeftAsItWasTwiceLeavesTheTaskToTheFreeLoop() async throws {
        try await content(
            "Fix the typo in memory/anna.md", TaskPlan(action: .replace, files: ["memory/anna.md"]), files: ["memory/anna.md": "Pleese come.\n"],
            answers: [
                Self.answer(["wrong": "come", "right": "come"]), Self.answer(["line": "Pleese come.", "new_line": "Pleese come."]),
                Self.answer(["new_line": "Pleese come."]),
            ]
        ) { calls, model in
            #expect(calls == nil)
            #expect(model.requests.count == 3)
        }
    }

    @Test func aNewLineThatHoldsTheFilesOtherLinesIsNotMade() async throws {
        let note = "Dear Anna,\nYou are invited on Saturday.\nPleese bring something to drink.\n"
        try await content(
            "Could you tidy up the greeting in memory/anna.md?", TaskPlan(action: .replace, files: ["memory/anna.md"]),
            files: ["memory/anna.md": note],
            answers: [Self.answer(["line": "Dear Anna,", "new_line": "Dear Anna, You are invited on Saturday. Please bring something to drink."])]
        ) { calls, model in
            #expect(calls == nil)
            #expect(model.requests.count == 1)
        }
    }

    /// A record added to a file of records is written like them (the spans of the task's words
    /// cannot be "- 7 Dec, evening: 131/85, pulse 68"); an answer that copies a record there, or
    /// leaves out a number the task gives, is not taken: the spans are asked next.
    @Test func aRecordIsWrittenLikeTheFilesRecords() async throws {
        let log = "# Blood pressure\n- 1 Dec, morning: 134/86, pulse 72\n- 3 Dec, evening: 129/83, pulse 70\n"
        let task = "Could you log tonight's blood pressure at the end of memory/health/bp.md? It's 7 December: 131 over 85, pulse 68."
        try await content(
            task, TaskPlan(action: .append, files: ["memory/health/bp.md"]), files: ["memory/health/bp.md": log],
            answers: [Self.answer(["text": "- 7 Dec, evening: 131/85, pulse 68"])]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/health/bp.md", "text": "- 7 Dec, evening: 131/85, pulse 68"]])
            #expect(model.requests.count == 1)
            #expect(model.prompt(0)?.user.hasPrefix("File memory/health/bp.md, its first line and last lines:\n# Blood pressure\n- 1 Dec") == true)
        }
        for copied in [
            "- 3 Dec, evening: 129/83, pulse 70", "- 7 Dec, evening: 131/85", "3 Dec, evening: 129/83, pulse 70", "* 7 Dec: 131/85, pulse 68",
        ] {
            try await content(
                task, TaskPlan(action: .append, files: ["memory/health/bp.md"]), files: ["memory/health/bp.md": log],
                answers: [Self.answer(["text": copied]), Self.answer(["text": "131 over 85, pulse 68"])]
            ) { calls, model in
                #expect(model.requests.count == 2, "\(copied)")
                // (append_to_file gives it the list's bullet.)
                #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/health/bp.md", "text": "131 over 85, pulse 68"]], "\(copied)")
            }
        }
        // A bare line gets the list's bullet from append_to_file. A CSV row: as many fields as the rows have.
        #expect(AgentLoop.sameShape("7 Dec, evening: 131/85, pulse 68", as: ["- 1 Dec: 134/86", "- 3 Dec: 129/83"]))
        #expect(AgentLoop.sameShape("2026-11-29,10,52:41,Frostbite 10k", as: ["2026-11-08,5,27:40,parkrun", "2026-11-15,8,46:05,canal loop"]))
        #expect(!AgentLoop.sameShape("29 Nov, 10 km in 52:41", as: ["2026-11-08,5,27:40,parkrun", "2026-11-15,8,46:05,canal loop"]))
    }

    /// A list whose records quote someone ("- 2 Nov, Pip (5): \"Why don't fish get cold?\"")
    /// gets a record holding the task's quote, not the quote alone; its numbers are new though
    /// the file has "19 Oct" (fresh9 1004: the quote alone was added, in all three wordings). A
    /// line written out after the file's path is taken whole, nothing asked.
    @Test func aQuoteIsPartOfARecordWhenTheRecordsQuote() async throws {
        let sayings = "- 2 Nov, Pip (5): \"Why don't fish get cold?\"\n- 19 Oct, Pip (5): \"I'm not shouting.\"\n"
        let path = "memory/family/sayings.md"
        let record = "- 9 Nov, Pip (5): \"The moon is following our car.\""
        let task =
            "Could you add what Pip said tonight to the very top of my sayings note? It's 9 November, Pip, aged five: \"The moon is following our car.\""
        try await content(
            task, TaskPlan(action: .prepend, files: [path]), files: [path: sayings], answers: [Self.answer(["text": record])]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": path, "text": record, "at": "start"]])
            // Shown the records once each: the file has no heading.
            #expect(model.prompt(0)?.user.hasPrefix("File \(path), its first line and last lines:\n- 2 Nov") == true)
            #expect(model.prompt(0)?.user.components(separatedBy: "2 Nov").count == 2)
        }
        // A record without the quote is not taken: the spans are asked next.
        try await content(
            task, TaskPlan(action: .prepend, files: [path]), files: [path: sayings],
            answers: [Self.answer(["text": "- 9 Nov, Pip (5): moon"]), Self.answer(["text": "Pip said tonight"])]
        ) { _, model in
            #expect(model.requests.count == 2)
        }
        let written = "9 Nov, Pip (5): \"The moon is following our car.\""
        try await content(
            "Add a new first line to \(path): \(written)", TaskPlan(action: .prepend, files: [path]), files: [path: sayings], answers: []
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": path, "text": written, "at": "start"]])
            #expect(model.requests.isEmpty)
        }
        // Held to how the records start and quote.
        let pattern = { (records: [String]) in AgentLoop.recordSchema(records).object?["pattern"]?.string }
        #expect(pattern(sayings.split(separator: "\n").map(String.init)) == "^- [0-9].*$")
        // The quote set in double quotes, as the records have it.
        let moon = "The moon is following our car."
        #expect(AgentLoop.requoted("- 9 Nov, Pip told us '\(moon)'", quote: moon) == "- 9 Nov, Pip told us \"\(moon)\"")
        #expect(AgentLoop.requoted("- 9 Nov, Pip: \(moon)", quote: moon) == "- 9 Nov, Pip: \"\(moon)\"")
        #expect(AgentLoop.requoted("- 9 Nov: \"\(moon)\"", quote: moon) == "- 9 Nov: \"\(moon)\"")
        #expect(pattern(["- 1 Dec, morning: 134/86", "- 3 Dec: 129/83"]) == "^- [0-9].*$")
        #expect(pattern(["1. 2 eggs", "12. 3 apples"]) == #"^[0-9]+\. [0-9].*$"#)
        #expect(pattern(["2026-11-08,5,parkrun", "2026-11-15,8,canal"]) == "^[0-9].*$")
        #expect(pattern(["milk 2", "eggs 6"]) == nil && pattern(["- milk", "* eggs 6"]) == nil)
        #expect(AgentLoop.colonText(in: "Append to memory/todo.md: call the bank") == "call the bank")
        #expect(AgentLoop.colonText(in: "In memory/todo.md: change the bank line") == "change the bank line")
        #expect(AgentLoop.colonText(in: "Note this: call the bank") == nil)
        #expect(AgentLoop.colonText(in: "Copy memory/a.md: to outputs/b.md") == nil)
        #expect(AgentLoop.quotesInRecords(sayings) && !AgentLoop.quotesInRecords("# To do\n- buy \"Dune\"\n- call Jo\n- pay rent\n"))
        #expect(!AgentLoop.hasNumber("9", in: sayings) && AgentLoop.hasNumber("19", in: sayings) && AgentLoop.hasNumber("5", in: sayings))
        #expect(!AgentLoop.hasNumber("5", in: "paid 5.50") && !AgentLoop.hasNumber("50", in: "paid 5.50"))
    }

    /// A changed list item keeps its bullet, and an answer that is the same line with its
    /// bullet left off asks again (fresh9 1002: "Stopcock: under the kitchen sink" for "- Stopcock:
    /// under the kitchen sink" ended the plan); the note's heading is not offered.
    @Test func aChangedListItemKeepsItsBullet() async throws {
        let note = "# Emergency info\n- Stopcock: under the kitchen sink\n- Fuse box: under the stairs\n"
        let path = "memory/house/emergency.md"
        let task = "The stopcock isn't under the sink, it's in the garage behind the dryer. Would you correct that line in my emergency info note?"
        try await content(
            task, TaskPlan(action: .replace, files: [path]), files: [path: note],
            answers: [
                Self.answer(["line": "- Stopcock: under the kitchen sink", "new_line": "Stopcock: under the kitchen sink"]),
                Self.answer(["new_line": "Stopcock: in the garage behind the dryer"]),
            ]
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["path": path, "find": "- Stopcock: under the kitchen sink", "replace": "- Stopcock: in the garage behind the dryer"]
                ])
            #expect(model.requests.count == 2)
            let offered = ((model.schema(0)?["properties"] as? [String: Any])?["line"] as? [String: Any])?["enum"] as? [String]
            #expect(offered?.contains("# Emergency info") == false && offered?.contains("- Stopcock: under the kitchen sink") == true)
        }
    }

    /// A new file given by its bare name goes into the folder the task calls by its name
    /// (fresh9 1001: asked, the path was memory/feeding-rota.md); with two such folders it is
    /// asked.
    @Test func aNewFilesBareNameGoesInTheFolderTheTaskCalls() async throws {
        let files = ["memory/cat-sitting/rota-2025.md": "- Monday: Jo\n", "memory/cats/vet.md": "Dr Bell\n"]
        let task =
            "Could you set up a feeding rota for Marmalade in my cat-sitting folder under memory? Name it feeding-rota.md. Ottilie comes on Monday."
        let run = try await PlanStepTests.run(
            task, files: files, ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"lines": ["Monday: Ottilie"]}"#)]))
        #expect(
            run.outcome.record.status == .done && run.files["memory/cat-sitting/feeding-rota.md"] == "# Feeding rota\nMonday: Ottilie\n",
            "\(run.files)")
        #expect(run.requests.count == 2)
        let two = try await PlanStepTests.run(
            "Put a rota in my cat-sitting folder or my cats folder, named feeding-rota.md: Monday Ottilie", files: files,
            ScriptedModel([
                .text(#"{"action": "create"}"#), .text(#"{"path": "memory/cats/feeding-rota.md"}"#), .text(#"{"lines": ["Monday Ottilie"]}"#),
            ]))
        // Two folders called by name: the path is asked.
        #expect(two.requests.count >= 2 && "\(two.requests[1])".contains("Which new file"))
    }

    /// A value the file has on several lines is changed on the line the task's words name
    /// (fresh10 1102: "change the pitch from 27 to 14" also made "24 to 14 July"); "every"
    /// changes each.
    @Test func aValueOnSeveralLinesIsChangedWhereTheTaskSays() async throws {
        let booking = "# Camping\n- Dates: 24 to 27 July\n- Pitch: 27\n"
        let path = "memory/camping/booking.md"
        try await content(
            "In \(path), change the pitch from 27 to 14", TaskPlan(action: .replace, files: [path]), files: [path: booking], answers: []
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": path, "find": "- Pitch: 27", "replace": "- Pitch: 14"]])
            #expect(model.requests.isEmpty)
        }
        try await content(
            "In \(path), change 27 to 28 everywhere", TaskPlan(action: .replace, files: [path]), files: [path: booking], answers: []
        ) { calls, _ in
            #expect(calls?.count == 2)
        }
    }

    /// A line added to a file that ends with a Markdown table is a row of it, its parts between
    /// commas in the columns (fresh10 1103: added as a line under the table).
    @Test func aLineAddedToATableIsARow() async throws {
        let log = "# Observing log\n\n| Date | Object | Seeing (1-5) |\n|---|---|---|\n| 3 Jan | Jupiter | 3 |\n"
        let path = "memory/astronomy/log.md"
        try await content(
            "Add a row to the end of the table in \(path): 21 Jan, Orion Nebula, seeing 4", TaskPlan(action: .append, files: [path]),
            files: [path: log], answers: []
        ) { calls, _ in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": path, "text": "| 21 Jan | Orion Nebula | 4 |"]])
        }
        #expect(AgentLoop.tableRow("21 January, the Orion Nebula, and the seeing was a 4.", in: log) == "| 21 January | the Orion Nebula | 4 |")
        #expect(AgentLoop.tableRow("21 Jan | Orion Nebula | 4", in: log) == "| 21 Jan | Orion Nebula | 4 |")
        #expect(AgentLoop.tableRow("21 Jan, Orion Nebula", in: log) == nil, "two parts, three columns")
        #expect(AgentLoop.tableRow("a, b, c", in: "# Notes\n- one\n") == nil)
        // At the start of a newest-first table: its first row, under the header.
        try await content(
            "Put a row at the top of the table in \(path): 21 Jan, Orion Nebula, seeing 4", TaskPlan(action: .prepend, files: [path]),
            files: [path: log], answers: []
        ) { calls, _ in
            #expect(calls?.map(\.name) == ["replace_in_file"])
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    [
                        "path": path, "find": "|---|---|---|\n| 3 Jan | Jupiter | 3 |",
                        "replace": "|---|---|---|\n| 21 Jan | Orion Nebula | 4 |\n| 3 Jan | Jupiter | 3 |",
                    ]
                ])
        }
        #expect(AgentLoop.aboveFirstRow("| a | b |", in: "| A | B |\n| :-- | --- |\n") == nil, "no row yet")
        // Not written out: a date and the one figure by code, written as the rows write them
        // (fresh11 1204: "48213 on the fourteenth of March" went above the table as a line).
        let meter = "# Electricity (newest first)\n\n| Date | Reading (kWh) |\n|---|---|\n| 14 Feb | 48032 |\n| 14 Jan | 47815 |\n"
        let reading = "memory/home/electricity.md"
        let task =
            "I've just read the electricity meter: 48213 on the fourteenth of March. Could you add it to the top of the readings table in \(reading)?"
        try await content(task, TaskPlan(action: .prepend, files: [reading]), files: [reading: meter], answers: []) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["path": reading, "find": "|---|---|\n| 14 Feb | 48032 |", "replace": "|---|---|\n| 14 Mar | 48213 |\n| 14 Feb | 48032 |"]
                ])
            #expect(model.requests.isEmpty)
        }
        // The others asked cell by cell, one property per column; a row copied from the table,
        // not the task's words, is not added.
        let walks = "# Walks\n\n| Date | Route | Miles |\n|---|---|---|\n| 2 Feb | Kinder Scout | 8 |\n| 9 Feb | Mam Tor | 5 |\n"
        let walked = "Add Stanage Edge to the walks table in memory/walks.md: 16 February, 7 miles"
        try await content(
            walked, TaskPlan(action: .append, files: ["memory/walks.md"]), files: ["memory/walks.md": walks], answers: [#"{"Route": "Stanage Edge"}"#]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/walks.md", "text": "| 16 Feb | Stanage Edge | 7 |"]])
            let properties = model.schema(0)?["properties"] as? [String: Any]
            #expect(properties.map { Set($0.keys) } == ["Route"])
        }
        try await content(
            walked, TaskPlan(action: .append, files: ["memory/walks.md"]), files: ["memory/walks.md": walks], answers: [#"{"Route": "Mam Tor"}"#]
        ) { calls, _ in
            #expect(calls == nil)
        }
        #expect(AgentLoop.statedEnd("Put a new first row in the table of x.md: 14 Mar, 48213") == .prepend)
    }

    @Test func aLineToAddGoesToTheEndOrTheStartWithoutItsQuotes() async throws {
        let todo = "# To do\n- buy stamps\n"
        try await content(
            "Add \"call the bank\" to the end of memory/todo.md", TaskPlan(action: .append, files: ["memory/todo.md"]),
            files: ["memory/todo.md": todo], answers: []
        ) { calls, model in
            // The task quotes the line: nothing to ask.
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/todo.md", "text": "call the bank"]])
            #expect(model.requests.isEmpty)
        }
        try await content(
            "Put Wi-Fi: on the fridge as the first line of memory/guests.txt", TaskPlan(action: .prepend, files: ["memory/guests.txt"]),
            files: ["memory/guests.txt": "Towels in the cupboard.\n"], answers: [Self.answer(["text": "Wi-Fi: on the fridge"])]
        ) { calls, _ in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/guests.txt", "text": "Wi-Fi: on the fridge", "at": "start"]])
        }
        // A quoted text the file has says where, not what: the line is picked from the task's
        // other words, never one the file has (before, "Dear Mr Hale," was added again).
        let letter = "Dear Mr Hale,\nThe tap drips.\n"
        try await content(
            "Could you put today's date, 4 December 2026, at the top of my letter (memory/letter.md), above \"Dear Mr Hale,\"?",
            TaskPlan(action: .prepend, files: ["memory/letter.md"]), files: ["memory/letter.md": letter],
            answers: [Self.answer(["text": "4 December 2026"])]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/letter.md", "text": "4 December 2026", "at": "start"]])
            let spans = try #require(((model.schema(0)?["properties"] as? [String: Any])?["text"] as? [String: Any])?["enum"] as? [String])
            #expect(spans.contains("4 December 2026") && !spans.contains(where: { $0.contains("Dear Mr Hale") }))
        }
        // Planned as an append, the person's "at the very top" still puts it first.
        try await content(
            "Could you add the line Wi-Fi: on the fridge at the very top of memory/guests.txt?",
            TaskPlan(action: .append, files: ["memory/guests.txt"]),
            files: ["memory/guests.txt": "Towels in the cupboard.\n"], answers: [Self.answer(["text": "Wi-Fi: on the fridge"])]
        ) { calls, _ in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/guests.txt", "text": "Wi-Fi: on the fridge", "at": "start"]])
        }
    }

    @Test func theTextToAddIsPickedFromTheTasksWordsWithoutTheRequestOrThePlace() async throws {
        let todo = "# To do\n- buy stamps\n"
        let task = "could you note in my todo list that the plumber comes on Tuesday"
        try await content(
            task, TaskPlan(action: .append, files: ["memory/todo.md"]), files: ["memory/todo.md": todo],
            answers: [Self.answer(["text": "plumber comes on Tuesday"])]
        ) { calls, model in
            // The article the pick left off is put back.
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/todo.md", "text": "the plumber comes on Tuesday"]])
            let text = (model.schema(0)?["properties"] as? [String: Any])?["text"] as? [String: Any]
            let spans = try #require(text?["enum"] as? [String])
            #expect(spans.contains("the plumber comes on Tuesday"))
            #expect(!spans.contains { $0.contains("note") || $0.contains("todo") || $0.hasPrefix("could") })
            #expect(model.prompt(0)?.user == "File memory/todo.md:\n" + todo + "\nTask: " + task)
        }
    }

    @Test func aChecklistItemIsPickedAndTickedByCode() async throws {
        let list = "# Shopping\n- [ ] milk\n- [x] eggs\n- [ ] bread\n"
        try await content(
            "I bought the milk, can you check it off my shopping list (memory/shopping.md)?",
            TaskPlan(action: .replace, files: ["memory/shopping.md"]),
            files: ["memory/shopping.md": list], answers: [Self.answer(["line": "- [ ] milk"])]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/shopping.md", "find": "- [ ] milk", "replace": "- [x] milk"]])
            // Only the open items are offered; the model writes no line.
            let line = (model.schema(0)?["properties"] as? [String: Any])?["line"] as? [String: Any]
            #expect((line?["enum"] as? [String]) == ["- [ ] milk", "- [ ] bread"])
            #expect((model.schema(0)?["required"] as? [String]) == ["line"])
        }
    }

    /// A tick planned as an add (the 0.5B model: "Tick off \"pay the rent\"" was an append,
    /// the item added again) is the mark on the item; a quoted text the file lacks stays an add.
    @Test func aTickPlannedAsAnAddIsTheMarkOnTheItem() async throws {
        let todo = "# To do\n- [ ] pay the rent\n- [x] return the books\n- [ ] call Grandma\n"
        let tick = try await PlanStepTests.run(
            "Tick off \"pay the rent\" in memory/todo.md", files: ["memory/todo.md": todo],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"line": "- [ ] pay the rent"}"#)]))
        #expect(tick.outcome.record.status == .done && tick.files["memory/todo.md"] == todo.replacingOccurrences(of: "[ ] pay", with: "[x] pay"))
        let add = try await PlanStepTests.run(
            "Add \"water the plants - done by Sunday\" to memory/todo.md", files: ["memory/todo.md": todo],
            ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(add.outcome.record.status == .done && add.files["memory/todo.md"] == todo + "- water the plants - done by Sunday\n")
    }

    /// "Replace X with Y" where the files have X: X made Y wherever it stands, by code, in
    /// each file, nothing asked but the action (before, the line question also changed a name).
    @Test func aWordTheTaskReplacesIsSwappedByCodeInEachFile() async throws {
        let rota = "# Rota\nThursday: Ines\nTidying up on Thursday: Ben\n"
        let poster = "Chess club\nEvery Thursday, 7 pm.\n"
        let run = try await PlanStepTests.run(
            "Replace Thursday with Tuesday in memory/club/rota.md and memory/club/poster.md",
            files: ["memory/club/rota.md": rota, "memory/club/poster.md": poster], ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 1)
        #expect(run.files["memory/club/rota.md"] == "# Rota\nTuesday: Ines\nTidying up on Tuesday: Ben\n")
        #expect(run.files["memory/club/poster.md"] == "Chess club\nEvery Tuesday, 7 pm.\n")
        #expect(AgentLoop.wordSwap("Change the time to 9:30 in a.md", in: "the time is 9:00\n") == nil)
        #expect(AgentLoop.wordSwap("Please change Thursday to Tuesday as the club now says", in: "Thursday\n") == nil, "runs on")
        #expect(AgentLoop.wordSwap("Please change Thursday to Tuesday wherever it appears", in: "Thursday\n")?.new == "Tuesday")
        #expect(AgentLoop.wordSwap("Replace Thursdays with Tuesdays", in: "On Thursday\n") == nil, "not in the file")
    }

    @Test func anItemCrossedOutIsStruckThroughKeepingItsBullet() async throws {
        try await content(
            "Carla cancelled; could you cross her off the guest list in memory/guests.md?", TaskPlan(action: .replace, files: ["memory/guests.md"]),
            files: ["memory/guests.md": "# Guests\n- Anna\n- ~~Ben~~\n- Carla\n"], answers: [Self.answer(["line": "- Carla"])]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/guests.md", "find": "- Carla", "replace": "- ~~Carla~~"]])
            let line = (model.schema(0)?["properties"] as? [String: Any])?["line"] as? [String: Any]
            #expect((line?["enum"] as? [String]) == ["- Anna", "- Carla"])
        }
    }

    @Test func aWordTheTaskSpellsRightIsFixedByCodeWithoutAQuestion() async throws {
        let recipe = "# Pancakes\nLet the batter rest for ten minuts.\nFry them minuts apart.\n"
        try await content(
            "In the pancake recipe I misspelled minutes, can you correct that?", TaskPlan(action: .replace, files: ["memory/recipes/pancakes.md"]),
            files: ["memory/recipes/pancakes.md": recipe], answers: []
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    [
                        "path": "memory/recipes/pancakes.md", "find": "Let the batter rest for ten minuts.",
                        "replace": "Let the batter rest for ten minutes.",
                    ],
                    ["path": "memory/recipes/pancakes.md", "find": "Fry them minuts apart.", "replace": "Fry them minutes apart."],
                ])
            #expect(model.requests.isEmpty)
        }
    }

    @Test func aMisspeltWordTheTaskNamesIsAskedOnceAndFixedInBothFiles() async throws {
        let note = { (name: String) in "Dear \(name),\nPleese bring something to drink.\n" }
        try await content(
            "Fix the typo \"Pleese\" in memory/invitations/anna.md and memory/invitations/ben.md",
            TaskPlan(action: .replace, files: ["memory/invitations/anna.md", "memory/invitations/ben.md"]),
            files: ["memory/invitations/anna.md": note("Anna"), "memory/invitations/ben.md": note("Ben")],
            answers: [Self.answer(["wrong": "Pleese", "right": "Please"])]
        ) { calls, model in
            #expect(calls?.map { Self.arguments($0)["path"] ?? "" } == ["memory/invitations/anna.md", "memory/invitations/ben.md"])
            #expect(calls?.allSatisfy { Self.arguments($0)["replace"] == "Please bring something to drink." } == true)
            #expect(model.requests.count == 1)
            // The words offered are the file's words the task names.
            let wrong = (model.schema(0)?["properties"] as? [String: Any])?["wrong"] as? [String: Any]
            #expect((wrong?["enum"] as? [String]) == ["Pleese"])
        }
    }

    @Test func aLineAddedAtTheTopGoesUnderTheTitleWithTheListsBullet() async throws {
        try await content(
            "Could you put call the plumber at the top of my to-do list, memory/todo.md?", TaskPlan(action: .prepend, files: ["memory/todo.md"]),
            files: ["memory/todo.md": "# To do\n\n- buy stamps\n"], answers: [Self.answer(["text": "call the plumber"])]
        ) { calls, _ in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["path": "memory/todo.md", "find": "# To do\n\n- buy stamps", "replace": "# To do\n\n- call the plumber\n- buy stamps"]
                ])
        }
    }

    /// "Directly under the title", "just below the heading": the file's start, under its title,
    /// whatever the plan took (planned as an append, the line went to the end).
    @Test func aLineUnderTheTitleGoesThereWhenPlannedAsAnAppend() async throws {
        let note = "# Plant care\n\n- water the fern on Sundays\n"
        for task in [
            "Insert \"Mist the orchid daily\" directly under the title of memory/plants.md",
            "Could you add a line just below the heading of memory/plants.md? It should say \"Mist the orchid daily\".",
        ] {
            try await content(task, TaskPlan(action: .append, files: ["memory/plants.md"]), files: ["memory/plants.md": note], answers: []) {
                calls, _ in
                #expect(
                    calls.map { $0.map(Self.arguments) } == [
                        [
                            "path": "memory/plants.md", "find": "# Plant care\n\n- water the fern on Sundays",
                            "replace": "# Plant care\n\n- Mist the orchid daily\n- water the fern on Sundays",
                        ]
                    ], "\(task)")
            }
        }
        #expect(!AgentLoop.saysStart("Add \"ok\" after the last line of memory/plants.md"))
        #expect(!AgentLoop.saysStart("Put the heading's date under the list in memory/plants.md"))
        // "Above the title", "before its heading": the very first line, over the title
        // (measured: such a warning went under it).
        for task in [
            "Add \"WARNING: thorns\" as the very first line of memory/plants.md, above the title",
            "Could you put \"WARNING: thorns\" at the top of memory/plants.md, before its heading?",
        ] {
            try await content(task, TaskPlan(action: .prepend, files: ["memory/plants.md"]), files: ["memory/plants.md": note], answers: []) {
                calls, _ in
                #expect(
                    calls.map { $0.map(Self.arguments) } == [["path": "memory/plants.md", "text": "WARNING: thorns", "at": "start"]], "\(task)")
            }
        }
    }

    /// The line a task says a line should say ("It should say: …", "a line saying that …") is
    /// taken by code, to the end of its sentence or where the place begins; the model is not
    /// asked (measured: it picked "Lou on 07700 900461" from the spans, none starting "In").
    @Test func theLineATaskSaysALineShouldSayIsTakenByCode() async throws {
        #expect(
            AgentLoop.saidText(
                in: "Could you add a line below the heading of my plant note? It should say: In winter, water the cactus once a month.")
                == "In winter, water the cactus once a month")
        #expect(
            AgentLoop.saidText(
                in: "Please put a line saying that in winter the cactus needs water once a month at the top of plants.md, and leave the rest")
                == "in winter the cactus needs water once a month")
        #expect(
            AgentLoop.saidText(in: "please add an entry saying 3 December: 5 km in the park above the 1 December one in memory/running-log.md")
                == "3 December: 5 km in the park")
        #expect(AgentLoop.saidText(in: "Could you append a line saying call the bank to my to-do list in memory/todo.md?") == "call the bank")
        // "saying to …" is the job itself; how it is written is not part of it.
        #expect(
            AgentLoop.saidText(
                in: "Please add a line at the very top of jobs.md saying to book the MOT before 14 January, in the same style as the other jobs.")
                == "book the MOT before 14 January")
        // Too short to be a line of its own, or no line said: the spans and the model, as before.
        #expect(AgentLoop.saidText(in: "Please put a Markdown heading that says Shopping above the items") == nil)
        #expect(AgentLoop.saidText(in: "Read memory/plants.md and add the cactus to it") == nil)
        let note = "# Plant care\n\n- water the fern on Sundays\n"
        try await content(
            "Could you add a line just below the heading of memory/plants.md? It should say: In winter, water the cactus once a month.",
            TaskPlan(action: .prepend, files: ["memory/plants.md"]), files: ["memory/plants.md": note], answers: []
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    [
                        "path": "memory/plants.md", "find": "# Plant care\n\n- water the fern on Sundays",
                        "replace": "# Plant care\n\n- In winter, water the cactus once a month\n- water the fern on Sundays",
                    ]
                ])
            #expect(model.requests.isEmpty)
        }
    }

    @Test func anAddressChangedInAllNotesIsFoundByCodeInEveryFileOfTheFolder() async throws {
        let files = [
            "memory/notes/dentist.md": "# Dentist\nContact: sam@old.example\n",
            "memory/notes/club.md": "Club news go to sam@old.example, weekly.\n",
            "memory/notes/garden.md": "Beans by the shed.\n",
            "memory/other/sam.md": "sam@old.example\n",
        ]
        try await content(
            "My email changed to sam@new.example, please update it in all my notes in memory/notes",
            TaskPlan(action: .replace, files: ["memory/notes/dentist.md"]), files: files, answers: []
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["path": "memory/notes/dentist.md", "find": "Contact: sam@old.example", "replace": "Contact: sam@new.example"],
                    [
                        "path": "memory/notes/club.md", "find": "Club news go to sam@old.example, weekly.",
                        "replace": "Club news go to sam@new.example, weekly.",
                    ],
                ])
            // The old address is the one the file has in place of the task's: nothing to ask.
            #expect(model.requests.isEmpty)
        }
        // A line asked in the first file: the words it changes are changed in the others.
        try await content(
            "Dr Weber retired and Dr Klein took over: change the name in each of my notes",
            TaskPlan(action: .replace, files: ["memory/notes/dentist.md"]),
            files: ["memory/notes/dentist.md": "Dr Weber, Tuesdays\n", "memory/notes/club.md": "Ask Weber.\n", "memory/notes/bins.md": "Monday\n"],
            answers: [Self.answer(["line": "Dr Weber, Tuesdays", "new_line": "Dr Klein, Tuesdays"])]
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["path": "memory/notes/dentist.md", "find": "Dr Weber, Tuesdays", "replace": "Dr Klein, Tuesdays"],
                    ["path": "memory/notes/club.md", "find": "Ask Weber.", "replace": "Ask Klein."],
                ])
            #expect(model.requests.count == 1)
        }
    }

    @Test func aNewFileIsThePathTheTaskNamesWithTheLinesTheModelWrote() async throws {
        let task = "Create memory/packing.md listing passport, charger and socks, one per line"
        try await content(
            task, TaskPlan(action: .create, files: []), files: ["memory/readme.md": "# Notes\n"],
            answers: [#"{"lines": ["passport", " charger", "socks", ""]}"#]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/packing.md", "content": "passport\ncharger\nsocks\n"]])
            // The path is the task's own: one question only.
            #expect(model.requests.count == 1)
        }
    }
    /// Items the task lists with their values are the lines when the model's leave a value out;
    /// lines that have them all are the model's.
    @Test func aNewFilesListedValuesAreNeverLeftOut() async throws {
        let task = "Could you start a note of the kids' shoe sizes, shoe-sizes.md in memory/kids? Leo is a 31 now, Ava a 27 and Sami a 35."
        for (answer, want) in [
            (#"["Leo's current shoe sizes:", "27", "Sami's current shoe sizes:", "35"]"#, "Leo is a 31 now\nAva a 27\nSami a 35\n"),
            (#"["Leo: 31", "Ava: 27", "Sami: 35"]"#, "Leo: 31\nAva: 27\nSami: 35\n"),
        ] {
            try await content(
                task, TaskPlan(action: .create, files: []), files: ["memory/kids/sizes-2025.md": "Leo 30\n"],
                answers: [#"{"lines": "# + answer + "}"]
            ) { calls, _ in
                #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/kids/shoe-sizes.md", "content": want]])
            }
        }
        #expect(AgentLoop.listedItems("Create memory/a.md with the sizes: Leo 31, Ava 27, Sami 35") == ["Leo 31", "Ava 27", "Sami 35"])
        #expect(AgentLoop.listedItems("Create memory/packing.md listing passport, charger and socks") == nil)
        // Items with numbers in words may be longer (fresh12 1301).
        #expect(
            AgentLoop.listedItems(
                "The dog gets a scoop of kibble at seven in the morning, half a tin at one in the afternoon and two biscuits at nine at night.")
                == ["The dog gets a scoop of kibble at seven in the morning", "half a tin at one in the afternoon", "two biscuits at nine at night"])
        #expect(AgentLoop.listedItems("We walked for miles along the river, stopped for a long lunch in the village and came home tired") == nil)
        // An item's own "and" stays in it (fresh11 1201 context after the change above).
        #expect(
            AgentLoop.listedItems(
                "The hall is 300 cm long and 90 cm wide, the landing 120 cm long and 100 cm wide, and the porch 80 cm long and 80 cm wide.")
                == ["The hall is 300 cm long and 90 cm wide", "the landing 120 cm long and 100 cm wide", "the porch 80 cm long and 80 cm wide"])
        // Names are kept as values are (fresh10 1101: "Ticket to Ride", "Catan", "Ruairi").
        let games =
            "Could you make a bring list, memory/games/november.md? Imogen is bringing Ticket to Ride, Dev is bringing Catan and Ruairi has Codenames."
        for (answer, want) in [
            (#"["Ticket to Ride", "Catan", "Ruairi"]"#, "Imogen is bringing Ticket to Ride\nDev is bringing Catan\nRuairi has Codenames\n"),
            (#"["Imogen: Ticket to Ride", "Dev: Catan", "Ruairi: Codenames"]"#, "Imogen: Ticket to Ride\nDev: Catan\nRuairi: Codenames\n"),
        ] {
            try await content(
                games, TaskPlan(action: .create, files: []), files: ["memory/games/october.md": "Dev: Azul\n"],
                answers: [#"{"lines": "# + answer + "}"]
            ) { calls, _ in
                #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/games/november.md", "content": want]])
            }
        }
    }

    /// A task asking for a new note that names only files not there yet is a create, whatever
    /// the plan's first answer (planned as an append, the list beside it was picked and
    /// appended to).
    @Test func aNewNoteTheTaskNamesIsCreatedWhenPlannedAsAnAppend() async throws {
        let task = "Could you write down the herbs I bought in a new note, herbs-2026.md in memory/garden? Basil, mint and thyme."
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/garden/herbs-2025.md": "Parsley\n"],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"lines": ["Basil", "Mint", "Thyme"]}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/garden/herbs-2026.md"] == "Basil\nMint\nThyme\n")
        #expect(run.files["memory/garden/herbs-2025.md"] == "Parsley\n")
        // The folder said by its name: the person's words ask for the new file, the routed
        // task's say where (fresh7 801 request: planned as an append, then a move).
        let own = "Could you jot down who is bringing what? Put it in a new file, who-brings.md, in the street-party folder: Nadia a quiche."
        let routed = try await PlanStepTests.run(
            own, said: own.replacingOccurrences(of: "street-party folder", with: "street-party folder (memory/street-party/)"),
            kind: .research, files: ["memory/street-party/who-brings-2025.md": "Tom: cake\n"],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"lines": ["Nadia: a quiche"]}"#)]))
        // (A note of one line that says nothing of its name gets a title from it.)
        #expect(routed.files["memory/street-party/who-brings.md"] == "# Who brings\nNadia: a quiche\n", "\(routed.files)")
        #expect(routed.files["memory/street-party/who-brings-2025.md"] == "Tom: cake\n")
        // A note that is there is changed, as planned.
        let there = try await PlanStepTests.run(
            "Add Basil to a new line of memory/garden/herbs-2025.md", kind: .research, files: ["memory/garden/herbs-2025.md": "Parsley\n"],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"text": "Basil"}"#)]))
        #expect(there.files["memory/garden/herbs-2025.md"] == "Parsley\nBasil\n", "\(there.files)")
    }
}
