internal import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a layout in the helper process `partnerscope-render`, started with `posix_spawn`, with a
/// deadline: a layout that does not finish (dot on a thousand dense nodes runs for hours) is
/// killed, and a crash or out-of-memory exit inside Graphviz becomes an error instead of taking
/// the caller down.
///
/// The helper reads the DOT text on standard input and writes one message on standard output
/// (see ``Frame``); its standard error (GLib and Pango print there) becomes warnings. Both ends
/// are read with `poll` until the deadline, then the helper is killed (SIGKILL) and reaped. The
/// helper asks the kernel to kill it when its parent dies and caps its own CPU time, so it never
/// outlives the caller. Unlike the `fork` this replaces, `posix_spawn` is safe from any thread
/// of a multithreaded program, and several layouts can run at once.
enum Isolation {
    /// The helper: `$PARTNERSCOPE_RENDER` if set, else `partnerscope-render` beside the running
    /// executable (SwiftPM builds it into the same folder; install it beside `partnerscope`).
    static let helperPath: String = {
        if let named = ProcessInfo.processInfo.environment["PARTNERSCOPE_RENDER"], !named.isEmpty { return named }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.deletingLastPathComponent().appendingPathComponent(LayoutHelper.name).path
    }()

    /// Ours, with Swift's crash backtracer off: a crash inside Graphviz is reported by its signal
    /// and Graphviz's last message ("out of memory"), not by pages of registers.
    static let helperEnvironment: [String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        return environment.keys.sorted().map { $0 + "=" + environment[$0]! }
    }()

    /// Stderr text kept from the helper, at most (a runaway warning loop must not fill memory).
    static let stderrLimit = 1 << 16

