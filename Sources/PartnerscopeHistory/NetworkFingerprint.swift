import Foundation
import PartnerscopeCore

/// The content hash of network folders, recorded with every run so that two runs of the same
/// label can be told apart when the data changed.
///
/// For each folder in the order given, and within it every regular `*.csv` file in byte order of
/// its name, the bytes `name` LF `size in decimal` LF `content` are fed to ``SHA256``; the hex
/// digest of the whole is the fingerprint. Renaming a folder does not change it; editing,
/// adding, removing or renaming a CSV file does.
public enum NetworkFingerprint {
    /// The SHA-256 fingerprint of `folders`; a folder that cannot be listed or a file that cannot
    /// be read throws.
    /// - Complexity: O(total bytes of the CSV files).
    public static func sha256(of folders: [String]) throws -> String {
        var hash = SHA256()
        let manager = FileManager.default
        for folder in folders {
            let names = try manager.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".csv") }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for name in names {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let data = try Data(contentsOf: url)
                hash.update(Array((name + "\n" + String(data.count) + "\n").utf8))
                data.withUnsafeBytes { hash.update($0.bindMemory(to: UInt8.self)) }
            }
        }
        return hash.hexDigest()
    }
}
