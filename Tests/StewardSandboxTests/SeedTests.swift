import Foundation
import StewardSandbox
import Testing

/// The embedded seed is `Sources/StewardSandbox/Seed/Files/` itself: one source, no generator.
@Suite("Seed")
struct SeedTests {
    static let folder =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/StewardSandbox/Seed/Files").path

    /// Every file of the folder is in `Seed.files` under its path (`+` read as `/`), with the
    /// same bytes and the same executable bit; none is left out of the table and none is extra.
    @Test func theTableIsTheFolder() throws {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: Self.folder).filter { !$0.hasPrefix(".") }
        #expect(Set(names) == Set(Seed.files.map { Seed.embeddedName(of: $0.path) }), "Seed.swift's table and Seed/Files differ")
        #expect(names.count == 13)
        for file in Seed.files {
            let source = Self.folder + "/" + Seed.embeddedName(of: file.path)
            let bytes = try #require(fm.contents(atPath: source), "\(source) is missing")
            #expect(Data(file.content.utf8) == bytes, "\(file.path) differs from \(source)")
            #expect(file.executable == fm.isExecutableFile(atPath: source), "\(file.path): the executable bit differs from \(source)")
        }
        // Every folder of the layout is there, each with a README; the default hooks run.
        let byPath = Dictionary(uniqueKeysWithValues: Seed.files.map { ($0.path, $0) })
        for folder in ["skills", "memory", "temp", "outputs", "prompts", "hooks"] {
            #expect(byPath["\(folder)/README.md"] != nil)
        }
        #expect(byPath["hooks/pre-merge-size-limit"]?.executable == true)
        #expect(byPath["hooks/pre-merge-skill-check"]?.executable == true)
        _ = try WorkspaceConfig.parse(try #require(byPath["steward.toml"]).content)
    }
}
