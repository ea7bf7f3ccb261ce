import Foundation
import StewardCore
import StewardModels
import StewardTools
import Testing

@testable import StewardAgents

/// What the seventeenth blind part's traces (fresh17, issue 19) showed the extract getting
/// wrong, each made by code, on fixtures of their own (not the part's): booking references are
/// a kind of their own; a kind the file-naming sentence names wins over one said in passing; a
/// cancelled booking's clause, not its whole sentence, leaves its reference out; and what a
/// reference is for may be said in the sentence before it. The whole loop runs where it says
/// so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the seventeenth blind part's traces")
struct PlanSeventeenthPartTests {
    static let lisbon = """
        # Lisbon, 10 to 14 October

        We fly with TAP: TP 1351 out on the 10th and TP 1356 back, booking reference Q3XJ9R.

        I booked the Casa Azul flat first (reference CA-20581) but cancelled it when the hotel came free; the Hotel Lis is booked under reference HL-66120, three nights.

        From the airport we take the Aerobus. The tickets are paid for, code AB-7734-LX.

        """

    /// References are codes of capitals and digits, or the digits a reference's word names; not
    /// flight numbers split by a space, dates, sizes or times.
    @Test func referencesAreCodesOrTheDigitsAReferenceWordNames() {
        #expect(ExtractFromFile.Kind.references.find(in: Self.lisbon) == ["Q3XJ9R", "CA-20581", "HL-66120", "AB-7734-LX"])
        let order = "Order number 48213977 came on 2026-03-04 at 10am; the A4 paper (3rd box) is under ref. 55012, invoice INV/2026/118."
        #expect(ExtractFromFile.Kind.references.find(in: order) == ["48213977", "55012", "INV/2026/118"])
        #expect(ExtractFromFile.Kind("the booking refs") == .references && ExtractFromFile.Kind("order numbers") == .references)
        #expect(ExtractFromFile.Kind("confirmation codes") == .references && ExtractFromFile.Kind("the numbers") == .numbers)
        #expect(ExtractFromFile.Kind("refunds") != .references && ExtractFromFile.Kind("postcodes") != .references)
        #expect(AgentLoop.statedKind("Pull the order numbers out of my note memory/shop.md into outputs/orders.md") == "references")
    }

    /// A kind said in passing ("scrolling through emails") gives way to the one the sentence
    /// that names the files asks for.
    @Test func theKindTheFileNamingSentenceNamesWins() {
        let task =
            "I don't want to be scrolling through emails at the airport. Please go through memory/travel/lisbon.md and write every booking reference to outputs/lisbon-refs.md, with what each is for."
        #expect(AgentLoop.statedKind(task) == "references")
        #expect(AgentLoop.statedKind("Copy the emails and the dates out of memory/a.md into outputs/b.md") == nil, "both asked")
        #expect(AgentLoop.qualifiers("List the booking references in memory/travel/lisbon.md", kind: "references").isEmpty)
    }

