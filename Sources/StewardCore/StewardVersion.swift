/// Steward's version: the one constant `steward --version`, `steward-mcp --version`, the MCP
/// server's `serverInfo` and the OpenAPI document's `info.version` all show (a test checks
/// the document). Before 1.0 the minor number is the last tracker issue built in full
/// (docs/roadmap.md); a release is tagged `vX.Y.Z` in git.
public enum StewardVersion {
    public static let current = "0.13.0"
}
