import ArgumentParser
import Foundation
import StewardAgents
import StewardCore
import StewardModels
import StewardSandbox
import StewardSkills

struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "The audit trail: every proposal, approval, rejection (with reason), refresh and rollback.")

    @OptionGroup var options: WorkspaceOptions
    @Option(help: "Only events about this proposal.") var proposal: ProposalNumber?
    @Option(help: "Only the last N events.") var limit: Int?
    @Flag(help: "Print the events as JSON.") var json = false

    func run() async throws {
        let (ws, store) = try await options.openWithStore()
        await ListingCatchUpNotes.show(ws)
        let events = try store.events(proposal: proposal?.value, limit: limit)
        if json {
            try Terminal.printJSON(events)
            return
        }
        if events.isEmpty {
            print("The audit trail is empty: nothing has been proposed yet.")
            return
        }
        // Proposals approved in parts (spec 5.5a): their whole-proposal decision is the rest's.
        let parts = try await ws.partCounts()
        var rows: [[String]] = []
        for e in events {
            let rest = e.part == nil ? parts[e.proposal].map { "the rest (approved in part: \($0) part\($0 == 1 ? "" : "s")) " } ?? "" : ""
            var what = ""
            switch e.kind {
            case .proposed: what = "\"\(Escape.inline(e.title))\" by \(Escape.inline(e.actor)), \(e.paths.count) path\(e.paths.count == 1 ? "" : "s")"
            case .updated: what = ""
            case .refreshed: what = "onto \(e.base?.prefix(10) ?? "?") by \(Escape.inline(e.actor))"
            case .approved:
                what = (e.part.map { "part \($0) " } ?? rest) + "by \(Escape.inline(e.actor)), merge \(e.commit?.prefix(10) ?? "?")"
                if e.part != nil { what += ", \(e.paths.count) file\(e.paths.count == 1 ? "" : "s")" }
                if let declined = e.declined, !declined.isEmpty { what += "; declined \(declined.map(Escape.inline).joined(separator: ", "))" }
            case .rejected: what = rest + "by \(Escape.inline(e.actor))" + (e.reason.map { ": \(Escape.inline($0))" } ?? "")
            case .expired:
                what =
                    "archive \(e.commit?.prefix(10) ?? "?") removed by gc, run by \(Escape.inline(e.actor))"
                    + (e.rejectedOn.map { " (rejected \(Terminal.timestamp($0)))" } ?? "")
            case .rolledBack:
                what =
                    "undoes #\(e.rollbackOf ?? 0)\(e.part.map { " part \($0)" } ?? "") by \(Escape.inline(e.actor)), commit \(e.commit?.prefix(10) ?? "?")"
                    + (e.reason.map { ": \(Escape.inline($0))" } ?? "")
            }
            if e.kind == .updated {
                what = "by \(Escape.inline(e.actor)), \(e.operations?.count ?? 0) more operation\((e.operations?.count ?? 0) == 1 ? "" : "s")"
            }
            rows.append([Terminal.timestamp(e.date), e.kind.rawValue, "#\(e.proposal)", what])
            for op in e.operations ?? [] { rows.append(["", "", "", "  " + Escape.inline(op)]) }
        }
        print(Terminal.table(rows))
    }
}

