import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// The derived recipes (summarise, extract, list, convert, skill, script) against a real
/// workspace and a model on a real HTTP server answering the form questions.
@Suite("Plan: derived recipes")
struct PlanDerivedTests {
    /// Runs `recipe` for `task` planned as `plan` by a `kind` agent, over a workspace holding
    /// `files`, the model answering `answers` in order.
    func derived(
        _ task: String, _ plan: TaskPlan, kind: AgentKind = .fileops, files: [String: String], answers: [String],
        check: ([ToolCall]?, FormAnswers) async throws -> Void
    ) async throws {
        try await runRecipe(
            task, kind: kind, files: files, answers: answers, recipe: { loop, state in await loop.derivedRecipe(plan, &state) }, check: check)
    }

    static func arguments(_ call: ToolCall) -> [String: String] {
        ((try? JSONValue.parse(call.arguments))?.object ?? [:]).compactMapValues(\.string)
    }

    static let insurance =
        "# Email from the insurance\nYour home insurance renews on 1 January. The yearly price goes up from 310 to 335 euros. Bicycles are now covered.\n"

    /// The summary recipe asks the model nothing when the task's words state the limit: the
    /// summary is the file's own sentences, chosen and shortened by code.
    func summary(_ task: String, of text: String, answers: [String] = []) async throws -> String? {
        var content: String?
        try await derived(
            task, TaskPlan(action: .summarise, files: ["memory/emails/note.md"]), files: ["memory/emails/note.md": text], answers: answers
        ) { calls, model in
            // The file is read first: a write made from a file not read is refused.
            #expect(calls?.map(\.name) == ["read_file", "write_file"])
            #expect(calls.map { Self.arguments($0[0]) } == ["path": "memory/emails/note.md"])
            #expect(calls.map { Self.arguments($0[1])["path"] } == "outputs/summary.md")
            #expect(model.requests.count == answers.count)
            content = calls.flatMap { Self.arguments($0[1])["content"] }
        }
        return content
    }

    @Test func aSummaryWithinAWordLimitIsTheSentenceThatCarriesMost() async throws {
        // Its price sentence has three facts (310, 335, euros); the renewal two; bicycles none.
        let content = try await summary("Summarise memory/emails/note.md in at most 12 words in outputs/summary.md", of: Self.insurance)
        #expect(content == "The yearly price goes up from 310 to 335 euros.\n")
    }

