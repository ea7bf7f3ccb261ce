import Foundation
import Hummingbird
import Mustache
import NIOCore
import StewardAgents
import StewardCore
import StewardModels
import StewardSandbox
import StewardSkills
import StewardStore
import StewardWorker

/// Server-rendered pages (swift-mustache), a small stylesheet and a little plain JavaScript for
/// live task updates over SSE. Every state change is a POST form with the session's CSRF token.
enum Dashboard {
    static let library: MustacheLibrary = {
        var l = MustacheLibrary()
        for (name, text) in Templates.all {
            // The templates are constants of this program, checked by the tests.
            try! l.register(text, named: name)
        }
        return l
    }()

    /// `values` rendered with `template`, through `Display.prepare`. `pageTitle` names the
    /// page in its title (the template's name when not given).
    static func page(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        var v = values
        v["page"] = template
        v["pageTitle"] = v["pageTitle"] ?? template.prefix(1).uppercased() + template.dropFirst()
        v["current_" + (template == "proposal" ? "proposals" : template == "task" ? "tasks" : template)] = true
        let html = library.render(Display.prepare(v), withTemplate: template) ?? "template \(template) is missing"
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(_ to: String, headers extra: HTTPFields = [:]) -> Response {
        var h = extra
        h[.location] = to
        return Response(status: .seeOther, headers: h)
    }

    /// The largest form body the dashboard reads (its forms are a few short fields).
    static let formLimit = 1 << 16

    /// The form's fields (application/x-www-form-urlencoded), through Hummingbird's
    /// `URLEncodedFormDecoder`: `+` is a space, `%XX` UTF-8 bytes.
    /// - Throws: `APIError` 400 for a body that is not a form (bad percent-encoding, a field
    ///   given twice, a field in a shape the form does not have); 413 past `formLimit`.
    static func form<Fields: Decodable>(_ request: Request, as _: Fields.Type = Fields.self) async throws -> Fields {
        let buffer = try await request.body.collect(upTo: formLimit)
        do {
            return try URLEncodedFormDecoder().decode(Fields.self, from: String(buffer: buffer))
        } catch {
            throw APIError(.badRequest, "the form could not be read: \(unreadable(error)); reload the page and submit it again")
        }
    }

    /// Why a form body could not be decoded (never its values: one may be a token).
    static func unreadable(_ error: any Error) -> String {
        if let e = error as? URLEncodedFormError, e.code == .duplicateKeys {
            return "the field '\(e.value.prefix(40))' is given twice"
        }
        if let e = error as? URLEncodedFormError, e.code == .failedToPercentDecode {
            return "a field has a bad percent-encoding (a % not followed by two hex digits, or bytes that are not UTF-8)"
        }
        return "its fields are not the plain name=value pairs this form sends"
    }

    /// The session cookie (`Secure` is left off: the server listens on plain-HTTP loopback,
    /// where a browser would never send a `Secure` cookie back).
    static func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: Sessions.cookie, value: value, maxAge: maxAge, path: "/", secure: false, httpOnly: true, sameSite: .strict)
    }

    /// Who a form's action is recorded as (as for the API): the session's token, which must
    /// still be the owner's.
    /// - Throws: `APIError` 403 when it is not.
    static func owner(_ state: ServerState, _ s: Sessions.Session, _ c: StewardContext, may action: String) throws -> String {
        guard let token = try state.tokens.load().first(where: { $0.id == s.tokenID }), token.scope == .owner else {
            throw APIError(.forbidden, "only the owner may \(action)")
        }
        var ctx = c
        ctx.token = token
        return API.approver(ctx)
    }

    static func register(_ top: Router<StewardContext>, _ state: ServerState) {
        // A route's failure is a page with the signed-in header (`SignedInErrors`).
        let router = top.group().add(middleware: SignedInErrors(state: state))
        let ws = state.workspace
        let store = state.store
        let shared = state.shared

        /// The session, or a redirect to the login page.
        /// (A page view takes the message the server kept for it; see `Sessions`.)
        @Sendable func session(_ req: Request) async -> Sessions.Session? {
            await state.sessions.session(from: req, tokens: (try? state.tokens.load()) ?? [], consumingFlash: req.method == .get)
        }

        /// A page for a signed-in person: the header's pending count and log-out form.
        @Sendable func view(_ template: String, _ s: Sessions.Session, _ values: [String: Any], status: HTTPResponse.Status = .ok) async throws
            -> Response
        {
            var v = values
            v["signedIn"] = true
            v["csrf"] = s.csrf
            v["pendingCount"] = try await ws.pending(cache: store).count
            return page(template, v, status: status)
        }

        /// A POST from a page: the session and its CSRF token must both match.
        @Sendable func checkedForm<Fields: CSRFForm>(_ req: Request, as _: Fields.Type = Fields.self) async throws -> (Sessions.Session, Fields) {
            try FormOrigin.check(req)
            guard let s = await session(req) else { throw APIError(.unauthorized, "your session has ended; log in again at /login") }
            let f = try await form(req, as: Fields.self)
            guard let token = f.csrf, token.utf8.count == s.csrf.utf8.count,
                TokenStore.match(token, in: [.init(id: "", scope: .owner, label: "", secret: s.csrf, created: Date())]) != nil
            else {
                throw APIError(.forbidden, "the form's CSRF token is missing or wrong; reload the page and try again")
            }
            return (s, f)
        }

        router.get("/") { req, _ in redirect(await session(req) == nil ? "/login" : "/proposals") }
        router.get("style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Templates.css)))
        }
        router.get("live.js") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Templates.js)))
        }
        router.get("login") { req, _ in
            let next = returnPath(req.uri.queryParameters.get("next"))
            return page("login", ["pageTitle": "Log in", "next": next.map { $0 as Any } ?? false, "expired": next != nil])
        }
        router.post("login") { req, _ in
            try FormOrigin.check(req)
            let f = try await form(req, as: LoginForm.self)
            // Back to the page the person was on: a path on this site only (no open redirect).
            let next = returnPath(f.next)
            guard let t = TokenStore.match((f.token ?? "").trimmingCharacters(in: .whitespaces), in: try state.tokens.load()), t.scope == .owner
            else {
                return page(
                    "login",
                    [
                        "pageTitle": "Log in", "error": "That is not the owner's token. 'steward token' prints it.",
                        "next": next.map { $0 as Any } ?? false,
                    ], status: .unauthorized)
            }
            let s = await state.sessions.create(token: t)
            var r = redirect(next ?? "/proposals")
            r.setCookie(sessionCookie(s.id, maxAge: 12 * 3600))
            return r
        }
        router.post("logout") { req, _ in
            let (s, _) = try await checkedForm(req, as: LogoutForm.self)
            await state.sessions.end(s.id)
            var r = redirect("/login")
            r.setCookie(sessionCookie("", maxAge: 0))
            return r
        }

        router.get("proposals") { req, _ in
            guard let s = await session(req) else { return toLogin(req) }
            let synced = await state.listing.result(for: ws)
            let pending = try await ws.pending(cache: store)
            // A task's late offline proposal and the one it went on with, marked as `review` marks them (spec 23.4).
            let marks = await LateOfflineProposals.marks(pending, workspace: ws, ledger: shared)
            // Those made offline (spec 22.4) after the numbered ones, as `review` lists them.
            let list = try await (pending + ws.offlineProposals()).map { p -> [String: Any] in
                let late = p.offline == nil ? LateOfflineProposals.notes(about: p.number, in: marks).joined(separator: " ") : ""
                return [
                    "ref": p.offline ?? "\(p.number)", "label": p.offline ?? "#\(p.number)", "title": p.title, "agent": p.agent,
                    "kind": ((p.kind == .rollback ? ["rollback"] : []) + p.contents).joined(separator: "+"),
                    "files": p.files, "additions": p.additions, "deletions": p.deletions, "offline": p.offline != nil,
                    "late": late.isEmpty ? false : late,
                ]
            }
            return try await view(
                "proposals", s,
                synced.pageValues.merging(["pageTitle": "Pending proposals (\(list.count))", "proposals": list, "none": list.isEmpty]) { $1 })
        }
        router.get("proposals/:n") { req, c in
            guard let s = await session(req) else { return toLogin(req) }
            let split = req.uri.queryParameters.get("view") == "split"
            // oJ numbered by a sync since (a notification's or a task's link to it): to N.
            if let j = try API.proposal(c).offline, try await ws.offlineHead(j) == nil, let n = try await ws.number(ofOffline: j) {
                return redirect("/proposals/\(n)")
            }
            var values =
                switch try API.proposal(c) {
                case .number(let n): try await ProposalPage.values(state, n, split: split, comment: req.uri.queryParameters.get("comment"))
                case .offline(let j): try await ProposalPage.values(state, offline: j, split: split)
                }
            values["message"] = s.flash.map { $0 as Any } ?? false
            return try await view("proposal", s, values)
        }
        for action in ["approve", "reject", "rollback"] {
            router.post("proposals/:n/\(action)") { req, c in
                let (s, f) = try await checkedForm(req, as: ProposalForm.self)
                let n = try API.number(c)
                let who = try owner(state, s, c, may: action)
                // A form that cannot be right (a reason to reject the rest with nothing left
                // out) is a page of its own; what the workspace refuses is the flash.
                let rest = action == "approve" ? try f.restReason() : nil
                let message: String
                do {
                    switch action {
                    case "approve":
                        let choice = try f.fileChoice(n, files: try await ws.diff(n).files, rest: rest)
                        let r = try await ws.approve(
                            n, files: choice, by: who, expectedHead: try InputLimit.commitID.check(f.head), acceptRisks: f.acceptRisks == "on",
                            rejectRest: rest)
                        message = ProposalPage.approvedMessage(n, r, reason: rest)
                    case "reject":
                        _ = try await ws.reject(n, by: who, reason: try InputLimit.reason.check(f.reason.flatMap { $0.isEmpty ? nil : $0 }))
                        message = "Rejected #\(n)."
                    default:
                        let r = try await ws.rollback(n, by: who, reason: try InputLimit.reason.check(f.reason.flatMap { $0.isEmpty ? nil : $0 }))
                        message = "Rolled back #\(n) as #\(r.rollbackNumber ?? 0)."
                    }
                } catch let e as StewardError {
                    message = "Not done: " + e.message
                }
                // The outcome is kept in the session for the next page, never put in the URL,
                // where anyone could write a message of their own.
                await state.sessions.setFlash(s.id, path: "/proposals/\(n)", message)
                return redirect("/proposals/\(n)")
            }
        }

        registerComments(router, state, form: { try await checkedForm($0, as: CommentForm.self) }, view: { try await view($0, $1, $2, status: $3) })

        router.get("tasks") { req, _ in
            guard let s = await session(req) else { return toLogin(req) }
            let tasks = await shared.withProposalsNow(try await shared.tasks(limit: 50), in: ws).map { t -> [String: Any] in
                [
                    "id": t.id, "status": t.status.rawValue, "agent": t.agent, "prompt": Escape.inline(String(t.prompt.prefix(100))),
                    "proposal": t.offline ?? t.proposal.flatMap { $0 > 0 ? "#\($0)" : nil } ?? "", "steps": t.steps, "running": t.status == .running,
                ]
            }
            // The form's model choice: main's [models] names (none when steward.toml cannot be read).
            let config = try? ModelsConfig.parse(try await Orchestrator.configText(ws), source: "steward.toml on main")
            let models = (config?.models.keys.sorted() ?? []).map { ["name": $0] }
            return try await view("tasks", s, ["tasks": tasks, "models": models])
        }
        router.post("tasks") { req, _ in
            let (_, f) = try await checkedForm(req, as: TaskForm.self)
            do {
                let model = f.model.flatMap { $0.isEmpty ? nil : $0 }
                let id = try await state.runner.start(
                    f.task ?? "", agent: f.agent.flatMap { AgentKindName.kind($0) }, options: RouteOptions(model: model))
                return redirect("/tasks/\(id)")
            } catch let e as StewardError { throw APIError(e) }
        }
        router.get("tasks/:id") { req, c in
            guard let s = await session(req) else { return toLogin(req) }
            let id = c.parameters.get("id") ?? ""
            var t = try await shared.task(id)
            if let found = t { t = await shared.withProposalsNow([found], in: ws)[0] }
            var steps: [TaskStepRecord] = []
            if let t { steps = try await shared.steps(of: t.id) }
            let rows = steps.filter { $0.kind == .tool || $0.kind == .fallback || $0.kind == .error }.map { st -> [String: Any] in
                ["kind": st.kind.rawValue, "name": st.name ?? st.model ?? "", "ok": st.ok, "output": Escape.inline(String(st.output.prefix(200)))]
            }
            return try await view(
                "task", s,
                [
                    "pageTitle": "Task \(id)", "id": id, "status": t?.status.rawValue ?? "starting", "prompt": Escape.inline(t?.prompt ?? ""),
                    // Made offline: o1, linked to /proposals/o1 (spec 22.4); else #N.
                    "proposal": t?.offline ?? "\(t?.proposal ?? 0)", "proposalLabel": t?.offline ?? "#\(t?.proposal ?? 0)",
                    "hasProposal": t?.offline != nil || (t?.proposal ?? 0) > 0, "steps": rows,
                    "live": await state.runner.isRunning(id),
                ])
        }

        router.get("audit") { req, _ in
            guard let s = await session(req) else { return toLogin(req) }
            let synced = await state.listing.result(for: ws)
            try await ws.syncIndex()
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd HH:mm"
            let events = try store.events(limit: 200).reversed().map { e -> [String: Any] in
                [
                    "date": f.string(from: e.date), "kind": e.kind.rawValue, "proposal": e.proposal, "actor": Escape.inline(e.actor),
                    "title": Escape.inline(e.title),
                ]
            }
            return try await view("audit", s, synced.pageValues.merging(["pageTitle": "Audit trail", "events": Array(events)]) { $1 })
        }
        router.get("skills") { req, _ in
            guard let s = await session(req) else { return toLogin(req) }
            let skills = try await SkillRegistry.load(from: ws).reports.map { r -> [String: Any] in
                [
                    "name": r.folder, "valid": r.valid, "description": Escape.inline(r.manifest?.description ?? r.errors.first?.message ?? ""),
                    "risks": r.risks.count,
                ]
            }
            return try await view("skills", s, ["skills": skills, "none": skills.isEmpty])
        }
        router.get("models") { req, _ in
            guard let s = await session(req) else { return toLogin(req) }
            let config = try ModelsConfig.parse(try await Orchestrator.configText(ws), source: "steward.toml on main")
            let spend = try await API.spend(shared, config)
            let maxDay = max(spend.perDay.map(\.usd).max() ?? 0, 0.0001)
            let bars = spend.perDay.map { d -> [String: Any] in
                ["date": d.date, "usd": String(format: "%.4f", d.usd), "height": Int((d.usd / maxDay * 100).rounded())]
            }
            let models = config.models.values.sorted { $0.name < $1.name }.map { m -> [String: Any] in
                ["name": m.name, "provider": m.provider.rawValue, "model": m.model, "url": m.url, "cloud": m.cloud]
            }
            // The workspace on disk, as steward doctor's note says it (one walk, no git command).
            let size = await ws.size()
            let disk: [[String: Any]] = [
                [
                    "part": "git objects, loose", "count": WorkspaceSize.count(size.looseObjects.count),
                    "bytes": WorkspaceSize.show(size.looseObjects.bytes),
                ],
                ["part": "git objects, packs", "count": WorkspaceSize.count(size.packs.count), "bytes": WorkspaceSize.show(size.packs.bytes)],
                ["part": "all of .git", "count": WorkspaceSize.count(size.repository.count), "bytes": WorkspaceSize.show(size.repository.bytes)],
                ["part": "checkout", "count": WorkspaceSize.count(size.checkout.count), "bytes": WorkspaceSize.show(size.checkout.bytes)],
                ["part": ".steward (store)", "count": WorkspaceSize.count(size.state.count), "bytes": WorkspaceSize.show(size.state.bytes)],
            ]
            return try await view(
                "models", s,
                [
                    "pageTitle": "Models and spend", "models": models, "today": String(format: "%.4f", spend.todayUSD),
                    "month": String(format: "%.4f", spend.monthUSD),
                    "dailyCap": String(format: "%.2f", config.dailyUSD), "monthlyCap": String(format: "%.2f", config.monthlyUSD), "bars": bars,
                    "disk": disk, "diskTotal": WorkspaceSize.show(size.totalBytes),
                ])
        }
        router.get("schedules") { req, _ in
            guard let s = await session(req) else { return toLogin(req) }
            let list = try await shared.schedules().map { sc -> [String: Any] in
                let next =
                    (try? CronSchedule(sc.cron, timeZone: sc.timeZone))?.next(after: Date()).map { ISO8601DateFormatter().string(from: $0) }
                    ?? "never"
                return ["id": sc.id, "cron": sc.cron, "zone": sc.timeZone, "task": Escape.inline(sc.task), "next": next, "last": sc.lastTask ?? ""]
            }
            return try await view("schedules", s, ["schedules": list, "none": list.isEmpty])
        }
    }
}
