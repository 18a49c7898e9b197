import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the destination (rename(2) is atomic on one file system).
public enum AtomicWriter {
    /// Writes `data` to `path` atomically, creating parent folders as needed.
    ///
    /// - Throws: the underlying file-system error; on failure the destination is left untouched
    ///   and the temporary file is removed.
    ///
    /// A destination that exists and is a character device, pipe or socket (`/dev/stdout`, a FIFO)
    /// is written in place instead: renaming over it would replace the device with a file.
    /// A symbolic link is followed: the file it points to is replaced, not the link.
    public static func write(_ data: Data, to path: String) throws {
        try stream(to: path) { stream in
            data.withUnsafeBytes { stream.write($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Writes to `path` atomically what `body` streams, without holding the whole output in
    /// memory: the bytes go through a ``ByteStream`` into a temporary file beside `path`, which is
    /// renamed over `path` only once every byte is written, creating parent folders as needed.
    ///
    /// A destination that exists and is a character device, pipe or socket (`/dev/stdout`, a FIFO)
    /// is written in place instead: renaming over it would replace the device with a file.
    /// A symbolic link is followed: the file it points to is replaced, not the link.
    ///
    /// - Throws: the file-system error (the first failed write included); on failure the
    ///   destination is left untouched and the temporary file is removed.
    /// - Complexity: O(bytes) time, O(1 MiB) memory beyond what `body` holds.
    public static func stream(to path: String, _ body: (ByteStream) -> Void) throws {
        var info = stat()
        if stat(path, &info) == 0 {  // follows symbolic links
            let kind = info.st_mode & S_IFMT
            if kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK || kind == S_IFBLK {
                let fd = open(path, O_WRONLY)
                guard fd >= 0 else { throw posixError(path, "cannot open") }
                defer { close(fd) }
                let stream = ByteStream(descriptor: fd)
                body(stream)
                if let code = stream.finish() {
                    errno = code
                    throw posixError(path, "cannot write")
                }
                return
            }
        }
        let url = URL(fileURLWithPath: linkTarget(path))
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removeStaleTemporaries(in: folder.path)
        let temporary = folder.appendingPathComponent(temporaryName(temporaryPrefix))
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw posixError(path, "cannot create a temporary file beside") }
        do {
            let stream = ByteStream(descriptor: fd)
            body(stream)
            let failure = stream.finish()
            let closed = close(fd)
            if let failure {
                errno = failure
                throw posixError(path, "cannot write")
            }
            if closed != 0 { throw posixError(path, "cannot write") }
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "cannot rename into \(path): \(String(cString: strerror(errno)))"])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The path a chain of symbolic links at `path` ends at (the link's target even when it does
    /// not exist yet), or `path` itself.
    static func linkTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let next = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            current = next.hasPrefix("/") ? next : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(next)
        }
        return current
    }

    static func fileType(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    static func posixError(_ path: String, _ what: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
            NSLocalizedDescriptionKey: "\(what) \(path): \(String(cString: strerror(errno)))"])
    }

    /// Writes text as UTF-8 atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Names of the temporary files and folders a write makes beside its destination:
    /// `.partnerscope-tmp-<pid>-<random>` (and `.partnerscope-old-<pid>-<random>` for a folder being
    /// replaced). They are short whatever the destination's name (a legal 240-byte file name had
    /// been refused because the temporary name added 50 bytes), and they say which process made
    /// them, so a later run can remove what a killed one left (see ``removeStaleTemporaries(in:)``).
    public static let temporaryPrefix = ".partnerscope-tmp-"
    public static let asidePrefix = ".partnerscope-old-"

    static func temporaryName(_ prefix: String) -> String {
        "\(prefix)\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
    }

    /// When this process started: debris younger than this may belong to a run still going.
    static let processStart = Date()

    /// Removes from `folder` the temporary files and folders left by Partnerscope runs that were
    /// killed (`kill -9`, a power cut): entries named ``temporaryPrefix`` or ``asidePrefix`` whose
    /// writer process no longer exists and that were last modified before this process started.
    /// Nothing else is touched, and failures are ignored (the write itself goes on).
    ///
    /// - Complexity: O(entries of `folder`).
    public static func removeStaleTemporaries(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) || name.hasPrefix(asidePrefix) {
            let rest = name.dropFirst(temporaryPrefix.count)  // both prefixes have the same length
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // the writer is still running
            let path = (folder as NSString).appendingPathComponent(name)
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  modified < processStart else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The file that marks a folder as Partnerscope's output, so that a later run may replace it.
    public static let outputMarker = ".partnerscope-output"

    /// Replaces the folder `path` with the folder `build` fills, atomically: `build` writes into a
    /// fresh temporary folder beside `path`, which is then renamed into place (an existing folder
    /// at `path` is first moved aside, then removed). The new folder carries ``outputMarker``.
    ///
    /// - Throws: before anything is written, if `path` exists and is a file, or a non-empty folder
    ///   without ``outputMarker`` (a mistyped `--out ~/Documents` must never delete a user's folder).
    public static func writeDirectory(_ path: String, _ build: (String) throws -> Void) throws {
        // A symbolic link to a folder stands for the folder: it is the folder that is replaced.
        let url = URL(fileURLWithPath: linkTarget(path)).standardizedFileURL
        if let type = fileType(url.path) {
            guard type == .typeDirectory else {
                throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "\(path) exists and is not a folder; choose another output folder"])
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            guard entries.isEmpty || entries.contains(outputMarker) else {
                throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "\(path) is a folder that Partnerscope did not write (it has no \(outputMarker) file), so it is not replaced; choose a new or empty output folder"])
            }
        }
        let parent = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        removeStaleTemporaries(in: parent.path)
        let temporary = parent.appendingPathComponent(temporaryName(temporaryPrefix))
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        do {
            try build(temporary.path)
            try Data("Written by Partnerscope; the next run writing here replaces this whole folder.\n".utf8)
                .write(to: temporary.appendingPathComponent(outputMarker))
            var old: URL?
            if FileManager.default.fileExists(atPath: url.path) {
                let aside = parent.appendingPathComponent(temporaryName(asidePrefix))
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