    /// - Complexity: that of the layout; O(size of the text and output) to move the bytes.
    static func run(_ request: Layout.Request, timeout: Double,
                    helper: String = helperPath) throws(GraphvizError) -> Rendering {
        let engine = request.engine
        guard timeout > 0 else { throw .timedOut(engine: engine, seconds: max(0, timeout)) }
        let child = try spawn(request, timeout: timeout, helper: helper)
        defer { close(child.socket); close(child.stderr) }

        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int64(min(timeout, 1e9) * 1000))
        var sent = 0, inputOpen = true, outputOpen = true, stderrOpen = true
        var output: [UInt8] = [], errors: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while outputOpen || stderrOpen {
            let remaining = deadline - clock.now
            if remaining <= .zero {
                _ = kill(child.pid, SIGKILL)
                reap(child.pid)
                throw .timedOut(engine: engine, seconds: timeout)
            }
            var fds = [pollfd(fd: outputOpen ? child.socket : -1,
                              events: Int16(POLLIN) | (inputOpen ? Int16(POLLOUT) : 0), revents: 0),
                       pollfd(fd: stderrOpen ? child.stderr : -1, events: Int16(POLLIN), revents: 0)]
            let waitMS = Int32(min(1000, max(1, remaining.components.seconds * 1000
                + remaining.components.attoseconds / 1_000_000_000_000_000)))
            if poll(&fds, 2, waitMS) < 0 {
                if errno == EINTR { continue }
                _ = kill(child.pid, SIGKILL)
                reap(child.pid)
                throw .crashed(engine: engine, detail: "poll failed: \(String(cString: strerror(errno)))")
            }
            if inputOpen && fds[0].revents & Int16(POLLOUT) != 0 {
                let n = request.dot.withUnsafeBytes { send(child.socket, $0.baseAddress! + sent, $0.count - sent, sendFlags) }
                if n > 0 { sent += n }
                if sent == request.dot.count || (n < 0 && errno != EAGAIN && errno != EINTR) {
                    inputOpen = false  // all sent, or the helper has gone (its status tells why)
                    _ = shutdown(child.socket, Int32(SHUT_WR))
                }
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                if !drain(child.socket, into: &output, limit: .max, buffer: &buffer) { outputOpen = false; inputOpen = false }
            }
            if fds[1].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                if !drain(child.stderr, into: &errors, limit: stderrLimit, buffer: &buffer) { stderrOpen = false }
            }
        }
        let status = reap(child.pid)
        let stderrLines = String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if cgv_signal(status) != 0 {
            throw .crashed(engine: engine, detail: "killed by signal \(cgv_signal(status))"
                + (stderrLines.first.map { " (\($0))" } ?? ""))
        }
        guard cgv_exit_status(status) == 0, let message = Frame.decode(output, engine: engine) else {
            throw .crashed(engine: engine, detail: "exited with status \(cgv_exit_status(status))"
                + (stderrLines.first.map { ": \($0)" } ?? " and no message"))
        }
        switch message {
        case let .failure(error): throw error
        case var .success(rendering):
            rendering.warnings += stderrLines
            return rendering
        }
    }

    /// Reads what is available; false at end of file or on an error. Bytes past `limit` are
    /// read and dropped.
    private static func drain(_ fd: Int32, into bytes: inout [UInt8], limit: Int, buffer: inout [UInt8]) -> Bool {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { return errno == EINTR || errno == EAGAIN }
        if n == 0 { return false }
        if bytes.count < limit { bytes.append(contentsOf: buffer[0..<min(n, limit - bytes.count)]) }
        return true
    }

    #if os(Linux)
    private static let sendFlags = Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)
    #else
    private static let sendFlags = Int32(MSG_DONTWAIT)  // SIGPIPE is off per socket (SO_NOSIGPIPE)
    #endif

    /// Starts the helper with its standard input and output on one end of a socket pair and its
    /// standard error on another. Our ends are close-on-exec, so a helper started by another
    /// thread at the same moment does not inherit them (and hold them open).
    private static func spawn(_ request: Layout.Request, timeout: Double, helper: String) throws(GraphvizError)
        -> (pid: pid_t, socket: Int32, stderr: Int32) {
        let engine = request.engine
        func failure(_ what: String) -> GraphvizError {
            .crashed(engine: engine, detail: "\(what): \(String(cString: strerror(errno)))")
        }
        var pair: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard socketPair(&pair) else { throw failure("cannot create a socket pair") }
        guard socketPair(&errPipe) else {
            let error = failure("cannot create a socket pair")
            close(pair[0]); close(pair[1])
            throw error
        }
        defer { close(pair[1]); close(errPipe[1]) }  // the helper's ends, ours to close once it has them

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, pair[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The helper starts with every signal at its default and none blocked, whatever the caller set.
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // The CPU cap is a backstop behind the deadline: the helper spends at most this much CPU
        // even if nobody is left to kill it.
        let cpuSeconds = UInt64(min(timeout, 1e7).rounded(.up)) + 10
        let arguments = [LayoutHelper.name, engine, String(request.seed), String(cpuSeconds), String(getpid())]
            + request.formats
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var environment: [UnsafeMutablePointer<CChar>?] = helperEnvironment.map { strdup($0) } + [nil]
        defer { for p in argv + environment { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, helper, &actions, &attributes, &argv, &environment)
        guard rc == 0 else {
            close(pair[0]); close(errPipe[0])
            throw .crashed(engine: engine, detail: "cannot start the layout helper \(helper): "
                + String(cString: strerror(rc)) + (rc == ENOENT ? " (build it with swift build; install it beside the program, or name it in PARTNERSCOPE_RENDER)" : ""))
        }
        return (pid, pair[0], errPipe[0])
    }

    /// A connected pair of close-on-exec sockets (a socket, so that writing to a helper that has
    /// died gives EPIPE instead of SIGPIPE).
    private static func socketPair(_ fds: inout [Int32]) -> Bool {
        #if os(Linux)
        return socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0
        #else
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &fds) == 0 else { return false }
        var on: Int32 = 1
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        return true
        #endif
    }

    @discardableResult
    private static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }
}

/// The helper's one message on standard output: a status byte, then for a result the warnings
/// (length-prefixed UTF-8) and each format's bytes (length-prefixed), for an error its case and
/// fields separated by U+0001. Lengths are 8 bytes, little-endian.
enum Frame {
    enum Message {
        case success(Rendering)
        case failure(GraphvizError)
    }

