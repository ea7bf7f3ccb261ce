import Foundation
import Testing

/// The checks of the everyday-task suite, without a model: each check fails on the unchanged
/// fixtures and passes on a hand-made correct proposal, so every check can fail and can pass.
@Suite("The everyday-task suite's checks")
struct EverydayTaskSuiteTests {
    @Test func shape() {
        let all = EverydayTaskSuite.intentions
        #expect(all.map(\.number) == Array(1...14))
        #expect(all.allSatisfy { $0.wordings.map(\.0) == [.imperative, .request, .context] })
        #expect(Set(all.flatMap { $0.wordings.map(\.1) }).count == 42, "42 different wordings")
        #expect(all.filter(\.heldOut).map(\.number) == [2, 6, 10, 14])
        #expect(Set(all.map(\.kind)).count == 14, "one intention per kind")
    }

    /// The fresh held-out part (written blind, `EverydayTaskSuite+fresh.swift`): 101 to 108.
    @Test func freshShape() {
        let fresh = EverydayTaskSuite.fresh
        #expect(fresh.map(\.number) == Array(101...108))
        #expect(fresh.allSatisfy { $0.wordings.map(\.0) == [.imperative, .request, .context] })
        let wordings = Set(fresh.flatMap { $0.wordings.map(\.1) })
        #expect(wordings.count == 24, "24 different wordings")
        // Only what two parts share is printed on failure: the held-out parts' wordings stay unseen.
        let shared = wordings.intersection(EverydayTaskSuite.intentions.flatMap { $0.wordings.map(\.1) })
        #expect(shared.isEmpty, "none from the first parts")
        #expect(Set(fresh.map(\.kind)).count == 8, "a different kind each")
        #expect(Set(EverydayTaskSuite.freshNearMisses.map(\.0)) == Set(101...108), "a wrong result for each intention")
    }

    /// The second fresh held-out part (written blind, `EverydayTaskSuite+fresh2.swift`): 201 to 210,
    /// with wordings and kinds of its own.
    @Test func fresh2Shape() {
        let part = EverydayTaskSuite.fresh2
        let earlier = EverydayTaskSuite.intentions + EverydayTaskSuite.fresh
        #expect(part.map(\.number) == Array(201...210))
        #expect(part.allSatisfy { $0.wordings.map(\.0) == [.imperative, .request, .context] })
        let wordings = Set(part.flatMap { $0.wordings.map(\.1) })
        #expect(wordings.count == 30, "30 different wordings")
        let shared = wordings.intersection(earlier.flatMap { $0.wordings.map(\.1) })
        #expect(shared.isEmpty, "none from the earlier parts")
        #expect(Set(part.map(\.kind)).count == 10, "a different kind each")
        let sharedKinds = Set(part.map(\.kind)).intersection(earlier.map(\.kind))
        #expect(sharedKinds.isEmpty, "kinds named apart from the earlier parts'")
        #expect(Set(EverydayTaskSuite.fresh2NearMisses.map(\.0)) == Set(201...210), "a wrong result for each intention")
        #expect(Set(EverydayTaskSuite.fresh2Alternatives.map(\.0)) == Set(201...210), "another correct form for each intention")
    }

    /// The third fresh held-out part (written blind, `EverydayTaskSuite+fresh3.swift`): 301 to 314,
    /// one intention for each kind the issue names, with wordings and kind names of its own, run
    /// as Steward chooses (no agent given).
    @Test func fresh3Shape() {
        Self.blindPart(
            EverydayTaskSuite.fresh3, 301...314, earlier: EverydayTaskSuite.intentions + EverydayTaskSuite.fresh + EverydayTaskSuite.fresh2,
            nearMisses: EverydayTaskSuite.fresh3NearMisses, alternatives: EverydayTaskSuite.fresh3Alternatives, delete: 307)
    }

