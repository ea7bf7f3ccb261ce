import Foundation
import StewardCore
import StewardModels
import StewardTools
import Testing

@testable import StewardAgents

/// What the eighteenth blind part's traces (fresh18, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's): a sum with a thousands comma
/// taken for two numbers; a date with slashes taken for a path; a day and month with slashes
/// not found as a date; what a date is for asked of the model; a list's value that denies the
/// task's word ("not available") and what the task says does not count. The whole loop runs
/// where it says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real
/// workspace).
@Suite("Plan: the eighteenth blind part's traces")
struct PlanEighteenthPartTests {
    /// "£1,031.75" is one number the task gives; "18/10/2026" is a date, not a path.
    @Test func aSumWithACommaIsOneNumberAndADateIsNoPath() {
        #expect(AgentLoop.givenNumbers(in: "Change the payment to £1,031.75 and the rate to 4.24%.") == ["1,031.75"])
        #expect(AgentLoop.givenNumbers(in: "Set it to 9,5 or 12.") == ["9,5", "12"])
        #expect(Coaching.paths(in: "Add a row to memory/bike/log.md: 18/10/2026, new chain, £46") == ["memory/bike/log.md"])
        #expect(Coaching.paths(in: "It runs 24/7 and 1/2 of it is in memory/a/") == ["memory/a/"])
    }

    static let news = """
        # Hilltop Juniors: spring news

        Hello everyone!

        Kit money (£12) is due by the 3rd Mar; pay on the club app.

        We play in the county cup on Sun 15/3, meeting at the gates at 9.30. Bring water, please.

        Photo day is on Saturday 28 March. Order forms back by Friday 20th Mar at the latest, please.

        The quiz night planned for 21/3 is CANCELLED (the hall is double-booked).

        """