    static func encode(_ message: Message) -> [UInt8] {
        switch message {
        case let .success(r):
            var out: [UInt8] = [0]
            let warnings = Array(r.warnings.joined(separator: "\n").utf8)
            out += length(warnings.count) + warnings + length(r.outputs.count)
            for bytes in r.outputs { out += length(bytes.count) + bytes }
            return out
        case let .failure(error):
            let fields: [String] = switch error {
            case let .layoutFailed(engine, message): ["layout", engine, message]
            case let .renderFailed(format, message): ["render", format, message]
            case let .buildFailed(message): ["build", message]
            default: ["other", error.description]
            }
            return [1] + Array(fields.joined(separator: "\u{1}").utf8)
        }
    }

    /// nil when the bytes are not one whole message.
    static func decode(_ bytes: [UInt8], engine: String) -> Message? {
        guard let kind = bytes.first else { return nil }
        if kind == 1 {
            let parts = String(decoding: bytes.dropFirst(), as: UTF8.self).components(separatedBy: "\u{1}")
            switch (parts.first, parts.count) {
            case ("layout", 3): return .failure(.layoutFailed(engine: parts[1], message: parts[2]))
            case ("render", 3): return .failure(.renderFailed(format: parts[1], message: parts[2]))
            case ("build", 2): return .failure(.buildFailed(parts[1]))
            default: return .failure(.crashed(engine: engine, detail: parts.dropFirst().joined(separator: " ")))
            }
        }
        guard kind == 0 else { return nil }
        var offset = 1
        func take() -> ArraySlice<UInt8>? {
            guard offset + 8 <= bytes.count else { return nil }
            var n = 0
            for k in 0..<8 { n |= Int(bytes[offset + k]) << (8 * k) }
            offset += 8
            guard n >= 0, n <= bytes.count - offset else { return nil }
            defer { offset += n }
            return bytes[offset..<(offset + n)]
        }
        guard let warningBytes = take(), offset + 8 <= bytes.count else { return nil }
        var count = 0
        for k in 0..<8 { count |= Int(bytes[offset + k]) << (8 * k) }
        offset += 8
        guard count >= 0, count <= bytes.count else { return nil }
        var outputs: [[UInt8]] = []
        for _ in 0..<count {
            guard let output = take() else { return nil }
            outputs.append(Array(output))
        }
        guard offset == bytes.count else { return nil }
        let warnings = String(decoding: warningBytes, as: UTF8.self)
        return .success(Rendering(outputs: outputs, warnings: warnings.isEmpty ? [] : warnings.components(separatedBy: "\n")))
    }

    private static func length(_ n: Int) -> [UInt8] { (0..<8).map { UInt8((n >> (8 * $0)) & 0xFF) } }
}

/// The `partnerscope-render` helper's program: reads DOT text on standard input, lays it out
/// and renders it through ``Layout/run(_:)`` and writes one ``Frame`` on standard output.
/// Arguments: ENGINE SEED CPU-SECONDS PARENT-PID FORMAT... (written by ``Isolation``).
package enum LayoutHelper {
    package static let name = "partnerscope-render"

    /// The exit status: 0 when a message was written (a Graphviz error is a message too), 64 for
    /// bad arguments, 70 when the parent has already gone, 74 when standard output failed.
    package static func main(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 6, let seed = UInt32(arguments[2]), let cpu = UInt(arguments[3]),
              let parent = pid_t(arguments[4]) else {
            let usage = "\(name): the layout helper of GraphvizRender, started by the program that needs a layout; "
                + "arguments: ENGINE SEED CPU-SECONDS PARENT-PID FORMAT..., DOT text on standard input\n"
            _ = usage.withCString { write(2, $0, strlen($0)) }
            return 64
        }
        guard cgv_bind_to_parent(parent, cpu) == 0 else { return 70 }
        var input: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            input.append(contentsOf: buffer[0..<n])
        }
        let request = Layout.Request(dot: input, engine: arguments[1], formats: Array(arguments[5...]), seed: seed)
        let message: Frame.Message
        do { message = .success(try Layout.run(request)) } catch { message = .failure(error) }
        let bytes = Frame.encode(message)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return 74 }
            offset += n
        }
        return 0
    }
}
