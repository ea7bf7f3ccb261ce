import StewardCore
import StewardTools
import Testing

@testable import StewardAgents

/// The paths a task names when it gives a file's bare name and its folder apart, and the task's
/// own words (dev2 failures, class 1 "wrong file resolved" and the path words of class 2).
@Suite struct CoachingPathsTests {
    @Test func aBareNameInTheOneFolderNamedIsThatFolderAndName() {
        // The folder said only where the file is: the file, not the folder, is the path.
        #expect(
            Coaching.paths(
                in: "I want to make leek soup on Sunday, so please add a file soup.md to the memory/recipes folder that lists what it needs.")
                == ["memory/recipes/soup.md"])
        #expect(
            Coaching.paths(in: "Could you correct the spelling mistake in both invitations, anna.md and ben.md in memory/invitations?")
                == ["memory/invitations/anna.md", "memory/invitations/ben.md"])
        // The folder right after the name, when the task names two.
        #expect(
            Coaching.paths(
                in: "Please take boarding-pass.txt out of memory/downloads and put it into the memory/travel folder under the same name.")
                == ["memory/downloads/boarding-pass.txt", "memory/travel"])
        // A folder named in words, given its path by `withNamedPaths`; the name quoted.
        #expect(
            Coaching.paths(in: "In the memory folder (memory/) please open 'guest-notes.txt' and insert a line")
                == ["memory/guest-notes.txt"])
        // A new name beside a file named by path: in that file's folder.
        #expect(
            Coaching.paths(in: "Rename memory/photos/IMG_2041.txt to grandma-80th.txt")
                == ["memory/photos/IMG_2041.txt", "memory/photos/grandma-80th.txt"])
        #expect(
            Coaching.paths(in: #"It is called IMG_2041.txt; please rename it to "grandma-80th.txt", in the same folder, memory/photos."#)
                == ["memory/photos/IMG_2041.txt", "memory/photos/grandma-80th.txt"])
    }

    @Test func aQuotedNameWithASpaceStaysWhole() {
        #expect(
            Coaching.paths(in: #"Could you remove the duplicate of my garden plan in memory/garden? It is the one called "plan copy.md"."#)
                == ["memory/garden/plan copy.md"])
        #expect(Coaching.paths(in: "Read 'memory/garden/plan copy.md', Bob's plan") == ["memory/garden/plan copy.md"])
        #expect(Coaching.paths(in: "Delete \u{201C}old plan.md\u{201D} from memory/garden/") == ["memory/garden/old plan.md"])
        // A quoted sentence is no name.
        #expect(Coaching.paths(in: #"Add "water the roses at 6." to memory/garden.md"#) == ["memory/garden.md"])
    }

    @Test func noFolderIsGuessedForANameTheTaskDoesNotPlace() {
        // A destination is not the folder a bare name is in; a name on its own stays out.
        #expect(Coaching.paths(in: "Move memory/a.md and b.md into memory/archive/") == ["memory/a.md", "memory/archive/"])
        #expect(Coaching.paths(in: "Create soup.md with leeks") == [])
        // Not file names: abbreviations, numbers, web addresses.
        #expect(Coaching.paths(in: "Fetch example.com, e.g. at 9 a.m., version 3.5, into memory/web/") == ["memory/web/"])
        // Paths as before: a folder with its slash, a path in brackets, no links or paths outside.
        #expect(Coaching.paths(in: "Clean temp/ and memory/x/, then (outputs/a.md)") == ["temp/", "memory/x/", "outputs/a.md"])
        #expect(Coaching.paths(in: "Tidy up ../../etc/passwd, /etc/shadow and https://x.org/a/b") == [])
    }

    @Test func wordsInsidePathsAndNamesAreNotTheTasksWords() {
        let task = "Summarise memory/emails/insurance.md in at most 25 words in outputs/insurance-summary.md"
        #expect(!Coaching.taskWords(in: task).contains("emails") && Coaching.taskWords(in: task).contains("summarise"))
        // So no extraction of emails is routed, nor its tool offered.
        let c = Coaching(
            task: task, kind: .research, tools: ToolRegistry.agent(.research).map { $0.definition },
            existing: ["memory/emails/insurance.md"])
        #expect(c.extraction == nil && c.routedTool == nil)
        let offered = Coaching.offered(ToolRegistry.agent(.research), task: task, existing: ["memory/emails/insurance.md"])
        #expect(!offered.contains { $0.name == ExtractFromFile.name })
        // The name of what it writes still says what it is: a summary, read and made, not a copy.
        let request = Coaching(
            task:
                "Could you tell me in 25 words or fewer what the insurance email (memory/emails/insurance.md) says, and save that as outputs/insurance-summary.md?",
            kind: .research, tools: ToolRegistry.agent(.research).map { $0.definition }, existing: ["memory/emails/insurance.md"])
        #expect(request.transformsWhatItReads && request.extraction == nil && request.nameWords.contains("summary"))
        // An email, one message, is not its addresses; "email addresses" are.
        #expect(Coaching.extraction(words: ["the", "email", "says"], paths: ["memory/a.md", "outputs/b.md"], existing: ["memory/a.md"]) == nil)
        #expect(
            Coaching.extraction(words: ["every", "email", "address"], paths: ["memory/a.md", "outputs/b.md"], existing: ["memory/a.md"])
                == .emails)
        // The task's own word still routes it.
        let e = Coaching(
            task: "Put the emails in memory/a.md into outputs/emails.md", kind: .research,
            tools: ToolRegistry.agent(.research).map { $0.definition }, existing: ["memory/a.md"])
        #expect(e.extraction == .emails)
        // A file's name asks nothing: "copy" of "plan copy.md" is no verb.
        #expect(Coaching.verbWords(in: #"delete "plan copy.md" now"#) == ["delete", "plan", "", "now"])
        #expect(Coaching.taskWords(in: #"Delete "plan copy.md" and old.txt"#) == ["delete", "and"])
    }
}