    /// A day and month with slashes are a date when a weekday or a word that says when comes
    /// before them; what each date is for is the words before it in its clause, by code.
    @Test func datesWithSlashesAndWhatEachIsFor() async throws {
        #expect(ExtractFromFile.Kind.dates.find(in: Self.news) == ["3rd Mar", "15/3", "28 March", "20th Mar", "21/3"])
        #expect(ExtractFromFile.Kind.dates.find(in: "Half of them (1/2) came; 3/4 said yes on 12/05/2026.") == ["12/05/2026"])
        #expect(AgentLoop.clauseLabel("3rd Mar", in: "Kit money (£12) is due by the 3rd Mar") == "Kit money (£12) is due")
        #expect(AgentLoop.clauseLabel("4 July", in: "On Saturday 4 July, the fair opens at noon") == "Fair opens at noon")
        #expect(AgentLoop.clauseLabel("4 July", in: "Coming up, the fair is on Saturday 4 July") == "Fair")
        #expect(AgentLoop.clauseLabel("4 July", in: "4 July") == nil)
        #expect(AgentLoop.clauseLabel("HL-66120", in: "the Hotel Lis is booked under reference HL-66120") == "Hotel Lis")
        #expect(AgentLoop.asksWhatFor("Extract the dates into outputs/d.md, one per line with what each is for"))
        #expect(!AgentLoop.asksWhatFor("List everyone's birthdays, each with the date"))
        let task = "Extract the dates in memory/club/news.md into outputs/club-dates.md, one per line with what each is for"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/club/news.md": Self.news], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(
            run.files["outputs/club-dates.md"]
                == "- Kit money (£12) is due: 3rd Mar\n- We play in the county cup: 15/3\n- Photo day: 28 March\n- Order forms back: 20th Mar\n")
    }

    /// A value that denies the task's word is not picked ("not available"), one that denies
    /// what the task denies is ("no reply yet"); what the task says does not count is left out.
    @Test func aListByAFieldReadsNotAndWhatDoesNotCount() {
        let texts = [
            "saw.md": "# Saw\nStatus: available\n", "sander.md": "# Sander\nStatus: not available (no pads)\n",
            "jigsaw.md": "# Jigsaw\nStatus: on loan to Jo\n", "router.md": "# Router\nStatus: available\n",
        ]
        #expect(AgentLoop.byField("List the tools whose Status is available in outputs/free.md", texts) == ["saw.md", "router.md"])
        #expect(
            AgentLoop.byField("Save the tools that are available now to outputs/free.md. Anything on loan doesn't count.", texts)
                == ["saw.md", "router.md"])
        #expect(AgentLoop.polar("not available (no pads)").denied == ["available", "pad"])
    }

    /// Two `Key: value` lines the task gives new values for, one with a thousands comma.
    @Test func twoKeyedValuesChangeInOneNote() async throws {
        let note = "# Loan\nLender: Halifax\nRate: 2.10% fixed until 30 June 2026\nMonthly payment: £912.40\nTerm left: 12 years\n"
        let task = "In memory/money/loan.md, change the rate to 4.05% fixed until 30 June 2031 and the monthly payment to £1,104.20"
        let run = try await PlanStepTests.run(task, files: ["memory/money/loan.md": note], ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(
            run.files["memory/money/loan.md"]
                == "# Loan\nLender: Halifax\nRate: 4.05% fixed until 30 June 2031\nMonthly payment: £1,104.20\nTerm left: 12 years\n",
            "\(run.steps.map(\.output))")
    }

    /// "Put a copy of his care sheet in memory/holiday/pack": the pack is where the copy goes,
    /// so no file already in it is offered as the one to copy.
    @Test func aCopyPutInAFolderIsNotOfOneAlreadyThere() async throws {
        let files = [
            "memory/pets/rex-care.md": "# Rex\nTwo walks a day\n", "memory/pets/rex-puppy-care.md": "# Rex as a puppy\nFour meals\n",
            "memory/holiday/pack/house-notes.md": "# House\nBins on Tuesday\n",
        ]
        let task =
            "Tom's looking after Rex while we're away. Can you put a copy of his care sheet in memory/holiday/pack under the same name? The one in memory/pets stays."
        #expect(AgentLoop.destinations(task, action: .copy, known: ["memory/pets", "memory/holiday/pack"]) == ["memory/holiday/pack"])
        let model = ScriptedModel([.text(#"{"action": "copy"}"#), .text(#"{"files": ["memory/pets/rex-care.md"]}"#)])
        let run = try await PlanStepTests.run(task, files: files, model)
        let offered = try #require((PlanStepTests.property(run.requests[1], "files")?["items"] as? [String: Any])?["enum"] as? [String])
        #expect(!offered.contains("memory/holiday/pack/house-notes.md") && offered.contains("memory/pets/rex-care.md"))
        #expect(run.files["memory/holiday/pack/rex-care.md"] == files["memory/pets/rex-care.md"])
        #expect(run.files["memory/pets/rex-care.md"] == files["memory/pets/rex-care.md"])
    }

    /// A date moved is written in each file's own form: a weekday, a day's "th", a month's
    /// short name, or figures; "instead of the 12th" says the old one's day.
    @Test func aMovedDateIsWrittenHoweverEachFileWritesIt() async throws {
        let task = "The choir's carol concert is now on Friday 18 December instead of the 11th. Please change it in my notes."
        #expect(
            AgentLoop.dateSwap(task, in: "# Poster\nFriday 11 December, 7 pm\n")
                == .init(old: "Friday 11 December", new: "Friday 18 December", word: true))
        #expect(AgentLoop.dateSwap(task, in: "- Concert: 11/12, call 6 pm\n") == .init(old: "11/12", new: "18/12", word: true))
        #expect(AgentLoop.dateSwap(task, in: "It's on Fri 11th Dec.\n") == .init(old: "Fri 11th Dec", new: "Fri 18th Dec", word: true))
        #expect(AgentLoop.dateSwap(task, in: "Subs by 11 November\n") == nil, "not the date")
        #expect(AgentLoop.dateSwap(task, in: "11 December and Fri 11th Dec\n") == nil, "twice")
        let moved = "Move the fair from 3 July to 10 July in memory/a.md"
        #expect(AgentLoop.dateSwap(moved, in: "Fair: Sat 3rd July\n") == .init(old: "Sat 3rd July", new: "Sat 10th July", word: true))
        #expect(AgentLoop.dateSwap("Move the fair from 3 July to 12 July", in: "Fair: Sat 3rd July\n") == nil, "the weekday is not known")
        #expect(AgentLoop.movesDate("11 December", to: "18 December", old: "Concert: 11/12", new: "Concert: 18/12"))
        let files = [
            "memory/choir/poster.md": "# Carols\nFriday 11 December, 7 pm\n", "memory/choir/plan.md": "# Plan\n- Concert: 11/12, call 6 pm\n",
            "memory/choir/subs.md": "# Subs\nDue by 11 December\n",
        ]
        let named = "Change the concert date from 11 December to 18 December in memory/choir/poster.md and plan.md"
        let run = try await PlanStepTests.run(named, files: files, ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.files["memory/choir/poster.md"] == "# Carols\nFriday 18 December, 7 pm\n", "\(run.steps.map(\.output))")
        #expect(run.files["memory/choir/plan.md"] == "# Plan\n- Concert: 18/12, call 6 pm\n")
        #expect(run.files["memory/choir/subs.md"] == files["memory/choir/subs.md"])
    }

    static let meterLetter = """
        # Acme Water: your new meter

        Dear Ms Ray,

        We are pleased to confirm that your meter application has been approved. A fitting fee of £40 applies and will be added to your next bill.

        An engineer, Mr Tom Hale, will call on Tuesday 12 May between 8 am and 12 pm to fit the meter. Please clear the space under the kitchen sink before his visit.

        To finish the switch, please send a photo of your old meter reading to meters@acme.example by 20 May.

        If you have a question, call us on 0800 555 0199.

        Yours sincerely,
        Jo Bell

        """

    /// The points a task names for its summary are its points, in its order, each the
    /// sentences that say its words (and the next of its paragraph that carries a fact, when
    /// both fit); a helpline offered "if you have a question" asks nothing.
    @Test func theSummarysPointsTheTaskNames() async throws {
        let task =
            "Please read memory/home/meter-letter.md and write three short bullet points to outputs/meter.md: what's approved and the fee, when the engineer calls, and what I have to send by when."
        #expect(AgentLoop.summaryTopics(task, count: 3) == ["what's approved and the fee", "when the engineer calls", "what i have to send by when"])
        #expect(AgentLoop.summaryTopics("Mostly what they agreed, when he comes and what to send.", count: 3).count == 3)
        // One more than the count: kept, as two may share a sentence (`summarySentences`); two
        // more, none.
        #expect(AgentLoop.summaryTopics(task, count: 2).count == 3)
        #expect(AgentLoop.summaryTopics("Mostly what they agreed, when he comes, what to send, who to call.", count: 2).isEmpty)
        #expect(AgentLoop.weight("If you have a question, call us on 0800 555 0199.") == 2)
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/home/meter-letter.md": Self.meterLetter], ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        #expect(
            run.files["outputs/meter.md"]
                == "- We are pleased to confirm that your meter application has been approved; a fitting fee of £40 applies and will be added to your next bill.\n"
                + "- An engineer, Mr Tom Hale, will call on Tuesday 12 May between 8 am and 12 pm to fit the meter; please clear the space under the kitchen sink before his visit.\n"
                + "- To finish the switch, please send a photo of your old meter reading to meters@acme.example by 20 May.\n")
    }

    /// "Moves a week later, to Friday 18 December" moves the 11th; "the concert is now on …
    /// instead of the 11th" in three notes named by path, the others it names left.
    @Test func aDateMovedAWeekLaterInTheNotesNamed() async throws {
        #expect(AgentLoop.weeksMoved("so it moves a week later, to Friday 18 December") == 1)
        #expect(AgentLoop.weeksMoved("brought forward two weeks earlier") == -2)
        #expect(AgentLoop.shifted([3, 1], byDays: -7) == nil && AgentLoop.shifted([3, 2], byDays: -7) == [27, 1])
        #expect(
            AgentLoop.dateSwap("The carols move a week later, to Friday 18 December.", in: "- Concert: 11/12\n")
                == .init(old: "11/12", new: "18/12", word: true))
        let files = [
            "memory/choir/poster.md": "# Carols\nFriday 11 December, 7 pm\n",
            "memory/choir/plan.md": "# Plan\n- Extra practice: Sun 29 Nov\n- Concert: 11/12\n",
            "memory/choir/email.md": "Hi all,\nThe concert is on Fri 11th Dec. Wear black.\n",
            "memory/choir/hall.md": "# Hall\nBooked for Friday 18 December\n",
            "memory/choir/subs.md": "# Subs\nDue by 11 December\n",
        ]
        let task =
            "The hall gave our night to a wedding, so the carol concert is now on Friday 18 December instead of the 11th, same time. Please change the concert's date in memory/choir/poster.md, plan.md and email.md, and touch nothing else in them: the extra practice (memory/choir/plan.md) stays on 29 November. The hall booking (memory/choir/hall.md) already says the 18th and subs (memory/choir/subs.md) are still due by 11 December."
        let run = try await PlanStepTests.run(task, files: files, ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(
            run.steps.contains { $0.output == "plan: replace memory/choir/poster.md, memory/choir/email.md, memory/choir/plan.md" },
            "\(run.steps.map(\.output))")
        #expect(run.files["memory/choir/poster.md"] == "# Carols\nFriday 18 December, 7 pm\n")
        #expect(run.files["memory/choir/plan.md"] == "# Plan\n- Extra practice: Sun 29 Nov\n- Concert: 18/12\n")
        #expect(run.files["memory/choir/email.md"] == "Hi all,\nThe concert is on Fri 18th Dec. Wear black.\n")
        #expect(run.files["memory/choir/subs.md"] == files["memory/choir/subs.md"])
    }

    /// A new note's lines keep the currency and the names the task gives them; an "I'll redo X
    /// myself" and an "is just for the record" leave their files and numbers alone.
    @Test func aNewNoteKeepsGivenValuesAndWhatThePersonDoesIsLeft() async throws {
        let task =
            "Mia starts school in September and Anna Kowalski will collect her, so make memory/kids/pickup.md with her name, her phone (07700 900123) and her fee (£8.25 a day)."
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/kids/mia.md": "# Mia\n"],
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"lines": ["Mia Kowalski", "07700 900123", "8.25 a day"]}"#)]))
        #expect(run.files["memory/kids/pickup.md"] == "Anna Kowalski\n07700 900123\n£8.25 a day\n")
        #expect(
            AgentLoop.withGivenValues("Fee: 1,200 a term, paid to Tom Reyes", task: "Pay Sam Reyes $1,200 a term")
                == "Fee: $1,200 a term, paid to Sam Reyes")
        // A name of the task's own, or one it has no other like, stays.
        #expect(AgentLoop.withGivenValues("Tom Reyes", task: "Sam Reyes and Jo Reyes") == "Tom Reyes")

        let files = ["memory/home/boiler.md", "memory/home/budget.md", "memory/home/quote-2022.md"]
        let change =
            "Change the service date in memory/home/boiler.md to 3 March 2027. I'll redo the budget myself, and the 2022 quote is just for the record."
        #expect(AgentLoop.leftAlone(change, task: change, among: files, action: .replace) == ["memory/home/budget.md", "memory/home/quote-2022.md"])
        #expect(AgentLoop.givenNumbers(in: AgentLoop.withoutKeeping(change)) == ["3", "2027"])
    }

    /// A summary's point keeps who does a thing when a name between commas is dropped, is cut
    /// at a sentence's end and not at an address's dot, and what a letter decides is a point.
    @Test func aLettersDecisionIsAPointAndItsSentencesAreCutWhole() {
        #expect(
            AgentLoop.shortened(
                "A plumber, Mr Dan Hale, will come on Monday 4 May between 9 am and 1 pm to look at the leak and the tank.", words: 22)
                == "A plumber will come on Monday 4 May between 9 am and 1 pm to look at the leak and the tank.")
        #expect(AgentLoop.trimmed("Send it to help@shop.example by Friday 8 May and keep a copy", words: 5) == "Send it to help@shop.example by…")
        let letter = """
            # Northfield Council: your parking permit

            Dear Ms Amin,
            Your resident's permit has been approved for one car.
            The permit costs £60 a year and starts on 1 June.
            Please display it on the dashboard at all times.
            If you change your car, tell us within 14 days.
            Yours sincerely,
            Parking services
            """
        let summary = AgentLoop.summarySentences(letter, limit: AgentLoop.SummaryLimit(unit: .points, count: 2)) ?? ""
        #expect(summary.contains("approved"))
    }

    /// What a task says does not count is no list it asks to have written.
    @Test func aListOfWhatDoesNotCountIsNotTheList() {
        #expect(Coaching.enumeration(in: "Save the free ones to outputs/f.md. Anything on loan, out or being repaired doesn't count.") == nil)
        #expect(Coaching.enumeration(in: "Make a packing list with passport, charger and socks.") == ["passport", "charger", "socks"])
        #expect(AgentLoop.outOfAFile("take the times out of the swimming club's newsletter in memory/swim and list them"))
    }

    /// A script for the total and the highest row of one CSV column is written by code, and
    /// runs right; one that asks anything else is not.
    @Test func aColumnsTotalAndItsHighestRowAreAScriptByCode() async throws {
        let csv = "date,mm,notes\n2026-03-01,4.5,drizzle\n2026-03-02,0,dry\n2026-03-04,12.5,storm\n2026-03-05,12.5,storm again\n"
        let task = "Write memory/garden/rain-report.py, a Python script that reads memory/garden/rain.csv and prints the total mm and the wettest day"
        let run = try await PlanStepTests.run(
            task, files: ["memory/garden/rain.csv": csv], ScriptedModel([.text(#"{"action": "script"}"#)]))
        let script = try #require(run.files["memory/garden/rain-report.py"])
        #expect(script.hasPrefix("#!/usr/bin/env python3\n"))
        let printed = try PlanStepTests.python(script, files: ["memory/garden/rain.csv": csv])
        #expect(printed == "Total mm: 29.5\nWettest date: 2026-03-04 (12.5 mm)\n")

        #expect(
            AgentLoop.columnAsks("a script that prints the average score and how many rounds I played")
                == AgentLoop.ColumnAsks(average: true, count: true))
        #expect(AgentLoop.columnAsks("a script that prints the total spent per month")?.groups == ["month"])
        let spent = "date,shop,amount\n2026-03-01,Aldi,12.40\n2026-03-09,Lidl,8.10\n"
        let perMonth = try #require(AgentLoop.columnAsks("a script that prints the total spent per month"))
        #expect(AgentLoop.columnScript(perMonth, task: "the total spent per month", path: "s.csv", text: spent) == nil, "no month column")
        #expect(AgentLoop.columnAsks("a script that prints the average pace of my runs") == nil)
        let two = "date,km,minutes\n2026-01-01,5,30\n2026-01-03,8,50\n"
        #expect(AgentLoop.columnScript(AgentLoop.ColumnAsks(total: true), task: "print the total", path: "r.csv", text: two) == nil)
        #expect(AgentLoop.columnScript(AgentLoop.ColumnAsks(total: true), task: "print the total km", path: "r.csv", text: two) != nil)
        let books = "title,pages,finished\nDune,412,yes\nEmma,380,no\n"
        #expect(
            AgentLoop.columnScript(
                AgentLoop.ColumnAsks(total: true), task: "print the total pages of the books I finished", path: "b.csv", text: books) == nil)
        #expect(AgentLoop.columnScript(AgentLoop.ColumnAsks(total: true), task: "print the total pages", path: "b.csv", text: books) != nil)
    }
}
