import Foundation
import StewardCore
import StewardModels
import StewardTools
import Testing

@testable import StewardAgents

/// What the nineteenth blind part's traces (fresh19, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's): two `Key: value` lines given
/// long new values in one sentence; a record's line written back with the file's others or
/// other separators; a number the text says is out of use; a field's yes answers; a total per
/// name, highest first; a copy's place named twice; a delete of the file the task keeps; a
/// number of bullet points asked of a letter. The whole loop runs where it says so
/// (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the nineteenth blind part's traces")
struct PlanNineteenthPartTests {
    /// "Change the model to …, and the warranty to run until …": both lines, by code; what the
    /// person will deal with themselves is left, said before or after.
    @Test func twoLongValuesInOneSentenceAndWhatThePersonDealsWith() async throws {
        let note = "# Car\nMake: Ford Fiesta 1.0, bought 2019\nCover: third party until 2025\nGarage: Kwik Fit, 01632 960111\n"
        let task =
            "In memory/car/car.md, change the make to the Skoda Fabia 1.0 SE, bought 3 March 2027, and the cover to run until 3 March 2028. The loan papers and the parking permit I'll deal with myself."
        #expect(
            AgentLoop.keyedValues(task, in: note)
                == AgentLoop.LineEdit(
                    old: "Make: Ford Fiesta 1.0, bought 2019\nCover: third party until 2025",
                    new: "Make: Skoda Fabia 1.0 SE, bought 3 March 2027\nCover: until 3 March 2028", word: false))
        let files = ["memory/car/car.md", "memory/car/loan-papers.md", "memory/car/parking-permit.md"]
        #expect(AgentLoop.kept(task, among: files) == ["memory/car/loan-papers.md", "memory/car/parking-permit.md"])
        let run = try await PlanStepTests.run(
            task, files: ["memory/car/car.md": note, "memory/car/loan-papers.md": "# Loan\n"], ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(
            run.files["memory/car/car.md"]
                == "# Car\nMake: Skoda Fabia 1.0 SE, bought 3 March 2027\nCover: until 3 March 2028\nGarage: Kwik Fit, 01632 960111\n")
    }

