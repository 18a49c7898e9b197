import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `partnerscope` executable for end-to-end tests.
public enum Executable {
    /// The folder the build put the products in (beside the test bundle).
    public static var productsDirectory: URL {
        var url = Bundle.main.bundleURL
        // On Linux the test runner is .build/<config>/<Package>PackageTests.xctest; its folder holds the products.
        if url.pathExtension == "xctest" { url.deleteLastPathComponent() }
        return url
    }

    /// The `partnerscope` executable the tests run: beside the test bundle, else `.build/debug`.
    public static var executableURL: URL {
        let beside = productsDirectory.appendingPathComponent("partnerscope")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return Fixtures.repositoryRoot.appendingPathComponent(".build/debug/partnerscope")
    }

    /// Whether the executable has been built (end-to-end suites are skipped with a reason otherwise).
    public static var available: Bool { FileManager.default.isExecutableFile(atPath: executableURL.path) }

    public struct Result: Sendable {
        public var status: Int32
        /// Standard output as bytes (maps in PNG or PDF are binary).
        public var stdoutData: Data
        public var stderr: String
        /// Standard output decoded as UTF-8.
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    }

    /// Runs `script` with `bash -c` from the repository root, with `$PARTNERSCOPE` naming the
    /// executable: for conditions set by the shell (`ulimit`, signals, background jobs). Bash
    /// starts as from a terminal, every signal at its default and none blocked (a test runner's
    /// worker thread blocks most signals, and a spawned child would inherit that mask).
    public static func runShell(_ script: String) throws -> Result {
        let dir = try Fixtures.temporaryDirectory("shell")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outPath = dir.appendingPathComponent("stdout").path, errPath = dir.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var environment = ProcessInfo.processInfo.environment
        environment["PARTNERSCOPE"] = executableURL.path
        let root = Fixtures.repositoryRoot.path.replacingOccurrences(of: "'", with: "'\\''")
        let arguments = ["bash", "-c", "cd '\(root)' || exit 2\n" + script], variables = environment.map { $0 + "=" + $1 }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/bash", &actions, &attributes, &argv, &envp)
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let outData = try Data(contentsOf: URL(fileURLWithPath: outPath))
        let errData = try Data(contentsOf: URL(fileURLWithPath: errPath))
        return Result(status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
                      stdoutData: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `partnerscope` with `arguments` from the repository root and waits for it.
    public static func run(_ arguments: [String], currentDirectory: URL = Fixtures.repositoryRoot) throws -> Result {
        try launch(executableURL, arguments, currentDirectory: currentDirectory)
    }

    /// Runs `partnerscope` with `arguments` through `/bin/sh` with a shell redirection applied to
    /// it, e.g. `>/dev/full` (a full disk), `>&-` (standard output closed) or `2>/dev/full`; the
    /// streams not redirected are captured as by ``run(_:currentDirectory:)``.
    public static func run(_ arguments: [String], redirecting redirection: String,
                           currentDirectory: URL = Fixtures.repositoryRoot) throws -> Result {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" \"$@\" \(redirection)", executableURL.path] + arguments,
                   currentDirectory: currentDirectory)
    }

    private static func launch(_ executable: URL, _ arguments: [String], currentDirectory: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory
        // Output goes to temporary files: no pipe can fill up and block the child.
        let dir = try Fixtures.temporaryDirectory("run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdoutData: outData,
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
