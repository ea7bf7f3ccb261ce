import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents

/// The file recipes (move, rename, copy) with the words people use: a copy's new name given
/// without a folder, a file named by what it is, a folder described. The whole loop runs
/// (`PlanStepTests.run`), a scripted model on a real HTTP server, over a real workspace.
@Suite("Plan: file recipes in people's words")
struct PlanFileTests {
    static let files = ["memory/notes/plan.md": "Beds: carrots, beans.\n", "memory/travel/hotel.txt": "Hotel Adler\n"]

    /// A copy's new name without a folder goes beside the original, nothing asked (before, the
    /// path was asked, and a bare name did not fit its pattern: the free loop took over).
    @Test func aCopysNewNameWithoutAFolderGoesBesideTheOriginal() async throws {
        for task in [
            "Duplicate memory/notes/plan.md, naming the copy plan-v2.md", "Could you make a second copy of memory/notes/plan.md, plan-v2.md?",
        ] {
            let run = try await PlanStepTests.run(task, files: Self.files, ScriptedModel([.text(#"{"action": "copy"}"#)]))
            #expect(run.outcome.record.status == .done && run.requests.count == 1, "\(task)")
            #expect(
                run.files["memory/notes/plan-v2.md"] == "Beds: carrots, beans.\n" && run.files["memory/notes/plan.md"] == "Beds: carrots, beans.\n")
            #expect(run.outcome.changed == ["memory/notes/plan-v2.md"])
        }
    }

    /// A copy "into outputs" (a top folder called by its name) keeps the file's name, nothing
    /// asked; asked, an answer that renames it is read as its folder when the task says "same
    /// file name" (fresh7 807 request: outputs/spring-concert-seating-plan.md for seating-spring.md).
    @Test func aCopyIntoATopFolderOrUnderTheSameNameKeepsTheName() async throws {
        let into = try await PlanStepTests.run(
            "Could you copy my plan in memory/notes into outputs so I can print it?", files: Self.files,
            ScriptedModel([.text(#"{"action": "copy"}"#), .text(#"{"files": ["memory/notes/plan.md"]}"#)]))
        #expect(into.outcome.record.status == .done && into.files["outputs/plan.md"] == "Beds: carrots, beans.\n", "\(into.files)")
        let same = try await PlanStepTests.run(
            "Copy memory/notes/plan.md for printing, same file name please.", files: Self.files,
            ScriptedModel([.text(#"{"action": "copy"}"#), .text(#"{"to": "outputs/garden-plan.md"}"#)]))
        #expect(same.outcome.record.status == .done && same.files["outputs/plan.md"] == "Beds: carrots, beans.\n", "\(same.files)")
        #expect(same.files["outputs/garden-plan.md"] == nil)
        #expect(AgentLoop.keepsName("Keep its file name.") && AgentLoop.keepsName("under the same name"))
        #expect(!AgentLoop.keepsName("change its name to plan-v2.md") && !AgentLoop.keepsName("give it a new name"))
        #expect(AgentLoop.calledRoot("put a copy in the outputs folder") == "outputs/" && AgentLoop.calledRoot("my outputs are ready") == nil)
    }

    static let payslips = [
        "memory/payslips/payslip-2025-11.txt": "Net: 2,100\n", "memory/payslips/payslip-2025-12.txt": "Net: 2,150\n",
        "memory/payslips/payslip-2026-01.txt": "Net: 2,200\n", "memory/payslips/2025/payslip-2025-10.txt": "Net: 2,050\n",
    ]

    /// Files named as a list are each moved into the folder, each deleted, each copied into
    /// a folder, in one round of calls with nothing asked but the action (before, a move or
    /// copy took the first file only and ended done, the second left where it was).
    @Test func filesNamedAsAListAreEachMovedCopiedOrDeleted() async throws {
        let move = try await PlanStepTests.run(
            "Move payslip-2025-11.txt and payslip-2025-12.txt from memory/payslips into memory/payslips/2025", files: Self.payslips,
            ScriptedModel([.text(#"{"action": "move"}"#)]))
        #expect(move.outcome.record.status == .done && move.requests.count == 1)
        #expect(
            Set(move.outcome.changed) == [
                "memory/payslips/payslip-2025-11.txt", "memory/payslips/payslip-2025-12.txt", "memory/payslips/2025/payslip-2025-11.txt",
                "memory/payslips/2025/payslip-2025-12.txt",
            ])
        #expect(move.files["memory/payslips/2025/payslip-2025-12.txt"] == "Net: 2,150\n" && move.files["memory/payslips/payslip-2026-01.txt"] != nil)
        let delete = try await PlanStepTests.run(
            "Delete memory/payslips/payslip-2025-11.txt, payslip-2025-12.txt", files: Self.payslips, ScriptedModel([.text(#"{"action": "delete"}"#)]))
        #expect(delete.outcome.record.status == .done && delete.requests.count == 1)
        #expect(Set(delete.outcome.changed) == ["memory/payslips/payslip-2025-11.txt", "memory/payslips/payslip-2025-12.txt"])
        let copy = try await PlanStepTests.run(
            "Copy memory/payslips/payslip-2025-11.txt & memory/payslips/payslip-2026-01.txt into outputs/", files: Self.payslips,
            ScriptedModel([.text(#"{"action": "copy"}"#)]))
        #expect(copy.outcome.record.status == .done && Set(copy.outcome.changed) == ["outputs/payslip-2025-11.txt", "outputs/payslip-2026-01.txt"])
        #expect(copy.files["memory/payslips/payslip-2025-11.txt"] == "Net: 2,100\n")
    }

    static let letters = [
        "memory/post/gas-bill.md": "# Gas bill, November\n", "memory/post/water-bill.md": "# Water bill, November\n",
        "memory/post/pizza-menu.md": "# Pizza menu\n", "memory/bills/README.md": "Bills, by year.\n", "memory/bills/2025/old.md": "Old\n",
    ]

    /// As many files as the task says ("both", "the two bills"), described and not named, are
    /// asked for exactly and each moved, into a folder the task calls by its name inside the
    /// one it names ("the 2025 folder in memory/bills"); before, one of them was moved and the
    /// task ended done, and that folder was refused as not the one named.
    @Test func asManyFilesAsTheTaskSaysAreEachMoved() async throws {
        let task = "Could you file the two bills sitting in my post folder in the 2025 folder in memory/bills?"
        let run = try await PlanStepTests.run(
            task, files: Self.letters,
            ScriptedModel([
                .text(#"{"action": "move"}"#), .text(#"{"files": ["memory/post/gas-bill.md", "memory/post/water-bill.md"]}"#),
                .text(#"{"folder": "memory/bills/2025"}"#),
            ]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/bills/2025/gas-bill.md"] != nil && run.files["memory/bills/2025/water-bill.md"] != nil, "\(run.outcome.changed)")
        #expect(run.files["memory/post/pizza-menu.md"] != nil && run.files["memory/post/gas-bill.md"] == nil)
        let schema = try #require(PlanStepTests.property(run.requests[1], "files"))
        #expect(schema["minItems"] as? Double == 2 && schema["maxItems"] as? Double == 2, "\(schema)")
        // One of them named: the other asked for with it (before, the named one alone moved).
        let named = try await PlanStepTests.run(
            "Please move memory/post/gas-bill.md and the water one, both of them, into memory/bills", files: Self.letters,
            ScriptedModel([.text(#"{"action": "move"}"#), .text(#"{"files": ["memory/post/gas-bill.md", "memory/post/water-bill.md"]}"#)]))
        #expect(named.outcome.record.status == .done)
        #expect(named.files["memory/bills/gas-bill.md"] != nil && named.files["memory/bills/water-bill.md"] != nil, "\(named.outcome.changed)")
        #expect(AgentLoop.statedCount("Move both into memory/bills") == 2)
        #expect(AgentLoop.statedCount("delete all three old drafts") == 3)
        #expect(AgentLoop.statedCount("Move the note about two cats into memory/pets") == nil)
        #expect(
            AgentLoop.statedCount(
                "Please delete the note for that expired voucher from memory/vouchers. This year's cinema voucher is still good, and so is the bookshop gift card, so keep both."
            ) == nil, "a number said of what to keep")
        // A folder the task only has a word of is not called by name: the named one is meant.
        #expect(AgentLoop.callsFolder("put them in the folder called 2025 in memory/bills", "2025"))
        #expect(!AgentLoop.callsFolder("Move the 2025 gas bill into memory/bills", "2025"))
        // A name of several words, "folder" at most two words on (fresh12 1307).
        #expect(AgentLoop.callsFolder("a copy of my CV in the bakery manager application folder", "bakery-manager"))
        #expect(!AgentLoop.callsFolder("the bakery manager said the application folder is full of forms", "bakery-manager"))
    }

    /// A task asking to give a file a (dated, new) name is a rename, whatever the action first
    /// answered (planned as a create, the file name was written into a new file).
    @Test func aFileGivenADatedNameIsRenamedWhenPlannedAsACreate() async throws {
        let task = "Can you give the March invoice in memory/invoices a dated name like February's? invoice-2026-03-31.md, please."
        let run = try await PlanStepTests.run(
            task, files: ["memory/invoices/invoice.md": "Total: 80\n", "memory/invoices/invoice-2026-02-28.md": "Total: 75\n"],
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"files": ["memory/invoices/invoice.md"]}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/invoices/invoice-2026-03-31.md"] == "Total: 80\n" && run.files["memory/invoices/invoice.md"] == nil)
        #expect(AgentLoop.asksNewName("Please rename my notes") && AgentLoop.asksNewName("give it a new name: b.md"))
        #expect(!AgentLoop.asksNewName("Create memory/contacts.md with the name and number of the plumber"))
    }

    static let house = [
        "memory/house/chimney-sweep.txt": "Sweep: Ash & Son, every October\n", "memory/house/gutters.txt": "Cleared in May\n",
        "memory/house/alarms.md": "# Alarms\n",
    ]

    /// "From a .txt file to a .md file, keeping the rest of its name" is a rename to that ending,
    /// not a move ("a .txt file": "file" is no verb there; fresh10 1105 moved a README), and a
    /// keep that points back keeps the file its sentence names, not the one renamed.
    @Test func aNewEndingIsARenameAndFileAfterAnEndingIsNoVerb() async throws {
        let person = "Could you change the chimney sweep note in memory/house from a .txt file to a .md file, keeping the rest of its name?"
        let run = try await PlanStepTests.run(
            person, said: person.replacingOccurrences(of: "note in", with: "note (memory/house/chimney-sweep.txt) in"), files: Self.house,
            ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 1)
        #expect(
            run.files["memory/house/chimney-sweep.md"] == "Sweep: Ash & Son, every October\n" && run.files["memory/house/chimney-sweep.txt"] == nil)
        #expect(AgentLoop.newEnding("make notes/a.txt a .md file", of: "a.txt") == nil, "the task writes no .txt of its own")
        #expect(AgentLoop.newEnding("from .txt to .md", of: "a.txt") == ".md")
        #expect(!AgentLoop.asVerb(["file", "place"], in: ["from", "a", "txt", "file", "in", "the", "right", "place"]))
        #expect(AgentLoop.asVerb(["file"], in: ["could", "you", "file", "the", "receipts"]))
        let context =
            "All my house notes are Markdown files except the one about the chimney sweep, which I saved as chimney-sweep.txt in memory/house by mistake. "
            + "Please rename it to chimney-sweep.md in the same folder without changing what it says. The gutters note is a .txt too, but leave that one as it is for now."
        let routed = context.replacingOccurrences(of: "gutters note", with: "gutters note (memory/house/gutters.txt)")
        #expect(AgentLoop.leftAlone(context, task: routed, among: Array(Self.house.keys), action: .rename) == ["memory/house/gutters.txt"])
    }

    static let songs = [
        "memory/downloads/chords-jolene.md": "Am C\n", "memory/downloads/chords-wonderwall.md": "Em G\n",
        "memory/downloads/chords-hallelujah.md": "C Am\n", "memory/downloads/receipt-strings.md": "12 EUR\n",
        "memory/music/guitar-songs/chords-country-roads.md": "G D\n",
    ]

    /// Files a move names by a word of their own names, as many as it says ("the three chord
    /// sheets, the ones for Jolene, Wonderwall and Hallelujah"), are the ones moved, nothing
    /// asked, and what "stays" before the trigger is kept (fresh11 1206: a song already in the
    /// destination was moved out); a rename's answer is written as the file's name is, and a
    /// backup is a copy (fresh11 1205, 1207).
    @Test func filesNamedByTheirWordsAreMovedAndARenameKeepsTheNamingStyle() async throws {
        let task =
            "I saved three chord sheets, Jolene, Wonderwall and Hallelujah, in memory/downloads. Please move all three into memory/music/guitar-songs. The receipt for the strings and my boarding pass stay in downloads."
        let run = try await PlanStepTests.run(
            task, files: Self.songs, ScriptedModel([.text(#"{"action": "move"}"#), .text(#"{"folder": "memory/music/guitar-songs"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count <= 2)
        #expect(
            Set(run.files.keys.filter { $0.hasPrefix("memory/music/guitar-songs/") }) == [
                "memory/music/guitar-songs/chords-jolene.md", "memory/music/guitar-songs/chords-wonderwall.md",
                "memory/music/guitar-songs/chords-hallelujah.md", "memory/music/guitar-songs/chords-country-roads.md",
            ])
        #expect(run.files["memory/downloads/receipt-strings.md"] == "12 EUR\n")
        #expect(AgentLoop.styledName("Sophie Okafor.md", like: "sophie-turner.md") == "sophie-okafor.md")
        #expect(AgentLoop.styledName("Sophie Okafor.md", like: "Sophie Turner.md") == "Sophie Okafor.md")
        #expect(AgentLoop.asksCopy("could you make a backup of the budget spreadsheet?") && AgentLoop.asksCopy("back it up as b.csv"))
        #expect(!AgentLoop.asksCopy("put the chairs back where they were"))
    }

    static let band = ["memory/band/setlist-winter.md": "1. Jolene\n2. Valerie\n", "memory/band/rehearsals.md": "Tuesdays\n"]

    /// "Duplicate my winter set list … as setlist-spring.md" is a copy to that new file, whatever
    /// the action first answered (planned as an append, a line was added to another note); a
    /// rename's new name is never a file that is there (the model answered another file the
    /// task names, and the move was refused).
    @Test func aDuplicateToANewFileIsACopyAndARenameNeverTakesAnExistingName() async throws {
        let run = try await PlanStepTests.run(
            "Please duplicate my winter set list (it's in memory/band) as setlist-spring.md right next to it, and keep the winter one unchanged.",
            files: Self.band,
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"files": ["memory/band/setlist-winter.md"]}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/band/setlist-spring.md"] == "1. Jolene\n2. Valerie\n" && run.files["memory/band/setlist-winter.md"] != nil)
        #expect(AgentLoop.asksCopy("Could you make a copy of the set list?") && !AgentLoop.asksCopy("Delete the duplicate in memory/band"))
        let renamed = try await PlanStepTests.run(
            "In memory/band/rehearsals.md, correct that one line; don't touch setlist-winter.md", files: Self.band,
            ScriptedModel([.text(#"{"action": "rename"}"#), .text(#"{"name": "setlist-winter.md"}"#)]))
        // The new name is asked (the named file is there), the answer is not taken: no move is made.
        #expect(renamed.steps.contains { $0.output.contains(#"{"name": "setlist-winter.md"}"#) })
        #expect(renamed.outcome.changed.isEmpty && !renamed.steps.contains { $0.output.contains("already exists") })
    }

    /// Files named but not as a list are not all acted on: the one to keep, the one beside
    /// which the file goes.
    @Test func filesNamedButNotAsAListAreNotAllActedOn() {
        let files = ["memory/a.md", "memory/b.md", "memory/c.md"]
        #expect(AgentLoop.listed(files, in: "Delete memory/a.md, memory/b.md and c.md"))
        #expect(AgentLoop.listed(Array(files.prefix(2)), in: "move 'a.md' as well as \"b.md\" into old/"))
        #expect(!AgentLoop.listed(Array(files.prefix(2)), in: "Delete a.md and keep b.md"))
        #expect(!AgentLoop.listed(Array(files.prefix(2)), in: "Move a.md into the folder b.md is in"))
        #expect(!AgentLoop.listed(Array(files.prefix(2)), in: "Move b.md and a.md into old/"), "in the order the task names them")
        #expect(!AgentLoop.listed(["memory/a.md"], in: "Delete a.md"))
    }

    static let drafts = [
        "memory/drafts/complaint-airline-v1.md": "Dear Sir,\n", "memory/drafts/complaint-airline-v2.md": "Dear Madam,\n",
        "memory/drafts/birthday-speech.md": "Friends,\n",
    ]

    /// A delete is not offered the files the task says to keep, and a delete of one is not
    /// run: the loop decides (before, "get rid of the first draft … I only need v2" could be
    /// answered v2, and was done).
    /// "Delete the note for …": one file, the closest of those the model picked (fresh12 1308:
    /// the optician's note went too).
    @Test func aDeleteOfTheNoteDeletesOneFile() async throws {
        let files = [
            "memory/appointments/dentist-leo.md": "# Leo, dentist\nFriday 10:30\n", "memory/appointments/optician-leo.md": "# Leo, eye test\n",
            "memory/appointments/dentist-amira.md": "# Amira, dentist\n",
        ]
        let task = "The surgery cancelled Leo's check-up. Please delete the note for his dentist appointment from memory/appointments."
        let run = try await PlanStepTests.run(
            task, files: files,
            ScriptedModel([
                .text(#"{"action": "delete"}"#), .text(#"{"files": ["memory/appointments/optician-leo.md", "memory/appointments/dentist-leo.md"]}"#),
            ]))
        #expect(run.outcome.record.status == .done && run.outcome.changed == ["memory/appointments/dentist-leo.md"])
        #expect(AgentLoop.deletesOne(task) && AgentLoop.deletesOne("Bin that file, please"))
        #expect(!AgentLoop.deletesOne("Delete both notes for Leo") && !AgentLoop.deletesOne("Remove the notes for Leo's appointments"))
        #expect(!AgentLoop.deletesOne("Delete the old note and the ticket"))
    }

    @Test func aFileTheTaskSaysToKeepIsNotDeleted() async throws {
        let task = "Please get rid of the first draft of my complaint to the airline; I only need v2 now."
        let offered = try await PlanStepTests.run(
            task, files: Self.drafts,
            ScriptedModel([.text(#"{"action": "delete"}"#), .text(#"{"files": ["memory/drafts/complaint-airline-v1.md"]}"#)]))
        #expect(offered.outcome.record.status == .done && offered.outcome.changed == ["memory/drafts/complaint-airline-v1.md"])
        let schema = PlanStepTests.schema(offered.requests[1])
        let files = ((schema?["properties"] as? [String: Any])?["files"] as? [String: Any])?["items"] as? [String: Any]
        let choices = try #require(files?["enum"] as? [String])
        #expect(choices.contains("memory/drafts/complaint-airline-v1.md") && !choices.contains("memory/drafts/complaint-airline-v2.md"))
        #expect(
            AgentLoop.kept("Delete it, but keep v2 and my birthday speech.", among: Self.drafts.keys.sorted()) == [
                "memory/drafts/birthday-speech.md", "memory/drafts/complaint-airline-v2.md",
            ])
        #expect(AgentLoop.kept("Delete the v1 draft", among: Self.drafts.keys.sorted()).isEmpty)
    }

    static let papers = [
        "memory/paperwork/interest-2025.md": "Interest 2025\n", "memory/paperwork/pension-2025.md": "Pension 2025\n",
        "memory/paperwork/gifts-2025.md": "Gifts 2025\n", "memory/paperwork/interest-2026.md": "Interest 2026\n",
        "memory/tax-2025/checklist.md": "- [ ] interest\n",
    ]

    /// A move "into" a folder does not move the file the task names there ("… where my
    /// checklist is"); the things it lists after its verb, each with its "the", are as many
    /// files (fresh9 1006: the checklist was moved out, nothing else).
    @Test func aMoveListsWhatItMovesAndNeverTheFileAlreadyThere() async throws {
        let task =
            "Please move the 2025 interest statement, the 2025 pension statement and the note of 2025 gifts out of memory/paperwork "
            + "and into memory/tax-2025, where my checklist (memory/tax-2025/checklist.md) is."
        let picked = #"{"files": ["memory/paperwork/interest-2025.md", "memory/paperwork/pension-2025.md", "memory/paperwork/gifts-2025.md"]}"#
        let run = try await PlanStepTests.run(task, files: Self.papers, ScriptedModel([.text(#"{"action": "move"}"#), .text(picked)]))
        #expect(run.outcome.record.status == .done, "\(run.steps.map(\.output))")
        #expect(run.files["memory/tax-2025/checklist.md"] == "- [ ] interest\n" && run.files["memory/tax-2025/gifts-2025.md"] == "Gifts 2025\n")
        #expect(run.files["memory/tax-2025/interest-2025.md"] != nil && run.files["memory/tax-2025/pension-2025.md"] != nil)
        #expect(run.files["memory/paperwork/interest-2026.md"] == "Interest 2026\n")
        // Asked for exactly three, the checklist not offered.
        let items = ((PlanStepTests.schema(run.requests[1])?["properties"] as? [String: Any])?["files"] as? [String: Any])
        #expect(items?["minItems"] as? Int == 3 && items?["maxItems"] as? Int == 3, "\(String(describing: items))")
        #expect(!"\(items ?? [:])".contains("checklist"))
        #expect(AgentLoop.listedCount("Delete the old draft and the copy from memory/notes") == 2)
        #expect(AgentLoop.listedCount("Copy the plan and keep the original") == nil)
        #expect(AgentLoop.listedCount("Move memory/a.md and memory/b.md into old/") == nil)
        #expect(AgentLoop.statedCount("Could you gather my three 2025 papers from memory/paperwork") == 3)
        // "Gather … into the … folder" is a move.
        let gathered = try await PlanStepTests.run(
            "Could you gather my three 2025 papers from memory/paperwork into the memory/tax-2025 folder?", files: Self.papers,
            ScriptedModel([.text(#"{"action": "append"}"#), .text(picked)]))
        #expect(gathered.outcome.record.status == .done && gathered.files["memory/tax-2025/pension-2025.md"] == "Pension 2025\n")
        // Planned as a create, when nothing new is asked for: a move too (fresh9 1006 request).
        let created = try await PlanStepTests.run(
            "Could you gather my three 2025 papers from memory/paperwork into the memory/tax-2025 folder?", files: Self.papers,
            ScriptedModel([.text(#"{"action": "create"}"#), .text(picked)]))
        #expect(created.outcome.record.status == .done && created.files["memory/tax-2025/gifts-2025.md"] == "Gifts 2025\n")
        #expect(AgentLoop.asksNewThing("Put a new note in memory/recipes saying buy milk") && !AgentLoop.asksNewThing("Gather the papers"))
    }

    /// A copy into a folder "as reference.md" or "named reference.md" gets that name there
    /// (fresh9 1007: it kept the original's name).
    @Test func aCopyIntoAFolderUnderANewNameGetsIt() async throws {
        let files = ["memory/jobs/reference-achebe.md": "To whom it may concern\n", "memory/jobs/reference-pell.md": "Coach\n"]
        for task in [
            "Please copy memory/jobs/reference-achebe.md into outputs/application as reference.md, word for word.",
            "Could you put a copy of memory/jobs/reference-achebe.md into outputs/application, named reference.md?",
        ] {
            let run = try await PlanStepTests.run(task, files: files, ScriptedModel([.text(#"{"action": "copy"}"#)]))
            #expect(run.outcome.record.status == .done && run.outcome.changed == ["outputs/application/reference.md"], "\(task)")
            #expect(run.files["outputs/application/reference.md"] == "To whom it may concern\n")
        }
        // The same name asked for: the folder, the name kept.
        let same = try await PlanStepTests.run(
            "Copy memory/jobs/reference-achebe.md into outputs/application under the same name, not as reference.md",
            files: files, ScriptedModel([.text(#"{"action": "copy"}"#)]))
        #expect(same.outcome.changed == ["outputs/application/reference-achebe.md"])
    }
}
