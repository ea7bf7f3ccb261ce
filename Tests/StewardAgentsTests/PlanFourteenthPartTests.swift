import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents

/// What the fourteenth blind part's traces (fresh14, issue 19) showed the plan getting wrong,
/// each made by code: a value said by "the new one", a figure that runs on in the line, the
/// number of portions said in words, an update that is no append, the note that keeps the old
/// value, files titled alike, a copy's place beside a file that is there, a list's field that
/// says what is left out, a newsletter's own date, a cancelled event, two dates in one
/// sentence, and a two-sentence summary of a long email. The whole loop runs where it says so
/// (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the fourteenth blind part's traces")
struct PlanFourteenthPartTests {
    static let cars = [
        "memory/car/accounts/parking-permit.md": "# Residents' parking permit\nZone C, renews on 1 October\nRegistration: KX19 LMN\n",
        "memory/car/accounts/breakdown.md": "# Breakdown cover (RoadSure)\nPolicy RS-44120\nRegistration: KX19 LMN\n",
        "memory/car/accounts/toll.md": "# Toll account\nTop up at 10 GBP\nRegistration: KX19 LMN\n",
        "memory/car/accounts/old-car-sale.md": "# Selling the Fiesta\nSold to a dealer on 2 July\nRegistration: KX19 LMN\n",
    ]

    /// "From KX19 LMN to the new one" is to the value the task gives elsewhere, written alike;
    /// the note the task says keeps the old value is not changed with the others.
    @Test func theNewOneIsTheValueTheTaskGivesAndTheNoteThatKeepsTheOldOneStays() async throws {
        #expect(
            Coaching.replacement(in: "the car is LB24 TZR now; please change it from KX19 LMN to the new one in the notes")! == (
                "KX19 LMN", "LB24 TZR"
            ))
        #expect(Coaching.replacement(in: "please change it from KX19 LMN to the new one") == nil, "no value to take")
        #expect(Coaching.replacement(in: "change Thursday to Tuesday")! == ("Thursday", "Tuesday"))
        #expect(Coaching.shape("KX19 LMN") == "A9 A" && Coaching.shape("4 Quarry Lane") == "9 Aa Aa")
        let task =
            "The old Fiesta has gone and the new car arrived yesterday with the registration LB24 TZR. Each account that knows our car has a note in memory/car/accounts with a registration line; please change it from KX19 LMN to the new one in the parking permit, breakdown cover and toll notes, leaving the rest of each note alone. The note about selling the old Fiesta keeps the old registration."
        let model = ScriptedModel([
            .text(#"{"action": "replace"}"#),
            .text(#"{"files": ["memory/car/accounts/parking-permit.md", "memory/car/accounts/breakdown.md", "memory/car/accounts/toll.md"]}"#),
        ])
        let run = try await PlanStepTests.run(task, kind: .research, files: Self.cars, model)
        #expect(run.outcome.record.status == .done)
        for note in ["parking-permit", "breakdown", "toll"] {
            let path = "memory/car/accounts/\(note).md"
            #expect(run.files[path] == Self.cars[path]?.replacingOccurrences(of: "KX19 LMN", with: "LB24 TZR"), "\(note)")
        }
        #expect(run.files["memory/car/accounts/old-car-sale.md"] == Self.cars["memory/car/accounts/old-car-sale.md"])
        #expect(
            AgentLoop.kept("The note about selling the old Fiesta keeps the old registration.", among: Array(Self.cars.keys))
                == ["memory/car/accounts/old-car-sale.md"])
    }

    /// "Add a file soup.md to the memory/recipes folder", answered as an append, is a create.
    @Test func addingAFileNotThereIsACreate() async throws {
        let task =
            "I want to make leek soup on Sunday, so please add a file soup.md to the memory/recipes folder that lists what it needs: leeks, potatoes and vegetable stock."
        let model = ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"lines": ["leeks", "potatoes", "vegetable stock"]}"#)])
        let run = try await PlanStepTests.run(task, files: ["memory/recipes/README.md": "Recipes.\n"], model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/recipes/soup.md"] == "leeks\npotatoes\nvegetable stock\n")
        #expect(run.files["memory/recipes/README.md"] == "Recipes.\n")
    }

