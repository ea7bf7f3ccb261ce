import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardTools
import Testing

/// Results made by code, not by a model: what a file's emails, links, dates and phone numbers
/// are (`extract_from_file`), and small scripts from recipes (`write_script`), run for real.
@Suite struct MadeByCodeToolTests {
    static let note = """
        # Trip, 3 March
        Ask Lee (lee.chan@example.com) and LEE.CHAN@example.com again; the hotel is bookings@hotel.example.it.
        Site: https://hotel.example.it/rooms, then www.example.org/map. Call +39 055 123 4567 or 0551234568 before 14 April 2027.
        Pay by 2027-04-01 (120.50 euros). Meeting on April 20, 2027 and on 5/6/2027.
        """

    @Test func eachKindIsFoundInTheOrderOfTheTextOnce() {
        #expect(ExtractFromFile.Kind.emails.find(in: Self.note) == ["lee.chan@example.com", "bookings@hotel.example.it"])
        #expect(ExtractFromFile.Kind.links.find(in: Self.note) == ["https://hotel.example.it/rooms", "www.example.org/map"])
        #expect(ExtractFromFile.Kind.dates.find(in: Self.note) == ["3 March", "14 April 2027", "2027-04-01", "April 20, 2027", "5/6/2027"])
        #expect(ExtractFromFile.Kind.phoneNumbers.find(in: Self.note) == ["+39 055 123 4567", "0551234568"])
        #expect(ExtractFromFile.Kind("e-mail addresses") == .emails && ExtractFromFile.Kind("URLs") == .links)
        #expect(ExtractFromFile.Kind("the deadlines' dates") == .dates && ExtractFromFile.Kind("mobile") == .phoneNumbers)
        #expect(ExtractFromFile.Kind("names") == nil)
        #expect(ExtractFromFile.formatted(["a", "b"], for: "memory/x.md") == "- a\n- b\n")
        #expect(ExtractFromFile.formatted(["a", "b"], for: "outputs/x.json") == "[\"a\",\"b\"]\n")
        #expect(ExtractFromFile.formatted(["a", "b"], for: "outputs/x.txt") == "a\nb\n")
    }

    static let costs = """
        # Bike trip, 3 May
        We paid €32 for the ferry and 84.50 euros for the hotel. Dinner: 27,80 EUR; the guide cost $1,200.00 (shared by 12 people).
        Two coffees at €3.50 and €3.50. Room 210 on 14 April. EUR 15 deposit, a 5 £ tip, and 1.200,50 € in all.
        """

