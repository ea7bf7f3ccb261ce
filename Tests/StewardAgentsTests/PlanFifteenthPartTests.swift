import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents

/// What the fifteenth blind part's traces (fresh15, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's): the rows "above" that place
/// nothing, a CSV row the task writes out of its columns and a rating's scale, a named note
/// beside a new one, a name said with who it is, memos told apart by what they hold, a
/// possessive name, a change of name inside notes, "save the copy as", a file read into a new
/// one, a quote withdrawn, a skill's "with an idea for each", and a script's last bracket and
/// decimal cells. The whole loop runs where it says so (`PlanStepTests.run`: a scripted model on
/// a real HTTP server, a real workspace).
@Suite("Plan: the fifteenth blind part's traces")
struct PlanFifteenthPartTests {
    static let films = "title,director,watched,stars\nPaddington,Paul King,2026-01-04,4\nAftersun,Charlotte Wells,2026-02-11,5\n"

    /// "In the same columns as the rows above" places nothing; "above the items" does.
    @Test func theRowsAboveAreNoPlaceToAddAt() {
        #expect(!Coaching.prepends("Please add it as a new last row of memory/films/watched.csv, in the same columns as the rows above."))
        #expect(!Coaching.prepends("Ada reads well above her age, so add that to memory/school.md"))
        #expect(Coaching.prepends("Put a heading that says Films above the items in memory/films.md"))
        #expect(Coaching.prepends("Put that above everything else in memory/films.md"))
    }

