import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-fourth blind part's traces (fresh24, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-fourth blind part's traces")
struct PlanTwentyFourthPartTests {
    static let classes =
        "# Community centre, autumn term\nAll classes £6 a session\n\n- Mon 6 Oct: Pottery (evening)\n- Tue 7 Oct: Yoga (morning)\n- Wed 8 Oct: Spanish (evening), room 2\n- Thu 9 Oct: Tai chi (morning)\n"

    /// The lines of a list that say the word the task tells them by, each whole; not a word of
    /// what it says does not matter, nor one before a kind of item.
    @Test func aListsLinesByTheWordTheTaskTellsThemBy() async throws {
        let task =
            "Extract the evening classes from memory/centre/timetable.md into outputs/evening.md, one per line with the date and the class"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/centre/timetable.md": Self.classes], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.files["outputs/evening.md"] == "- Mon 6 Oct: Pottery (evening)\n- Wed 8 Oct: Spanish (evening), room 2\n")
        let context =
            "I can only go after work, so write each evening class from memory/centre/timetable.md to outputs/evening.md. Morning ones don't matter."
        #expect(AgentLoop.taggedItems(context, in: Self.classes)?.count == 2)
        #expect(AgentLoop.taggedItems("Extract the evening dates from memory/centre/timetable.md", in: Self.classes) == nil)
        #expect(AgentLoop.taggedItems("Extract the classes from memory/centre/timetable.md", in: Self.classes) == nil)
    }

    /// A list of the notes whose line of how often says the frequency the task asks: "once a
    /// day" is "daily" and "every day", not "twice a day" nor "every 2 to 3 days".
    @Test func aListKeepsTheNotesAtTheFrequencyAsked() async throws {
        let meds = [
            "memory/meds/vitamin-d.md": "# Vitamin D\nTake: once a day, with food\n",
            "memory/meds/iron.md": "# Iron\nTake: twice a day\n",
            "memory/meds/omega.md": "# Omega 3\nTake: daily\n",
            "memory/meds/b12.md": "# B12\nTake: every 2 to 3 days\n",
            "memory/meds/magnesium.md": "# Magnesium\nTake: every day at bedtime\n",
        ]
        let run = try await PlanStepTests.run(
            "List the supplements in memory/meds I take once a day, going by the Take line in each, and save the list to outputs/daily.md",
            kind: .research, files: meds, ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.files["outputs/daily.md"] == "- magnesium.md\n- omega.md\n- vitamin-d.md\n")
        #expect(AgentLoop.frequency("every other week") == "1/2week" && AgentLoop.frequency("fortnightly") == "1/2week")
        #expect(AgentLoop.frequency("every 3 to 4 weeks") == nil && AgentLoop.frequency("three times a week") == "3/week")
        #expect(AgentLoop.frequency("keep moist; water weekly", anchored: true) == nil)
        #expect(AgentLoop.frequencyAsked("the weekly ones, those I water once a week") == "1/week")
        #expect(AgentLoop.frequencyAsked("once a week or twice a month") == nil)
    }

