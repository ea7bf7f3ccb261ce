import Foundation
import StewardCore
import StewardGit

extension Trailer {
    /// On every commit Steward makes in a workspace with a machine id: the machine that made
    /// it (spec 22.1), so any machine can tell whose work a ref is. Whoever can push can forge
    /// it: it says whose work to leave alone (22.8), never whom to trust (22.9).
    static let machine = "Steward-Machine"
}

extension Workspace {
    /// The trailer paragraph of a commit Steward makes here (one place for all of them,
    /// spec 22.1): `pairs`, then `Steward-Machine: ID` when this machine has an id. With no
    /// id it is exactly `Trailers.format(pairs)`, so one machine's commits are as before.
    /// - Throws: `StewardError.failure` for a malformed `.steward/machine-id` (`machineID()`).
    nonisolated func trailers(_ pairs: [(String, String)]) throws -> String {
        Trailers.format(pairs + (try machineID().map { [(Trailer.machine, $0)] } ?? []))
    }

    /// The message of a chain record's commit (an audit event, a comment): the subject, the
    /// record's JSON on one line, then, with a machine id, the machine trailer as a paragraph
    /// of its own (`recordJSON` reads the JSON back either way).
    nonisolated func recordMessage(subject: String, json: String) throws -> String {
        let machine = try machineID().map { "\n" + Trailers.format([(Trailer.machine, $0)]) + "\n" } ?? ""
        return subject + "\n\n" + json + "\n" + machine
    }

    /// The JSON of a chain record's commit message: the paragraph after the subject (nil when
    /// the message has only a subject).
    nonisolated static func recordJSON(in message: String) -> Substring? {
        guard let start = message.range(of: "\n\n") else { return nil }
        let rest = message[start.upperBound...]
        return rest.range(of: "\n\n").map { rest[..<$0.lowerBound] } ?? rest
    }

    /// `message`, of a commit this machine makes again (a refresh replays another machine's
    /// commits), with its `Steward-Machine` trailer naming this machine instead; unchanged
    /// with no machine id.
    nonisolated func restamped(_ message: String) throws -> String {
        guard let id = try machineID() else { return message }
        var lines = message.components(separatedBy: "\n")
        while lines.last == "" { lines.removeLast() }
        let line = Trailers.format([(Trailer.machine, id)])
        if let blank = lines.lastIndex(of: ""), !Trailers.parse(message).isEmpty {
            // The last paragraph is the trailers: this machine's replaces any other's.
            lines = Array(lines[...blank]) + lines[(blank + 1)...].filter { !$0.hasPrefix(Trailer.machine + ":") } + [line]
        } else {
            lines += ["", line]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Which machine made `commit`, by its `Steward-Machine` trailer (nil: none, made before
    /// the trailer existed or by plain git).
    nonisolated static func madeOnMachine(_ commit: CommitInfo) -> String? {
        guard let id = commit.trailers[Trailer.machine], Self.isMachineID(id) else { return nil }
        return id
    }

    /// 16 lowercase hex digits.
    nonisolated static func isMachineID(_ s: String) -> Bool {
        s.count == 16 && s.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