    /// A new record written with the file's other lines keeps only itself; its fields take the
    /// records' separators.
    @Test func aRecordWrittenBackWithTheOthersOrOtherSeparators() async throws {
        #expect(
            AgentLoop.reshaped("- 04/04/2027, Riverside 10K, 48:12", like: "- 13/09/2026: Park Run 5K, 24:05") == "- 04/04/2027: Riverside 10K, 48:12"
        )
        #expect(AgentLoop.reshaped("- 04/04/2027: Riverside 10K", like: "- 13/09/2026: Park Run 5K, 24:05") == "- 04/04/2027: Riverside 10K")
        let log = "# Swims\n- 02/01/2027: Lido, 1.2 km\n- 09/01/2027: Lido, 1.5 km\n"
        let answer = #"{"text": "- 02/01/2027: Lido, 1.2 km\n- 09/01/2027: Lido, 1.5 km\n- 16/01/2027, Lido, 1.8 km\n"}"#
        let run = try await PlanStepTests.run(
            "Add to the end of memory/swim/log.md: 16/01/2027, Lido, 1.8 km", files: ["memory/swim/log.md": log],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(answer)]))
        #expect(run.files["memory/swim/log.md"] == log + "- 16/01/2027: Lido, 1.8 km\n")
    }

    /// A number the text says is out of use is no number to list; a plan to move the letter
    /// the numbers are taken out of is an extract.
    @Test func aNumberOutOfUseIsLeftOut() {
        let text = "Call me on 07700 900111. The office line, 01632 960222, is no longer in use. The old fax is disconnected: 01632 960333."
        #expect(AgentLoop.notCancelled(["07700 900111", "01632 960222", "01632 960333"], in: text) == ["07700 900111"])
        #expect(AgentLoop.outOfAFile("Please go through memory/home/letter.md and write each phone number to outputs/n.md"))
        #expect(AgentLoop.label("Bright Window", item: "0800 111", sentence: "We use Bright Windows, 0800 111.") == "Bright Windows")
        #expect(AgentLoop.signature("# Hello\nCall my mobile, 07700 900111.\nBest wishes,\nAda Lovell\n") == "Ada Lovell")
        #expect(AgentLoop.signature("Call 07700 900111.\nThanks!\n") == nil)
    }

    /// The files whose field the task names answers yes, by the word or by "the ones coming".
    @Test func aFieldsYesAnswers() {
        let texts = [
            "ann.md": "# Ann\nComing: yes, with Bo\n", "cal.md": "# Cal\nComing: no (away)\n", "dee.md": "# Dee\nComing: maybe\n",
            "eli.md": "# Eli\nComing: Yes, plus one\nDiet: none\n",
        ]
        #expect(AgentLoop.byField("List the friends whose Coming line says yes in outputs/c.md", texts) == ["ann.md", "eli.md"])
        #expect(AgentLoop.byField("Check the Coming line in each and write the ones who are in to outputs/c.md", texts) == ["ann.md", "eli.md"])
        #expect(AgentLoop.byField("Write the ones whose Coming line said no to outputs/c.md", texts) == ["cal.md"])
    }

    /// A total per name, highest first, is a script by code that runs right.
    @Test func aTotalPerNameHighestFirst() throws {
        let csv = "date,fruit,kg\n2026-07-01,plums,1.5\n2026-07-08,apples,2.0\n2026-07-15,plums,2.5\n2026-07-22,pears,0.5\n"
        let asks = try #require(AgentLoop.columnAsks("prints the kg of each fruit we picked, heaviest first"))
        #expect(asks.groups == ["fruit"] && asks.descending == true && asks.highest == nil)
        let told = "Each picking has its date, fruit and kg; add up the kg for each fruit and print them, the heaviest at the top"
        let both = try #require(AgentLoop.columnAsks(told))
        #expect(both.groups == ["picking", "fruit"] && both.descending == true)
        // (The file's columns named, "date" among them, filter nothing.)
        let script = try #require(AgentLoop.columnScript(both, task: told, path: "f.csv", text: csv))
        #expect(try PlanStepTests.python(script, files: ["f.csv": csv]) == "plums: 4 kg\napples: 2 kg\npears: 0.5 kg\n")
        let code = try #require(AgentLoop.columnScript(asks, task: "prints the kg of each fruit we picked, heaviest first", path: "f.csv", text: csv))
        let printed = try PlanStepTests.python(code, files: ["f.csv": csv])
        #expect(printed == "plums: 4 kg\napples: 2 kg\npears: 0.5 kg\n")
    }

    /// A copy "there, as FOLDER/NAME" goes to that path, not asked; a delete of the file the
    /// task keeps is refused, whoever makes it.
    @Test func aCopysPlaceNamedTwiceAndAKeptFileIsNotDeleted() async throws {
        let copy = try await PlanStepTests.run(
            "Put the rota in memory/club/coach. Copy memory/club/rota.md there as memory/club/coach/rota.md and leave the original.",
            files: ["memory/club/rota.md": "# Rota\n", "memory/club/coach/kit.md": "# Kit\n"], ScriptedModel([.text(#"{"action": "copy"}"#)]))
        #expect(copy.files["memory/club/coach/rota.md"] == "# Rota\n" && copy.files["memory/club/rota.md"] == "# Rota\n")
        #expect(copy.requests.count == 1, "the place is not asked")

        let task = "Please delete memory/pets/rex-jabs-copy.md and keep memory/pets/rex-jabs.md, which is right."
        #expect(AgentLoop.keptPaths(task) == ["memory/pets/rex-jabs.md"])
        #expect(AgentLoop.keptPaths("Delete memory/a/old.md and memory/a/new.md stays") == ["memory/a/new.md"])
        #expect(AgentLoop.keptPaths("To keep it all together, please take a.txt out of memory/in and put it into memory/trip").isEmpty)
        let coaching = Coaching(task: task, kind: .fileops, tools: ToolRegistry.agent(.fileops).map { $0.definition })
        #expect(coaching.refusal(DeleteFile.name, ["path": .string("memory/pets/rex-jabs.md")], changed: []) != nil)
        #expect(coaching.refusal(DeleteFile.name, ["path": .string("memory/pets/rex-jabs-copy.md")], changed: []) == nil)
    }

    /// "Three or four bullet points" of a letter is a summary; its named points may be one
    /// fewer than the most, and "how often" is answered by a sentence that says how often.
    @Test func aNumberOfPointsOfALetterIsASummary() {
        #expect(AgentLoop.asksPoints("write three or four short bullet points to outputs/s.md: the new day and what to do"))
        #expect(!AgentLoop.asksPoints("list the dates as bullet points"))
        let task = "Summarise it in three or four bullet points: the new day, how often each bin goes and what we have to do."
        #expect(AgentLoop.summaryTopics(task, count: 4) == ["the new day", "how often each bin goes", "what we have to do"])
        let sentences = ["From 3 May your bins go out on Mondays.", "Your green bin is emptied every two weeks.", "Please put them out by 7 am."]
        #expect(AgentLoop.topicSentences(["how often each bin goes"], in: sentences, ranked: [0, 2, 1]) == [[1]])
    }

    /// Two points of one paragraph become one when that makes room for another paragraph's
    /// fact; "mainly …" names the points.
    @Test func aParagraphsTwoSentencesMakeRoomForAnotherFact() throws {
        let letter = """
            # Riverside Council: your parking zone

            Dear resident,
            From Monday 5 July 2027 your street joins parking zone D.
            Permits will be checked every day from 8 am to 6 pm.
            Visitors can park for free for a short while. A new monthly car-share bay opens on the same day.
            A resident's permit costs £40 a year and must be shown. Please apply at riverside.example/permits by 20 June to avoid a fine.
            Yours faithfully,
            Parking team
            """
        let summary = try #require(AgentLoop.summarySentences(letter, limit: .init(unit: .points, count: 4)))
        #expect(summary.split(separator: "\n").count == 4, "\(summary)")
        #expect(summary.contains("£40") && summary.contains("20 June") && summary.contains("monthly") && summary.contains("5 July"), "\(summary)")
        #expect(
            AgentLoop.summaryTopics("Could you boil it down to three points? Mainly the zone, the hours and the cost.", count: 3)
                == ["the zone", "the hours", "the cost"])
        // Three points named of "three or four": a fourth for a paragraph none has; what to do
        // is the sentences that ask it, two of one paragraph.
        let task = "Boil it down to three or four bullet points. Mainly the zone, how often permits are checked and what we have to do."
        let topics = AgentLoop.summaryTopics(task, count: 4)
        #expect(topics == ["the zone", "how often permits are checked", "what we have to do"])
        let named = try #require(AgentLoop.summarySentences(letter, limit: .init(unit: .points, count: 4), topics: topics))
        let points = named.split(separator: "\n")
        #expect(points.count == 4, "\(named)")
        #expect(points.contains { $0.contains("£40") && $0.contains("please apply at riverside.example/permits by 20 June") }, "\(named)")
        #expect(points.last?.contains("monthly") == true, "\(named)")
    }

    /// "The spring newsletter, the welcome pack and the Facebook post": each file by its name.
    @Test func filesListedEachWithItsOwnThe() {
        let files = ["memory/club/newsletter-autumn.md", "memory/club/welcome-pack.md", "memory/club/poster.md", "memory/club/members.md"]
        #expect(
            AgentLoop.listedByName("Could you change the day in the autumn newsletter, the welcome pack and the poster in memory/club?", among: files)
                == ["memory/club/newsletter-autumn.md", "memory/club/welcome-pack.md", "memory/club/poster.md"])
        #expect(AgentLoop.listedByName("Change the day in the newsletter, the pack and the flyer", among: files).isEmpty, "no flyer")
    }

    /// A skill's listed steps said of it are instructions; a description cut at its limit ends
    /// at a whole word.
    @Test func aSkillsStepsAreInstructionsAndItsDescriptionIsWhole() {
        #expect(
            AgentLoop.imperative(["reads memory/a.md", "gathers the dates", "leaves out the ones in memory/b.md and writes the list to outputs/c.md"])
                == ["read memory/a.md", "gather the dates", "leave out the ones in memory/b.md", "write the list to outputs/c.md"])
        #expect(AgentLoop.imperative(["read it", "count the lines"]) == ["read it", "count the lines"])
        let long = String(repeating: "Reads the plan and gathers things, ", count: 4) + "leaves out the pantry and w"
        #expect(
            AgentLoop.uncut(long, limit: long.count) == String(repeating: "Reads the plan and gathers things, ", count: 4) + "leaves out the pantry.")
        #expect(AgentLoop.uncut("Short text", limit: 160) == "Short text")
    }
}
