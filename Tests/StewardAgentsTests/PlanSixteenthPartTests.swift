import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents

/// What the sixteenth blind part's traces (fresh16, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's): a CSV row written out of its
/// columns' formats, a yes-or-no column and a column's decimals; a file kept by what it holds;
/// a keep said as "has to keep"; a new address for a `Key: value` line; a list's leave-out word
/// of four letters; a payment's amount said the sentence before; a CSV header a script never
/// skips. The whole loop runs where it says so (`PlanStepTests.run`: a scripted model on a
/// real HTTP server, a real workspace).
@Suite("Plan: the sixteenth blind part's traces")
struct PlanSixteenthPartTests {
    static let giving = "date,charity,amount_gbp,gift_aid\n2026-01-15,Oxfam,20.00,yes\n2026-02-02,Mind,15.00,yes\n2026-02-21,Food bank,30.00,no\n"

    /// A row the task writes with a date and an amount not in the columns' forms is made by the
    /// columns: the date as the column writes it, the amount with its decimals, and a column of
    /// a few values asked as one of them.
    @Test func aCSVRowTakesItsColumnsFormsAndChoices() async throws {
        #expect(!AgentLoop.fitsRow("3 March 2026, Crisis, 40.00 GBP, Gift Aid yes", of: Self.giving))
        #expect(AgentLoop.fitsRow("2026-03-03,Crisis,40.00,yes", of: Self.giving))
        #expect(AgentLoop.csvCells("On 3 March 2026 I gave 40 GBP to Crisis.", in: Self.giving)?.cells == ["2026-03-03", "", "40.00", ""])
        let task = "Append a row to memory/money/giving.csv: 3 March 2026, Crisis, 40 GBP, claimed"
        let model = ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"charity": "Crisis", "gift_aid": "yes"}"#)])
        let run = try await PlanStepTests.run(task, files: ["memory/money/giving.csv": Self.giving], model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/money/giving.csv"] == Self.giving + "2026-03-03,Crisis,40.00,yes\n")
        let asked = try #require(run.requests.last)
        #expect(PlanStepTests.property(asked, "gift_aid")?["enum"] as? [String] == ["yes", "no"])
        #expect(PlanStepTests.property(asked, "charity")?["enum"] == nil, "each charity is its own")
    }

