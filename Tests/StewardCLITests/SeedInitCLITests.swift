import Foundation
import Testing

/// `steward init` writes the seed byte for byte as it is in `Sources/StewardSandbox/Seed/Files/`
/// (embedded by SwiftPM; a file's path there is its name with `+` read as `/`), the hooks
/// executable (spec 2).
@Suite struct SeedInitCLITests {
    static let folder =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/StewardSandbox/Seed/Files").path

    @Test func aFreshInitIsTheSeedFolder() async throws {
        let s = try Sandbox()
        let fm = FileManager.default
        // What the folder says main's first commit must hold: "MODE BLOB\tPATH", as git ls-tree prints it.
        var expected: [String] = []
        for name in try fm.contentsOfDirectory(atPath: Self.folder) where !name.hasPrefix(".") {
            let source = Self.folder + "/" + name
            let blob = try await run("/usr/bin/git", ["hash-object", source], stdin: nil, env: [:]).stdout.trimmingCharacters(
                in: .whitespacesAndNewlines)
            let mode = fm.isExecutableFile(atPath: source) ? "100755" : "100644"
            expected.append("\(mode) blob \(blob)\t\(name.replacingOccurrences(of: "+", with: "/"))")
        }
        #expect(expected.count == 13)
        _ = try await s.ok("init")
        let tree = try await s.git("ls-tree", "-r", "main").split(separator: "\n").map(String.init)
        #expect(tree.sorted() == expected.sorted())
        #expect(tree.contains { $0.hasPrefix("100755 ") && $0.hasSuffix("\thooks/pre-merge-size-limit") }, "\(tree)")
        #expect(tree.contains { $0.hasPrefix("100755 ") && $0.hasSuffix("\thooks/pre-merge-skill-check") }, "\(tree)")
        // The checkout too: the same bytes, the hooks runnable, nothing else but .git and .steward.
        for name in try fm.contentsOfDirectory(atPath: Self.folder) where !name.hasPrefix(".") {
            let path = name.replacingOccurrences(of: "+", with: "/")
            #expect(fm.contents(atPath: s.ws + "/" + path) == fm.contents(atPath: Self.folder + "/" + name), "\(path)")
            #expect(fm.isExecutableFile(atPath: s.ws + "/" + path) == path.hasPrefix("hooks/pre-merge-"), "\(path)")
        }
        #expect(try await s.git("status", "--porcelain", "--untracked-files=all") == "")
    }
}
