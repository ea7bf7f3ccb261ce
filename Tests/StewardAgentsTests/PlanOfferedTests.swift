import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents

/// The plan with files said by what they are and files to leave alone (issue 19, fresh6's
/// requests): the files question offers the named folder's files, closest first, never one
/// the task says to leave; a line goes at the end the words say; "put … in a folder" is a
/// move; "Y instead of X" is made by code. The whole loop runs where it says so
/// (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the files offered, and what the words settle")
struct PlanOfferedTests {
    static let birds = [
        "memory/birds/sightings-2026.md": "# Birds seen in 2026\n- 2 Feb: redwing\n",
        "memory/birds/hope-to-see.md": "# Birds I hope to see\n- kingfisher\n", "outputs/birds.md": "old\n",
    ]

    /// A file the task says to leave as it is is not acted on, even named (the routing adds its
    /// path); the line goes into the other (before: appended to the wish list it was told to leave).
    @Test func aFileToLeaveAsItIsIsNeverTheOneChanged() async throws {
        let task =
            "Please log a kingfisher by the lock as the last line of my list of birds seen this year in memory/birds, and leave the list of birds I hope to see (memory/birds/hope-to-see.md) as it is."
        let model = ScriptedModel([
            .text(#"{"action": "append"}"#), .text(#"{"files": ["memory/birds/sightings-2026.md"]}"#),
            .text(#"{"text": "a kingfisher by the lock"}"#),
        ])
        let run = try await PlanStepTests.run(task, files: Self.birds, model)
        let offered = (PlanStepTests.property(run.requests[1], "files")?["items"] as? [String: Any])?["enum"] as? [String]
        // Only the named folder's files, without the one to leave.
        #expect(offered == ["memory/birds/sightings-2026.md"])
        #expect(run.outcome.record.status == .done && run.files["memory/birds/hope-to-see.md"] == Self.birds["memory/birds/hope-to-see.md"])
        let lines = run.files["memory/birds/sightings-2026.md"]?.split(separator: "\n") ?? []
        #expect(lines.count == 3 && lines[1] == "- 2 Feb: redwing" && lines[2].contains("kingfisher"))
    }

    @Test func whatTheTaskLeavesAlone() {
        let files = ["memory/home/routine.md", "memory/home/cleaning-rota.md"]
        let edit = "Please edit routine.md in memory/home so it says Thursday; leave the other days and the cleaning rota alone."
        #expect(AgentLoop.leftAlone(edit, task: edit, among: files, action: .replace) == ["memory/home/cleaning-rota.md"])
        // Named outside what it says to leave: the file to change.
        let budget = ["memory/budget.md", "memory/receipts.md"]
        let add = "Add 12 for the bus to memory/budget.md so I can keep track of the budget"
        #expect(AgentLoop.leftAlone(add, task: add, among: budget, action: .append).isEmpty)
        // A copy reads what it keeps unchanged.
        let copy = "Duplicate my winter set list as setlist-spring.md, and keep the winter one unchanged."
        let band = ["memory/band/setlist-winter.md", "memory/band/rehearsals.md"]
        #expect(AgentLoop.leftAlone(copy, task: copy, among: band, action: .copy).isEmpty)
        #expect(AgentLoop.leftAlone(copy, task: copy, among: band, action: .delete) == ["memory/band/setlist-winter.md"])
        // What stays where it is, said after the file ("so it stays", "and so do the …").
        let inbox = ["memory/inbox/rsvp-wedding.md", "memory/inbox/rsvp-school-reunion.md", "memory/inbox/gift-ideas.md"]
        let stays =
            "Please move the wedding RSVP into memory/events. The school reunion RSVP isn't answered yet, so it stays in the inbox, and so do the gift ideas."
        #expect(
            AgentLoop.leftAlone(stays, task: stays, among: inbox, action: .move) == [
                "memory/inbox/rsvp-school-reunion.md", "memory/inbox/gift-ideas.md",
            ])
        // A summary, extract, conversion or list: what it is told to leave out is not read;
        // what it is told to keep unchanged may be.
        let swim = ["memory/swimming/gala-email.md", "memory/swimming/club-fees.md"]
        for said in [
            "Please write a short summary of the gala email. The note about club fees (memory/swimming/club-fees.md) is a separate matter, so leave it out.",
            "Summarise the gala email in memory/swimming, and leave the fees note out.",
            "Summarise the email in memory/swimming; the club fees note has nothing to do with it.",
        ] {
            #expect(AgentLoop.leftAlone(said, task: said, among: swim, action: .summarise) == ["memory/swimming/club-fees.md"], "\(said)")
        }
        let keepIt = "Summarise the gala email in memory/swimming and keep the fees note as it is."
        #expect(AgentLoop.leftAlone(keepIt, task: keepIt, among: swim, action: .summarise).isEmpty)
        let takings = ["memory/bake-sale/takings-2026.csv", "memory/bake-sale/takings-2025.csv"]
        let lastYear = "Convert this year's takings CSV in memory/bake-sale into a table; last year's file isn't needed."
        #expect(
            AgentLoop.notRead(lastYear, among: takings, now: Date(timeIntervalSince1970: 1_796_000_000)) == ["memory/bake-sale/takings-2025.csv"])
        // Nothing said to stay: nothing left alone.
        let plain = "Please move the wedding RSVP into memory/events."
        #expect(AgentLoop.leftAlone(plain, task: plain, among: inbox, action: .move).isEmpty)
    }