    /// A cancelled booking's reference is left out by its own clause, the one after a ";" kept;
    /// what a reference is for is asked with its paragraph when that holds no other reference.
    @Test func aCancelledClauseAndAReferencesParagraph() async throws {
        let found = ["Q3XJ9R", "CA-20581", "HL-66120", "AB-7734-LX"]
        #expect(AgentLoop.notCancelled(found, in: Self.lisbon) == ["Q3XJ9R", "HL-66120", "AB-7734-LX"])
        #expect(!AgentLoop.asksCancelled("List the references. I cancelled the Casa Azul flat, so leave its reference out."))
        #expect(AgentLoop.asksCancelled("List the references of the bookings I cancelled."))
        let at = try #require(Self.lisbon.range(of: "AB-7734-LX"))
        #expect(
            AgentLoop.paragraph(around: at, in: Self.lisbon, apartFrom: ["Q3XJ9R"])
                == "From the airport we take the Aerobus. The tickets are paid for, code AB-7734-LX.")
        let hotel = try #require(Self.lisbon.range(of: "HL-66120"))
        #expect(AgentLoop.paragraph(around: hotel, in: Self.lisbon, apartFrom: ["CA-20581"]) == nil, "another reference")
        let flight = try #require(Self.lisbon.range(of: "Q3XJ9R"))
        #expect(AgentLoop.paragraph(around: flight, in: Self.lisbon, apartFrom: []) == nil, "no more than the sentence")
        let list = "- Aerobus: AB-7734-LX\n- Hotel: HL-66120\n"
        #expect(AgentLoop.paragraph(around: try #require(list.range(of: "AB-7734-LX")), in: list, apartFrom: []) == nil, "a list")
        let task =
            "Could you dig the booking references out of my Lisbon note, memory/travel/lisbon.md, and list them in outputs/lisbon-refs.md, each with what it's for?"
        let model = ScriptedModel([
            // The hotel's label given as the reference itself: its clause's words instead.
            .text(#"{"action": "list"}"#), .text(#"{"label": "TAP"}"#), .text(#"{"label": "HL-66120"}"#), .text(#"{"label": "Aerobus"}"#),
        ])
        let run = try await PlanStepTests.run(task, kind: .research, files: ["memory/travel/lisbon.md": Self.lisbon], model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/lisbon-refs.md"] == "- TAP: Q3XJ9R\n- Hotel Lis: HL-66120\n- Aerobus: AB-7734-LX\n")
        let asked = run.requests.map { ($0["messages"] as? [[String: Any]])?.last?["content"] as? String ?? "" }
        #expect(asked.contains("From the airport we take the Aerobus. The tickets are paid for, code AB-7734-LX."))
        #expect(asked.contains("The Hotel Lis is booked under reference HL-66120, three nights"))
    }

    /// A CSV column's name may hold a digit ("water_m3"); "on the first of every month" is a
    /// day, not the file's first line; the file things are kept in is the one to add to: the
    /// readings go in a last row made by the columns.
    @Test func aColumnNameMayHoldADigitAndTheFirstOfTheMonthIsADay() async throws {
        #expect(AgentLoop.keptIn("I keep a copy in memory/home/readings.csv. Add today's.") == ["memory/home/readings.csv"])
        #expect(AgentLoop.keptIn("Keep memory/home/readings.csv as it is.").isEmpty)
        #expect(
            AgentLoop.keptIn("I keep notes on all the work done to the car so I know what's due, in memory/car/log.md. Add a row.")
                == ["memory/car/log.md"])
        #expect(AgentLoop.keptIn("Keep them in memory/home/").isEmpty, "a folder")
        let readings = "date,water_m3,power_kwh\n2026-05-01,1201.5,30110\n2026-06-01,1209.0,30422\n"
        #expect(AgentLoop.csvLog(readings)?.numbers == [1, 2])
        #expect(AgentLoop.csvLog("2026,3\n1,2\n3,4\n") == nil, "no header")
        #expect(!AgentLoop.saysStart("I send them on the first of every month. Please add them as a new last row."))
        #expect(AgentLoop.saysStart("Please add it as the first line."))
        let task =
            "I read the meters on the first of every month and keep them in memory/home/readings.csv. Today's, for 1 July 2026, are 1216.5 m3 of water and 30790 kWh of power. Please add them as a new last row."
        let run = try await PlanStepTests.run(
            task, files: ["memory/home/readings.csv": readings], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/home/readings.csv"] == readings + "2026-07-01,1216.5,30790\n", "\(run.steps.map(\.output))")
    }

    /// "The choir, gym and book club notes" names three files by their bare names; a person's
    /// own new address, planned as an append, is a change of the address each of them has.
    @Test func filesListedByBareNameGetMyNewAddress() async throws {
        let old = "sam.lee@hotmail.com"
        var files: [String: String] = [:]
        for club in ["choir", "gym", "book-club", "chess-club"] { files["memory/clubs/\(club).md"] = "# \(club)\nMember since 2021\nEmail: \(old)\n" }
        let all = files.keys.sorted()
        #expect(
            AgentLoop.listedByName("Put it on the choir, gym and book club notes.", among: all)
                == ["memory/clubs/choir.md", "memory/clubs/gym.md", "memory/clubs/book-club.md"])
        #expect(AgentLoop.listedByName("Put it on the choir and club notes.", among: all).isEmpty, "club: two files")
        #expect(AgentLoop.listedByName("Put it on the choir notes.", among: all).isEmpty, "not a list")
        let task =
            "I'm leaving Hotmail. Could you put my new address, sam.lee@proton.me, on the choir, gym and book club notes in memory/clubs? Don't bother with the chess club, I let that lapse."
        let run = try await PlanStepTests.run(task, files: files, ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.outcome.record.status == .done)
        for club in ["choir", "gym", "book-club"] {
            #expect(run.files["memory/clubs/\(club).md"] == "# \(club)\nMember since 2021\nEmail: sam.lee@proton.me\n")
        }
        #expect(run.files["memory/clubs/chess-club.md"] == files["memory/clubs/chess-club.md"])
    }

