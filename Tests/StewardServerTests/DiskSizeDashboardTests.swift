import Foundation
import StewardSandbox
import Testing

/// The dashboard's models page shows the workspace's size as `steward doctor` says it (spec 21.4).
@Suite struct DiskSizeDashboardTests {
    @Test func theModelsPageShowsTheWorkspaceOnDisk() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        _ = try await s.propose("memory/size.md", String(repeating: "size\n", count: 1000))
        let login = try await s.send(.POST, "/login", body: "token=\(s.owner)", contentType: "application/x-www-form-urlencoded")
        let cookie = String(try #require(login.headers["Set-Cookie"].first).prefix { $0 != ";" })
        let page = try await s.send(.GET, "/models", cookie: cookie)
        #expect(page.status == 200)
        let size = await s.state.workspace.size()
        #expect(size.looseObjects.count > 0 && size.checkout.count > 0 && size.totalBytes > size.looseObjects.bytes)
        // The same figures (git objects and the checkout do not change between the two).
        let loose =
            "<tr><td>git objects, loose</td><td>\(WorkspaceSize.count(size.looseObjects.count))</td><td>\(WorkspaceSize.show(size.looseObjects.bytes))</td></tr>"
        let checkout =
            "<tr><td>checkout</td><td>\(WorkspaceSize.count(size.checkout.count))</td><td>\(WorkspaceSize.show(size.checkout.bytes))</td></tr>"
        #expect(page.body.contains(#"<table id="disk">"#) && page.body.contains(loose) && page.body.contains(checkout), "\(page.body)")
        #expect(page.body.contains(".steward (store)") && page.body.contains(" in all"))
    }
}