    /// A CSV log's row the task writes out of its columns ("… by Stephen Frears, watched on
    /// 2026-03-08, 5 stars") is made by the columns, the words asked; "four stars out of five"
    /// is a 4.
    @Test func aRowWrittenOutOfTheColumnsIsMadeByThem() async throws {
        let task = "Append a row to memory/films/watched.csv: The Lost King by Stephen Frears, watched on 2026-03-08, 5 stars"
        // The title answered with its director after it is cut before "by".
        let model = ScriptedModel([
            .text(#"{"action": "append"}"#), .text(#"{"title": "The Lost King by Stephen Frears", "director": "Stephen Frears"}"#),
        ])
        let run = try await PlanStepTests.run(task, files: ["memory/films/watched.csv": Self.films], model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/films/watched.csv"] == Self.films + "The Lost King,Stephen Frears,2026-03-08,5\n")
        let rated = AgentLoop.csvCells("On 8 March 2026 I watched The Lost King by Stephen Frears, four stars out of five.", in: Self.films)
        #expect(rated?.cells == ["", "", "2026-03-08", "4"] && rated?.words == [0, 1])
        #expect(AgentLoop.fitsRow("The Lost King,Stephen Frears,2026-03-08,5", of: Self.films))
        #expect(!AgentLoop.fitsRow("The Lost King by Stephen Frears, watched on 2026-03-08, 5 stars", of: Self.films))
    }

    /// "Write a swimming note … as swimming.md in memory/family", the coach's note put in
    /// brackets by the routing, is a new file; its lines are each child with their time, a name
    /// said with who it is ("Kit, our eldest,") kept with its time.
    @Test func aNoteWrittenBesideANamedOneIsNewAndKeepsEachName() async throws {
        let task =
            "Could you write a swimming note for Dana, our coach, as swimming.md in memory/family? Olly, the youngest, swims at four on Monday, Bea at half past five on Tuesday and Kit, our eldest, at six on Friday."
        let said = task.replacingOccurrences(of: "our coach,", with: "our coach (memory/family/coach.md),")
        let model = ScriptedModel([
            .text(#"{"action": "append"}"#), .text(#"{"lines": ["Four on Monday", "Half past five on Tuesday", "Six on Friday"]}"#),
        ])
        let coach = "# Coach\nDana, Tuesdays and Fridays.\n"
        let run = try await PlanStepTests.run(task, said: said, kind: .research, files: ["memory/family/coach.md": coach], model)
        #expect(run.outcome.record.status == .done)
        #expect(
            run.files["memory/family/swimming.md"]
                == "Olly swims at four on Monday\nBea at half past five on Tuesday\nKit at six on Friday\n")
        #expect(run.files["memory/family/coach.md"] == coach)
    }

    static let memos = [
        "memory/voice-notes/memo-3.txt": "Voice memo, 1 June\nDentist: move the check-up to Friday.\n",
        "memory/voice-notes/memo-4.txt": "Voice memo, 4 June\nRetirement toast for Gwen, first draft. Thirty years at the library.\n",
        "memory/voice-notes/memo-5.txt": "Voice memo, 6 June\nGwen's leaving do: book the room upstairs.\n",
    ]

    /// Files titled alike but for their dates are told apart by their next line, and the one
    /// renamed is the one whose words the task says, not the first picked.
    @Test func memosTitledByTheirDatesAreToldApartByWhatTheyHold() async throws {
        let titles = TaskPlan.titles(Self.memos)
        #expect(titles["memory/voice-notes/memo-4.txt"] == "Voice memo, 4 June: Retirement toast for Gwen, first draft. Thirty years at the library.")
        #expect(TaskPlan.alike("Voice memo, 1 June") == TaskPlan.alike("Voice memo, 6 June"))
        #expect(TaskPlan.titles(["a.md": "# Bins\nMonday\n", "b.md": "# Boiler\nService\n"]) == ["a.md": "Bins", "b.md": "Boiler"])
        let task =
            "One of the voice memos in memory/voice-notes is my retirement toast for Gwen. Could you rename it gwen-toast.txt and leave it in that folder?"
        let model = ScriptedModel([
            .text(#"{"action": "rename"}"#),
            .text(#"{"files": ["memory/voice-notes/memo-3.txt", "memory/voice-notes/memo-4.txt", "memory/voice-notes/memo-5.txt"]}"#),
        ])
        let run = try await PlanStepTests.run(task, files: Self.memos, model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/voice-notes/gwen-toast.txt"] == Self.memos["memory/voice-notes/memo-4.txt"])
        #expect(run.files["memory/voice-notes/memo-3.txt"] != nil && run.files["memory/voice-notes/memo-5.txt"] != nil)
    }

    /// "Our dog Rolo's worming record" is the file named for both words, not another dog's
    /// worming note.
    @Test func aPossessiveNameAndTheLongerMatchNameTheFile() {
        let files = [
            "memory/inbox/rolo-worming.md", "memory/pets/bramble/worming.md", "memory/inbox/council-tax.md", "memory/pets/rolo/insurance.md",
        ]
        let said = Coaching.withNamedPaths(
            "Could you file our dog Rolo's worming record? It's in memory/inbox, and it belongs in memory/pets/rolo.", files: files)
        #expect(said.contains("worming (memory/inbox/rolo-worming.md) record"), "\(said)")
        #expect(!said.contains("bramble"))
    }

    /// "It's sitting in memory/inbox, and it belongs in her folder, memory/pets/rolo": the
    /// folder it belongs in is where it goes, and the record named is moved there.
    @Test func theFolderItBelongsInIsWhereItGoes() async throws {
        let known: Set<String> = ["memory/inbox", "memory/pets/rolo", "memory/pets/bramble"]
        let task = "Could you file our dog Rolo's worming record? It's sitting in memory/inbox, and it belongs in his folder, memory/pets/rolo."
        #expect(AgentLoop.destinations(task, action: .move, known: known) == ["memory/pets/rolo"])
        #expect(AgentLoop.destinations("Move it into the folder memory/pets/rolo", action: .move, known: known) == ["memory/pets/rolo"])
        let files = [
            "memory/inbox/rolo-worming.md": "Rolo: wormed 2 March\n", "memory/pets/bramble/worming.md": "Bramble: wormed 1 March\n",
            "memory/inbox/council-tax.md": "Band C\n", "memory/pets/rolo/insurance.md": "Policy 5521\n",
        ]
        let said = Coaching.withNamedPaths(task, files: Array(files.keys))
        let run = try await PlanStepTests.run(task, said: said, files: files, ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/pets/rolo/rolo-worming.md"] == "Rolo: wormed 2 March\n" && run.files["memory/inbox/rolo-worming.md"] == nil)
        #expect(run.files["memory/pets/rolo/insurance.md"] == "Policy 5521\n" && run.files["memory/pets/bramble/worming.md"] != nil)
    }

    static let accounts = [
        "memory/admin/accounts/gym.md": "# Gym\nMember 5531\nName: Priya Shah\n",
        "memory/admin/accounts/bank.md": "# Bank\nSort code 20-44-19\nName: Priya Shah\n",
        "memory/admin/accounts/licence.md": "# Driving licence\nName: Priya Shah\n",
    ]

    /// "Change my name in the gym and bank notes", planned as a rename, is a change inside
    /// both notes, each called by its name; the licence stays.
    @Test func aNameChangedInNotesIsNoRename() async throws {
        let task =
            "I've just married, so I'm Priya Hale now! Could you change my name in the gym and bank notes in memory/admin/accounts? My driving licence still has my old name."
        let model = ScriptedModel([
            .text(#"{"action": "rename"}"#), .text(#"{"files": ["memory/admin/accounts/gym.md", "memory/admin/accounts/bank.md"]}"#),
        ])
        let run = try await PlanStepTests.run(task, files: Self.accounts, model)
        #expect(
            run.outcome.record.status == .done && run.outcome.record.proposal != nil,
            "\(run.steps.map { "\($0.kind) \($0.name ?? "") \($0.output)" })")
        for note in ["gym", "bank"] {
            let path = "memory/admin/accounts/\(note).md"
            #expect(run.files[path] == Self.accounts[path]?.replacingOccurrences(of: "Priya Shah", with: "Priya Hale"), "\(note)")
        }
        #expect(run.files["memory/admin/accounts/licence.md"] == Self.accounts["memory/admin/accounts/licence.md"])
        #expect(
            AgentLoop.keyedValues("I'm Priya Hale now; change my name", in: "Name: Priya Shah\n")
                == .init(old: "Priya Shah", new: "Priya Hale", word: true))
        #expect(AgentLoop.keyedValues("I'm Priya Hale now; change it", in: "Name: Priya Shah\n") == nil, "the label is not said")
        #expect(AgentLoop.keyedValues("Tom Reed is my name now", in: "Name: Priya Shah\n") == nil, "no word shared")
    }

    /// "Save the copy as shopping.md in memory/events/2026-bbq", planned as a create, copies the
    /// checklist the routing put in brackets; the checklist stays.
    @Test func savingTheCopyAsANewFileIsACopy() async throws {
        #expect(AgentLoop.asksCopy("Save the copy as shopping.md in memory/events"))
        #expect(AgentLoop.asksCopy("please make a copy of it"))
        #expect(!AgentLoop.asksCopy("Delete the copy in memory/events"))
        let party = "# Party checklist\n- plates\n- ice\n- candles\n"
        let files = [
            "memory/events/checklists/party.md": party, "memory/events/checklists/picnic.md": "# Picnic\n- rug\n",
            "memory/events/2026-bbq/guests.md": "# Guests\n", "memory/events/2025-bbq/shopping.md": "# Shopping\n- coal\n",
        ]
        let task =
            "Could you start a shopping list for Saturday's barbecue from my party checklist in memory/events/checklists? Save the copy as shopping.md in memory/events/2026-bbq and keep the checklist as it is."
        let said = task.replacingOccurrences(of: "my party checklist", with: "my party (memory/events/checklists/party.md) checklist")
        let run = try await PlanStepTests.run(task, said: said, files: files, ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(
            run.outcome.record.status == .done && run.outcome.record.proposal != nil,
            "\(run.steps.map { "\($0.kind) \($0.name ?? "") \($0.output)" })")
        #expect(run.files["memory/events/2026-bbq/shopping.md"] == party && run.files["memory/events/checklists/party.md"] == party)
        #expect(run.files["memory/events/2025-bbq/shopping.md"] == "# Shopping\n- coal\n")
    }

    /// "Read memory/pets/discharge.md and write three short bullet points … to
    /// outputs/rex-care.md", planned as a create, is a summary of the file it reads.
    @Test func aNewFileMadeFromOneReadIsASummary() async throws {
        let task =
            "Please read memory/pets/discharge.md and write three short bullet points with what we have to do for Rex to outputs/rex-care.md."
        let letter = "# Discharge\nRex had his tooth out. Give him soft food for a week. No chews until the check-up on 3 May.\n"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/pets/discharge.md": letter], ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(run.steps.contains { $0.kind == .note && $0.output.hasPrefix("plan: summarise") })
        #expect(!run.steps.contains { $0.kind == .note && $0.output.hasPrefix("plan: create") })
    }

    static let quotes =
        "# Roof quotes\n\nSlateline quoted 4,200 GBP for the whole roof. Topcover quoted 3,850 GBP, but on 2 May they withdrew their quote. Hill & Co sent 4,610 GBP in total.\n"

    /// The quotes that still stand, each with its total, out of the file the task reads:
    /// planned as a list, it is an extract, and the withdrawn quote is left out.
    @Test func aWithdrawnQuoteIsLeftOutOfTheOnesThatStand() async throws {
        #expect(AgentLoop.notCancelled(["4,200 GBP", "3,850 GBP", "4,610 GBP"], in: Self.quotes) == ["4,200 GBP", "4,610 GBP"])
        #expect(AgentLoop.asksCancelled("List the quotes that were withdrawn"))
        let task =
            "Please read memory/house/roof-quotes.md and write every roofer whose quote still stands, with its total, to outputs/roof.md, one roofer per line. Topcover withdrew theirs, so leave them out."
        let model = ScriptedModel([.text(#"{"action": "list"}"#), .text(#"{"label": "Slateline"}"#), .text(#"{"label": "Hill & Co"}"#)])
        let run = try await PlanStepTests.run(task, kind: .research, files: ["memory/house/roof-quotes.md": Self.quotes], model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/roof.md"] == "- Slateline: 4,200 GBP\n- Hill & Co: 4,610 GBP\n")
    }

    /// A skill whose steps leave out what goes with each thing it writes ("with an idea for a
    /// present for each") gets the person's sentence, as an instruction.
    @Test func aSkillKeepsWhatTheTaskSaysGoesWithEachThing() async throws {
        let task =
            "Could you write me a skill called anniversary-reminders? It should check memory/people/anniversaries.md for anyone whose anniversary falls in the next month and put them in outputs/anniversaries.md, with an idea for a card for each."
        let answer =
            #"{"name": "anniversary-reminders", "description": "Checks the anniversaries coming up next month.", "steps": ["Read memory/people/anniversaries.md.", "Find the ones in the next month.", "Write them to outputs/anniversaries.md."]}"#
        try await PlanDerivedTests().derived(
            task, TaskPlan(action: .skill, files: []), kind: .code, files: ["memory/people/anniversaries.md": "- Mum and Dad: 12 June\n"],
            answers: [answer]
        ) { calls, _ in
            let content = try #require(calls?.first).map(PlanDerivedTests.arguments)?["content"] ?? ""
            // (Then, of dates coming up, from when: fresh32 3313.)
            #expect(
                content.hasSuffix(
                    "\n\nCheck memory/people/anniversaries.md for anyone whose anniversary falls in the next month and put them in outputs/anniversaries.md, with an idea for a card for each.\n\nCount from today's date.\n"
                ), "\(content)")
        }
        #expect(AgentLoop.asInstruction("It should add a line.") == "Add a line.")
        #expect(AgentLoop.asInstruction("Whenever I fill up, it should add a line.") == "Whenever I fill up, it should add a line.")
    }

    /// A script's last line missing its bracket is closed; `int(` of a CSV cell where the file
    /// has decimals is `float(`.
    @Test func aScriptsLastBracketAndDecimalCells() {
        let code = "import csv\nrows = list(csv.reader(open('rain.csv')))\nprint(f'Total: {sum(float(r[1]) for r in rows[1:])}\\n'"
        #expect(AgentLoop.closedAtEnd(code) == code + ")")
        #expect(AgentLoop.syntaxProblem("#!/usr/bin/env python3\n" + AgentLoop.closedAtEnd(code), python: true) == nil)
        #expect(AgentLoop.closedAtEnd("print('a')\n") == "print('a')\n", "nothing open")
        #expect(AgentLoop.closedAtEnd("x = (1]\n") == "x = (1]\n", "a wrong bracket is left for the parser to name")
        #expect(AgentLoop.closedAtEnd("print('a\nb')") == "print('a\\nb')", "a line break in a string is still written as \\n")
        let csv = "date,mm\n2026-09-01,0.0\n2026-09-02,4.2"
        #expect(AgentLoop.decimalCells("mm = int(row[1])\nn = int(count)", reading: [csv]) == "mm = float(row[1])\nn = int(count)")
        #expect(AgentLoop.decimalCells("mm = int(row[1])", reading: ["date,mm\n2026-09-01,3"]) == "mm = int(row[1])", "whole numbers")
    }
}
