import Foundation
import StewardCommands

@main
struct Entrypoint {
    static func main() async {
        exit(await StewardCLI.main())
    }
}