    /// A name the model misspells in a new note's line is written as the task writes it; a
    /// word of the task's or another form of one is not touched.
    @Test func aMisspeltNameInANewNoteIsWrittenAsTheTaskWritesIt() {
        let task = "Create memory/garden/sowing.md: Cavolo Nero in April, Borlotti beans in May and Tromboncino in June"
        #expect(AgentLoop.withGivenValues("Cavalo Nero in April", task: task) == "Cavolo Nero in April")
        #expect(AgentLoop.withGivenValues("Tromboncinno in June", task: task) == "Tromboncino in June")
        #expect(AgentLoop.withGivenValues("Borlotti beans in May", task: task) == "Borlotti beans in May")
        #expect(AgentLoop.withGivenValues("Sowing plan for April", task: task) == "Sowing plan for April")
    }

    /// "So the insurer reads Admiral, policy …" gives the insurer's line its whole new value.
    @Test func aLineThatShouldReadAValue() {
        let note = "# Van\n- Insurer: Zurich, policy ZU-118-2290\n- Renews: 2 June\n"
        let task = "Zurich put the price up, so please update memory/car/van.md so the insurer reads LV, policy LV-5530-1178. The renewal date stays."
        #expect(
            AgentLoop.keyedValues(task, in: note)
                == AgentLoop.LineEdit(old: "- Insurer: Zurich, policy ZU-118-2290", new: "- Insurer: LV, policy LV-5530-1178", word: false))
    }

    /// "I need to know which of my plants are safe" asks a question of a folder's files, not a
    /// summary of the note said in passing; "what I need to know" of a letter is one.
    @Test func needingToKnowWhichIsNoSummary() async throws {
        let task =
            "The kitten comes home on Friday, so I need to know which of my houseplants are safe. Every plant in memory/plants has a Pet safe line saying yes or no; please save the ones marked yes to outputs/safe-plants.md, one per line. What's on the windowsill list doesn't matter here."
        #expect(!AgentLoop.asksSummary(task))
        #expect(AgentLoop.asksSummary("Read memory/home/letter.md and write what I need to know to outputs/letter.md"))
        let files = [
            "memory/plants/spider-plant.md": "# Spider plant\nPet safe: yes\n", "memory/plants/lily.md": "# Peace lily\nPet safe: no\n",
            "memory/plants/calathea.md": "# Calathea\nPet safe: yes, all of it\n", "memory/plants/aloe.md": "# Aloe vera\nPet safe: no\n",
            "memory/home/windowsill.md": "# Windowsill\n- basil\n- chives\n",
        ]
        let said = task.replacingOccurrences(of: "windowsill list doesn't", with: "windowsill list (memory/home/) doesn't")
        let run = try await PlanStepTests.run(task, said: said, kind: .research, files: files, ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.files["outputs/safe-plants.md"] == "- calathea.md\n- spider-plant.md\n")
    }

    /// A new skill named "like the weekly-review skill" goes in its own folder, not over the one
    /// the routing found for the comparison.
    @Test func aSkillLikeAnotherGoesInItsOwnFolder() async throws {
        let weekly = "---\nname: weekly-review\ndescription: Look back over the week.\n---\n# Weekly review\n"
        let task =
            "Please write a skill named bills-due, with a description in front matter like the weekly-review skill, telling the agent to read memory/admin/bills.csv and save what is due this month to outputs/bills-due.md. Leave the weekly-review skill alone."
        let said = task.replacingOccurrences(of: "the weekly-review skill,", with: "the weekly-review skill (skills/weekly-review/),")
        let form =
            #"{"name": "bills-due", "description": "Lists the bills due this month.", "steps": ["Read memory/admin/bills.csv", "Pick the bills due this month", "Save them to outputs/bills-due.md"]}"#
        let run = try await PlanStepTests.run(
            task, said: said, kind: .code,
            files: ["skills/weekly-review/SKILL.md": weekly, "memory/admin/bills.csv": "bill,due\nwater,2027-01-04\n"],
            ScriptedModel([.text(#"{"action": "skill"}"#), .text(form)]))
        #expect(run.files["skills/weekly-review/SKILL.md"] == weekly)
        #expect(
            run.files["skills/bills-due/SKILL.md"]?.hasPrefix("---\nname: bills-due\ndescription: Lists the bills due this month.\n---\n") == true)
    }

    /// A number said of a file that keeps its old value ("lapsed in 2023, so that one can keep
    /// the old address") is not one the changed files must have.
    @Test func aNumberSaidOfTheFileThatKeepsItsValue() async throws {
        let old = "mo.diaz@aol.example"
        let files = [
            "memory/clubs/choir.md": "# Choir\nEmail: \(old)\nRehearsals on Mondays\n", "memory/clubs/chess.md": "# Chess\nEmail: \(old)\n",
            "memory/clubs/swim.md": "# Swim\nEmail: \(old)\nLapsed in 2023\n",
        ]
        let task =
            "AOL is closing my account, so the clubs need my new address, mo.diaz@posteo.example. Each note in memory/clubs has an Email line; please change it in the choir and chess notes. The swim club lapsed in 2023, so that one can keep the old address."
        let run = try await PlanStepTests.run(task, kind: .fileops, files: files, ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.files["memory/clubs/choir.md"] == "# Choir\nEmail: mo.diaz@posteo.example\nRehearsals on Mondays\n")
        #expect(run.files["memory/clubs/chess.md"] == "# Chess\nEmail: mo.diaz@posteo.example\n")
        #expect(run.files["memory/clubs/swim.md"] == files["memory/clubs/swim.md"])
    }

    /// A reference's label that does not say the one name its paragraph gives takes that name.
    @Test func aReferencesLabelTakesTheNameItsParagraphGives() async throws {
        #expect(AgentLoop.onlyName(in: "From the airport we take the Douro Express. The tickets are paid for.") == "Douro Express")
        #expect(AgentLoop.onlyName(in: "The Port Cellars tour on 3 June is confirmed.") == "Port Cellars")
        #expect(AgentLoop.onlyName(in: "I booked the Casa Azul first, then the Hotel Lis.") == nil, "two names")
        #expect(AgentLoop.onlyName(in: "From the airport we walk.") == nil)
        let porto = """
            # Porto, 2 to 5 June

            From the airport we take the Douro Express. The tickets are paid for, code DX-4410-QT.

            The cellar tour on 3 June is confirmed, reference GR-118204.

            """
        let task = "Please list the booking references in memory/travel/porto.md in outputs/porto-refs.md, with what each is for."
        let model = ScriptedModel([.text(#"{"action": "extract"}"#), .text(#"{"label": "airport"}"#), .text(#"{"label": "cellar tour"}"#)])
        let run = try await PlanStepTests.run(task, kind: .research, files: ["memory/travel/porto.md": porto], model)
        #expect(run.files["outputs/porto-refs.md"] == "- airport (Douro Express): DX-4410-QT\n- cellar tour: GR-118204\n")
    }
}