    /// "Update the registration to LB24 TZR" changes a value: a fix, not an append.
    @Test func anUpdateToAValueIsAFix() {
        #expect(AgentLoop.asksFix("Could you update the registration to LB24 TZR in the parking permit notes?"))
        #expect(AgentLoop.asksFix("Please change my dentist appointment to 3 June."))
        #expect(!AgentLoop.asksFix("Update my shopping list to include eggs"), "no figure: words to add")
        #expect(!AgentLoop.asksFix("Add the new registration LB24 TZR to the notes"))
    }

    /// "From 950 GBP to 985 GBP a month": the line's own "a month" goes with 950 GBP, and the
    /// rest of the line stays; the deposit's 950 GBP is another line.
    @Test func aValueThatRunsOnInTheLineIsChangedWhereItStands() {
        let flat = "# The flat\n- Rent: 950 GBP a month, paid on the 1st\n- Deposit: 950 GBP, held by MyDeposits\n"
        let edit = AgentLoop.wordSwap("In memory/home/flat.md, change the rent from 950 GBP to 985 GBP a month", in: flat)
        #expect(edit?.old == "950 GBP a month" && edit?.new == "985 GBP a month")
        #expect(AgentLoop.lines(edit!, in: flat).map(\.new) == ["- Rent: 985 GBP a month, paid on the 1st"])
    }

    /// "Four portions" is the portions column's 4, when the task's figures are too few.
    @Test func aNumberSaidInWordsFillsANumberColumn() {
        let freezer = "item,portions,frozen_on\nbolognese sauce,3,2026-06-12\nblackberries,2,2026-07-21\n"
        let row = AgentLoop.csvCells("I've just frozen four portions of chilli con carne, today, the second of August 2026.", in: freezer)
        #expect(row?.cells == ["", "4", "2026-08-02"] && row?.words == [0])
        #expect(AgentLoop.figuresForWords("the one with twenty five pages, two copies.") == "the one with 25 pages, 2 copies.")
    }

    /// Files whose first lines are alike are told apart by the next line, and the closest
    /// is the washing machine's.
    @Test func filesTitledAlikeAreToldApartByTheirNextLine() {
        let texts = [
            "memory/documents/scans/scan-0411.txt": "Warranty certificate\nSamsung fridge freezer RB34\nCovered until 2028\n",
            "memory/documents/scans/scan-0412.txt": "Warranty certificate\nBosch washing machine, Serie 6\nCovered until 2029\n",
            "memory/documents/scans/scan-0413.txt": "Receipt\nKettle, 29.99 GBP\n",
        ]
        let titles = TaskPlan.titles(texts)
        #expect(titles["memory/documents/scans/scan-0412.txt"] == "Warranty certificate: Bosch washing machine, Serie 6")
        #expect(titles["memory/documents/scans/scan-0413.txt"] == "Receipt")
        let task =
            "One of the scans in memory/documents/scans is the warranty for our washing machine. Could you rename it washing-machine-warranty.txt?"
        #expect(AgentLoop.closest(texts.keys.sorted(), task: task, titles: titles) == "memory/documents/scans/scan-0412.txt")
    }

