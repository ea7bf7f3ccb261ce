import Foundation

/// The programs `swift build` made (`steward`, `steward-mcp`), found for the end-to-end tests
/// and refused when older than their sources: a test that ran an old build would pass or fail
/// for code that is no longer there.
public enum BuiltProgram {
    /// Why a program cannot be used; the test that asked fails with this message.
    public struct Refused: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// `name` as built for this package, refused when it is older than its sources, with every
    /// program in `alsoChecking` beside it (`steward mcp` runs the `steward-mcp` beside
    /// `steward`).
    ///
    /// With `STEWARD_BIN` set the caller named the binary: `name` is that file's neighbour (or
    /// the file itself for `steward`) and is taken as it is, unchecked. Otherwise it is looked
    /// for beside the test bundle, then in the package's `.build/debug`.
    ///
    /// A program is old when a source file of a module it links changed after the program was
    /// linked and was not compiled since (an edit not built), or when an object file it links is
    /// newer than it (compiled, not linked again). The sources and objects are the measure, not
    /// the test bundle: `swift build --build-tests` links the programs and the test bundle in one
    /// build, in either order, so a bundle newer than a program is normal. A source that was only
    /// touched is compiled again to the same object, which is then not rewritten and the program
    /// not linked again: its compile record (`MODULE.build/NAME.d`) being newer than it says it
    /// was built. The modules a program links are those in SwiftPM's
    /// `NAME.product/Objects.LinkFileList` beside it; without the list, all of `Sources/`.
    /// - Parameter packageRoot: the folder holding `Package.swift`.
    public static func locate(
        _ name: String, alsoChecking: [String] = [], packageRoot: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Result<String, Refused> {
        if let given = environment["STEWARD_BIN"], !given.isEmpty {
            return .success(name == "steward" ? given : URL(fileURLWithPath: given).deletingLastPathComponent().appendingPathComponent(name).path)
        }
        let folders = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        guard let folder = folders.first(where: { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent(name).path) }) else {
            return .failure(
                Refused(
                    description:
                        "\(name) is not built (looked beside the test bundle and in \(folders.last!.path)): run `swift build --build-tests` first"))
        }
        let path = folder.appendingPathComponent(name).path
        for program in [name] + alsoChecking {
            let built = folder.appendingPathComponent(program).path
            guard let made = modified(built) else {
                return .failure(Refused(description: "\(built) is missing beside \(path): run `swift build --build-tests` first"))
            }
            guard let (newer, date) = newerInput(than: made, program: program, folder: folder, packageRoot: packageRoot) else { continue }
            return .failure(
                Refused(
                    description: """
                        \(built) is older than \(newer) (built \(stamp(made)), changed \(stamp(date))): the tests would run an old \
                        build. Run `swift build --build-tests` first, or set STEWARD_BIN=\(folder.appendingPathComponent("steward").path) \
                        to test the programs there as they are.
                        """))
        }
        return .success(path)
    }

    /// A source or object file that makes `program` (linked at `made`) old, as a path relative
    /// to the package where it can be, or nil.
    static func newerInput(than made: Date, program: String, folder: URL, packageRoot root: URL) -> (String, Date)? {
        func relative(_ p: String) -> String { p.hasPrefix(root.path + "/") ? String(p.dropFirst(root.path.count + 1)) : p }
        var modules: Set<String>?
        if let list = try? String(contentsOfFile: folder.appendingPathComponent("\(program).product/Objects.LinkFileList").path, encoding: .utf8) {
            var found: Set<String> = []
            for object in list.split(separator: "\n").map(String.init) {
                if let date = modified(object), date > made { return (relative(object), date) }
                if let dir = object.split(separator: "/").dropLast().last(where: { $0.hasSuffix(".build") }) {
                    found.insert(String(dir.dropLast(".build".count)))
                }
            }
            modules = found.isEmpty ? nil : found
        }
        let sources = root.appendingPathComponent("Sources")
        guard let targets = try? FileManager.default.contentsOfDirectory(atPath: sources.path) else { return nil }
        for target in targets.sorted() {
            // A folder's module has `_` for `-`; a folder SwiftPM compiles nothing for (a system
            // library's module map) always counts.
            let module = target.replacingOccurrences(of: "-", with: "_")
            let build = folder.appendingPathComponent(module + ".build")
            if let modules, !modules.contains(module), FileManager.default.fileExists(atPath: build.path) { continue }
            guard
                let walk = FileManager.default.enumerator(
                    at: sources.appendingPathComponent(target), includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey])
            else { continue }
            for case let url as URL in walk {
                guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey]),
                    values.isRegularFile == true, let date = values.contentModificationDate, date > made
                else { continue }
                let record = build.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".d").path
                if url.pathExtension == "swift", let compiled = modified(record), compiled >= date { continue }
                return (relative(url.path), date)
            }
        }
        return nil
    }

    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    static func stamp(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate, .withFullTime]
        return f.string(from: d)
    }
}