    /// Two points of three sentences: those that carry most, in the text's order, the last
    /// with the next sentence of its paragraph, which carries a fact too.
    @Test func aSummaryInPointsKeepsThatManyPointsInTheTextsOrder() async throws {
        let content = try await summary("Sum up memory/emails/note.md in two bullet points in outputs/summary.md", of: Self.insurance)
        #expect(
            content == "- Your home insurance renews on 1 January.\n- The yearly price goes up from 310 to 335 euros. Bicycles are now covered.\n")
    }

    /// A notice's greeting and closing are left out; the sentences with dates, amounts and what
    /// the reader must do are kept, each shortened to its clauses that carry most.
    static let practice = """
        # Email from the dental practice

        Dear patient, our practice is moving to 14 Mill Street from Monday 2 March. The new building has a lift and a \
        larger waiting room, and the staff are looking forward to it. Please bring your new patient card to your next \
        appointment, because the reception will scan it. Parking on Mill Street is free for the first hour, so you can \
        leave the car outside. If you need to change an appointment, call 01632 960 111 before 10 am on the day. Thank \
        you for your patience, the practice team

        """

    @Test func aNoticeIsSummarisedByWhatItAsksAndWhen() async throws {
        let content = try await summary("Summarise memory/emails/note.md in three short lines in outputs/summary.md", of: Self.practice)
        #expect(
            content
                == "Our practice is moving to 14 Mill Street from Monday 2 March.\nPlease bring your new patient card to your next appointment.\nCall 01632 960 111 before 10 am on the day.\n"
        )
    }

    @Test func aSummaryInSentencesKeepsNoMoreThanTheTaskAsks() async throws {
        let content = try await summary("Please write a summary of memory/emails/note.md in two sentences to outputs/summary.md", of: Self.practice)
        #expect(
            content
                == "Our practice is moving to 14 Mill Street from Monday 2 March. If you need to change an appointment, call 01632 960 111 before 10 am on the day.\n"
        )
    }

    /// The sentence that says what the text is about (a word of its title, and a fact) is kept
    /// before one that only asks something of its reader.
    @Test func aSummaryKeepsTheSentenceSayingWhatTheTextIsAbout() async throws {
        let email = """
            # From the coach: the summer tournament

            Hi all,

            What a season! Thanks for all the lifts.

            The summer tournament is on Saturday 13 June at Ashton Park. Please have the kids at the main gate by 8:45 am; we kick off at 9:30. The entry fee is 6 GBP per child; please pay me in cash by Wednesday.

            Cheers,
            Darren

            """
        let content = try await summary("Summarise memory/emails/note.md in two sentences in outputs/summary.md", of: email)
        #expect(
            content
                == "The summer tournament is on Saturday 13 June at Ashton Park. Please have the kids at the main gate by 8:45 am; we kick off at 9:30.\n"
        )
        #expect(AgentLoop.lede(AgentLoop.bodySentences(email), of: email) == 1)
        #expect(AgentLoop.lede(AgentLoop.bodySentences(Self.insurance), of: Self.insurance) == nil, "a title saying only who wrote")
        #expect(AgentLoop.lede(AgentLoop.bodySentences(email), of: "no title here") == nil)
    }

    /// A limit the task's words do not state is asked of the model, from the task's numbers.
    @Test func aLimitNotStatedIsAskedAndTheSummaryIsStillTheTextsSentences() async throws {
        let content = try await summary(
            "Boil memory/emails/note.md down to 1 for outputs/summary.md", of: Self.insurance, answers: [#"{"unit": "sentences", "count": 1}"#])
        #expect(content == "The yearly price goes up from 310 to 335 euros.\n")
    }

    @Test func sentencesAreShortenedToTheClausesThatCarryMost() {
        #expect(AgentLoop.bodySentences("# T\nFrom: Graham\nHi all, the bins go out on Friday. Thanks, Graham\n") == ["The bins go out on Friday."])
        #expect(
            AgentLoop.shortened("The car park will be partly closed for their van, so please park on Elm Road while the work is going on.", words: 14)
                == "Please park on Elm Road while the work is going on."
        )
        #expect(
            AgentLoop.shortened("The gala is fun, and we hope you can come; entry is 3 EUR at the door.", words: 8) == "Entry is 3 EUR at the door.")
        #expect(AgentLoop.shortened("Short enough.", words: 8) == "Short enough.")
        // Before "so that" (fresh8 909: "… by 9 January so that we can change…").
        #expect(
            AgentLoop.shortened("Please tell Coach Marta by 9 January so that we can change the relay teams.", words: 9)
                == "Please tell Coach Marta by 9 January.")
        // A clause of under five words goes with the next.
        #expect(
            AgentLoop.clauses("On Friday 16 January, Year 5 visit the museum, so bring a coat.", atCommas: true) == [
                "On Friday 16 January, Year 5 visit the museum", "so bring a coat",
            ])
        #expect(AgentLoop.weight("Please bring a towel.") == 3 && AgentLoop.weight("It is on 3 May at 9 am.") == 6)
        #expect(AgentLoop.weight("He may be sleepy.") == 0)
    }

    /// A list of the files whose range on a line they all have holds the number the task gives
    /// (fresh12 1311: all the games were listed).
    @Test func aListKeepsTheFilesWhoseRangeHoldsTheNumberAsked() async throws {
        let games = [
            "memory/games/chess.md": "# Chess\nPlayers: 2\n", "memory/games/dixit.md": "# Dixit\nPlayers: 3–8\nAbout 30 minutes\n",
            "memory/games/catan.md": "# Catan\nPlayers: 3-4, 5–6 with the extension\n", "memory/games/just-one.md": "# Just One\nPlayers: 3 to 7\n",
        ]
        let run = try await PlanStepTests.run(
            "Which of the games in memory/games can five people play? Save the list to outputs/five.md", kind: .research, files: games,
            ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/five.md"] == "- dixit.md\n- just-one.md\n")
        #expect(AgentLoop.countAsked("List the games that 6 people can play") == 6 && AgentLoop.countAsked("List my 2025 notes") == nil)
        #expect(AgentLoop.range("4–8, in two teams") == 4...8 && AgentLoop.range("up to 6") == 1...6 && AgentLoop.range("2+") == 2...Int.max)
        #expect(AgentLoop.range("late winter") == nil && AgentLoop.range("2") == 2...2 && AgentLoop.range("2 hours a day") == nil)
    }

    /// A list keeps the files whose field (a line every file has) says a word of the task, not
    /// one of what it leaves out.
    @Test func aListKeepsTheFilesWhoseFieldSaysTheTasksWord() async throws {
        let books = [
            "memory/club/books/klara.md": "# Klara and the Sun\nStatus: discussed in January\n",
            "memory/club/books/piranesi.md": "# Piranesi\nStatus: discussed in March\n",
            "memory/club/books/overstory.md": "# The Overstory\nStatus: suggested by Femi\n",
            "memory/club/books/copperhead.md": "# Demon Copperhead\nStatus: up next, for the May meeting\n",
        ]
        let task =
            "Please save the books in memory/club/books we've already discussed to outputs/discussed.md; leave out the one coming up in May and anything only suggested."
        let run = try await PlanStepTests.run(task, kind: .research, files: books, ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/discussed.md"] == "- klara.md\n- piranesi.md\n")
        let texts = Dictionary(uniqueKeysWithValues: books.map { (String($0.key.split(separator: "/").last!), $0.value) })
        #expect(AgentLoop.byField("List the books in memory/club/books", texts) == nil, "no word of a status")
        #expect(AgentLoop.byField("List the books that are suggested or discussed", texts)?.count == 3)
    }

    @Test func theLimitATasksWordsStateIsFoundByCode() {
        typealias L = AgentLoop.SummaryLimit
        #expect(AgentLoop.statedLimit("Make a 3-point summary of the meeting notes in outputs/points.md") == L(unit: .points, count: 3))
        #expect(AgentLoop.statedLimit("Summarise memory/meeting.md as bullet points in outputs/m.md") == L(unit: .points, count: 5))
        #expect(AgentLoop.statedLimit("Write a one-line summary of memory/a.md into outputs/b.md") == L(unit: .lines, count: 1))
        // Numbers past ten in words.
        #expect(AgentLoop.statedLimit("Sum it up in sixty words or fewer") == L(unit: .words, count: 60))
        #expect(AgentLoop.statedLimit("in no more than sixty-five words") == L(unit: .words, count: 65))
        #expect(AgentLoop.statedLimit("keep it under a hundred words") == L(unit: .words, count: 100))
        #expect(AgentLoop.statedLimit("two hundred and fifty words at most") == L(unit: .words, count: 250))
        #expect(AgentLoop.statedLimit("twelve short lines") == L(unit: .lines, count: 12))
        #expect(AgentLoop.statedLimit("Tell me in 25 words or fewer what memory/a.md says") == L(unit: .words, count: 25))
        #expect(AgentLoop.statedLimit("Summarise memory/a.md in two sentences to outputs/2-words.md") == L(unit: .sentences, count: 2))
        // A path's words are no unit; no unit said: the model is asked.
        #expect(AgentLoop.statedLimit("Summarise memory/3/points.md into outputs/summary.md") == nil)
        // "A few" is four, "a couple" two; a date's number is no count ("on the 27th").
        #expect(AgentLoop.statedLimit("We leave on the 27th; sum up memory/a.md in a few short lines") == L(unit: .lines, count: 4))
        #expect(AgentLoop.statedLimit("Give me a couple of points from memory/a.md") == L(unit: .points, count: 2))
        #expect(AgentLoop.statedLimit("Few people read memory/a.md; summarise it") == nil)
        // "A handful", "several": five (fresh9 1009 context: asked, the model answered 1 word).
        #expect(AgentLoop.statedLimit("Write a short summary, just a handful of lines on when it's off") == L(unit: .lines, count: 5))
        #expect(AgentLoop.statedLimit("Sum it up in several short points") == L(unit: .points, count: 5))
    }

    /// A task whose words ask for a summary or the gist is one, whatever the action first
    /// answered (planned as an extract, the folder's files were listed).
    @Test func theGistOfAFilePlannedAsAnExtractIsASummary() async throws {
        let task = "Could you give me the gist of the insurance email in a few short lines, saved as outputs/insurance.md?"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/emails/insurance.md": Self.insurance],
            ScriptedModel([.text(#"{"action": "extract"}"#), .text(#"{"files": ["memory/emails/insurance.md"]}"#)]))
        // "A few short lines": four at most, of the email's three sentences. (The email is asked
        // for: outputs/insurance.md, where the summary goes, does not name it.)
        let all = "Your home insurance renews on 1 January.\nThe yearly price goes up from 310 to 335 euros.\nBicycles are now covered.\n"
        #expect(run.outcome.record.status == .done && run.requests.count == 2)
        #expect(run.files["outputs/insurance.md"] == all)
        #expect(AgentLoop.asksSummary("Please sum up my notes") && !AgentLoop.asksSummary("Add up the sum of the amounts in memory/a.md"))
        // Other words for one (fresh8 909 request: "what we actually need to know", planned as an extract).
        #expect(AgentLoop.asksSummary("Would you pick out what we actually need to know from the club's email?"))
        #expect(AgentLoop.asksSummary("A quick recap of memory/a.md, please") && AgentLoop.asksSummary("Just the key points of the letter"))
        #expect(!AgentLoop.asksSummary("I need the dates from memory/a.md") && !AgentLoop.asksSummary("Tell me what you know about memory/a.md"))
        // Planned as a conversion (fresh9 1009 request): a summary too.
        let boiled = try await PlanStepTests.run(
            "The insurance sent a long email (memory/emails/insurance.md). Could you boil it down to a few short lines and save them as outputs/insurance.md?",
            kind: .research, files: ["memory/emails/insurance.md": Self.insurance], ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(boiled.outcome.record.status == .done && boiled.files["outputs/insurance.md"] == all)
    }

    @Test func anAnswerOutsideTheEnumLeavesTheTaskToTheFreeLoop() async throws {
        let task = "Give me a short summary of memory/emails/insurance.md in outputs/insurance-summary.md"
        try await derived(
            task, TaskPlan(action: .summarise, files: ["memory/emails/insurance.md"]), files: ["memory/emails/insurance.md": Self.insurance],
            answers: [#"{"unit": "words", "count": 100}"#]
        ) { calls, model in
            #expect(calls == nil)
            #expect(model.requests.count == 1)
        }
    }

    @Test func anExtractionIsTheToolsWithTheKindTheModelChose() async throws {
        let fair = "Met Tom (tom@example.org) and Ana (ana@example.com).\n"
        let task = "Could you pull the contacts out of memory/fair.md and list them in outputs/emails.md?"
        try await derived(
            task, TaskPlan(action: .extract, files: ["memory/fair.md"]), files: ["memory/fair.md": fair], answers: [#"{"what": "emails"}"#]
        ) {
            calls, model in
            #expect(calls?.map(\.name) == ["extract_from_file"])
            #expect(calls.map { $0.map(Self.arguments) } == [["from": "memory/fair.md", "what": "emails", "to": "outputs/emails.md"]])
            // The money first in the enum: after "numbers", the model took amounts for numbers.
            let what = (model.schema(0)?["properties"] as? [String: Any])?["what"] as? [String: Any]
            #expect((what?["enum"] as? [String])?.first == "amounts of money")
        }
    }

    /// The kind the task's words name is taken without a question ("the prices … quoted" is
    /// money; asked, the model chose "emails" for fence quotes), and a list of such items
    /// "out of" a note is an extraction (planned as a list, the folder's files were listed).
    @Test func theKindTheTaskNamesIsTakenAndAListOutOfANoteIsAnExtraction() async throws {
        #expect(AgentLoop.statedKind("Extract the three quotes with who quoted and the price") == "amounts of money")
        #expect(AgentLoop.statedKind("Pull the e-mail addresses out of memory/fair.md") == "emails")
        #expect(AgentLoop.statedKind("Collect the web addresses in my reading notes") == "links")
        #expect(AgentLoop.statedKind("List every birthday in memory/family.md") == "dates")
        #expect(AgentLoop.statedKind("Pull the dates and prices out of memory/a.md") == nil, "two kinds: asked")
        #expect(AgentLoop.outOfAFile("pull the prices out of my boiler note") && AgentLoop.outOfAFile("the dates from memory/a.md"))
        #expect(!AgentLoop.outOfAFile("list the files from my inbox folder"))
        // Further in, "through" a letter, "in" an email; not "in" a path, nor a notes folder (fresh10 1110).
        #expect(AgentLoop.outOfAFile("pick out the class dates from the pottery course's welcome letter"))
        #expect(AgentLoop.outOfAFile("they're scattered through the college's welcome letter"))
        #expect(AgentLoop.outOfAFile("list the dates in Gwen's long email"))
        #expect(!AgentLoop.outOfAFile("list the date of every class in outputs/dates.md"))
        #expect(!AgentLoop.outOfAFile("list the files in my notes folder") && !AgentLoop.outOfAFile("list the files from my notes folder"))
        let boiler = "# Boiler\nAce Heating quoted 1,200 euros. Bob's Plumbing quoted 950 euros.\n"
        let task = "Can you pull the prices the two plumbers quoted out of my boiler note and list them in outputs/prices.md?"
        let run = try await PlanStepTests.run(
            task, files: ["memory/boiler.md": boiler, "memory/garden.md": "# Garden\n"],
            ScriptedModel([.text(#"{"action": "list"}"#), .text(#"{"files": ["memory/boiler.md"]}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 2)
        let listed = try #require(run.files["outputs/prices.md"])
        #expect(listed.contains("1,200 euros") && listed.contains("950 euros"), "\(listed)")
    }

    /// The items the task qualifies ("the dates of the classes", "the class dates") are those
    /// whose sentence names the qualifier, not after a "no": the break and the fee deadline are
    /// left out (fresh10 1110 listed all seven dates). Unqualified, every item; and when no
    /// sentence names it, every item too.
    @Test func qualifiedItemsAreThoseWhoseSentenceNamesTheQualifier() async throws {
        #expect(AgentLoop.qualifiers("Extract the dates of the classes from memory/p/letter.md", kind: "dates") == ["classes"])
        #expect(AgentLoop.qualifiers("Could you pick out the class dates from the letter?", kind: "dates") == ["class"])
        #expect(AgentLoop.qualifiers("Please list the date of every class in outputs/d.md", kind: "dates") == ["class"])
        #expect(AgentLoop.qualifiers("Pull all the dates out of memory/a.md", kind: "dates").isEmpty)
        // Not from a sentence saying what to leave out.
        #expect(
            AgentLoop.qualifiers(
                "I want the class dates in my calendar. The week off isn't a class and the fee deadline isn't one either, so leave those out.",
                kind: "dates") == ["class"])
        #expect(AgentLoop.qualifiers("Pull the e-mail addresses out of memory/fair.md", kind: "emails").isEmpty)
        let letter =
            "# Welcome\n\nClasses run on Wednesdays. The first class is on 14 January, and then we meet on 21 January. "
            + "There is no class on 4 February because of half term. The last class is on 18 February. Please pay the fee by 9 January.\n"
        let all = ["14 January", "21 January", "4 February", "18 February", "9 January"]
        #expect(AgentLoop.only(all, saying: ["classes"], in: letter) == ["14 January", "21 January", "18 February"])
        #expect(AgentLoop.only(all, saying: [], in: letter) == all)
        #expect(AgentLoop.only(all, saying: ["concerts"], in: letter) == all, "no sentence names it: every item")
        let run = try await PlanStepTests.run(
            "Extract the dates of the classes from memory/pottery/letter.md into outputs/class-dates.md, one date per line",
            files: ["memory/pottery/letter.md": letter], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["outputs/class-dates.md"] == "- 14 January\n- 21 January\n- 18 February\n")
    }

    /// Someone's actions out of minutes are the clauses in which they are to do something,
    /// from their name on, other people's clauses left out; asked for by name or by "I'm Ravi …
    /// my actions" (fresh11 1210: planned as a list of the folder, or asked as phone numbers).
    @Test func someonesActionsAreTheClausesInWhichTheyAreToDoSomething() async throws {
        let minutes = """
            # May meeting
            Present: Helen (chair), Marcus, Ravi and others. Ravi thanked Helen for the plant sale.
            Lights: the one outside number 12 is out. Ravi will ask the council to repair it.
            Fair: held on 12 July. Ravi is to book the hall, and Joan will run the cake stall.
            Bins: Marcus agreed to chase the landlord.

            """
        #expect(AgentLoop.actions(of: "Ravi", in: minutes) == ["Ravi will ask the council to repair it", "Ravi is to book the hall"])
        #expect(AgentLoop.actionsOf("Extract Ravi's action points from memory/r/may.md into outputs/a.md") == "Ravi")
        #expect(AgentLoop.actionsOf("I'm Ravi. Could you pull out just the things I said I'd do at the May meeting?") == "Ravi")
        #expect(AgentLoop.actionsOf("I'm Ravi and I'd like a list of the files in memory/r") == nil)
        #expect(AgentLoop.actionsOf("Extract the dates from Ravi's letter") == nil)
        let run = try await PlanStepTests.run(
            "I'm Ravi. Please go through memory/residents/minutes-may.md and list only my actions in outputs/my-actions.md, one per line.",
            files: ["memory/residents/minutes-may.md": minutes], ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 1)
        #expect(run.files["outputs/my-actions.md"] == "- Ravi will ask the council to repair it\n- Ravi is to book the hall\n")
    }

    /// Items asked for with whose they are ("each person with their date"): each item's label
    /// asked with the sentence it is in, a possessive dropped, written "label: item"; a label
    /// not in its sentence leaves the task to the free loop.
    @Test func itemsAskedWithWhoseTheyAreAreLabelledFromTheirSentence() async throws {
        let news =
            "# News\nAunt Rosa rang to say she turns 70 on 14 February. Little Leo loves nursery; his birthday is on 2 March.\nGrandpa Joe's is 19 July.\n"
        let task = "Pick the birthdays out of memory/news.md into outputs/birthdays.md, each person with their date on one line"
        let plan = TaskPlan(action: .extract, files: ["memory/news.md"])
        try await derived(
            task, plan, files: ["memory/news.md": news],
            answers: [#"{"label": "Aunt Rosa"}"#, #"{"label": "Little Leo"}"#, #"{"label": "Grandpa Joe's"}"#]
        ) { calls, model in
            #expect(calls?.map(\.name) == ["read_file", "write_file"])
            #expect(
                calls.map { Self.arguments($0[1]) }
                    == ["path": "outputs/birthdays.md", "content": "- Aunt Rosa: 14 February\n- Little Leo: 2 March\n- Grandpa Joe: 19 July\n"])
            // The kind is the task's ("birthdays": dates), not asked; each label asked with its
            // own sentence, not the file (the second's runs past the ";").
            #expect(model.requests.count == 3)
            #expect(model.prompt(1)?.user == "Little Leo loves nursery; his birthday is on 2 March.")
            #expect(model.prompt(2)?.user == "Grandpa Joe's is 19 July.")
        }
        try await derived(
            task, plan, files: ["memory/news.md": news], answers: [#"{"label": "Aunt Mabel"}"#]
        ) { calls, _ in
            #expect(calls == nil, "a label the sentence does not have")
        }
        // The whole loop: the labelled list is written, not refused for extract_from_file's
        // (which cannot label; before, the write was refused and the items went unlabelled).
        let run = try await PlanStepTests.run(
            task, files: ["memory/news.md": news],
            ScriptedModel([
                .text(#"{"action": "extract"}"#), .text(#"{"label": "Aunt Rosa"}"#), .text(#"{"label": "Leo"}"#),
                .text(#"{"label": "Grandpa Joe"}"#),
            ]))
        #expect(run.outcome.record.status == .done && run.outcome.changed == ["outputs/birthdays.md"])
        #expect(run.files["outputs/birthdays.md"] == "- Aunt Rosa: 14 February\n- Leo: 2 March\n- Grandpa Joe: 19 July\n")
        #expect(AgentLoop.asksWhose("Extract everyone's birthday from a.md into b.md"))
        #expect(AgentLoop.asksWhose("list the deadlines in a.md with what each is for"))
        #expect(!AgentLoop.asksWhose("Pull the email addresses out of a.md into b.md"))
        #expect(AgentLoop.label("the date", item: "2 March", sentence: "the date is 2 March") == "the date")
        #expect(AgentLoop.label("2 March", item: "2 March", sentence: "Leo: 2 March") == nil)
    }

    /// What someone recommends leaves out what they warned against, by the sentence each item
    /// is in (fresh12 1310: the roofer to avoid was listed with the others).
    @Test func anItemWarnedAgainstIsLeftOutOfWhatIsRecommended() async throws {
        let tips =
            "# Tips\nFor the boiler, Ana swears by Tom Reyes (07700 900101). Avoid the locksmith, Ray Kane (07700 900202): he overcharged her. Her cleaner is Lia Moss, 07700 900303.\n"
        let task = "Extract the name and phone number of each tradesperson Ana recommends in memory/tips.md into outputs/people.md"
        try await derived(
            task, TaskPlan(action: .extract, files: ["memory/tips.md"]), files: ["memory/tips.md": tips],
            answers: [#"{"label": "Tom Reyes"}"#, #"{"label": "Lia Moss"}"#]
        ) { calls, model in
            #expect(model.requests.count == 2)
            #expect(calls.map { Self.arguments($0[1])["content"] } == "- Tom Reyes: 07700 900101\n- Lia Moss: 07700 900303\n")
        }
        #expect(AgentLoop.asksRecommended("Skip anyone she warned me off") && !AgentLoop.asksRecommended("List the numbers in a.md"))
    }

    @Test func aListOfTheFolderTheTaskNamesIsWrittenByCode() async throws {
        let files = ["memory/music/blue-moon.txt": "x\n", "memory/music/autumn.txt": "y\n", "memory/music-wishlist.md": "- z\n"]
        try await derived(
            "Save the list of files in memory/music to outputs/songs.md", TaskPlan(action: .list, files: []), files: files, answers: []
        ) { calls, model in
            #expect(calls?.map(\.name) == ["list_files", "write_file"])
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["folder": "memory/music"], ["path": "outputs/songs.md", "content": "- autumn.txt\n- blue-moon.txt\n"],
                ])
            // Nothing to ask: the folder is named and holds one ending.
            #expect(model.requests.isEmpty)
        }
    }

    /// "Newest first", "with the latest one at the top": the files by the dates in their names,
    /// newest first, those without a date left out; "leave it off" leaves a file out (fresh9
    /// 1011: listed oldest first, with the subscription note, in all three wordings).
    @Test func aListInDateOrderIsByTheDatesInTheNames() async throws {
        let files = [
            "memory/news/2025-11.md": "a\n", "memory/news/2025-12.md": "b\n", "memory/news/2026-01.md": "c\n",
            "memory/news/how-to-subscribe.md": "d\n",
        ]
        for task in [
            "List the dated newsletters in memory/news in outputs/news.md, newest first, one per line",
            "Could you save a list of the newsletters I've kept in memory/news to outputs/news.md, with the latest one at the top?",
        ] {
            try await derived(task, TaskPlan(action: .list, files: []), files: files, answers: []) { calls, _ in
                #expect(
                    calls.map { $0.map(Self.arguments) }?.last == [
                        "path": "outputs/news.md", "content": "- 2026-01.md\n- 2025-12.md\n- 2025-11.md\n",
                    ],
                    "\(task)")
            }
        }
        let off = "Please list the files in memory/news in outputs/news.md. The note about how to subscribe isn't an issue, so leave it off."
        try await derived(off, TaskPlan(action: .list, files: []), files: files, answers: []) { calls, _ in
            #expect(calls.map { $0.map(Self.arguments) }?.last?["content"] == "- 2025-11.md\n- 2025-12.md\n- 2026-01.md\n")
        }
        // Planned as an append (fresh9 1011 request and context): the task's words ask for a list.
        for task in [
            "Could you save a list of the newsletters I've kept in memory/news to outputs/news.md, with the latest one at the top?",
            "They're in memory/news, one file per month; please write them to outputs/news.md, one per line, with the most recent first.",
        ] {
            let run = try await PlanStepTests.run(task, files: files, ScriptedModel([.text(#"{"action": "append"}"#)]))
            #expect(run.outcome.record.status == .done && run.files["outputs/news.md"] == "- 2026-01.md\n- 2025-12.md\n- 2025-11.md\n", "\(task)")
            #expect(run.files["memory/news/how-to-subscribe.md"] == "d\n")
        }
        // Each with its title (fresh10 1111: the names alone).
        let titled = [
            "memory/pod/ep01.md": "# Ep 1: Beginnings\ntext\n", "memory/pod/ep02.md": "\n## Ep 2: The middle\n", "memory/pod/ideas.md": "- guests\n",
        ]
        let titles = "Could you make me a list of the files in memory/pod, each with the title from its first line, and save it as outputs/eps.md?"
        try await derived(titles, TaskPlan(action: .list, files: []), files: titled, answers: []) { calls, _ in
            #expect(
                calls.map { $0.map(Self.arguments) }?.last?["content"]
                    == "- ep01.md: Ep 1: Beginnings\n- ep02.md: Ep 2: The middle\n- ideas.md: - guests\n")
        }
        #expect(!AgentLoop.asksFolderList("Add milk to my list in memory/shopping.md"))
        #expect(AgentLoop.asksFolderList("Write the files in memory/news to outputs/a.md, one per line"))
        #expect(AgentLoop.dateOrder("oldest first, please") == false && AgentLoop.dateOrder("in date order") == false)
        #expect(AgentLoop.dateOrder("the most recent one first") == true && AgentLoop.dateOrder("list the latest newsletters") == nil)
        #expect(AgentLoop.dateKey("minutes-2025-11-18.md") == [2025, 11, 18] && AgentLoop.dateKey("20260115.txt") == [2026, 1, 15])
        #expect(AgentLoop.dateKey("march-2026.md") == [2026, 3, 0] && AgentLoop.dateKey("2025-nov-3.md") == [2025, 11, 3])
        #expect(AgentLoop.dateKey("marketing-2026.md") == [2026, 0, 0] && AgentLoop.dateKey("notes.md") == nil)
        #expect(
            AgentLoop.byDate(["april-2026.md", "march-2026.md", "feb-2025.md"], newestFirst: false) == [
                "feb-2025.md", "march-2026.md", "april-2026.md",
            ])
        #expect(AgentLoop.byDate(["b.md", "2026-01.md"], newestFirst: true) == ["b.md", "2026-01.md"], "one dated: as it was")
        // No dates in the names: the date inside each file, soonest first (fresh11 1211).
        let tickets = [
            "memory/tickets/jazz.md": "# Jazz\nDate: 6 June 2026\n", "memory/tickets/opera.md": "# Opera\nOn 2 May 2026, doors at 7\n",
            "memory/tickets/folk.md": "# Folk\nDate: 14 February 2026\nWent: yes\n", "memory/tickets/notes.md": "Seats near the front\n",
        ]
        let gigs = "Could you list the gig tickets in memory/tickets by the date of each gig, soonest first, and save it as outputs/gigs.md?"
        try await derived(gigs, TaskPlan(action: .list, files: []), files: tickets, answers: []) { calls, _ in
            #expect(calls.map { $0.map(Self.arguments) }?.last?["content"] == "- folk.md\n- opera.md\n- jazz.md\n")
        }
        #expect(AgentLoop.dateKey(inText: "Doors at 7.\nDate: 6 June 2026\n") == [2026, 6, 6])
        #expect(AgentLoop.dateKey(inText: "on 14 February, then") == [0, 2, 14] && AgentLoop.dateKey(inText: "no date") == nil)
        #expect(AgentLoop.dateOrder("in the order the gigs happen, soonest first") == false)
    }

    /// "A list of the trip folders", "the subfolders of …, without the files": the folders, by
    /// name (before, every file under them was listed).
    @Test func aListOfFoldersIsTheFoldersByName() async throws {
        let files = ["memory/hikes/2024-snowdon/route.md": "x\n", "memory/hikes/2025-skye/kit.md": "y\n", "memory/hikes/boots.md": "z\n"]
        for task in [
            "Save a list of the subfolders of memory/hikes to outputs/trips.md, one per line, without the files",
            "Could you make me a list of the trip folders I've got under memory/hikes? Just the folder names, saved as outputs/trips.md.",
        ] {
            try await derived(task, TaskPlan(action: .list, files: []), files: files, answers: []) { calls, _ in
                #expect(
                    calls.map { $0.map(Self.arguments) }?.last == ["path": "outputs/trips.md", "content": "- 2024-snowdon\n- 2025-skye\n"], "\(task)")
            }
        }
        #expect(!AgentLoop.asksForFolders("List the files in memory/manuals, without its archive subfolder, in outputs/manuals.md"))
        #expect(!AgentLoop.asksForFolders("List the files in my folders"))
        // Folders the listed files are in (fresh8 911, both models: "- guitar", "- piano").
        #expect(
            !AgentLoop.asksForFolders(
                "Could you make me a list of all the sheet music I've got in memory/sheet-music, including what's in the piano and guitar folders inside it?"
            ))
        #expect(
            !AgentLoop.asksForFolders("Please write every piece there, some loose and some sorted into piano and guitar subfolders, one per line."))
        #expect(AgentLoop.asksForFolders("Could you make me a list of the trip folders I've got under memory/hikes?"))
    }

    /// The files the task leaves out are not listed ("not the answer sheets", "without
    /// pupils.md"; before, every file of the folder was, and the task ended done).
    @Test func aListLeavesOutTheFilesTheTaskExcludes() async throws {
        let files = [
            "memory/tutoring/fractions.md": "x\n", "memory/tutoring/fractions-answers.md": "y\n", "memory/tutoring/pupils.md": "z\n",
            "memory/tutoring/decimals.md": "w\n",
        ]
        try await derived(
            "List the worksheets in memory/tutoring in outputs/worksheets.md, not the answer sheets and without pupils.md",
            TaskPlan(action: .list, files: []), files: files, answers: []
        ) { calls, _ in
            #expect(calls.map { Self.arguments($0[1]) } == ["path": "outputs/worksheets.md", "content": "- decimals.md\n- fractions.md\n"])
        }
        #expect(AgentLoop.leftOut("List my notes; do not touch anything else", among: Array(files.keys)).isEmpty)
        #expect(AgentLoop.leftOut("List the drafts, except the old ones", among: ["a/old-plan.md", "a/new-plan.md"]) == ["a/old-plan.md"])
    }

    @Test func aFolderOfSeveralEndingsAsksWhichAndAnUnnamedFolderIsAskedWithoutTheOutputs() async throws {
        let files = ["temp/data/a.csv": "1\n", "temp/data/b.txt": "2\n", "temp/data/c.csv": "3\n", "outputs/old.md": "x\n"]
        try await derived(
            "Write the names of the files I keep for work into outputs/sheets.md", TaskPlan(action: .list, files: []), files: files,
            answers: [#"{"folder": "temp/data"}"#, #"{"ending": ".csv"}"#]
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [["folder": "temp/data"], ["path": "outputs/sheets.md", "content": "- a.csv\n- c.csv\n"]])
            let folder = (model.schema(0)?["properties"] as? [String: Any])?["folder"] as? [String: Any]
            #expect((folder?["enum"] as? [String]).map { !$0.contains("outputs") && $0.contains("temp/data") } == true)
            let ending = (model.schema(1)?["properties"] as? [String: Any])?["ending"] as? [String: Any]
            #expect((ending?["enum"] as? [String]) == ["all", ".csv", ".txt"])
        }
    }

    @Test func theFilesOfTheTypeTheTaskNamesAreListedWithoutAQuestion() async throws {
        let files = [
            "temp/data/a.csv": "1\n", "temp/data/b.txt": "2\n", "temp/data/c.xlsx": "3\n", "memory/notes/d.md": "x\n", "memory/notes/e.txt": "y\n",
        ]
        // The folder named, its spreadsheets of two endings.
        try await derived(
            "Could you list only my spreadsheets in temp/data in outputs/sheets.md?", TaskPlan(action: .list, files: []), files: files,
            answers: []
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [["folder": "temp/data"], ["path": "outputs/sheets.md", "content": "- a.csv\n- c.xlsx\n"]])
            #expect(model.requests.isEmpty)
        }
        // No folder named: the one folder that holds spreadsheets.
        try await derived("Write the names of my spreadsheets into outputs/sheets.md", TaskPlan(action: .list, files: []), files: files, answers: [])
        { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [["folder": "temp/data"], ["path": "outputs/sheets.md", "content": "- a.csv\n- c.xlsx\n"]])
            #expect(model.requests.isEmpty)
        }
        // Markdown files are in several folders: the folder is asked, the ending is not.
        try await derived(
            "Put the names of the markdown notes into outputs/notes-index.md", TaskPlan(action: .list, files: []), files: files,
            answers: [#"{"folder": "memory/notes"}"#]
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) } == [["folder": "memory/notes"], ["path": "outputs/notes-index.md", "content": "- d.md\n"]])
            #expect(model.requests.count == 1)
        }
    }

    @Test func aConversionIsConvertFileToThePathTheTaskNames() async throws {
        try await derived(
            "Convert temp/scores.csv into a Markdown table in outputs/scores.md", TaskPlan(action: .convert, files: ["temp/scores.csv"]),
            files: ["temp/scores.csv": "a,b\n1,2\n"], answers: []
        ) { calls, _ in
            #expect(calls.map { $0.map(\.name) } == ["convert_file"])
            #expect(calls.map { $0.map(Self.arguments) } == [["from": "temp/scores.csv", "to": "outputs/scores.md"]])
        }
        // Each thing with a list of its own: the values as lists.
        try await derived(
            "Convert memory/keys.md to JSON in outputs/keys.json, mapping each door to a list of the people with its key",
            TaskPlan(action: .convert, files: ["memory/keys.md"]), files: ["memory/keys.md": "- Front: Ann, Tom\n"], answers: []
        ) { calls, _ in
            #expect(calls.map { $0.map(Self.arguments) } == [["from": "memory/keys.md", "to": "outputs/keys.json", "values": "lists"]])
        }
        #expect(!AgentLoop.asksLists("Convert my list of wines in memory/wines.md to JSON"))
        #expect(AgentLoop.asksLists("Please give each lock with a list of the people who have a key."))
    }

    @Test func aSkillsFrontMatterAndNumberedStepsAreWrittenByCode() async throws {
        let task = "Could you write me a skill called thank-you-note (in skills/thank-you-note/SKILL.md) with the steps for a thank-you note?"
        let answer =
            #"{"name": "thank-you-note", "description": "Write a thank-you note: short and warm.", "steps": ["1. Name the present.", "", "**Say** thank you."]}"#
        try await derived(task, TaskPlan(action: .skill, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"], answers: [answer]) {
            calls, _ in
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    [
                        "path": "skills/thank-you-note/SKILL.md",
                        "content":
                            "---\nname: thank-you-note\ndescription: \"Write a thank-you note: short and warm.\"\n---\n# Thank you note\n\nWrite a thank-you note: short and warm.\n\n1. Name the present.\n2. Say thank you.\n",
                    ]
                ])
        }
    }

    /// The body has the model's whole description; the front matter its first sentence, at
    /// most 120 characters cut at a word's end (before, both were cut there and lost the task's
    /// last requirement).
    @Test func aSkillsBodyHasTheWholeDescription() async throws {
        let task = "Write a skill at skills/minutes/SKILL.md, named minutes, for writing up minutes as memory/minutes/<date>.md"
        let long =
            "Writes up rough minutes as memory/minutes/<date>.md with a Decisions section first and an Actions section after it, giving each action its owner. Keep it short."
        let answer = JSONValue.object([
            "name": .string("minutes"), "description": .string(long),
            "steps": .array([.string("Save the write-up under the meeting's date."), .string("List the decisions, then the actions.")]),
        ]).jsonText
        try await derived(task, TaskPlan(action: .skill, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"], answers: [answer]) {
            calls, _ in
            let content = try #require(calls?.first.map(Self.arguments)?["content"])
            #expect(content.contains("\n\n" + long + "\n\n1. Save the write-up"), "\(content)")
            // Cut at a word's end, the comma before it dropped.
            let cut = "Writes up rough minutes as memory/minutes/<date>.md with a Decisions section first and an Actions section after it"
            #expect(content.contains("description: \"" + cut + "\"\n"), "\(content)")
        }
    }

    /// The files a skill works on are written by their paths, and a file its steps leave out
    /// comes in the person's own sentence (measured: "Open the fuel-log.csv file", and a skill
    /// that never said which file).
    @Test func aSkillSaysTheFilesItWorksOnByTheirPaths() async throws {
        let task =
            "Could you set up a fuel-log skill? Whenever I fill up the car, it should add a line to memory/car/fuel-log.csv with the date and litres."
        for (steps, said) in [
            (#"["Open the fuel-log.csv file.", "Add the date and the litres.", "Save the file now."]"#, false),
            (#"["Ask for the date and litres.", "Write them as a new line.", "Check the line is there."]"#, true),
        ] {
            try await derived(
                task, TaskPlan(action: .skill, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"],
                answers: [#"{"name": "fuel-log", "description": "Log a fill-up.", "steps": "# + steps + "}"]
            ) { calls, _ in
                let content = try #require(calls?.first).map(Self.arguments)?["content"] ?? ""
                #expect(content.contains("memory/car/fuel-log.csv"))
                #expect(content.contains("1. Open the memory/car/fuel-log.csv file.") == !said)
                #expect(
                    content.contains("\n\nWhenever I fill up the car, it should add a line to memory/car/fuel-log.csv with the date and litres.")
                        == said)
            }
        }
        // Not inside another name (fresh9 1013: "memory-freezer.md" became "memory-memory/freezer.md").
        #expect(
            AgentLoop.withPaths("Read the memory-freezer.md file, then freezer.md.", ["memory/freezer.md"])
                == "Read the memory-freezer.md file, then memory/freezer.md.")
        // Cut short to a folder above it: the whole path (fresh11 1213: "in outputs/." for outputs/replies/).
        #expect(AgentLoop.withPaths("Save the draft in outputs/.", ["outputs/replies/"]) == "Save the draft in outputs/replies/.")
        #expect(AgentLoop.withPaths("Draft polite replies.", ["outputs/replies/"]) == "Draft polite replies.", "a folder's name is a word")
        // The steps a task lists (fresh11 1213: "thank" was left out of the model's).
        #expect(
            AgentLoop.listedSteps(
                "Could you write me a skill called decline-invitation? It should thank the person, decline kindly without a long excuse, offer to meet up another time, and save the draft in outputs/replies."
            ) == ["thank the person", "decline kindly without a long excuse", "offer to meet up another time", "save the draft in outputs/replies"])
        #expect(AgentLoop.listedSteps("Write a skill that reads memory/a.md, lists what expired and adds each to memory/b.md") == nil)
        #expect(
            AgentLoop.withPaths("Read memory/notes.md, then save to outputs/.", ["outputs/replies/", "memory/notes.md"])
                == "Read memory/notes.md, then save to outputs/replies/.")
        // A description longer than 120 characters is cut at a word's end (fresh9 1013: "… come off the l").
        let long = "A skill that helps you cook meals using the oldest things first, and when you've used something it should come off the list."
        #expect(
            Coaching.firstSentence(long)
                == "A skill that helps you cook meals using the oldest things first, and when you've used something it should come off the")
    }

    @Test func aSkillTakesTheNameAndFolderTheTaskGives() async throws {
        let steps = #""steps": ["Sort the notes by topic.", "Merge the duplicate notes.", "Archive the old notes."]"#
        let task = "Write a skill in skills/tidy-memory/SKILL.md named tidy-notes, with a description, that explains how to tidy a notes folder"
        try await derived(
            task, TaskPlan(action: .skill, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"],
            answers: [#"{"name": "tidy-memory", "description": "Tidy a notes folder. It helps.", "# + steps + "}"]
        ) { calls, _ in
            let args = try #require(calls?.first).map(Self.arguments) ?? [:]
            #expect(args["path"] == "skills/tidy-memory/SKILL.md")
            // The name the task gives, not the model's; the description's first sentence.
            #expect(args["content"]?.hasPrefix("---\nname: tidy-notes\ndescription: Tidy a notes folder.\n---\n") == true)
        }
        // A folder named, no name given: the folder's name.
        try await derived(
            "Could you put a skill for packing a suitcase in skills/packing/?", TaskPlan(action: .skill, files: []), kind: .code,
            files: ["skills/README.md": "Skills.\n"], answers: [#"{"name": "pack-suitcase", "description": "Pack a suitcase.", "# + steps + "}"]
        ) { calls, _ in
            let args = try #require(calls?.first).map(Self.arguments) ?? [:]
            #expect(args["path"] == "skills/packing/SKILL.md")
            #expect(args["content"]?.hasPrefix("---\nname: packing\n") == true)
        }
    }

    @Test func aShellScriptWithNoPathIsNamedParsedAndAskedAgainOnceWhenItDoesNotParse() async throws {
        let task = "Could you make me a small bash script that prints the five biggest files in the folder given as its first argument?"
        let broken = "if [ -z \"$1\" ]; then\n  echo \"usage: $0 FOLDER\"\n  exit 1\n"
        let fixed = "#!/bin/bash\nif [ -z \"$1\" ]; then\n  echo \"usage: $0 FOLDER\"\n  exit 1\nfi\ndu -a \"$1\" | sort -rn | head -n 5\n"
        try await derived(
            task, TaskPlan(action: .script, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"],
            answers: [
                #"{"name": "biggest-files"}"#, JSONValue.object(["code": .string(broken)]).jsonText,
                JSONValue.object(["code": .string(fixed)]).jsonText,
            ]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "outputs/biggest-files.sh", "content": fixed]])
            // Asked again with the first code and what bash said of it.
            #expect(model.requests.count == 3)
            #expect(model.prompt(2)?.user.contains("is not right (") == true)
            #expect(model.prompt(2)?.user.contains(broken) == true)
        }
        // Twice code that does not parse: the free loop goes on.
        try await derived(
            "Write a shell script that sorts the lines of a file", TaskPlan(action: .script, files: []), kind: .code,
            files: ["skills/README.md": "Skills.\n"],
            answers: [#"{"name": "sort-lines"}"#]
                + Array(repeating: JSONValue.object(["code": .string("#!/bin/sh\nfor x in a; do\n echo $x\n")]).jsonText, count: 2)
        ) { calls, model in
            #expect(calls == nil)
            #expect(model.requests.count == 3)
        }
    }

    /// A shell script is asked as its commands, and may be one; code makes its paths the
    /// workspace's and ends a `find -exec` the JSON reply could not (measured: "source x.sh",
    /// "find /memory/ … -exec ls -l {}").
    @Test func aShellScriptIsItsCommandsMendedByCode() async throws {
        try await derived(
            "Write a shell script memory/tools/recent.sh that prints every file under memory/ changed in the last 7 days",
            TaskPlan(action: .script, files: []), kind: .fileops, files: ["memory/tools/README.md": "Tools.\n"],
            answers: [JSONValue.object(["code": .string("find /path/to/memory/ -type f -mtime -7 -exec ls -l {}")]).jsonText]
        ) { calls, model in
            #expect(
                calls.map { $0.map(Self.arguments) }
                    == [["path": "memory/tools/recent.sh", "content": "#!/bin/sh\nfind memory/ -type f -mtime -7 -exec ls -l {} \\;\n"]])
            #expect(model.prompt(0)?.system.contains("Write the commands of the script") == true)
        }
        #expect(AgentLoop.mendedShell("du -sh /memory/* | sort -h\nls /outputs") == "du -sh memory/* | sort -h\nls outputs")
        #expect(AgentLoop.mendedShell("cat /etc/hosts /memoryx") == "cat /etc/hosts /memoryx")
    }

    /// A new script the task names, planned as a list of files (its words say "lists which
    /// files"), is a script, at the folder the task says by name ("my scripts folder in memory").
    @Test func aNewScriptPlannedAsAListIsAScript() async throws {
        let task = "Can you write me a small bash script, count-notes.sh in my scripts folder in memory, that lists how many files memory has?"
        let code = "#!/bin/sh\nfind memory -type f | wc -l"
        let run = try await PlanStepTests.run(
            task, files: ["memory/scripts/old.sh": "#!/bin/sh\necho old\n"],
            ScriptedModel([.text(#"{"action": "list"}"#), .text(JSONValue.object(["code": .string(code)]).jsonText)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 2)
        #expect(run.files["memory/scripts/count-notes.sh"] == code + "\n")
    }

    @Test func aScriptIsTheModelsCodeAtThePathTheTaskNames() async throws {
        let task = "Write skills/countdown/scripts/days_until.py, a Python script that prints the days until the date given"
        let code = "import sys\nprint(sys.argv[1])"
        try await derived(
            task, TaskPlan(action: .script, files: []), kind: .code, files: ["skills/README.md": "Skills.\n"],
            answers: [JSONValue.object(["code": .string(code)]).jsonText]
        ) { calls, model in
            // The #! line put first by code.
            #expect(
                calls.map { $0.map(Self.arguments) } == [
                    ["path": "skills/countdown/scripts/days_until.py", "content": "#!/usr/bin/env python3\n" + code + "\n"]
                ])
            // Asked in Python, for the path the task names.
            #expect(model.prompt(0)?.system.contains("Python 3 source code of skills/countdown/scripts/days_until.py") == true)
            // No file to read shown: its arguments are.
            #expect(model.prompt(0)?.system.contains("start with the imports, read sys.argv, print the result") == true)
        }
    }

    /// A new script the task names is a script whatever the plan first answered, when the
    /// script is not there (the file it reads may be), and a bare script name goes into the one
    /// folder the task names (fresh11 1214: planned as a list of memory, and as an append to
    /// the CSV it reads).
    @Test func aNewScriptBesideTheFileItReadsIsAScript() async throws {
        let books = "title,pages,finished\nPiranesi,272,yes\nWolf Hall,653,no\n"
        let code =
            "import csv\nrows = csv.DictReader(open('memory/reading/books-2026.csv'))\nprint(sum(int(r['pages']) for r in rows if r['finished'] == 'yes'))"
        for (task, planned) in [
            (
                "Write memory/reading/pages.py, a Python script that prints the total pages of the books marked finished in memory/reading/books-2026.csv",
                "list"
            ),
            (
                "Could you write a small Python script, pages.py in memory/reading, that adds up the pages of the books I've finished from books-2026.csv in that folder and prints the total?",
                "append"
            ),
        ] {
            let run = try await PlanStepTests.run(
                task, files: ["memory/reading/books-2026.csv": books],
                ScriptedModel([.text(#"{"action": "\#(planned)"}"#), .text(JSONValue.object(["code": .string(code)]).jsonText)]))
            #expect(run.outcome.record.status == .done, "\(task)")
            #expect(run.files["memory/reading/pages.py"] == "#!/usr/bin/env python3\n" + code + "\n", "\(task)")
            #expect(run.files["memory/reading/books-2026.csv"] == books)
        }
    }

    @Test func aPythonScriptGetsTheImportsOfTheModulesItUses() {
        #expect(
            AgentLoop.withImports("def f(c):\n    return c\nprint(f(sys.argv[1]))\n")
                == "import sys\ndef f(c):\n    return c\nprint(f(sys.argv[1]))\n")
        #expect(
            AgentLoop.withImports("#!/usr/bin/env python3\nimport sys\nprint(os.getcwd(), sys.argv)\n")
                == "#!/usr/bin/env python3\nimport os\nimport sys\nprint(os.getcwd(), sys.argv)\n")
        // Imported already, or only a name that ends so: nothing added.
        let imported = "import os, sys\nfrom datetime import date\nprint(sys.argv, os.sep, date.today(), datetime.now)\n"
        #expect(AgentLoop.withImports(imported) == imported)
        #expect(AgentLoop.withImports("print(pos.x)\n") == "print(pos.x)\n")
        // The datetime module's classes by their own names: imported from it (fresh12 1314).
        #expect(
            AgentLoop.withImports("import csv\nsoon = datetime.now() + timedelta(days=3)\n")
                == "from datetime import datetime, timedelta\nimport csv\nsoon = datetime.now() + timedelta(days=3)\n")
        let module = "import datetime\nprint(datetime.datetime.now())\n"
        #expect(AgentLoop.withImports(module) == module)
    }

    @Test func aLineBreakInsideAPythonStringIsWrittenAsAnEscape() async throws {
        // As the JSON reply decodes: the model's \n inside the quotes is a line break.
        let said =
            "import sys\nif len(sys.argv) != 2:\n    print('Usage: days_until.py YYYY-MM-DD\n')\n    sys.exit(1)\nprint(\"a # b\")  # it's\ns = '''x\ny'''\n"
        try await derived(
            "Write outputs/days.py, a Python script that prints the days until a date", TaskPlan(action: .script, files: []), kind: .code,
            files: ["skills/README.md": "Skills.\n"], answers: [JSONValue.object(["code": .string(said)]).jsonText]
        ) { calls, _ in
            let args = try #require(calls?.first).map(Self.arguments) ?? [:]
            #expect(
                args["content"]
                    == "#!/usr/bin/env python3\nimport sys\nif len(sys.argv) != 2:\n    print('Usage: days_until.py YYYY-MM-DD\\n')\n    sys.exit(1)\nprint(\"a # b\")  # it's\ns = '''x\ny'''\n"
            )
        }
    }

    @Test func aPythonScriptThatPrintsNothingIsAskedAgain() async throws {
        let silent = "import sys\ndef days(d):\n    return d\ndef main():\n    days(sys.argv[1])\nmain()\n"
        let printing = "import sys\nprint(sys.argv[1])\n"
        try await derived(
            "Write outputs/days.py, a Python script that prints the days until a date", TaskPlan(action: .script, files: []), kind: .code,
            files: ["skills/README.md": "Skills.\n"],
            answers: [JSONValue.object(["code": .string(silent)]).jsonText, JSONValue.object(["code": .string(printing)]).jsonText]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "outputs/days.py", "content": "#!/usr/bin/env python3\n" + printing]])
            #expect(model.prompt(1)?.user.contains("(it prints nothing)") == true)
        }
    }

    /// A script is shown the start of each file the task names that it reads (its columns),
    /// and one that repeats an import, as a looping model does, is asked again (fresh10 1114:
    /// "import sys; import csv; … import csv; …" to the token cap).
    @Test func aScriptSeesTheStartOfItsDataAndALoopingOneIsAskedAgain() async throws {
        let rounds = "date,course,score\n2026-03-07,Hollins Park,94\n2026-03-21,Hollins Park,91\n2026-04-04,Brackley,97\n"
        let looping = "import csv\nimport os; import csv\nprint(1)\n"
        let good = "import csv\nrows = list(csv.DictReader(open('memory/golf/rounds.csv')))\nprint(sum(int(r['score']) for r in rows) / len(rows))\n"
        try await derived(
            // (Since March: one column's average alone is written by code, `columnScript`.)
            "Write memory/golf/average.py, a Python script that prints the average score since March from memory/golf/rounds.csv",
            TaskPlan(action: .script, files: []), files: ["memory/golf/rounds.csv": rounds],
            answers: [JSONValue.object(["code": .string(looping)]).jsonText, JSONValue.object(["code": .string(good)]).jsonText]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/golf/average.py", "content": "#!/usr/bin/env python3\n" + good]])
            #expect(
                model.prompt(0)?.user.hasSuffix(
                    "memory/golf/rounds.csv begins:\ndate,course,score\n2026-03-07,Hollins Park,94\n2026-03-21,Hollins Park,91\n\nThe code starts: import csv"
                )
                    == true)
            #expect(model.prompt(1)?.user.contains(#"(it repeats "import csv")"#) == true)
            #expect(model.prompt(0)?.system.contains("start with the imports, read memory/golf/rounds.csv, print the result") == true)
        }
        #expect(AgentLoop.repeated("import os\nfrom a import b\nprint(1)\nprint(1)\n") == nil, "only imports count")
    }

    /// A CSV the task names bare ("loans.csv in the same folder") is the one in the script's
    /// folder, shown like one named by its path; a reply with no script in it (one line, as
    /// the model answered "python3 totals.py") is asked again, not given up on (fresh14 1514).
    @Test func aBareCSVIsShownFromTheScriptsFolderAndAOneLineReplyIsAskedAgain() async throws {
        let loans = "title,due\nThe Gruffalo,2026-05-12\nMoths,2026-05-21\n"
        let good = "import csv\nfor row in csv.DictReader(open('memory/library/loans.csv')):\n    print(row['title'])\n"
        try await derived(
            "Could you write a little Python script, due_soon.py in memory/library, that checks loans.csv in the same folder and prints the titles?",
            TaskPlan(action: .script, files: []), files: ["memory/library/loans.csv": loans],
            answers: [JSONValue.object(["code": .string("python3 due_soon.py")]).jsonText, JSONValue.object(["code": .string(good)]).jsonText]
        ) { calls, model in
            #expect(calls.map { $0.map(Self.arguments) } == [["path": "memory/library/due_soon.py", "content": "#!/usr/bin/env python3\n" + good]])
            #expect(model.prompt(0)?.user.contains("memory/library/loans.csv begins:\ntitle,due\nThe Gruffalo,2026-05-12") == true)
            #expect(model.prompt(0)?.system.contains("read memory/library/loans.csv, print the result") == true)
            #expect(model.prompt(1)?.user.hasSuffix("Write the code in full, each statement once.") == true)
        }
    }

    @Test func theNumbersATaskGivesAreItsDigitsAndNumberWords() {
        #expect(AgentLoop.numbers(in: "a one-sentence summary, at most 25 words") == [1, 25])
        #expect(AgentLoop.numbers(in: "Summarise it in two or three sentences into a2.md") == [2, 3])
        #expect(AgentLoop.numbers(in: "a short summary") == [Int]())
    }

    /// What a file says "in 25 words or fewer", answered as an extract, is a summary (dev2 409).
    @Test func whatAFileSaysInSoManyWordsIsASummary() async throws {
        let email = "# Gym, 2 March\nYour membership renews on 1 April at £32 a month. The pool closes for repairs in May.\n"
        let run = try await PlanStepTests.run(
            "Could you tell me in 20 words or fewer what the gym email (memory/emails/gym.md) says, and save that as outputs/gym-summary.md?",
            kind: .research, files: ["memory/emails/gym.md": email], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.steps.first { $0.output.hasPrefix("plan: ") }?.output == "plan: summarise memory/emails/gym.md")
    }
}
