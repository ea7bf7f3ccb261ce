import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StewardCore
import StewardSandbox

/// Tells the person when something waits: one small POST to the webhook in this machine's
/// `.steward/config.toml` when a task leaves a proposal waiting or fails (spec 9.2). It sends
/// the event, the proposal's number, its title (escaped), the task's id and status and a link;
/// never the task's text, a summary, an error, a diff or any file's contents. It never fails or
/// holds a task: what went wrong becomes a note of the task.
public struct Notifier: Sendable {
    /// Where and how; nil: nothing is sent (the warnings still are notes).
    public let settings: MachineConfig.Notify?
    /// Notes every task gets: unknown keys in the machine's file, a webhook in `steward.toml`.
    public let warnings: [String]

    public init(settings: MachineConfig.Notify?, warnings: [String] = []) {
        self.settings = settings
        self.warnings = warnings
    }

    /// The notifier of workspace `ws`: its `.steward/config.toml`, and a warning when
    /// `mainConfig` (`steward.toml` on main) holds a `[notify]` section, which is not used.
    /// - Throws: `StewardError.failure` naming the file, the line or key and the fix, for a
    ///   broken `.steward/config.toml`.
    public static func load(_ ws: Workspace, mainConfig: String) throws -> Notifier {
        let machine = try ws.machineConfig()
        return Notifier(settings: machine.notify, warnings: machine.warnings + [MachineConfig.misplacedInMain(mainConfig)].compactMap { $0 })
    }

    /// What one notification says. `title` is escaped (`Escape.inline`) and at most 200 characters.
    public struct Message: Sendable, Hashable, Codable {
        public var event: String
        public var proposal: Int?
        /// `oJ` when `proposal` is 0: made while the remote did not answer, no number yet (spec 22.4).
        public var offline: String?
        public var title: String
        public var link: String?
        public var task: String
        public var status: String

        public init(event: String, proposal: Int?, offline: String? = nil, title: String, link: String?, task: String, status: String) {
            (self.event, self.proposal, self.offline, self.title, self.link, self.task, self.status) =
                (event, proposal, offline, title, link, task, status)
        }

        /// How the proposal is named: `#3`, or `o1` while it has no number; nil without one.
        public var proposalName: String? {
            if let offline, proposal == 0 { return offline }
            return proposal.map { "#\($0)" }
        }
    }

    /// The message for a finished task, or nil when nothing waits (no proposal, or the person's
    /// policy approved it), the event is not among `[notify] events`, or there is no webhook.
    /// `title` is the proposal's (or, without one, the task's first line as a title).
    public func message(for task: TaskRecord, autoApproved: Bool, title: String) -> Message? {
        guard let settings else { return nil }
        let event: MachineConfig.Notify.Event
        switch task.status {
        case .failed, .interrupted: event = .failed
        case .done where task.proposal != nil && !autoApproved: event = .waiting
        default: return nil
        }
        guard settings.events.contains(event) else { return nil }
        let escaped = Escape.inline(title)
        // Made offline (proposal 0): named oJ, as `tasks` names it, linked to the dashboard's /proposals/oJ.
        let offline = task.proposal == 0 ? task.offline : nil
        let path = event == .waiting ? "/proposals/\(offline ?? "\(task.proposal ?? 0)")" : "/tasks/\(task.id)"
        return Message(
            event: event.rawValue, proposal: task.proposal, offline: offline,
            title: escaped.count > 200 ? String(escaped.prefix(199)) + "…" : escaped,
            link: settings.linkBase.map { $0 + path }, task: task.id, status: task.status.rawValue)
    }

    /// The body and headers of `m` in `format` (spec 9.2 shows each).
    public static func request(_ m: Message, format: MachineConfig.Notify.Format) -> (body: Data, headers: [(String, String)]) {
        let waiting = m.event == MachineConfig.Notify.Event.waiting.rawValue
        let offline = m.offline != nil && m.proposal == 0 ? " (made offline: 'steward sync' numbers it)" : ""
        let what =
            waiting
            ? "proposal \(m.proposalName ?? "#0")\(offline) is waiting for your review"
            : "task \(m.task) \(m.status)" + (m.proposalName.map { " (proposal \($0)\(offline) holds what it did)" } ?? "")
        switch format {
        case .json:
            return ((try? encoder.encode(m)) ?? Data(), [("Content-Type", "application/json")])
        case .ntfy:
            // ntfy: the body is the message; Title, Click and Tags are headers (ASCII only here,
            // so no header needs RFC 2047; the title, which may be any text, is in the body).
            var headers = [
                ("Content-Type", "text/plain; charset=utf-8"), ("Title", "Steward: \(what)"),
                ("Tags", waiting ? "hourglass" : "warning"),
            ]
            if let link = m.link { headers.append(("Click", link)) }
            return (Data(m.title.utf8), headers)
        case .slack:
            // Slack's mrkdwn: &, < and > are control characters, escaped as entities.
            func slack(_ s: String) -> String {
                s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            }
            let named = m.link.map { "<\(slack($0))|\(slack(m.title))>" } ?? slack(m.title)
            let body = (try? encoder.encode(["text": "Steward: \(what): \(named)"])) ?? Data()
            return (body, [("Content-Type", "application/json")])
        }
    }

    /// POSTs `m`; nil when the webhook took it (2xx), else a note saying what to check. Never
    /// throws, never waits longer than `[notify] timeout_seconds`.
    public func post(_ m: Message) async -> String? {
        guard let settings else { return nil }
        let (body, headers) = Self.request(m, format: settings.format)
        var request = HTTPClientRequest(url: settings.webhook)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.headers.add(name: "User-Agent", value: "Steward/\(StewardVersion.current)")
        request.body = .bytes(ByteBuffer(data: body))
        let subject = m.proposalName ?? "task \(m.task)"
        let place = "the webhook at \(settings.shownWebhook) (path not shown: it may hold the secret)"
        let check =
            "check that the service there is running and that [notify] webhook in \(MachineConfig.relativePath) is right; the task's result stands"
        do {
            let response = try await Self.client.execute(request, deadline: .now() + .milliseconds(Int64(settings.timeoutSeconds * 1000)))
            _ = try? await response.body.collect(upTo: 64 << 10)
            guard (200..<300).contains(Int(response.status.code)) else {
                return "the notification of \(subject) was not taken: \(place) answered HTTP \(response.status.code); \(check)"
            }
            return nil
        } catch {
            return "the notification of \(subject) was not sent: \(place) could not be reached (\(HTTPSnippet.of("\(error)"))); \(check)"
        }
    }

    /// The notes for a finished task: the warnings, then what `post` said. The title is the
    /// proposal's when there is one (an offline `oJ`'s too).
    func send(_ outcome: AgentOutcome, workspace: Workspace) async -> [String] {
        let r = outcome.record
        let title: String
        if let n = r.proposal, n > 0, let info = try? await workspace.proposal(n, withStats: false) {
            title = info.title
        } else if r.proposal == 0, let j = r.offline.flatMap(ProposalRef.init(argument:))?.offline,
            let info = try? await workspace.offlineProposal(j)
        {
            title = info.title
        } else {
            title = Orchestrator.title(for: r.prompt)
        }
        guard let m = message(for: r, autoApproved: outcome.autoApproved != nil, title: title) else { return warnings }
        return warnings + [await post(m)].compactMap { $0 }
    }

    /// Keys in order, `/` as it is (links stay readable).
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Redirects are not followed (a webhook answers; it does not send us elsewhere).
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()
}
