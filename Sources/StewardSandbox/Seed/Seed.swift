import Foundation

/// The files a new workspace starts with: the folder `Files/` beside this file, embedded into
/// the binary by SwiftPM (`.embedInCode("Seed/Files")` in `Package.swift`), so `steward` needs
/// no files beside it and there is no generator.
///
/// SwiftPM names an embedded file by its base name alone and refuses two of one name ("multiple
/// resources named 'README.md'"), and the seed has eight `README.md`; so `Files/` is flat, each
/// file named by its path in the workspace with `/` written `+` (`memory+README.md` is
/// `memory/README.md`). This table is the one place that says where each lands and which are
/// executable; `SeedTests` checks it against the folder (a file missing here, another path or
/// mode fails) and `SeedInitCLITests` checks a fresh `steward init` against both.
public enum Seed {
    public static let files: [SeedFile] = [
        file("README.md", PackageResources.README_md),
        file("hooks/README.md", PackageResources.hooks_README_md),
        file("hooks/pre-merge-size-limit", PackageResources.hooks_pre_merge_size_limit, executable: true),
        file("hooks/pre-merge-skill-check", PackageResources.hooks_pre_merge_skill_check, executable: true),
        file("memory/README.md", PackageResources.memory_README_md),
        file("outputs/README.md", PackageResources.outputs_README_md),
        file("prompts/README.md", PackageResources.prompts_README_md),
        file("prompts/code.md", PackageResources.prompts_code_md),
        file("prompts/fileops.md", PackageResources.prompts_fileops_md),
        file("prompts/research.md", PackageResources.prompts_research_md),
        file("skills/README.md", PackageResources.skills_README_md),
        file("steward.toml", PackageResources.steward_toml),
        file("temp/README.md", PackageResources.temp_README_md),
    ]

    /// The name of a seed file in `Files/`: its path with `/` written `+`.
    public static func embeddedName(of path: String) -> String {
        path.replacingOccurrences(of: "/", with: "+")
    }

    private static func file(_ path: String, _ bytes: [UInt8], executable: Bool = false) -> SeedFile {
        SeedFile(path: path, content: String(decoding: bytes, as: UTF8.self), executable: executable)
    }
}