    /// The second development part (`EverydayTaskSuite+dev2.swift`): 401 to 414, one intention for
    /// each kind the issue names, with wordings of its own, run as Steward chooses (no agent given).
    @Test func dev2Shape() {
        let part = EverydayTaskSuite.dev2
        let earlier = EverydayTaskSuite.intentions + EverydayTaskSuite.fresh + EverydayTaskSuite.fresh2 + EverydayTaskSuite.fresh3
        #expect(part.map(\.number) == Array(401...414))
        #expect(part.allSatisfy { $0.wordings.map(\.0) == [.imperative, .request, .context] })
        let wordings = Set(part.flatMap { $0.wordings.map(\.1) })
        #expect(wordings.count == 42, "42 different wordings")
        let shared = wordings.intersection(earlier.flatMap { $0.wordings.map(\.1) })
        #expect(shared.isEmpty, "none from the other parts")
        #expect(Set(part.map(\.kind)).count == 14, "a different kind each")
        #expect(part.allSatisfy { $0.agent == nil }, "Steward chooses the agent, as for a person")
        #expect(Set(Self.all.map(\.number)).count == Self.all.count, "numbers unique across the parts")
        #expect(Set(EverydayTaskSuite.dev2NearMisses.map(\.0)) == Set(401...414), "a wrong result for each intention")
        #expect(
            Set(EverydayTaskSuite.dev2Alternatives.map(\.0)) == Set(401...414).subtracting([407]),
            "another correct form for each intention but the delete, which has none")
    }

    /// The blind held-out parts from the fourth on (`EverydayTaskSuite+freshN.swift`): fourteen
    /// intentions each, one for each kind the issue names (the delete the eighth), with wordings
    /// and kind names of their own, run as Steward chooses (no agent given), each checked against
    /// every part numbered before it; from the fifth on, at least four wrong results each, from the
    /// sixteenth on, at least six.
    static let blindParts:
        [(part: [Intention], numbers: ClosedRange<Int>, nearMisses: [(Int, String)], alternatives: [(Int, String)], missesEach: Int)] = [
            (EverydayTaskSuite.fresh4, 501...514, EverydayTaskSuite.fresh4NearMisses, EverydayTaskSuite.fresh4Alternatives, 1),
            (EverydayTaskSuite.fresh5, 601...614, EverydayTaskSuite.fresh5NearMisses, EverydayTaskSuite.fresh5Alternatives, 4),
            (EverydayTaskSuite.fresh6, 701...714, EverydayTaskSuite.fresh6NearMisses, EverydayTaskSuite.fresh6Alternatives, 4),
            (EverydayTaskSuite.fresh7, 801...814, EverydayTaskSuite.fresh7NearMisses, EverydayTaskSuite.fresh7Alternatives, 4),
            (EverydayTaskSuite.fresh8, 901...914, EverydayTaskSuite.fresh8NearMisses, EverydayTaskSuite.fresh8Alternatives, 4),
            (EverydayTaskSuite.fresh9, 1001...1014, EverydayTaskSuite.fresh9NearMisses, EverydayTaskSuite.fresh9Alternatives, 4),
            (EverydayTaskSuite.fresh10, 1101...1114, EverydayTaskSuite.fresh10NearMisses, EverydayTaskSuite.fresh10Alternatives, 4),
            (EverydayTaskSuite.fresh11, 1201...1214, EverydayTaskSuite.fresh11NearMisses, EverydayTaskSuite.fresh11Alternatives, 4),
            (EverydayTaskSuite.fresh12, 1301...1314, EverydayTaskSuite.fresh12NearMisses, EverydayTaskSuite.fresh12Alternatives, 4),
            (EverydayTaskSuite.fresh13, 1401...1414, EverydayTaskSuite.fresh13NearMisses, EverydayTaskSuite.fresh13Alternatives, 4),
            (EverydayTaskSuite.fresh14, 1501...1514, EverydayTaskSuite.fresh14NearMisses, EverydayTaskSuite.fresh14Alternatives, 4),
            (EverydayTaskSuite.fresh15, 1601...1614, EverydayTaskSuite.fresh15NearMisses, EverydayTaskSuite.fresh15Alternatives, 4),
            (EverydayTaskSuite.fresh16, 1701...1714, EverydayTaskSuite.fresh16NearMisses, EverydayTaskSuite.fresh16Alternatives, 6),
            (EverydayTaskSuite.fresh17, 1801...1814, EverydayTaskSuite.fresh17NearMisses, EverydayTaskSuite.fresh17Alternatives, 6),
            (EverydayTaskSuite.fresh18, 1901...1914, EverydayTaskSuite.fresh18NearMisses, EverydayTaskSuite.fresh18Alternatives, 6),
            (EverydayTaskSuite.fresh19, 2001...2014, EverydayTaskSuite.fresh19NearMisses, EverydayTaskSuite.fresh19Alternatives, 6),
            (EverydayTaskSuite.fresh20, 2101...2114, EverydayTaskSuite.fresh20NearMisses, EverydayTaskSuite.fresh20Alternatives, 6),
            (EverydayTaskSuite.fresh21, 2201...2214, EverydayTaskSuite.fresh21NearMisses, EverydayTaskSuite.fresh21Alternatives, 6),
            (EverydayTaskSuite.fresh22, 2301...2314, EverydayTaskSuite.fresh22NearMisses, EverydayTaskSuite.fresh22Alternatives, 6),
            (EverydayTaskSuite.fresh23, 2401...2414, EverydayTaskSuite.fresh23NearMisses, EverydayTaskSuite.fresh23Alternatives, 6),
            (EverydayTaskSuite.fresh24, 2501...2514, EverydayTaskSuite.fresh24NearMisses, EverydayTaskSuite.fresh24Alternatives, 6),
            (EverydayTaskSuite.fresh25, 2601...2614, EverydayTaskSuite.fresh25NearMisses, EverydayTaskSuite.fresh25Alternatives, 6),
            (EverydayTaskSuite.fresh26, 2701...2714, EverydayTaskSuite.fresh26NearMisses, EverydayTaskSuite.fresh26Alternatives, 6),
            (EverydayTaskSuite.fresh27, 2801...2814, EverydayTaskSuite.fresh27NearMisses, EverydayTaskSuite.fresh27Alternatives, 6),
            (EverydayTaskSuite.fresh28, 2901...2914, EverydayTaskSuite.fresh28NearMisses, EverydayTaskSuite.fresh28Alternatives, 6),
            (EverydayTaskSuite.fresh29, 3001...3014, EverydayTaskSuite.fresh29NearMisses, EverydayTaskSuite.fresh29Alternatives, 6),
            (EverydayTaskSuite.fresh30, 3101...3114, EverydayTaskSuite.fresh30NearMisses, EverydayTaskSuite.fresh30Alternatives, 6),
            (EverydayTaskSuite.fresh31, 3201...3214, EverydayTaskSuite.fresh31NearMisses, EverydayTaskSuite.fresh31Alternatives, 6),
            (EverydayTaskSuite.fresh32, 3301...3314, EverydayTaskSuite.fresh32NearMisses, EverydayTaskSuite.fresh32Alternatives, 6),
            (EverydayTaskSuite.fresh33, 3401...3414, EverydayTaskSuite.fresh33NearMisses, EverydayTaskSuite.fresh33Alternatives, 6),
        ]

    @Test(arguments: blindParts.indices)
    func blindPartShape(_ index: Int) {
        let p = Self.blindParts[index]
        Self.blindPart(
            p.part, p.numbers, earlier: Self.all.filter { $0.number < p.numbers.lowerBound }, nearMisses: p.nearMisses,
            alternatives: p.alternatives, delete: p.numbers.lowerBound + 7, missesEach: p.missesEach)
    }

    /// A blind part's shape: its numbers, three wordings each (42, none from the `earlier`
    /// parts), a kind each named apart from theirs, no agent given, numbers unique across the
    /// parts, at least `missesEach` wrong results for each intention and another correct form
    /// for each but the `delete`, which has none. Only what two parts share is printed on
    /// failure: the held-out parts' wordings stay unseen.
    static func blindPart(
        _ part: [Intention], _ numbers: ClosedRange<Int>, earlier: [Intention], nearMisses: [(Int, String)], alternatives: [(Int, String)],
        delete: Int, missesEach: Int = 1, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(part.map(\.number) == Array(numbers), sourceLocation: sourceLocation)
        #expect(part.allSatisfy { $0.wordings.map(\.0) == [.imperative, .request, .context] }, sourceLocation: sourceLocation)
        let wordings = Set(part.flatMap { $0.wordings.map(\.1) })
        #expect(wordings.count == 42, "42 different wordings", sourceLocation: sourceLocation)
        let shared = wordings.intersection(earlier.flatMap { $0.wordings.map(\.1) })
        #expect(shared.isEmpty, "none from the earlier parts", sourceLocation: sourceLocation)
        #expect(Set(part.map(\.kind)).count == 14, "a different kind each", sourceLocation: sourceLocation)
        let sharedKinds = Set(part.map(\.kind)).intersection(earlier.map(\.kind))
        #expect(sharedKinds.isEmpty, "kinds named apart from the earlier parts'", sourceLocation: sourceLocation)
        #expect(part.allSatisfy { $0.agent == nil }, "Steward chooses the agent, as for a person", sourceLocation: sourceLocation)
        #expect(Set(all.map(\.number)).count == all.count, "numbers unique across the parts", sourceLocation: sourceLocation)
        let misses = Dictionary(grouping: nearMisses, by: \.0)
        #expect(
            Set(misses.keys) == Set(numbers) && misses.values.allSatisfy { $0.count >= missesEach }, "wrong results for each intention",
            sourceLocation: sourceLocation)
        #expect(
            Set(alternatives.map(\.0)) == Set(numbers).subtracting([delete]),
            "another correct form for each intention but the delete, which has none", sourceLocation: sourceLocation)
    }

    static let all =
        EverydayTaskSuite.intentions + EverydayTaskSuite.fresh + EverydayTaskSuite.fresh2 + EverydayTaskSuite.fresh3 + EverydayTaskSuite.dev2
        + EverydayTaskSuite.fresh4 + EverydayTaskSuite.fresh5 + EverydayTaskSuite.fresh6 + EverydayTaskSuite.fresh7 + EverydayTaskSuite.fresh8
        + EverydayTaskSuite.fresh9 + EverydayTaskSuite.fresh10 + EverydayTaskSuite.fresh11 + EverydayTaskSuite.fresh12 + EverydayTaskSuite.fresh13
        + EverydayTaskSuite.fresh14 + EverydayTaskSuite.fresh15 + EverydayTaskSuite.fresh16
        + EverydayTaskSuite.fresh17 + EverydayTaskSuite.fresh18 + EverydayTaskSuite.fresh19 + EverydayTaskSuite.fresh20
        + EverydayTaskSuite.fresh21 + EverydayTaskSuite.fresh22 + EverydayTaskSuite.fresh23 + EverydayTaskSuite.fresh24
        + EverydayTaskSuite.fresh25 + EverydayTaskSuite.fresh26 + EverydayTaskSuite.fresh27 + EverydayTaskSuite.fresh28
        + EverydayTaskSuite.fresh29 + EverydayTaskSuite.fresh30 + EverydayTaskSuite.fresh31 + EverydayTaskSuite.fresh32 + EverydayTaskSuite.fresh33

    @Test(arguments: all.map(\.number))
    func checkFailsOnFixturesAndPassesOnACorrectProposal(_ number: Int) async throws {
        let i = try #require(Self.all.first { $0.number == number })
        let s = try await i.sandbox()
        let before = await i.judge(s, ref: "main")
        #expect(!before.content, "\(i.kind): the check passes on the unchanged fixtures")
        #expect(!before.nothingElse, "\(i.kind): no change counts as the expected change")
        let n = try await s.propose(i.kind, i.solution)
        let after = await i.judge(s, ref: "steward/\(n)")
        #expect(after.content, "\(i.kind): the check fails on a correct result")
        #expect(after.nothingElse, "\(i.kind): the expected paths differ from a correct result's")
    }

    /// Wrong results a small model is known to give (the CSV written back unchanged, the note
    /// copied as its summary, a copy where a move was asked, a second file touched) fail.
    static let nearMisses: [(Int, String)] = [
        (2, ops(writes: [("memory/app.toml", "port = 9090\n")])),
        (3, ops(writes: [("memory/todo.md", "# To do\n- call the bank\n")])),
        (5, ops(writes: [("memory/archive/invoice-march.txt", "Invoice 1043, March, 120 EUR\n")])),
        (8, ops(writes: [("memory/projects/alpha.md", "# Alpha\nOwner: Priya\n")])),
        (9, ops(writes: [("outputs/summary.md", EverydayTaskSuite.note)])),
        (10, ops(writes: [("outputs/emails.md", "tom.baker@example.org, ana@example.com, office@fair.example.net\n")])),
        (12, ops(writes: [("outputs/scores.md", "player,points\nMia,12\nJon,9\nEve,15\n")])),
        (13, ops(writes: [("skills/tidy-notes/SKILL.md", "name: tidy-notes\ndescription: Tidy a notes folder.\nMove old notes away.\n")])),
        (1, ops(writes: [("memory/packing.md", "- passport\n- charger\n- socks\n"), ("memory/readme.md", "# Notes\npacking\n")])),
    ]

    static let allNearMisses =
        nearMisses + EverydayTaskSuite.freshNearMisses + EverydayTaskSuite.fresh2NearMisses + EverydayTaskSuite.fresh3NearMisses
        + EverydayTaskSuite.dev2NearMisses + EverydayTaskSuite.fresh4NearMisses + EverydayTaskSuite.fresh5NearMisses
        + EverydayTaskSuite.fresh6NearMisses + EverydayTaskSuite.fresh7NearMisses + EverydayTaskSuite.fresh8NearMisses
        + EverydayTaskSuite.fresh9NearMisses + EverydayTaskSuite.fresh10NearMisses + EverydayTaskSuite.fresh11NearMisses
        + EverydayTaskSuite.fresh12NearMisses + EverydayTaskSuite.fresh13NearMisses + EverydayTaskSuite.fresh14NearMisses
        + EverydayTaskSuite.fresh15NearMisses + EverydayTaskSuite.fresh16NearMisses
        + EverydayTaskSuite.fresh17NearMisses + EverydayTaskSuite.fresh18NearMisses + EverydayTaskSuite.fresh19NearMisses
        + EverydayTaskSuite.fresh20NearMisses + EverydayTaskSuite.fresh21NearMisses
        + EverydayTaskSuite.fresh22NearMisses + EverydayTaskSuite.fresh23NearMisses + EverydayTaskSuite.fresh24NearMisses
        + EverydayTaskSuite.fresh25NearMisses + EverydayTaskSuite.fresh26NearMisses + EverydayTaskSuite.fresh27NearMisses
        + EverydayTaskSuite.fresh28NearMisses + EverydayTaskSuite.fresh29NearMisses + EverydayTaskSuite.fresh30NearMisses
        + EverydayTaskSuite.fresh31NearMisses + EverydayTaskSuite.fresh32NearMisses + EverydayTaskSuite.fresh33NearMisses

    @Test(arguments: allNearMisses.indices)
    func nearMissesFail(_ index: Int) async throws {
        let (number, solution) = Self.allNearMisses[index]
        let i = try #require(Self.all.first { $0.number == number })
        let s = try await i.sandbox()
        let n = try await s.propose(i.kind, solution)
        let judged = await i.judge(s, ref: "steward/\(n)")
        #expect(!(judged.content && judged.nothingElse), "\(i.kind): a wrong result passes")
    }

    /// Correct results written another harmless way pass the checks: they judge substance, not
    /// one spelling. fresh2: spacing, key order, list markers, quotes, a title line. fresh3:
    /// checkboxes, another order, a link in Markdown, a number for the year, a script with
    /// Decimal or pandas. dev2: JSON in another key order, a lost final newline, quoted front
    /// matter, a script with argparse. fresh4: another date format, rows and columns in another
    /// order, quoted CSV with CRLF, a folded description, tar or rsync. fresh5: a table for a list,
    /// quotes around an INI value, strings for numbers, capitalised keys, long options or find.
    /// fresh6: a table for a list, units in table cells, rows in another order, another way to
    /// give a date or a time span. fresh7: a table for a list, quoted CSV cells, another date or
    /// time format, another JSON shape, a loop or another du option. fresh8: a table for a list,
    /// columns in another order, another phone, date or time format, titles for file names,
    /// find, xargs or another grep option. fresh9: a table for a list, quoted CSV cells with CRLF,
    /// columns in another order, another date or time format, paths or months for file names, a
    /// loop, awk, find or xargs. fresh10: a table for a list, quoted CSV cells with CRLF, columns
    /// in another order, another date or time format, titles before file names, pandas, statistics
    /// or a loop. fresh11: a table for a list, quoted CSV cells with CRLF, columns in another order,
    /// another date, number or phone format, titles for file names, pandas, pathlib or a loop.
    /// fresh12: a table for a list, quoted CSV cells with CRLF, rows in another order, another
    /// date, time, number or phone format, another JSON shape, paths or titles for file names,
    /// pandas, pathlib or csv.reader. fresh13: a table for a list, quoted CSV cells with CRLF, rows
    /// and columns in another order, number words, another date, time or amount format, paths or
    /// titles for file names, pandas, pathlib or csv.reader. fresh14: a table for a list, quoted CSV
    /// cells with CRLF, rows and columns in another order, number words, another date, time or
    /// number format, paths or titles for file names, pandas, pathlib or csv.reader with Decimal.
    /// fresh15: a table for a list, quoted CSV cells with CRLF, rows and columns in another order,
    /// number words, another date, time, dose or amount format, paths or titles for file names,
    /// units in a cell, pandas, pathlib or csv.reader with Decimal. fresh16, fresh17, fresh18,
    /// fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32 and fresh33: forms of the same sorts, listed in their own files.
    static let allAlternatives =
        EverydayTaskSuite.fresh2Alternatives + EverydayTaskSuite.fresh3Alternatives + EverydayTaskSuite.dev2Alternatives
        + EverydayTaskSuite.fresh4Alternatives + EverydayTaskSuite.fresh5Alternatives + EverydayTaskSuite.fresh6Alternatives
        + EverydayTaskSuite.fresh7Alternatives + EverydayTaskSuite.fresh8Alternatives
        + EverydayTaskSuite.fresh9Alternatives + EverydayTaskSuite.fresh10Alternatives + EverydayTaskSuite.fresh11Alternatives
        + EverydayTaskSuite.fresh12Alternatives + EverydayTaskSuite.fresh13Alternatives + EverydayTaskSuite.fresh14Alternatives
        + EverydayTaskSuite.fresh15Alternatives + EverydayTaskSuite.fresh16Alternatives
        + EverydayTaskSuite.fresh17Alternatives + EverydayTaskSuite.fresh18Alternatives + EverydayTaskSuite.fresh19Alternatives
        + EverydayTaskSuite.fresh20Alternatives + EverydayTaskSuite.fresh21Alternatives
        + EverydayTaskSuite.fresh22Alternatives + EverydayTaskSuite.fresh23Alternatives + EverydayTaskSuite.fresh24Alternatives
        + EverydayTaskSuite.fresh25Alternatives + EverydayTaskSuite.fresh26Alternatives + EverydayTaskSuite.fresh27Alternatives
        + EverydayTaskSuite.fresh28Alternatives + EverydayTaskSuite.fresh29Alternatives + EverydayTaskSuite.fresh30Alternatives
        + EverydayTaskSuite.fresh31Alternatives + EverydayTaskSuite.fresh32Alternatives + EverydayTaskSuite.fresh33Alternatives

    @Test(arguments: allAlternatives.indices)
    func alternativesPass(_ index: Int) async throws {
        let (number, solution) = Self.allAlternatives[index]
        let i = try #require(Self.all.first { $0.number == number })
        let s = try await i.sandbox()
        let n = try await s.propose(i.kind, solution)
        let judged = await i.judge(s, ref: "steward/\(n)")
        #expect(judged.content, "\(number) \(i.kind): a correct result written another way fails")
        #expect(judged.nothingElse, "\(number) \(i.kind): the expected paths differ from a correct result's")
    }
}
