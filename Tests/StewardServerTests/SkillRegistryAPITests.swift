import Foundation
import StewardTestSupport
import Testing

@Suite("One unreadable skill does not close the registry")
struct SkillRegistryAPITests {
    @Test func aSymlinkInOneSkillLeavesTheOthersListedByTheAPI() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ws = s.dir + "/ws"
        for name in ["good", "linked"] {
            try FileManager.default.createDirectory(atPath: ws + "/skills/\(name)/scripts", withIntermediateDirectories: true)
            try "---\nname: \(name)\ndescription: A test skill.\n---\nRun it.\n".write(
                toFile: ws + "/skills/\(name)/SKILL.md", atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: ws + "/skills/linked/scripts/passwd", withDestinationPath: "/etc/passwd")
        _ = try gitCLI(["add", "-A"], in: ws)
        _ = try gitCLI(["-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "skills"], in: ws)

        let r = try await s.send(.GET, "/api/v1/skills", token: s.owner)
        #expect(r.status == 200, "\(r.body)")
        let reports = try #require(r.json as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: reports.map { ($0["folder"] as? String ?? "", $0) })
        #expect(byName["good"]?["manifest"] != nil)
        let problems = byName["linked"]?["problems"] as? [[String: Any]] ?? []
        #expect(byName["linked"]?["manifest"] == nil || byName["linked"]?["manifest"] is NSNull)
        #expect(
            problems.contains {
                ($0["message"] as? String)?.contains("scripts/passwd is a symbolic link; symbolic links are not allowed in skills") == true
            }, "\(problems)")
    }
}