extension DoctorCommand {
    /// Whether skill scripts can run here, found by running one that does nothing (a note:
    /// without a working sandbox they never run, and the rest of Steward works).
    static func skillSandboxNote() -> DoctorFinding {
        guard let bwrap = SkillSandbox.bubblewrap() else {
            return DoctorFinding(kind: .note, message: "skill scripts cannot run: " + SkillSandbox.missingMessage)
        }
        let probe = [
            SkillFile(path: "SKILL.md", data: Data("---\nname: doctor\ndescription: probe\n---\n".utf8)),
            SkillFile(path: "scripts/probe.sh", data: Data("#!/bin/sh\nexit 0\n".utf8), executable: true),
        ]
        do {
            let r = try SkillSandbox.run(
                skill: "doctor", files: probe, script: "probe.sh", limits: SkillRunLimits(timeoutSeconds: 10),
                scratch: geteuid() == 0 ? "/tmp" : NSTemporaryDirectory())
            guard r.succeeded else {
                return DoctorFinding(
                    kind: .note,
                    message:
                        "skill scripts cannot run: a script that does nothing \(r.outcome) in the sandbox (\(bwrap)): \(String(decoding: r.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))"
                )
            }
            return DoctorFinding(
                kind: .note,
                message:
                    "skill scripts run in the bubblewrap sandbox (\(bwrap)), \(geteuid() == 0 ? "each run as a user id of its own" : "as you"), with no network"
            )
        } catch {
            return DoctorFinding(kind: .note, message: "skill scripts cannot run: \(error)")
        }
    }
}

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check the workspace and rebuild the store from git where they disagree.")

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Rebuild the store from git even when it looks right.") var rebuild = false
    @Flag(help: "Remove the lock files git or Steward left in .git that no running process holds (index.lock, refs' .lock files).")
    var clearStaleLocks = false
    @Flag(help: "Print the findings as JSON.") var json = false

    func run() async throws {
        // No sync on opening: doctor compares the store with git itself, under the lock, and
        // says what it rebuilt (a sync would quietly replace a store from elsewhere first).
        let (ws, _) = try await options.openWithStore(syncAudit: false, configNotes: false)
        let findings = try await ws.doctor(rebuild: rebuild, clearStaleLocks: clearStaleLocks)
        // Which model servers answer (notes: a missing server is not a workspace problem).
        let models: [DoctorFinding]
        do {
            models = Self.modelNotes(await ModelsCommand.probe(try await options.modelsConfig(ws)))
        } catch let e as StewardError {
            models = [DoctorFinding(kind: .problem, message: e.message)]
        }
        // How much disk the workspace takes (a note; the figures in --json's "size").
        let size = await ws.size()
        let sizeNote = DoctorFinding(kind: .note, message: size.summary, size: size)
        // This machine's own state: .steward/ kept out of git, its id, its remote (spec 22.8).
        let machine = try await ws.machineFindings()
        let notes = machine + (try await Self.configProblems(ws)) + models + [Self.skillSandboxNote(), sizeNote]
        if json {
            try Terminal.printJSON(findings + notes)
        } else {
            if findings.isEmpty { print("All good: git's audit trail, the refs and the store agree.") }
            for f in findings + notes { print("\(f.kind.rawValue): \(Escape.inline(f.message))") }
        }
        if (findings + notes).contains(where: { $0.kind == .problem }) { throw ExitCode(1) }
    }
}

extension DoctorCommand {
    /// `steward.toml` on main as the sandbox, hooks, skills and agents read it (the router's
    /// sections are read by the model probe): a broken key is a problem here, not first at
    /// the command that needs it.
    static func configProblems(_ ws: Workspace) async throws -> [DoctorFinding] {
        var out: [DoctorFinding] = []
        do {
            // Sections a newer Steward added: notes, not failures (spec 22.1).
            out += try await ws.config().notes.map { DoctorFinding(kind: .note, message: $0) }
            _ = try AgentsConfig.parse(try await ws.configText(), source: "steward.toml on main")
        } catch let e as StewardError {
            out.append(DoctorFinding(kind: .problem, message: e.message))
        }
        // This machine's .steward/config.toml (broken: a problem; unknown keys: notes), and a
        // webhook put on main, where every clone and a forge can read it (spec 9.2).
        do {
            out += try ws.machineConfig().warnings.map { DoctorFinding(kind: .note, message: $0) }
        } catch let e as StewardError {
            out.append(DoctorFinding(kind: .problem, message: e.message))
        }
        if let text = try? await ws.configText(), let misplaced = MachineConfig.misplacedInMain(text) {
            out.append(DoctorFinding(kind: .problem, message: misplaced))
        }
        return out
    }

    /// One note per model server, and what to do when no local one answers.
    static func modelNotes(_ entries: [ModelEntry]) -> [DoctorFinding] {
        var out = entries.map { e -> DoctorFinding in
            let place = "\(e.name) (\(e.provider) \(e.model) at \(e.url))"
            if e.reachable == true {
                return DoctorFinding(kind: .note, message: "model server \(place) answers" + (e.hint.map { ", but \($0)" } ?? ""))
            }
            return DoctorFinding(kind: .note, message: "model server \(place) does not answer: \(e.error ?? "unreachable")")
        }
        if !entries.contains(where: { $0.reachable == true && !$0.cloud }) {
            out.append(
                DoctorFinding(
                    kind: .note,
                    message:
                        "no local model server answers, so steward run and ask cannot work: start Ollama (ollama serve; ollama pull qwen3:1.7b), or llama.cpp's server with scripts/local-model.sh start (127.0.0.1:18080), or set [models.NAME].url in steward.toml"
                ))
        }
        return out
    }
}