    /// One file changed alone: the model's first pick, unless another it picked is closest.
    @Test func theOneFileIsTheClosestOfThePicked() {
        let picked = ["memory/pond/fish.md", "memory/pond/pump-cleaning.md", "memory/pond/fliter-cleaning.md"]
        let task = "I spelt filter wrong in the name of my note on cleaning the pond filter. Could you rename it to filter-cleaning.md?"
        let titles = ["memory/pond/fliter-cleaning.md": "# Cleaning the pond filter", "memory/pond/pump-cleaning.md": "# Pump"]
        #expect(AgentLoop.closest(picked, task: task, titles: titles) == "memory/pond/fliter-cleaning.md")
        // A tie is the model's to settle: its first.
        #expect(AgentLoop.closest(["memory/a-pond.md", "memory/b-pond.md"], task: "tidy the pond note") == "memory/a-pond.md")
        #expect(AgentLoop.closest([], task: task) == nil)
        // As close, another year's file loses to the one called by its name alone; a year the
        // task says is that year's file.
        let choir = ["memory/choir/choir-2024.md", "memory/choir/choir.md"]
        let rehearsal = "Could you change the time on the rehearsals line of my choir note in memory/choir?"
        #expect(AgentLoop.closest(choir, task: rehearsal) == "memory/choir/choir.md")
        #expect(AgentLoop.closest(choir, task: "Fix the rehearsals line of my 2024 choir note") == "memory/choir/choir-2024.md")
    }

    /// A copy put "in" (or only "under") a folder is of a file outside it.
    @Test func aCopyIntoAFolderOffersTheFilesOutsideIt() {
        let files = [
            "memory/camping/kit-list.md", "memory/camping/winter-kit-list.md", "memory/camping/trips/lake-district-2026/campsite.md",
            "memory/camping/trips/skye-2025/kit-list.md",
        ]
        let task =
            "Could you put a copy of my summer camping kit list in the Lake District trip's folder, under memory/camping/trips? Keep the original."
        let offered = AgentLoop.offered(files, task: task, action: .copy, titles: ["memory/camping/kit-list.md": "# Summer camping kit list"])
        #expect(offered == ["memory/camping/kit-list.md", "memory/camping/winter-kit-list.md"])
    }

