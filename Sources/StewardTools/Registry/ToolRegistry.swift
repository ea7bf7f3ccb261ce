import StewardCore

/// Who has which tools: each agent kind, and MCP clients. The only place a tool is chosen
/// by name (``tool(named:)``); every name is its type's `name`.
public enum ToolRegistry {
    /// Every tool there is.
    public static let all: [any Tool.Type] = [
        ListFiles.self, ReadFile.self, SearchFiles.self, WriteFile.self, WriteScript.self, EditFile.self, AppendToFile.self, ReplaceInFile.self,
        ConvertFile.self, ExtractFromFile.self, SaveFileList.self, CopyFile.self, MoveFile.self, DeleteFile.self, SearchMemory.self, FetchURL.self,
        UseSkill.self, ReadSkillFile.self, RunSkillScript.self,
        ListSkills.self,
        ReadSkill.self,
        ProposalStatus.self, Finish.self,
    ]

    /// The tool called `name`, if there is one.
    public static func tool(named name: String) -> (any Tool.Type)? { byName[name] }

    static let byName: [String: any Tool.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The file tools each agent kind has: tools shaped like what people ask (add a line,
    /// replace a text, pull the emails out of a note) rather than `edit_file`'s exact-once
    /// search, which small models misuse; `search_files` for the research agent only, and
    /// `write_script` for the code agent only (every tool offered costs prompt tokens on every
    /// step).
    public static func files(_ kind: AgentKind) -> [any Tool.Type] {
        let search: [any Tool.Type] = kind == .research ? [SearchFiles.self] : []
        let script: [any Tool.Type] = kind == .code ? [WriteScript.self] : []
        return [ListFiles.self, ReadFile.self] + search + [WriteFile.self] + script + [
            AppendToFile.self, ReplaceInFile.self, ConvertFile.self, ExtractFromFile.self, SaveFileList.self, CopyFile.self, MoveFile.self,
            DeleteFile.self,
        ]
    }

    /// What an agent of `kind` has, in the order it is offered: its file tools, `search_memory`
    /// with a memory index, `fetch_url` for the research agent when the person allowed some
    /// hosts, the skill tools when skills are offered (`run_skill_script` when one has a
    /// script and scripts can run here), and `finish` last.
    public static func agent(_ kind: AgentKind, memory: Bool = false, web: Bool = false, skills: Bool = false, scripts: Bool = false)
        -> [any Tool.Type]
    {
        var tools = files(kind)
        if memory { tools.append(SearchMemory.self) }
        if web && kind == .research { tools.append(FetchURL.self) }
        if skills { tools += [UseSkill.self, ReadSkillFile.self] + (scripts ? [RunSkillScript.self] : []) }
        return tools + [Finish.self]
    }

    /// What an MCP client has (`search_memory` with a memory index): `edit_file` beside the
    /// agents' `append_to_file` and `replace_in_file`; no `copy_file`, no
    /// skill scripts, no `finish`; `proposal_status`, `list_skills` and `read_skill` instead.
    public static func mcp(memory: Bool) -> [any Tool.Type] {
        [
            ListFiles.self, ReadFile.self, SearchFiles.self, WriteFile.self, EditFile.self, AppendToFile.self, ReplaceInFile.self, MoveFile.self,
            DeleteFile.self, ProposalStatus.self,
        ]
            + (memory ? [SearchMemory.self] : []) + [ListSkills.self, ReadSkill.self]
    }

    /// Tools whose result is material for the next write (coaching fills examples with it).
    public static let reading: Set<String> = [ListFiles.name, ReadFile.name, SearchFiles.name, SearchMemory.name, FetchURL.name]
}
