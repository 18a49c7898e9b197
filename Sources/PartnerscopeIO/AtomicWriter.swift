import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the destination (rename(2) is atomic on one file system).
public enum AtomicWriter {
    /// Writes `data` to `path` atomically, creating parent folders as needed.
    ///
    /// - Throws: the underlying file-system error; on failure the destination is left untouched
    ///   and the temporary file is removed.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "cannot rename into \(path): \(String(cString: strerror(errno)))"])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes text as UTF-8 atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Replaces the folder `path` with the folder `build` fills, atomically: `build` writes into a
    /// fresh temporary folder beside `path`, which is then renamed into place (an existing folder
    /// at `path` is first moved aside, then removed).
    public static func writeDirectory(_ path: String, _ build: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        do {
            try build(temporary.path)
            var old: URL?
            if FileManager.default.fileExists(atPath: url.path) {
                let aside = parent.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).old")
                try FileManager.default.moveItem(at: url, to: aside)
                old = aside
            }
            if rename(temporary.path, url.path) != 0 {
                if let old { try? FileManager.default.moveItem(at: old, to: url) }
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            if let old { try? FileManager.default.removeItem(at: old) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
