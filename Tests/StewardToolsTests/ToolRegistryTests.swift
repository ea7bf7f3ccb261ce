import StewardCore
import StewardJSON
import StewardTools
import Testing

/// Who has which tools, and that each name is spelled once.
@Suite struct ToolRegistryTests {
    @Test func namesAreUniqueAndEachDefinitionCarriesItsTypesName() {
        let names = ToolRegistry.all.map { $0.name }
        #expect(names.count == 23)
        #expect(Set(names).count == names.count)
        for tool in ToolRegistry.all {
            #expect(tool.definition.name == tool.name)
            #expect(tool.mcpDefinition.name == tool.name)
            #expect(ToolRegistry.tool(named: tool.name).map(ObjectIdentifier.init) == ObjectIdentifier(tool))
        }
        #expect(ToolRegistry.tool(named: "rename_file") == nil)
    }

    @Test(arguments: AgentKind.allCases)
    func eachAgentKindsTools(_ kind: AgentKind) {
        // edit_file is for MCP clients; search_files for the research agent only, write_script for the code agent.
        let search = kind == .research ? ["search_files"] : []
        let script = kind == .code ? ["write_script"] : []
        let files =
            ["list_files", "read_file"] + search + ["write_file"] + script + [
                "append_to_file", "replace_in_file", "convert_file", "extract_from_file", "save_file_list", "copy_file", "move_file",
                "delete_file",
            ]
        #expect(ToolRegistry.agent(kind).map { $0.name } == files + ["finish"])
        let everything = ToolRegistry.agent(kind, memory: true, web: true, skills: true, scripts: true).map { $0.name }
        let web = kind == .research ? ["fetch_url"] : []
        #expect(everything == files + ["search_memory"] + web + ["use_skill", "read_skill_file", "run_skill_script", "finish"])
        // Scripts without skills offer nothing.
        #expect(ToolRegistry.agent(kind, scripts: true).map { $0.name } == files + ["finish"])
    }

    @Test func theMCPSet() {
        let base = [
            "list_files", "read_file", "search_files", "write_file", "edit_file", "append_to_file", "replace_in_file", "move_file", "delete_file",
            "proposal_status",
        ]
        #expect(ToolRegistry.mcp(memory: false).map { $0.name } == base + ["list_skills", "read_skill"])
        #expect(ToolRegistry.mcp(memory: true).map { $0.name } == base + ["search_memory", "list_skills", "read_skill"])
        // MCP clients are told more than a small model: their descriptions differ where they say so.
        #expect(WriteFile.mcpDefinition.description.contains("approves"))
        #expect(SearchMemory.mcpDefinition.parameters["properties"]?["limit"]?["type"] == "integer")
        #expect(SearchMemory.definition.parameters["properties"]?["limit"] == nil)
        #expect(DeleteFile.hints.destructive == true && ReadFile.hints.readOnly == true)
    }

    @Test func everySchemaIsAClosedObjectWhoseRequiredArgumentsItHas() {
        for tool in ToolRegistry.all {
            for schema in [tool.definition.parameters, tool.mcpDefinition.parameters] {
                #expect(schema["type"] == "object")
                #expect(schema["additionalProperties"] == .bool(false))
                let properties = ToolSchema.propertyNames(schema)
                for case .string(let name) in schema["required"]?.array ?? [] { #expect(properties.contains(name), "\(tool.name): \(name)") }
            }
        }
    }
}