    /// A copy goes to the new file the task names, not beside a file that is there which the
    /// task names too; and a new file named bare may be in a folder of the one named.
    @Test func aCopyGoesToTheNewFileNamedBesideOnesThatAreThere() async throws {
        let files = [
            "memory/invoices/template.md": "# Invoice [number]\nTo: [client]\n",
            "memory/invoices/2026/invoice-030.md": "# Invoice 030\nTo: Hartley Press\n",
        ]
        let task =
            "Please copy my invoice template, memory/invoices/template.md, to memory/invoices/2026/invoice-031.md, and leave the template as it is; invoice 030 (memory/invoices/2026/invoice-030.md) is already sent."
        let run = try await PlanStepTests.run(task, files: files, ScriptedModel([.text(#"{"action": "copy"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/invoices/2026/invoice-031.md"] == files["memory/invoices/template.md"])
        #expect(run.files["memory/invoices/2026/invoice-030.md"] == files["memory/invoices/2026/invoice-030.md"])
        // The person's words name one folder; the routing adds the paths it found.
        let bare =
            "Could you start my next invoice as a copy of the invoice template in memory/invoices? It goes in the 2026 folder as invoice-031.md."
        let routed =
            "Could you start my next invoice as a copy of the invoice template (memory/invoices/template.md) in memory/invoices? It goes in the 2026 folder (memory/invoices/2026/) as invoice-031.md."
        let asked = ScriptedModel([.text(#"{"action": "copy"}"#), .text(#"{"to": "memory/invoices/2026/invoice-031.md"}"#)])
        let second = try await PlanStepTests.run(bare, said: routed, files: files, asked)
        #expect(second.files["memory/invoices/2026/invoice-031.md"] == files["memory/invoices/template.md"])
        #expect(second.files["memory/invoices/invoice-031.md"] == nil)
    }

    /// A list by a field leaves out the files whose value says what the task leaves out
    /// ("leave out the rejection": "rejected by email", which "follow-up emails" picked).
    @Test func aListByAFieldLeavesOutWhatTheTaskLeavesOut() {
        let texts = [
            "greenleaf.md": "# Library assistant\nStatus: no reply yet\n", "harbour.md": "# Visitor host\nStatus: no reply yet\n",
            "parks.md": "# Parks officer\nStatus: rejected by email on 9 June\n", "college.md": "# Administrator\nStatus: interview on 2 July\n",
        ]
        let task =
            "Please save the ones with no reply yet to outputs/awaiting-reply.md, so I can send polite follow-up emails; leave out the rejection and the one where I already have an interview."
        #expect(AgentLoop.byField(task, texts) == ["greenleaf.md", "harbour.md"])
    }

    static let newsletter = """
        # Oakfield Primary newsletter, 19 June

        Coming up: the summer fair is on Saturday 4 July from 12 to 3 pm, and sports day follows on Friday 10 July (bring hats). The Year 6 leavers' assembly will be on Wednesday 22 July at 2 pm.

        Sadly the school disco planned for Friday 17 July has been cancelled, as the hall floor is being replaced.

        """

    /// The coming events with their dates: not the newsletter's own date, not the cancelled
    /// disco, and each date labelled from its own clause (`clauseLabel`).
    @Test func eventsAndTheirDatesLeaveOutTheTitlesDateAndACancelledOne() async throws {
        #expect(AgentLoop.asksWhose("Extract the coming events and their dates into outputs/school-dates.md"))
        // Read out of one file, not a list of the folder's files.
        #expect(AgentLoop.outOfAFile("Please read memory/school/newsletter.md and list every event still coming up in outputs/dates.md"))
        #expect(!AgentLoop.outOfAFile("Read my notes folder and list the files in outputs/notes.md"))
        let dates = ["19 June", "4 July", "10 July", "22 July", "17 July"]
        #expect(AgentLoop.notCancelled(dates, in: Self.newsletter) == ["19 June", "4 July", "10 July", "22 July"])
        #expect(AgentLoop.notOnlyInTitle(dates, in: Self.newsletter) == ["4 July", "10 July", "22 July", "17 July"])
        #expect(!AgentLoop.asksCancelled("list the coming events") && AgentLoop.asksCancelled("list the cancelled classes"))
        #expect(!AgentLoop.asksCancelled("List every event. The disco has been cancelled, so leave it out."))
        let sentence =
            "Coming up: the summer fair is on Saturday 4 July from 12 to 3 pm, and sports day follows on Friday 10 July (bring hats)."
        #expect(
            AgentLoop.clause(holding: "10 July", of: sentence, apartFrom: dates) == "Sports day follows on Friday 10 July (bring hats)")
        #expect(AgentLoop.clause(holding: "4 July", of: sentence, apartFrom: dates).hasPrefix("Coming up, the summer fair is on Saturday 4 July"))
        let task = "Extract the coming events and their dates from memory/school/newsletter.md into outputs/school-dates.md, one event per line"
        // What each date is for is the words before it in its clause, by code: the model is asked
        // only the action.
        let model = ScriptedModel([.text(#"{"action": "extract"}"#)])
        let run = try await PlanStepTests.run(task, kind: .research, files: ["memory/school/newsletter.md": Self.newsletter], model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/school-dates.md"] == "- Summer fair: 4 July\n- Sports day follows: 10 July\n- Year 6 leavers' assembly: 22 July\n")
        #expect(run.requests.count == 1)
    }

    /// Two sentences of a long email may run to 30 words each: the departure's sentence is
    /// kept whole, with its bins and key.
    @Test func twoSentencesOfALongEmailKeepTheirDetails() {
        let email = """
            # Email from Bryony (Gull Cottage)

            Thank you so much for booking Gull Cottage again, it's lovely to have returning guests. The garden is looking its best this year and the swallows are back in the barn, so do keep an eye out for them in the evenings.

            Your stay runs from Saturday 1 August to Saturday 8 August. You can arrive any time after 4 pm; the key is in the key safe beside the back door, and the code is 2719. There's space for one car on the gravel in front of the cottage; please don't park on the lane, as the tractor needs to get past.

            The wifi is called GullCottage and the password is on the fridge. On the last morning, please leave by 10 am, put the rubbish in the green bins by the gate and leave the key back in the safe.

            Best wishes,
            Bryony
            """
        let summary = AgentLoop.summarySentences(email, limit: .init(unit: .sentences, count: 2))
        #expect(
            summary
                == "Your stay runs from Saturday 1 August to Saturday 8 August. On the last morning, please leave by 10 am, put the rubbish in the green bins by the gate and leave the key back in the safe."
        )
    }
}

extension PlanFourteenthPartTests {
    /// "I typed it straight into my inbox folder. Please move memory/inbox/… into
    /// memory/recipes/baking": the folder named by its path is where it goes, so the recipe in
    /// the inbox is the one to move, not one already there.
    @Test func aFolderNamedByItsPathIsWhereAMoveGoes() async throws {
        let files = [
            "memory/inbox/lemon-drizzle-cake.md": "# Lemon drizzle cake\n", "memory/inbox/lemon-tree.md": "# Lemon tree\nwater it\n",
            "memory/recipes/baking/banana-bread.md": "# Banana bread\n", "memory/README.md": "Notes.\n",
        ]
        let task =
            "Nan finally gave me her lemon drizzle cake recipe and I typed it straight into my inbox folder. Please move memory/inbox/lemon-drizzle-cake.md into memory/recipes/baking, next to the banana bread, keeping its name. The note about the lemon tree is about the plant, not baking, so it stays in the inbox."
        let routed = task.replacingOccurrences(of: "banana bread,", with: "banana bread (memory/recipes/baking/banana-bread.md),")
            .replacingOccurrences(of: "lemon tree is", with: "lemon tree (memory/inbox/lemon-tree.md) is")
        let model = ScriptedModel([.text(#"{"action": "move"}"#), .text(#"{"files": ["memory/README.md"]}"#)])
        let run = try await PlanStepTests.run(task, said: routed, files: files, model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/recipes/baking/lemon-drizzle-cake.md"] == files["memory/inbox/lemon-drizzle-cake.md"])
        #expect(run.files["memory/inbox/lemon-tree.md"] != nil && run.files["memory/README.md"] != nil)
        #expect(
            AgentLoop.destinations(task, action: .move, known: ["memory/inbox", "memory/recipes/baking"]) == ["memory/recipes/baking"])
    }
}
