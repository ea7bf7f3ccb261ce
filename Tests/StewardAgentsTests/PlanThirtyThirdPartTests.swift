import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the thirty-third blind part's traces (fresh33, issue 19) showed the plan getting
/// wrong, each made by code, on fixtures of their own (not the part's).
@Suite("Plan: the thirty-third blind part's traces")
struct PlanThirtyThirdPartTests {
    static let pitches =
        "{\n  \"pitches\": [\n    {\"pitch\": \"B2\", \"family\": \"Okafor\", \"nights\": 3},\n    {\"pitch\": \"B3\", \"family\": \"Okafor-Hale\", \"nights\": 2},\n    {\"pitch\": \"C1\", \"family\": \"Lund\", \"nights\": 4}\n  ]\n}\n"

    /// "Move X from B2 to F6" in a file that has B2, planned as a move of the file, changes the
    /// value in the file.
    @Test func aValueMovedInAFilePlannedAsAMove() async throws {
        let path = "memory/camping/pitches.json"
        let task = "In memory/camping/pitches.json, move the Okafors from pitch B2 to F6"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: Self.pitches],
            ScriptedModel([.text(#"{"action": "move"}"#), .text(#"{"folder": "memory"}"#)]))
        #expect(
            run.files[path] == Self.pitches.replacingOccurrences(of: "\"B2\"", with: "\"F6\""),
            "\(run.files.keys.sorted()) \(run.steps.map(\.output))")
    }

    /// A line the task says stays is not offered for the change, though it shares the changed
    /// one's name: "Okafor-Hale stays where they are" keeps the B3 line.
    @Test func aLineTheTaskKeepsIsNotOffered() {
        let lines = Self.pitches.split(separator: "\n").map(String.init)
        let task = "The Okafors have swapped to F6. Could you change their pitch in pitches.json? The Okafor-Hale family stays where they are."
        let offered = AgentLoop.changeable(lines, task: task)
        #expect(offered.contains(lines[2]) && !offered.contains(lines[3]), "\(offered)")
        // (Said nowhere else, "Okafor" alone keeps nothing: the line to change has it too.)
        #expect(AgentLoop.keptLines(lines, task: "Change the Okafors' pitch to F6; Okafor stays the name.").isEmpty)
    }

    static let parkruns =
        "{\"date\": \"2032-04-17\", \"course\": \"Hove Promenade\", \"event\": \"parkrun\", \"number\": 40}\n{\"date\": \"2032-05-01\", \"course\": \"Brighton & Hove\", \"event\": \"parkrun\", \"number\": 41}\n"

    /// A line added to a log of JSON objects is one more object like the last: the date as the
    /// log writes it, "my 42nd" a number, and a key the task gives nothing for the value every
    /// line has.
    @Test func aLineAddedToALogOfJSONObjects() async throws {
        let path = "memory/running/parkruns.jsonl"
        let task =
            "Ran Preston Park this morning, 8 May 2032: my 42nd! Could you add it to the end of parkruns.jsonl in memory/running, same as the others?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: Self.parkruns],
            ScriptedModel([
                .text(#"{"action": "append"}"#), .text(#"{"date": "8 May 2032", "course": "Preston Park", "event": "", "number": "42nd"}"#),
            ]))
        #expect(
            run.files[path] == Self.parkruns + "{\"date\": \"2032-05-08\", \"course\": \"Preston Park\", \"event\": \"parkrun\", \"number\": 42}\n",
            "\(run.files[path] ?? "none") \(run.steps.map(\.output))")
    }

