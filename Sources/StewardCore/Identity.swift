import Foundation

/// Who is at the keyboard: `--by`, else `$STEWARD_APPROVER`, else the OS user.
public enum Identity {
    public static func approver(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["STEWARD_APPROVER"], !env.isEmpty { return env }
        if let user = environment["USER"], !user.isEmpty { return user }
        return NSUserName()
    }
}