    @Test func theFilesOfferedAreTheNamedFoldersClosestFirst() throws {
        let files = ["outputs/README.md", "memory/pets/insurance.md", "memory/pets/rolo-after-surgery.md", "memory/notes.md"]
        let task = "Could you boil the vet's notes about Rolo's surgery in memory/pets down to a few lines in outputs/rolo.md?"
        #expect(AgentLoop.offered(files, task: task, action: .summarise) == ["memory/pets/rolo-after-surgery.md", "memory/pets/insurance.md"])
        // A title counts as the name does.
        let titled = AgentLoop.offered(
            ["memory/a.md", "memory/b.md"], task: "Fix the typo in my dentist note", action: .replace, titles: ["memory/b.md": "Dentist"])
        #expect(titled == ["memory/b.md", "memory/a.md"])
        // A move does not offer what is in the folder it moves into.
        let crafts = ["memory/crafts/knitting/needles.md", "memory/unsorted/mittens.md", "memory/unsorted/apron.md"]
        let put = "Can you put the mittens from my unsorted folder (memory/unsorted/) in memory/crafts/knitting?"
        #expect(AgentLoop.offered(crafts, task: put, action: .move) == ["memory/unsorted/mittens.md", "memory/unsorted/apron.md"])
        // A destination called by name; the files a sentence says to leave ("leave both").
        let unsorted = [
            "memory/unsorted/cable-hat.md", "memory/unsorted/apron.md", "memory/unsorted/yarn-shop.md", "memory/crafts/knitting/needles.md",
        ]
        let described =
            "My memory/unsorted folder is a mess. The cable hat belongs in the knitting folder under memory/crafts, so please move it there. The apron is a sewing pattern and the yarn shop note isn't a pattern at all, so leave both where they are."
        let kept = AgentLoop.leftAlone(described, task: described, among: unsorted, action: .move)
        #expect(kept == ["memory/unsorted/apron.md", "memory/unsorted/yarn-shop.md"])
        #expect(
            AgentLoop.offered(unsorted.filter { !kept.contains($0) }, task: described, action: .move) == ["memory/unsorted/cable-hat.md"])
        // The folder the files sit in is not where they go: "into" says it, else the last "in".
        let bills = ["memory/post/gas-bill.md", "memory/bills/2025/old.md"]
        #expect(AgentLoop.offered(bills, task: "Move the bill in memory/post into memory/bills/2025", action: .move) == ["memory/post/gas-bill.md"])
        #expect(
            AgentLoop.offered(bills, task: "File the bill sitting in my post folder in the 2025 folder in memory/bills", action: .move)
                == ["memory/post/gas-bill.md"])
        // "This year's" is the year now; "last year's" the one before: the other year's file is
        // not offered.
        let harvests = ["memory/allotment/harvest-2025.csv", "memory/allotment/harvest-2026.csv"]
        let now = try #require(ISO8601DateFormatter().date(from: "2026-12-04T12:00:00Z"))
        #expect(
            AgentLoop.offered(harvests, task: "Would you turn this year's allotment harvest CSV into a table?", action: .convert, now: now)
                == ["memory/allotment/harvest-2026.csv"])
        #expect(
            AgentLoop.offered(harvests, task: "Convert last year's harvest CSV", action: .convert, now: now) == ["memory/allotment/harvest-2025.csv"])
        // Nothing named: all of them, as they were.
        #expect(AgentLoop.offered(files, task: "Tidy up", action: .delete) == files)
    }

    /// "Put the three patterns … in memory/crafts/knitting", planned as an append, is a move of
    /// the three (before: a line was appended to one of them).
    @Test func puttingFilesInAFolderIsAMove() async throws {
        let files = [
            "memory/unsorted/cable-hat.md": "hat\n", "memory/unsorted/mittens.md": "mittens\n", "memory/unsorted/apron.md": "apron\n",
            "memory/crafts/knitting/needles.md": "4 mm\n",
        ]
        let task = "Can you put the two knitting patterns from my unsorted folder (the hat and the mittens) in memory/crafts/knitting?"
        let model = ScriptedModel([
            .text(#"{"action": "append"}"#), .text(#"{"files": ["memory/unsorted/cable-hat.md", "memory/unsorted/mittens.md"]}"#),
        ])
        let run = try await PlanStepTests.run(task, files: files, model)
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/crafts/knitting/cable-hat.md"] == "hat\n" && run.files["memory/crafts/knitting/mittens.md"] == "mittens\n")
        #expect(run.files["memory/unsorted/apron.md"] == "apron\n" && run.files["memory/unsorted/mittens.md"] == nil)
        // Not a line put into a file.
        #expect(!run.requests.contains { PlanStepTests.property($0, "text") != nil })
        // Planned as a rename, with no new name: a move too (fresh8 906 request, the 1.5B model).
        let filed = try await PlanStepTests.run(
            "Could you file the two knitting patterns (the hat and the mittens) with the others in memory/crafts/knitting?", files: files,
            ScriptedModel([
                .text(#"{"action": "rename"}"#), .text(#"{"files": ["memory/unsorted/cable-hat.md", "memory/unsorted/mittens.md"]}"#),
            ]))
        #expect(filed.outcome.record.status == .done, "\(filed.steps.map(\.output))")
        #expect(filed.files["memory/crafts/knitting/cable-hat.md"] == "hat\n" && filed.files["memory/crafts/knitting/mittens.md"] == "mittens\n")
    }

    /// "Add a line at the very top of jobs.md saying to book the MOT …", planned as an append:
    /// the job goes first, in the list's style (before: the plan was not used, and the free loop
    /// appended the whole sentence at the end).
    @Test func aLineSaidToGoAtTheTopGoesThere() async throws {
        let jobs = "- replace the wiper blades\n- top up the screen wash\n"
        let task =
            "The reminder letter says the car's MOT runs out in the middle of January, and that matters more than anything else on my list of car jobs in memory/car. Please add a line at the very top of jobs.md saying to book the MOT before 14 January, in the same style as the other jobs, and keep the rest of the list below it unchanged."
        let run = try await PlanStepTests.run(
            task, files: ["memory/car/jobs.md": jobs, "memory/car/jobs-done.md": "- new tyres\n"], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.outcome.record.status == .done && PlanCheckTests.misfit(run) == nil)
        #expect(run.files["memory/car/jobs.md"] == "- book the MOT before 14 January\n" + jobs)
    }

    /// "Put it at the bottom" of a named note in its folder is an append, not a move (measured:
    /// the routing's "(in memory/money)" made it a move of the note into its own parent).
    @Test func puttingALineAtTheBottomIsNoMove() async throws {
        let lent = "- Leila: 25 EUR\n"
        let task =
            "Can you note on my list of money I've lent (memory/money/lent.md) (in memory/money) that Marek owes me 40 EUR? Put it at the bottom, after Leila."
        let run = try await PlanStepTests.run(
            task, files: ["memory/money/lent.md": lent, "memory/money/borrowed.md": "- none\n"],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"text": "Marek owes me 40 EUR"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(run.files["memory/money/lent.md"]?.hasPrefix(lent + "- ") == true && run.files["memory/money/lent.md"]?.contains("40 EUR") == true)
        #expect(run.files["memory/lent.md"] == nil)
    }

    @Test func theEndTheWordsPutALineAt() {
        #expect(AgentLoop.statedEnd("Please add a line at the very top of jobs.md saying to book the MOT") == .prepend)
        #expect(AgentLoop.statedEnd("Make it the first item on my list") == .prepend)
        #expect(AgentLoop.statedEnd("Add it to the bottom of my 2026 bird list") == .append)
        #expect(AgentLoop.statedEnd("Log it as the last line of the list") == .append)
        #expect(AgentLoop.statedEnd("Add 'pay rent' to my list") == nil)
        // Both: the model's answer stands.
        #expect(AgentLoop.statedEnd("Add it at the top; it is due at the end of the month") == nil)
    }

    @Test func yInsteadOfXIsMadeOnTheOneLine() {
        let routine =
            "# Weekly routine\n- Monday night: put the black bin out\n- Wednesday night: put the garden waste bin out (every other week)\n- Friday: water the plants\n"
        let want = "- Thursday night: put the garden waste bin out (every other week)"
        for task in [
            "Could you fix my weekly routine note so the garden waste bin goes out on Thursday night instead of Wednesday?",
            "Please edit routine.md so the line about the garden waste bin says Thursday night rather than Wednesday night, still every other week.",
        ] {
            let edit = AgentLoop.insteadSwap(task, in: routine)
            #expect(edit?.old == "- Wednesday night: put the garden waste bin out (every other week)" && edit?.new == want, "\(task)")
        }
        // X inside an address: not a word of its own (the valueSwap's or the line question's).
        #expect(
            AgentLoop.insteadSwap(
                "Correct the address line so it reads nadia@postmail.example instead of postmial",
                in: "address = nadia@postmial.example\nname = Nadia\n") == nil)
        // X not in the file, or on two lines alike: nothing.
        #expect(AgentLoop.insteadSwap("Use oat milk instead of soy", in: routine) == nil)
        #expect(AgentLoop.insteadSwap("Make it Tuesday instead of Monday", in: "- Monday: a\n- Monday: a b\n") == nil)
        // A time said in words is the clock's; of two lines with it, not the one the task
        // leaves as it is.
        let choir =
            "# Choir\n- Rehearsals: Wednesdays, 7:30 pm, church hall on Mill Street\n- Summer concert: Saturday 4 July, 7:30 pm, St Mark's church\n"
        let earlier =
            "From next week the Wednesday rehearsals begin at 7 pm rather than half past seven, still in the church hall. Please update the rehearsals line in memory/choir/choir.md. The summer concert still starts at 7:30 pm, so leave that line and the rest of the note alone."
        let edit = AgentLoop.insteadSwap(earlier, in: choir)
        #expect(edit?.old == "- Rehearsals: Wednesdays, 7:30 pm, church hall on Mill Street")
        #expect(edit?.new == "- Rehearsals: Wednesdays, 7 pm, church hall on Mill Street")
        #expect(
            AgentLoop.clockTimes("at half past seven, a quarter to 1 or quarter past twelve; 7:30 stays") == "at 7:30, 12:45 or 12:15; 7:30 stays")
    }

    @Test func theLinesOfferedShareTheTasksWords() {
        let lines = ["# Weekly routine", "- Monday night: put the black bin out", "- Wednesday night: put the garden waste bin out"]
        let task = "Could you fix my weekly routine note so the garden waste bin goes out on Thursday night?"
        #expect(AgentLoop.likeliest(lines, task: task) == ["- Wednesday night: put the garden waste bin out"])
        #expect(AgentLoop.likeliest(lines, task: "Change it") == lines)
    }

    @Test func aListLeavesOutASubfolderTheTaskSays() {
        let files = ["dishwasher.md", "oven.md", "archive/old-fridge.md"]
        for task in [
            "List the files in memory/manuals, without its archive subfolder, in outputs/manuals.md",
            "Please list the manual files in memory/manuals in outputs/manuals.md; skip the archive subfolder.",
        ] {
            #expect(AgentLoop.leftOut(task, among: files) == ["archive/old-fridge.md"], "\(task)")
        }
    }

    @Test func moreWordsForASummaryAndANewName() {
        #expect(AgentLoop.asksSummary("Could you boil the vet's notes about Rolo down to a few short lines?"))
        #expect(!AgentLoop.asksSummary("Could you boil an egg for me?"))
        #expect(AgentLoop.asksNewName("Could you give the scanned washing machine warranty in memory/appliances a proper name?"))
    }

    /// A file named to keep by a plural of its name's word ("ballet on Saturdays" keeps
    /// `ballet-saturday.md`, not `ballet-tuesday.md`: fresh9 1008 deleted both); "correct that
    /// line" is a change, not an add (fresh9 1002: planned as an append).
    @Test func pluralsNameAFileToKeepAndCorrectingALineIsAChange() {
        let clubs = ["memory/clubs/ballet-tuesday.md", "memory/clubs/ballet-saturday.md", "memory/clubs/judo-tuesday.md"]
        let task =
            "Please delete the note about it from memory/clubs. Mateo still goes to ballet on Saturdays and to judo on Tuesdays, so keep both of those notes."
        #expect(AgentLoop.kept(task, among: clubs) == ["memory/clubs/ballet-saturday.md", "memory/clubs/judo-tuesday.md"])
        // A sentence ends at a dot before a space, not at a path's or an ending's dot; a keep that
        // points back keeps what its sentence names (fresh10 1105: gutters.txt was renamed).
        let house = ["memory/house/chimney-sweep.txt", "memory/house/gutters.txt", "memory/house/alarms.md"]
        let rename =
            "Please rename chimney-sweep.txt to chimney-sweep.md. The gutters note (memory/house/gutters.txt) is a .txt too, but leave that one as it is for now."
        #expect(AgentLoop.leftAlone(rename, task: rename, among: house, action: .rename) == ["memory/house/gutters.txt"])
        #expect(!AgentLoop.withoutKeeping(rename).contains("gutters") && AgentLoop.withoutKeeping(rename).contains("chimney-sweep.txt"))
        // What "stays" is said before it; "his note stays" points back to its sentence (fresh11 1202).
        let lessons = ["memory/music/piano-lessons.md", "memory/music/violin-lessons.md"]
        let fee = "Please change the fee line in the piano lessons note to 32. Theo's violin lessons still cost 28, so his note stays the same."
        #expect(AgentLoop.kept(fee, among: lessons) == ["memory/music/violin-lessons.md"])
        #expect(AgentLoop.asksFix("Would you correct that line in my emergency info note in memory/house?"))
        #expect(AgentLoop.asksFix("Please fix the entry for the boiler."))
        #expect(!AgentLoop.asksFix("Fix my list: add a line for the dentist."))
        #expect(!AgentLoop.asksFix("Add a new line to fix.md"))
    }

    /// A year the task's words give is the files' year (fresh9 1006: "my three 2025 papers" got
    /// council-tax-2026.md); a year in a path it names is not one of them. A heading is not the
    /// line a change is in unless the words say "title" (fresh9 1002: "# Emergency info").
    @Test func aYearSaidNarrowsTheFilesAndAHeadingIsNoLineToChange() {
        let papers = ["memory/p/interest-2025.md", "memory/p/council-tax-2026.md", "memory/p/pension-2025.md", "memory/p/address.md"]
        let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026
        #expect(
            AgentLoop.offered(papers, task: "Could you gather my three 2025 papers from memory/p into memory/tax-2026?", action: .move, now: now)
                .sorted() == ["memory/p/address.md", "memory/p/interest-2025.md", "memory/p/pension-2025.md"])
        #expect(AgentLoop.offered(papers, task: "Move the papers in memory/p into memory/tax-2026", action: .move, now: now) == papers)
        #expect(AgentLoop.saidYears("this year's 2024 notes in memory/tax-2025/", now: now) == ["2024", "2026"])
        // "This summer" is this year (fresh10 1102); "last summer" says no year.
        #expect(AgentLoop.years("the pitch in this summer's booking", now: now) == ["2026"])
        #expect(AgentLoop.years("last summer's rota", now: now).isEmpty)
        let lines = ["# Emergency info", "- Stopcock: under the sink", "- Fuse box: stairs"]
        #expect(AgentLoop.changeable(lines, task: "Correct that line in my emergency info note") == Array(lines.dropFirst()))
        #expect(AgentLoop.changeable(lines, task: "Fix the title of my emergency info note") == lines)
        #expect(AgentLoop.changeable(["# Only"], task: "Fix it") == ["# Only"])
    }
}