    /// "Goes from B2 to F6 this season": the new value is "F6", not the words of when; a title
    /// that starts with "This" is still one.
    @Test func aNewValueEndsWhereWhenStarts() throws {
        let swap = try #require(Coaching.replacement(in: "The Okafors go from B2 to F6 this season; please change just their pitch."))
        #expect(swap == ("B2", "F6"))
        let title = try #require(Coaching.replacement(in: "Change the film from Heat to This Is Us in memory/films.md"))
        #expect(title == ("Heat", "This Is Us"))
        let run = try #require(
            AgentLoop.wordSwap("Pontoon B is shut, so the Okafors go from B2 to F6 this season; please change just their pitch.", in: Self.pitches))
        #expect(run.old == "B2" && run.new == "F6")
    }

    static let choir: [String: String] = [
        "memory/choir/site.yaml":
            "name: Valley Voices\nwebsite: https://valleyvoices.freehost.example\ntickets: https://tickets.freehost.example/valley-voices\n",
        "memory/choir/README.md":
            "# Valley Voices\n- Web: <a href=\"https://valleyvoices.freehost.example\">https://valleyvoices.freehost.example</a>\n- Tickets: https://tickets.freehost.example/valley-voices\n",
    ]

    /// A new web address in place of the old one, in several files that have another address
    /// the task says has not moved: the old one is the one sharing the new one's words, every
    /// time it stands in a line.
    @Test(arguments: [
        "The choir has its own web address now, https://valleyvoices.example. Could you put it in place of the old one in site.yaml and README.md in memory/choir? The ticket page hasn't moved.",
        "Our choir's website has moved from https://valleyvoices.freehost.example to https://valleyvoices.example. Please update the address in memory/choir/site.yaml and memory/choir/README.md; the ticket page is still on tickets.freehost.example.",
    ])
    func aNewWebAddressInPlaceOfTheOld(task: String) async throws {
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.choir.keys)), files: Self.choir,
            ScriptedModel([.text(#"{"action": "replace"}"#)]))
        for (path, before) in Self.choir {
            #expect(
                run.files[path] == before.replacingOccurrences(of: "https://valleyvoices.freehost.example", with: "https://valleyvoices.example"),
                "\(path): \(run.files[path] ?? "none") \(run.steps.map(\.output))")
        }
    }

    /// A summary's point that says "instead" or "the time" is not answered by a sentence that
    /// only shares those words ("… instead of Tuesday", "at all times").
    @Test func aPointIsNotAnsweredByInsteadOrTimeAlone() async throws {
        let path = "memory/street/water-works.txt"
        let notice =
            "Dear Resident,\n\nMill Street will be closed from Tuesday 4 July to Thursday 6 July 2033 while a water main is replaced.\nWork will run from 8 am to 5 pm each day.\nPlease move any car off the street by 7.30 am on Tuesday 4 July.\nDuring the works you may park free in the Leisure Centre car park.\nGardens can be reached on foot at all times. Recycling will be collected on Friday 7 July instead of Tuesday.\n\nWater Services\n"
        let task =
            "Please summarise memory/street/water-works.txt in at most three sentences in outputs/closure.md: which days the street is shut, where we can park instead, and the time by which cars have to be moved."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), kind: .research, files: [path: notice],
            ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        let summary = try #require(run.files["outputs/closure.md"], "\(run.steps.map(\.output))")
        #expect(summary.contains("4 July") && summary.contains("Leisure Centre") && summary.contains("7.30 am"), "\(summary)")
        #expect(!summary.contains("Recycling") && !summary.contains("all times"), "\(summary)")
    }

    /// A CSV converted to YAML: a list with an entry a row, the columns asked.
    @Test func aCSVConvertedToAYAMLList() async throws {
        let path = "memory/club/subs.csv"
        let csv = "member,paid,month,note\nAsha Patel,12.00,3,\n\"Reyes, Tom\",12.00,4,late\n"
        let task = "Please convert memory/club/subs.csv into outputs/subs.yaml, one entry per member with member, paid and month"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: csv], ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(
            run.files["outputs/subs.yaml"]
                == "- member: Asha Patel\n  paid: 12.00\n  month: 3\n- member: \"Reyes, Tom\"\n  paid: 12.00\n  month: 4\n",
            "\(run.files["outputs/subs.yaml"] ?? "none") \(run.steps.map(\.output))")
    }

    /// A script of a JSON file's records (one array of objects in an object) adds up a column
    /// and names the record with the most, by code.
    @Test func aScriptOfJSONRecords() async throws {
        let path = "memory/orchard/picks-2033.json"
        let picks =
            "{\"year\": 2033, \"picks\": [\n  {\"date\": \"2033-09-03\", \"tree\": \"Bramley\", \"crates\": 4, \"kg\": 52.5},\n  {\"date\": \"2033-09-10\", \"tree\": \"Cox\", \"crates\": 2, \"kg\": 21.0},\n  {\"date\": \"2033-09-17\", \"tree\": \"Egremont\", \"crates\": 3, \"kg\": 30.25}\n]}\n"
        let task =
            "Could you write a small Python script, picks_total.py in memory/orchard, that goes through picks-2033.json in the same folder and prints how many kilos we picked altogether and the biggest single pick?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), kind: .research, files: [path: picks],
            ScriptedModel([.text(#"{"action": "create"}"#)]))
        let script = try #require(run.files["memory/orchard/picks_total.py"], "\(run.steps.map(\.output))")
        #expect(try PlanStepTests.python(script, files: [path: picks]) == "Total kg: 103.75\nBiggest date: 2033-09-03 (52.5 kg)\n", "\(script)")
        // (Each key read by its name, as a reader sees it.)
        #expect(script.contains("row.get('kg')"), "\(script)")
    }

    static let calendar: [String: String] = [
        "memory/health/calendar/2032-03-10-dentist.ics":
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:dentist-2032@example\nSUMMARY:Dentist check-up\nDTSTART:20320310T100000\nDTEND:20320310T103000\nLOCATION:Bridge Street Dental\nDESCRIPTION:Dr Shah, £25\nEND:VEVENT\nEND:VCALENDAR\n",
        "memory/health/calendar/2033-03-08-optician.ics":
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Eye test\nDTSTART:20330308T090000\nDTEND:20330308T093000\nLOCATION:High Street Opticians\nDESCRIPTION:£20\nEND:VEVENT\nEND:VCALENDAR\n",
    ]

    /// A new iCalendar event like last year's of its kind: the sample's lines, its start and end
    /// the task's day and times however they are said, its price the new one, its UID left out.
    @Test(arguments: [
        "Create memory/health/calendar/2033-03-08-dentist.ics like 2032-03-10-dentist.ics: 8 March 2033, 2.30 to 3 pm, Bridge Street Dental, Dr Shah, £28",
        "The dentist check-up's booked for 8 March 2033, half two till three in the afternoon, and it's gone up to £28. Could you put it in memory/health/calendar as 2033-03-08-dentist.ics, done the same way as last year's?",
        "Our calendar lives in memory/health/calendar as one .ics file per appointment. Please add 2033-03-08-dentist.ics for this year's check-up: Tuesday 8 March 2033, 2.30 to 3 in the afternoon, Dr Shah again, £28 this time. Copy the layout of last year's 2032-03-10-dentist.ics.",
    ])
    func anEventLikeLastYearsOfItsKind(task: String) async throws {
        let path = "memory/health/calendar/2033-03-08-dentist.ics"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.calendar.keys)), files: Self.calendar,
            ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(
            run.files[path]
                == "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Dentist check-up\nDTSTART:20330308T143000\nDTEND:20330308T150000\nLOCATION:Bridge Street Dental\nDESCRIPTION:Dr Shah, £28\nEND:VEVENT\nEND:VCALENDAR\n",
            "\(run.files[path] ?? "none") \(run.steps.map(\.output))")
    }

    /// Times as people say them, and spans that are none.
    @Test func eventTimesAsPeopleSayThem() {
        #expect(AgentLoop.eventTimes("14 September 2033, 8.30 to 9.30 am, wood burner") ?? ("", "") == ("083000", "093000"))
        #expect(AgentLoop.eventTimes("half eight till half nine in the morning") ?? ("", "") == ("083000", "093000"))
        #expect(AgentLoop.eventTimes("from 11 to 1 pm") ?? ("", "") == ("110000", "130000"))
        #expect(AgentLoop.eventTimes("19:00-21:15 at the hall") ?? ("", "") == ("190000", "211500"))
        #expect(AgentLoop.eventTimes("seats 4 to 6 people") == nil)
        #expect(AgentLoop.eventTimes("it costs £8 to £10") == nil)
    }

    /// A YAML record like the last one keeps its keys plain and quotes a value with a colon in
    /// it, so the file is still YAML.
    @Test func aYAMLRecordWithAColonInAValue() async throws {
        let last = "memory/allotment/visits/2033-04-02.yaml"
        let files = [last: "date: 2033-04-02\nplot: 14\nweeded: yes\nremarks: sowed carrots\n"]
        let task =
            "I went up to plot 14 today, 9 April 2033, and weeded. Note for the record: sowed beans. Could you write it up as 2033-04-09.yaml in memory/allotment/visits, like the last one?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), files: files,
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"date": "2033-04-09", "remarks": "Note for the record: sowed beans"}"#)]))
        #expect(
            run.files["memory/allotment/visits/2033-04-09.yaml"]
                == "date: 2033-04-09\nplot: 14\nweeded: yes\nremarks: \"Note for the record: sowed beans\"\n",
            "\(run.files["memory/allotment/visits/2033-04-09.yaml"] ?? "none") \(run.steps.map(\.output))")
    }

    /// A line added to a log of JSON objects takes the date the task writes, whatever date the
    /// model answers, and keeps a name's last word that is its key's ("Preston Park" for `park`,
    /// as the log writes its parks).
    @Test func aLogLineTakesTheWrittenDate() async throws {
        let path = "memory/running/runs.jsonl"
        let log =
            "{\"date\": \"2032-04-17\", \"park\": \"Hove Park\", \"kind\": \"parkrun\", \"number\": 40}\n{\"date\": \"2032-05-01\", \"park\": \"Queens Park\", \"kind\": \"parkrun\", \"number\": 41}\n"
        let task = "Add a line at the end of memory/running/runs.jsonl for run number 42: 2032-05-08, Preston Park"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: log],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"date": "2022-05-08", "park": "Preston Park", "kind": ""}"#)]))
        #expect(
            run.files[path] == log + "{\"date\": \"2032-05-08\", \"park\": \"Preston Park\", \"kind\": \"parkrun\", \"number\": 42}\n",
            "\(run.files[path] ?? "none") \(run.steps.map(\.output))")
    }

    /// "Copy the layout of …" asks for a file like another, not a copy of it.
    @Test func copyingALayoutIsNoCopy() {
        #expect(!AgentLoop.asksCopy("Please add 2033-03-08-dentist.ics. Copy the layout of last year's 2032-03-10-dentist.ics."))
        #expect(AgentLoop.asksCopy("Copy last year's 2032-03-10-dentist.ics into memory/archive"))
    }

    /// A key whose values are names ending in its word takes no value written after that word
    /// ("Preston Park: my 42nd!"), and an ordinal's figure is the task's.
    @Test func aNameEndingInItsKeysWord() async throws {
        let path = "memory/running/runs.jsonl"
        let log =
            "{\"date\": \"2032-04-17\", \"park\": \"Hove Park\", \"kind\": \"parkrun\", \"number\": 40}\n{\"date\": \"2032-05-01\", \"park\": \"Queens Park\", \"kind\": \"parkrun\", \"number\": 41}\n"
        let task = "Ran at Preston Park: my 42nd! Could you add it to the end of runs.jsonl in memory/running, same as the others? It was 8 May 2032."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: log],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"date": "8 May 2032", "park": "Preston Park", "kind": "", "number": "42"}"#)]))
        #expect(
            run.files[path] == log + "{\"date\": \"2032-05-08\", \"park\": \"Preston Park\", \"kind\": \"parkrun\", \"number\": 42}\n",
            "\(run.files[path] ?? "none") \(run.steps.map(\.output))")
    }
}