    /// An addition to a note that is not there, when the person names no note that is, is a
    /// new note.
    @Test func anAdditionToANoteNotThereIsANewNote() async throws {
        let files = ["memory/trips/skye/flight-home.md": "# Flight home\nEZY 475, Sunday 20 June\n"]
        let task =
            "The flight home already has its own note in memory/trips/skye. Please add one for the way out, flight-out.md in the same folder: EZY 474, Friday 11 June."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"lines": ["EZY 474, Friday 11 June"]}"#)]))
        #expect(run.files["memory/trips/skye/flight-out.md"] != nil, "\(run.files.keys.sorted())")
        #expect(run.files["memory/trips/skye/flight-home.md"] == files["memory/trips/skye/flight-home.md"])
    }

    /// "Y from now on rather than X" is Y in place of X; a value instead of another is a change,
    /// whatever the model answered.
    @Test func aChangeSaidWithFromNowOnOrByValue() async throws {
        let bins = "# Bins\nBlack bin: Tuesday, every other week\nGreen bin (recycling): Tuesday, the weeks in between\n"
        let edit = AgentLoop.insteadSwap(
            "Green recycling bins are collected on Wednesday from now on rather than Tuesday. Leave the black bin as it is.", in: bins)
        #expect(edit?.new == "Green bin (recycling): Wednesday, the weeks in between")
        #expect(AgentLoop.insteadOfValue("my address is now jo@new.example instead of jo@old.example."))
        #expect(!AgentLoop.insteadOfValue("Move it into memory/2026 instead of memory/2025"))
        let notes = ["memory/clubs/choir.md": "Email: jo@old.example\n", "memory/home/gas.md": "Account email: jo@old.example\n"]
        let task =
            "My address is now jo@new.example instead of jo@old.example. It is in memory/clubs/choir.md and memory/home/gas.md; please update it in each."
        let run = try await PlanStepTests.run(task, files: notes, ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(run.files["memory/clubs/choir.md"] == "Email: jo@new.example\n")
        #expect(run.files["memory/home/gas.md"] == "Account email: jo@new.example\n")
    }

    /// A CSV converted with only the rows whose status the task says and the columns it names.
    @Test func aConversionKeepsTheRowsAndColumnsAsked() async throws {
        let csv = "pupil,lesson,minutes,state\nAmir,Mon 3 Mar,30,paid\nBea,Mon 3 Mar,45,owed\nCal,Tue 4 Mar,30,paid\n"
        let task =
            "Could you turn memory/music/lessons.csv into a Markdown table in outputs/paid.md? Just the paid ones, with the pupil and the minutes."
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/music/lessons.csv": csv], ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(run.files["outputs/paid.md"] == ConvertFile.table(rows: [["pupil", "minutes"], ["Amir", "30"], ["Cal", "30"]]))
        let rows = ConvertFile.rows(csv: csv)
        #expect(
            AgentLoop.askedRows("Convert it, owed ones included; convert just the paid lessons", rows) == [
                ["pupil", "lesson", "minutes"], ["Amir", "Mon 3 Mar", "30"], ["Cal", "Tue 4 Mar", "30"],
            ])
        #expect(AgentLoop.askedRows("Convert memory/music/lessons.csv to a Markdown table", rows) == nil)
    }

    /// A count of the days past a figure with thousands commas, said before or after it, beside
    /// an average "per day" of a log of days.
    @Test func aCountPastAFigureWithCommasBesideADailyAverage() throws {
        typealias T = AgentLoop.Threshold
        let before = try #require(
            AgentLoop.columnAsks("a Python script that prints the average kcal per day and how many days reached at least 2,500"))
        #expect(before.average && before.groups.isEmpty && before.threshold == T(rows: "days", op: ">=", figure: "2500", words: "at least"))
        let after = try #require(AgentLoop.columnAsks("prints my daily average and the number of days I hit 2,500 or more"))
        #expect(after.average && after.threshold == T(rows: "days", op: ">=", figure: "2500", words: "at least"))
        #expect(AgentLoop.columnAsks("a script that prints the total spent per day")?.groups == ["day"])
        // A group said in a sentence that does not ask for the script is none.
        let context = try #require(
            AgentLoop.columnAsks(
                "Each month I export my daily kcal to a CSV. Please write a Python script that prints the average kcal per day and how many days I managed at least 2,500."
            ))
        #expect(context.groups.isEmpty && context.average && context.threshold?.figure == "2500")
    }

    /// "Out of date" names no date; a note that "is an old record" keeps its year out of what a
    /// change must write; a new file of "one per line" from a folder whose each note is read is a
    /// list.
    @Test func wordsThatNameNoKindNoValueAndAList() async throws {
        #expect(AgentLoop.statedKind("Copy memory/a.md to outputs/a.md. The 2025 version is out of date.") == nil)
        #expect(AgentLoop.withoutKeeping("Update it in each. The 2025 club note is an old record.").contains("2025") == false)
        let meds = [
            "memory/meds/vitamin-d.md": "# Vitamin D\nTake: once a day\n", "memory/meds/iron.md": "# Iron\nTake: twice a day\n",
            "memory/meds/omega.md": "# Omega 3\nTake: daily\n",
        ]
        let task =
            "Each supplement has a note in memory/meds with a Take line, so please save the ones I take once a day to outputs/daily.md, one per line."
        let run = try await PlanStepTests.run(task, kind: .research, files: meds, ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(run.files["outputs/daily.md"] == "- omega.md\n- vitamin-d.md\n")
    }
}