    /// A yes-or-no column the task names is said by code, the model not asked for it.
    @Test func aYesOrNoColumnTheTaskNamesIsSaidByCode() async throws {
        #expect(AgentLoop.yesOrNo("gift_aid", values: ["yes", "no"], in: "I gave 25 GBP to Shelter, with Gift Aid.") == "yes")
        #expect(AgentLoop.yesOrNo("gift_aid", values: ["yes", "no"], in: "I gave 25 GBP, without Gift Aid this time.") == "no")
        #expect(AgentLoop.yesOrNo("gift_aid", values: ["yes", "no"], in: "3 October, Shelter, 25 GBP, Gift Aid no") == "no")
        #expect(AgentLoop.yesOrNo("gift_aid", values: ["Y", "N"], in: "I ticked the Gift Aid box") == "Y")
        #expect(AgentLoop.yesOrNo("gift_aid", values: ["yes", "no"], in: "I gave 25 GBP to Shelter.") == nil, "not said")
        #expect(AgentLoop.yesOrNo("status", values: ["paid", "due"], in: "status paid") == nil, "no yes or no")
        let task = "On 3 March 2026 I gave 40 GBP to Crisis, with Gift Aid. Please add it as a new last row of memory/money/giving.csv."
        let model = ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"charity": "Crisis"}"#)])
        let run = try await PlanStepTests.run(task, files: ["memory/money/giving.csv": Self.giving], model)
        #expect(run.files["memory/money/giving.csv"] == Self.giving + "2026-03-03,Crisis,40.00,yes\n")
        #expect(PlanStepTests.property(try #require(run.requests.last), "gift_aid") == nil, "not asked")
    }

    /// "Please read memory/school/letter.md and write three short bullet points … to
    /// outputs/trip.md", planned as a list, is a summary.
    @Test func bulletPointsOutOfAFilePlannedAsAListAreASummary() async throws {
        let task = "Please read memory/school/letter.md and write three short bullet points with what we need to do and when to outputs/trip.md."
        let letter = "# Trip\nThe trip costs 20 GBP. Please pay by Friday 6 March. Bring a packed lunch on Monday 9 March.\n"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/school/letter.md": letter], ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.steps.contains { $0.kind == .note && $0.output.hasPrefix("plan: summarise") })
    }

    static let scans = [
        "memory/scans/scan-7.txt": "Scanned 2 May\nCar tax renewal: 190 GBP, due 1 June.\n",
        "memory/scans/scan-8.txt": "Scanned 2 May\nGlowworm Energy 25c: manufacturer's guarantee, 7 years from fitting.\n",
        "memory/scans/scan-9.txt": "Scanned 2 May\nHeatwise invoice 88: annual boiler service, 80 GBP, paid.\n",
    ]

    /// "The scan of the boiler service invoice is about the boiler too, but it isn't the
    /// guarantee, so it keeps its name": the invoice, known by what it holds, is not offered.
    @Test func aFileKeptByWhatItHoldsIsNotRenamed() async throws {
        #expect(
            AgentLoop.keptByTitles(
                "The scan of the boiler service invoice is about the boiler too, but it isn't the guarantee, so it keeps its name.",
                titles: TaskPlan.titles(Self.scans)) == ["memory/scans/scan-9.txt"])
        let task =
            "Please find the scanned boiler guarantee in memory/scans and rename it to boiler-guarantee.txt, in the same folder. The scan of the boiler service invoice is about the boiler too, but it isn't the guarantee, so it keeps its name."
        let model = ScriptedModel([.text(#"{"action": "rename"}"#), .text(#"{"files": ["memory/scans/scan-8.txt", "memory/scans/scan-7.txt"]}"#)])
        let run = try await PlanStepTests.run(task, files: Self.scans, model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/scans/boiler-guarantee.txt"] == Self.scans["memory/scans/scan-8.txt"])
        #expect(run.files["memory/scans/scan-9.txt"] == Self.scans["memory/scans/scan-9.txt"])
        let files = try #require(run.requests.dropFirst().first.flatMap { PlanStepTests.property($0, "files") })
        #expect(!"\(files)".contains("scan-9"), "the invoice is not offered")
    }

    static let templates = [
        "memory/work/templates/invoice.md": "# Invoice\nAddress: 2 Mill Road, Hull HU2 8PQ\nVAT 4410\n",
        "memory/work/templates/letterhead.md": "# Letterhead\nAddress: 2 Mill Road, Hull HU2 8PQ\n",
        "memory/work/templates/final-meter-reading.md": "# Final meter reading\nAddress: 2 Mill Road, Hull HU2 8PQ\n",
    ]

    /// "Put our new address, 9 Dock Street, Hull HU1 3AB, in the invoice and letterhead
    /// templates", planned as a move, is a change of their Address lines; the one that "has to
    /// keep" the old address stays.
    @Test func aNewAddressForTheTemplatesIsAChange() async throws {
        #expect(
            AgentLoop.keyedValues("Put our new address, 9 Dock Street, Hull HU1 3AB, in them", in: "Address: 2 Mill Road, Hull HU2 8PQ\n")
                == .init(old: "2 Mill Road, Hull HU2 8PQ", new: "9 Dock Street, Hull HU1 3AB", word: true))
        #expect(
            AgentLoop.kept(
                "The final meter reading template has to keep 2 Mill Road, since it's about the old place.", among: Array(Self.templates.keys))
                == ["memory/work/templates/final-meter-reading.md"])
        let task =
            "We've moved office! Could you put our new address, 9 Dock Street, Hull HU1 3AB, in the invoice and letterhead templates in memory/work/templates? The final meter reading template has to keep 2 Mill Road."
        let model = ScriptedModel([
            .text(#"{"action": "move"}"#), .text(#"{"files": ["memory/work/templates/invoice.md", "memory/work/templates/letterhead.md"]}"#),
        ])
        let run = try await PlanStepTests.run(task, files: Self.templates, model)
        #expect(run.outcome.record.status == .done)
        for t in ["invoice", "letterhead"] {
            let path = "memory/work/templates/\(t).md"
            #expect(
                run.files[path] == Self.templates[path]?.replacingOccurrences(of: "2 Mill Road, Hull HU2 8PQ", with: "9 Dock Street, Hull HU1 3AB"),
                "\(t)")
        }
        #expect(run.files["memory/work/templates/final-meter-reading.md"] == Self.templates["memory/work/templates/final-meter-reading.md"])
    }

    /// "Leave out anything that's in the shed": a value that says "shed" is left out, though it
    /// says a word of the task too ("brought it back").
    @Test func aFourLetterWordLeavesAFileOut() {
        let texts = [
            "memory/tools/trimmer.md": "# Trimmer\nStatus: lent to Mr Okoro\n",
            "memory/tools/mower.md": "# Mower\nStatus: in the shed (Dave brought it back)\n",
            "memory/tools/saw.md": "# Saw\nStatus: lent to Sue\n", "memory/tools/ladder.md": "# Ladder\nStatus: in the garage\n",
        ]
        let task =
            "I want my tools back. Save the ones lent to someone to outputs/lent.md, one per line, and leave out anything that's in the shed or the garage."
        #expect(AgentLoop.byField(task, texts) == ["memory/tools/trimmer.md", "memory/tools/saw.md"])
    }

    /// A bullet that asks for a payment with no amount takes the amount from the sentence before.
    @Test func aPaymentTakesTheAmountSaidBefore() throws {
        let letter =
            "# Year 4 trip\n\nDear parents,\n\nYear 4 will visit the Jorvik Centre in York on Tuesday 10 March, leaving at 8:30 am. The trip costs 24 GBP, which covers the coach and entry. Please pay on ParentPay by Friday 27 February; if this is difficult, speak to the office.\n\nPlease return the consent form by Monday 2 March.\n\nBest wishes,\nMrs Lee\n"
        let summary = try #require(AgentLoop.summarySentences(letter, limit: .init(unit: .points, count: 3)))
        #expect(summary.contains("- The trip costs 24 GBP; please pay on ParentPay by Friday 27 February."), "\(summary)")
        #expect(summary.split(separator: "\n").count == 3)
    }

    /// What fresh17's first traces showed (after its blind runs): "from A, B, to C, D" takes
    /// both parts of D; "two or three sentences" is three; the one yes-or-no field picks a list.
    @Test func partsBetweenCommasARangeOfSentencesAndAYesOrNoField() {
        #expect(
            Coaching.replacement(in: "In memory/car/golf.md, change the insurer from Aviva, policy AV-55, to Admiral, policy AD-77")! == (
                "Aviva, policy AV-55", "Admiral, policy AD-77"
            ))
        #expect(Coaching.replacement(in: "change Thursday to Tuesday, please")! == ("Thursday", "Tuesday"))
        let golf = "# Golf\n- Insurer: Aviva, policy AV-5521-0934\n- Renews: 14 March\n"
        #expect(
            AgentLoop.wordSwap("In memory/car/golf.md, change the insurer from Aviva, policy AV-5521-0934, to Admiral, policy AD-7710-2286", in: golf)
                == .init(old: "Aviva, policy AV-5521-0934", new: "Admiral, policy AD-7710-2286", word: true))
        #expect(AgentLoop.statedLimit("Summarise it in two or three sentences") == .init(unit: .sentences, count: 3))
        #expect(AgentLoop.statedLimit("Summarise it in 3 to 4 points") == .init(unit: .points, count: 4))
        #expect(AgentLoop.statedLimit("Summarise it in two sentences or less") == .init(unit: .sentences, count: 2))
        let recipes = [
            "memory/recipes/chilli.md": "# Chilli\nServes: 4\nFreezes: yes, up to 3 months\n",
            "memory/recipes/salad.md": "# Salad\nServes: 2\nFreezes: no\n",
            "memory/recipes/soup.md": "# Soup\nServes: 6\nFreezes: yes\n",
        ]
        #expect(
            AgentLoop.byField("List the recipes in memory/recipes that can be frozen", recipes) == [
                "memory/recipes/chilli.md", "memory/recipes/soup.md",
            ])
        #expect(
            AgentLoop.byField("List the recipes that can be frozen, and leave out the ones that can't", recipes)
                == ["memory/recipes/chilli.md", "memory/recipes/soup.md"])
        #expect(AgentLoop.byField("List the recipes that do not freeze", recipes) == nil, "a not: not guessed")
    }

    /// A CSV whose header a script never skips gets `next(reader, None)` after its reader.
    @Test func aScriptSkipsTheCSVHeader() {
        let csv = "date,km,minutes\n2026-10-01,5.2,29.5"
        let code = "import csv\nwith open('runs.csv') as f:\n    reader = csv.reader(f)\n    for row in reader:\n        print(float(row[1]))"
        #expect(
            AgentLoop.skippedHeader(code, reading: [csv])
                == "import csv\nwith open('runs.csv') as f:\n    reader = csv.reader(f)\n    next(reader, None)\n    for row in reader:\n        print(float(row[1]))"
        )
        #expect(AgentLoop.skippedHeader(code + "\nnext(reader)", reading: [csv]) == code + "\nnext(reader)", "skipped already")
        #expect(AgentLoop.skippedHeader(code, reading: ["5.2,29.5\n8.0,46.0"]) == code, "no header")
    }
}
