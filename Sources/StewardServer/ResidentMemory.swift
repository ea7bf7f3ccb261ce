import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `steward` is one large static program (Swift's runtime, Foundation and ICU inside), and
/// the kernel maps its code around every page it runs ("fault-around"), so a server that runs
/// a little of it keeps tens of megabytes of code pages resident. For a long-running `serve`,
/// drop the executable's code pages once start-up is done and read them back one page at a
/// time as they are needed (they stay in the page cache; nothing is lost).
enum ResidentMemory {
    /// Advises the kernel about this program's own executable mappings (`r-xp`, never written,
    /// so dropping them only means reading them again from the file): random access, and not
    /// needed now. Data and read-only-after-relocation mappings are left alone.
    static func trimExecutableCode() {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
            let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)
        else { return }
        for line in maps.split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count >= 6, f[1] == "r-xp", String(f[5...].joined(separator: " ")) == exe else { continue }
            let bounds = f[0].split(separator: "-").compactMap { UInt(String($0), radix: 16) }
            guard bounds.count == 2, bounds[1] > bounds[0], let start = UnsafeMutableRawPointer(bitPattern: bounds[0]) else { continue }
            let length = Int(bounds[1] - bounds[0])
            _ = madvise(start, length, MADV_RANDOM)
            _ = madvise(start, length, MADV_DONTNEED)
        }
    }
}
