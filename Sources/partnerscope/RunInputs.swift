import ArgumentParser
import Foundation
import PartnerscopeIO

/// The files a run reads, so that no output replaces one of them: `--out NET/agencies.csv` had
/// overwritten its own input and exited 0.
///
/// Files are compared by device and inode (after following symbolic links), so another spelling of
/// the path, a symbolic link or a hard link to an input is recognised; an output folder is refused
/// when an input lies anywhere inside it (replacing the folder would delete the input).
enum RunInputs {
    private struct Input { var device: UInt64; var inode: UInt64; var path: String; var real: String }
    private static let lock = NSLock()
    nonisolated(unsafe) private static var inputs: [Input] = []

    /// Records every regular file directly inside the network folder `directory`.
    static func recordFolder(_ directory: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names { recordFile((directory as NSString).appendingPathComponent(name)) }
    }

    /// Records the file at `path`, if it exists.
    static func recordFile(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        let input = Input(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), path: path, real: realPath(path) ?? path)
        lock.withLock { inputs.append(input) }
    }

    /// Exits 73 when the output file `out` is one of the run's inputs.
    static func checkFile(_ out: String) throws {
        var info = stat()
        guard stat(out, &info) == 0 else { return }
        let clash = lock.withLock { inputs.first { $0.device == UInt64(info.st_dev) && $0.inode == UInt64(info.st_ino) } }
        if let clash {
            Console.error("\(out): error: this file is an input of the run (\(clash.path)); writing it would destroy the input, so choose another output file")
            throw ExitCode.cannotCreate
        }
    }

    /// Exits 73 when an input of the run lies inside the output folder `out` (or is `out`).
    static func checkFolder(_ out: String) throws {
        guard let real = realPath(out) else { return }
        let prefix = real.hasSuffix("/") ? real : real + "/"
        let clash = lock.withLock { inputs.first { $0.real.hasPrefix(prefix) || $0.real == real } }
        if let clash {
            Console.error("\(out): error: the output folder holds an input of the run (\(clash.path)); replacing the folder would delete it, so choose another output folder")
            throw ExitCode.cannotCreate
        }
    }

    /// The absolute path with every symbolic link resolved, or nil when `path` does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
