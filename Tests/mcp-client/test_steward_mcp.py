"""Drives `steward mcp` with the official MCP Python SDK (a client nobody on this project
wrote): lists its tools, writes and edits files, tries hostile paths, reads resources; then
checks the proposal with `steward diff` and the git CLI. Run by scripts/test-mcp-client.sh."""
import asyncio
import json
import os
import subprocess
import sys
import tempfile

from mcp import ClientSession, MCPError, StdioServerParameters
from mcp.client.stdio import stdio_client

STEWARD = os.path.abspath(sys.argv[1])
checks = 0


def check(condition, what):
    global checks
    if not condition:
        raise SystemExit(f"FAIL: {what}")
    checks += 1


def run(*args, cwd=None):
    r = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r.stdout


def text(result):
    return "".join(c.text for c in result.content if getattr(c, "type", "") == "text")


async def session_checks(ws):
    params = StdioServerParameters(command=STEWARD, args=["mcp", "--workspace", ws], env={"PATH": "/usr/bin:/bin"})
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            check("cannot approve" in (init.instructions or ""), "the instructions say changes await review")
            tools = [t.name for t in (await session.list_tools()).tools]
            check(tools == ["list_files", "read_file", "search_files", "write_file", "edit_file", "append_to_file", "replace_in_file",
                            "move_file", "delete_file", "proposal_status", "search_memory", "list_skills", "read_skill"], f"tools: {tools}")
            check(not any("approve" in t or "reject" in t or "rollback" in t for t in tools), "no tool approves")

            r = await session.call_tool("write_file", {"path": "memory/alpha.md", "content": "alpha\n"})
            check(not r.is_error and "proposal #1" in text(r), f"write_file: {text(r)}")
            r = await session.call_tool("write_file", {"path": "outputs/report.md", "content": "# Report\nline one\n"})
            check(not r.is_error and "proposal #1" in text(r), "a second write joins the same proposal")
            r = await session.call_tool("edit_file", {"path": "memory/alpha.md", "search": "alpha", "replace": "alpha, edited"})
            check(not r.is_error, f"edit_file: {text(r)}")
            r = await session.call_tool("read_file", {"path": "memory/alpha.md"})
            check(text(r) == "alpha, edited\n", f"reads see the proposal: {text(r)!r}")
            r = await session.call_tool("search_files", {"query": "line one"})
            check("outputs/report.md:2" in text(r), f"search_files: {text(r)}")

            hostile = [
                ({"path": "../escape.md", "content": "x"}, "'..' is not allowed"),
                ({"path": "/etc/passwd", "content": "x"}, "absolute paths are not allowed"),
                ({"path": "hooks/pre-merge", "content": "x"}, "written only by the person"),
                ({"path": ".git/hooks/post-checkout", "content": "x"}, "git's own"),
                ({"path": "memory/e\u0301.md", "content": "x"}, "not in Unicode NFC form"),
                ({"path": "memory/a\x1b[31m.md", "content": "x"}, "control character"),
                ({"path": "steward.toml", "content": "x"}, "written only by the person"),
            ]
            for args, message in hostile:
                r = await session.call_tool("write_file", args)
                check(r.is_error and message in text(r), f"hostile {args['path']!r}: {text(r)}")
            r = await session.call_tool("delete_file", {"path": "../../etc/passwd"})
            check(r.is_error, "delete outside refused")
            r = await session.call_tool("write_file", {"path": "memory/empty.md", "content": None})
            check(r.is_error and '"content" must be a string, not null' in text(r), f"content null refused: {text(r)}")
            r = await session.call_tool("write_file", {"path": ["memory/a.md"], "content": "x"})
            check(r.is_error and '"path" must be a string, not an array' in text(r), f"path as a list refused: {text(r)}")
            try:
                await session.read_resource("steward://main/.git/config")
                check(False, "a refused resource was read")
            except MCPError as e:
                check(e.error.code == -32602 and "git's own" in e.error.message and "StewardError" not in e.error.message,
                      f"a refused resource says the rule: {e.error.code} {e.error.message}")

            status = text(await session.call_tool("proposal_status", {}))
            check("Proposal #1" in status and "memory/alpha.md" in status and "outputs/report.md" in status, f"proposal_status: {status}")
            found = text(await session.call_tool("search_memory", {"query": "long-term notes markdown"}))
            check(found.startswith("memory/README.md"), f"search_memory finds the approved note on main: {found}")
            check("alpha" not in found, "search_memory sees main only, not the pending proposal")
            resources = [str(x.uri) for x in (await session.list_resources()).resources]
            check("steward://main/steward.toml" in resources, f"resources list main's files: {resources[:5]}")
            contents = await session.read_resource("steward://main/memory/README.md")
            check("Memory" in contents.contents[0].text, "read a resource from main")


def main():
    with tempfile.TemporaryDirectory(prefix="steward-mcp-py-") as tmp:
        ws = os.path.join(tmp, "ws")
        run(STEWARD, "init", "--workspace", ws)
        main_before = run("git", "-C", ws, "rev-parse", "main").strip()
        asyncio.run(session_checks(ws))

        # What the client did is a proposal, visible to the person's own tools.
        diff = run(STEWARD, "diff", "1", "--workspace", ws)
        check("+alpha, edited" in diff and "+# Report" in diff, "steward diff shows the changes")
        review = json.loads(run(STEWARD, "review", "--json", "--workspace", ws))
        check(len(review) == 1 and review[0]["agent"].startswith("mcp:") and review[0]["files"] == 2, f"one proposal: {review}")
        check(run("git", "-C", ws, "show", "steward/1:memory/alpha.md") == "alpha, edited\n", "git show the proposal's file")
        log = run("git", "-C", ws, "log", "--format=%B", "main..steward/1")
        check("Steward-Agent: mcp:" in log and "Steward-Tool: edit_file" in log, "commit trailers name the client and tool")
        check(run("git", "-C", ws, "rev-parse", "main").strip() == main_before, "main is untouched")
        check(run("git", "-C", ws, "ls-tree", "-r", "steward/1", "--", "hooks") == run("git", "-C", ws, "ls-tree", "-r", "main", "--", "hooks"), "hooks/ unchanged")
        check(run("git", "-C", ws, "diff", "--name-only", "main...steward/1").split() == ["memory/alpha.md", "outputs/report.md"], "exactly the two files changed")
        run("git", "-C", ws, "fsck", "--strict")
        checks_before_approve = checks
        run(STEWARD, "approve", "1", "--yes", "--workspace", ws)
        check(run("git", "-C", ws, "show", "main:outputs/report.md").startswith("# Report"), "approved by the person, it is on main")
        print(f"ok: {checks} checks ({checks_before_approve} before approval) against {STEWARD} mcp")


if __name__ == "__main__":
    main()
