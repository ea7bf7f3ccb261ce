import Foundation
import StewardCommands

@main
struct Entrypoint {
    static func main() async {
        let status = await StewardCLI.main()
        // Leave without running atexit handlers and C++ static destructors (OpenSSL's, ICU's):
        // the workspace's git thread may still be freeing its handle, and teardown racing it
        // once corrupted the heap (1 run in ~5,000). Everything Steward writes is already on
        // disk (git objects and refs, SQLite), so there is nothing left to flush but stdio.
        fflush(nil)  // every open output stream
        _exit(status)
    }
}