    /// Amounts of money as written, with a sign, code or word before or after the number; each
    /// time it occurs (two coffees are two amounts); numbers without one (a room, a date) are not.
    @Test func amountsOfMoneyAreFoundAsWritten() async throws {
        #expect(
            ExtractFromFile.Kind.amounts.find(in: Self.costs)
                == ["€32", "84.50 euros", "27,80 EUR", "$1,200.00", "€3.50", "€3.50", "EUR 15", "5 £", "1.200,50 €"])
        #expect(ExtractFromFile.Kind.amounts.find(in: Self.note) == ["120.50 euros"])
        for words in ["amounts of money", "what we spent", "the costs", "prices in €", "hotel costs", "holiday expenses", "euros"] {
            #expect(ExtractFromFile.Kind(words) == .amounts, "\(words)")
        }
        // Whole words and their beginnings: "hotel" is not "tel", "holiday" not "day".
        #expect(ExtractFromFile.Kind("web addresses") == .links && ExtractFromFile.Kind("the numbers") == .numbers)
        #expect(ExtractFromFile.Kind("holiday dates") == .dates && ExtractFromFile.Kind("telephone numbers") == .phoneNumbers)
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/trip.md": Self.costs, "memory/plain.md": "Room 210 on 14 April.\n"])
            let c = TestContext(ws)
            let none = try await c.call(ExtractFromFile.self, ["from": "memory/plain.md", "what": "amounts", "to": "outputs/costs.md"])
            #expect(!none.ok && none.text.hasPrefix("error: there are no amounts of money in memory/plain.md; nothing was written."))
            let r = try await c.call(ExtractFromFile.self, ["from": "memory/trip.md", "what": "the amounts of money", "to": "outputs/costs.md"])
            #expect(r.ok && r.text.hasPrefix("wrote the 9 amounts of money in memory/trip.md to outputs/costs.md:\n€32\n84.50 euros\n"))
            #expect(
                try await text(ws, "outputs/costs.md", proposal: 2)
                    == "- €32\n- 84.50 euros\n- 27,80 EUR\n- $1,200.00\n- €3.50\n- €3.50\n- EUR 15\n- 5 £\n- 1.200,50 €\n")
        }
    }

    @Test func extractWritesWhatItFoundIntoANewFile() async throws {
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/trip.md": Self.note, "memory/empty.md": "Nothing here.\n"])
            let c = TestContext(ws)
            let none = try await c.call(ExtractFromFile.self, ["from": "memory/empty.md", "what": "emails", "to": "memory/none.md"])
            #expect(!none.ok && none.text.hasPrefix("error: there are no emails in memory/empty.md; nothing was written."))
            #expect(await c.proposal == nil)
            let odd = try await c.call(ExtractFromFile.self, ["from": "memory/trip.md", "what": "names", "to": "memory/n.md"])
            #expect(
                !odd.ok
                    && odd.text.hasPrefix(
                        "error: extract_from_file finds emails, links, dates, phone numbers, amounts of money, references, numbers, not \"names\"")
            )
            let same = try await c.call(ExtractFromFile.self, ["from": "memory/trip.md", "what": "emails", "to": "memory/trip.md"])
            #expect(!same.ok)
            let r = try await c.call(ExtractFromFile.self, ["from": "memory/trip.md", "what": "email addresses", "to": "memory/people.md"])
            #expect(r.ok && r.changed == ["memory/people.md"])
            #expect(r.text == "wrote the 2 emails in memory/trip.md to memory/people.md:\nlee.chan@example.com\nbookings@hotel.example.it")
            #expect(try await text(ws, "memory/people.md", proposal: 2) == "- lee.chan@example.com\n- bookings@hotel.example.it\n")
            #expect(ExtractFromFile.plannedChanges(of: ["from": "a", "what": "emails", "to": "memory/b.md"]) == [.write(path: "memory/b.md")])
        }
    }

    @Test func aRecipeIsChosenByWhatTheScriptShouldDo() {
        #expect(ScriptRecipe.matching("count the words in a file")?.does == "count the words")
        #expect(ScriptRecipe.matching("tell me how many lines a log has")?.does == "count the lines")
        #expect(ScriptRecipe.matching("Number of characters in the text")?.does == "count the characters")
        #expect(ScriptRecipe.matching("which words occur most often")?.does == "count how often each word appears")
        #expect(ScriptRecipe.matching("sorts a list alphabetically")?.does == "sort the lines")
        #expect(ScriptRecipe.matching("prints only the lines containing a given word")?.does == "print the lines that contain a word")
        #expect(ScriptRecipe.matching("adds up the numbers in a column")?.does == "add up the numbers")
        #expect(ScriptRecipe.matching("drop duplicate lines")?.does == "remove duplicate lines")
        #expect(ScriptRecipe.matching("turn a CSV into JSON")?.does == "convert CSV to JSON")
        #expect(ScriptRecipe.matching("find the emails in a note") == nil)
        #expect(ScriptRecipe.matching("book a table for two") == nil)
        #expect(ScriptRecipe.language("skills/a/scripts/a.py") == "python" && ScriptRecipe.language("x.sh") == "shell")
        #expect(ScriptRecipe.language("x.js") == nil && ScriptRecipe.language("skills/a.py/run") == nil)
    }

    /// Each recipe in both languages, run by python3 and sh on a real file.
    @Test func everyRecipeDoesWhatItSays() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-recipes-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let input = dir + "/in.txt"
        try "pear 3\napple 10\npear 3\nBanana split\n".write(toFile: input, atomically: true, encoding: .utf8)
        try "name,n\nMia,2\n".write(toFile: dir + "/t.csv", atomically: true, encoding: .utf8)
        let expected: [(String, [String], String)] = [
            ("count the words", [input], "8\n"), ("count the lines", [input], "4\n"), ("count the characters", [input], "36\n"),
            ("count the words", [input, input], "8 \(input)\n8 \(input)\n16 total\n"),
            ("count how often each word appears", [input], "2 pear\n2 3\n"), ("add up the numbers", [input], "16\n"),
            ("remove duplicate lines", [input], "pear 3\napple 10\nBanana split\n"),
            ("sort the lines", [input], "Banana split\napple 10\npear 3\npear 3\n"),
            ("reverse the order of the lines", [input], "Banana split\npear 3\napple 10\npear 3\n"),
            ("make the text upper case", [input], "PEAR 3\nAPPLE 10\nPEAR 3\nBANANA SPLIT\n"),
            ("print the first 10 lines", [input], "pear 3\napple 10\npear 3\nBanana split\n"),
            ("print the lines that contain a word", ["APPLE", input], "apple 10\n"),
            ("list the files in a folder", [dir], "in.txt\nt.csv\n"),
        ]
        for (does, args, output) in expected {
            let recipe = try #require(ScriptRecipe.all.first { $0.does == does })
            for (path, runner) in [("w.py", "python3"), ("w.sh", "sh")] {
                guard let text = recipe.text(for: "skills/w/scripts/" + path) else { continue }
                try text.write(toFile: dir + "/" + path, atomically: true, encoding: .utf8)
                let out = try Self.run(runner, [dir + "/" + path] + args)
                let got =
                    does.hasPrefix("count how often")
                    ? out.split(separator: "\n").prefix(2).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n") + "\n" : out
                #expect(got == output.replacingOccurrences(of: "in.txt\nt.csv\n", with: "in.txt\nt.csv\n\(path)\n"), "\(does) in \(runner)")
                try FileManager.default.removeItem(atPath: dir + "/" + path)
            }
        }
        let csv = try #require(ScriptRecipe.matching("csv to json")?.text(for: "c.py"))
        try csv.write(toFile: dir + "/c.py", atomically: true, encoding: .utf8)
        #expect(try Self.run("python3", [dir + "/c.py", dir + "/t.csv"]) == "[\n  {\n    \"name\": \"Mia\",\n    \"n\": \"2\"\n  }\n]\n")
        // From standard input when no file is named.
        #expect(try Self.run("python3", [dir + "/c.py"], input: "a,b\n1,2\n").contains("\"a\": \"1\""))
    }

    @Test func writeScriptWritesTheRecipeOrSaysWhatItCan() async throws {
        try await withWorkspace { ws in
            let c = TestContext(ws)
            let js = try await c.call(WriteScript.self, ["path": "skills/w/scripts/w.js", "does": "count the words"])
            #expect(!js.ok && js.text.hasPrefix("error: write_script writes Python (.py) or shell (.sh) scripts, not skills/w/scripts/w.js"))
            let odd = try await c.call(WriteScript.self, ["path": "skills/w/scripts/w.py", "does": "send my mail"])
            #expect(!odd.ok && odd.text.contains("has no ready-made script that does \"send my mail\"; it can: count how often"))
            let noShell = try await c.call(WriteScript.self, ["path": "skills/w/scripts/w.sh", "does": "csv to json"])
            #expect(!noShell.ok && noShell.text.contains("give the path a .py name"))
            #expect(await c.proposal == nil)
            let r = try await c.call(WriteScript.self, ["path": "skills/w/scripts/w.py", "does": "Counts the words of a text file"])
            #expect(r.ok && r.text.hasPrefix("wrote skills/w/scripts/w.py, a Python script to count the words ("))
            let n = try #require(await c.proposal)
            let written = try await text(ws, "skills/w/scripts/w.py", proposal: n)
            #expect(written.hasPrefix("#!/usr/bin/env python3\n\"\"\"Count the words.\n\nUsage: python3 w.py [FILE ...]"))
            #expect(written.contains("import sys\n") && !written.contains("import csv"))
            let files = try await ws.listFiles(under: "skills/w", proposal: n)
            #expect(files.first?.executable == true)
        }
    }

    static func run(_ tool: String, _ args: [String], input: String? = nil) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        let out = Pipe()
        p.standardOutput = out
        let stdin = Pipe()
        p.standardInput = stdin
        try p.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
