import CGraphviz
import Foundation

/// Runs a layout in a forked child process with a deadline, so that a layout that does not
/// finish (dot on a thousand dense nodes runs for hours) is stopped instead of hanging.
///
/// The child writes one message to a pipe: a status byte (0 result, 1 error), then for a result
/// the warnings (length-prefixed UTF-8) and the rendered bytes, for an error Graphviz's message.
/// The parent reads with `poll` until the deadline, then kills the child (SIGKILL) and reaps it.
enum Isolation {
    static func run(engine: String, timeout: Double,
                    _ body: () throws(GraphvizError) -> RenderResult) throws(GraphvizError) -> RenderResult {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .crashed(engine: engine, detail: "cannot create a pipe: errno \(errno)") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let pid = cgv_fork()
        if pid < 0 {
            close(readEnd)
            close(writeEnd)
            throw .crashed(engine: engine, detail: "cannot fork: errno \(errno)")
        }
        if pid == 0 {
            close(readEnd)
            var message: [UInt8]
            do {
                let result = try body()
                let warnings = Array(result.warnings.joined(separator: "\n").utf8)
                message = [0] + lengthPrefix(warnings.count) + warnings + result.bytes
            } catch {
                message = [1] + Array(Self.encode(error).utf8)
            }
            let ok = writeAll(writeEnd, message)
            close(writeEnd)
            cgv_exit_child(ok ? 0 : 1)
        }
        close(writeEnd)
        defer { close(readEnd) }

        let deadline = Date().addingTimeInterval(max(0, timeout))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                _ = cgv_kill(pid)
                reap(pid)
                throw .timedOut(engine: engine, seconds: timeout)
            }
            var pfd = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, Int32(min(remaining * 1000, 1000).rounded(.up)))
            if ready < 0 {
                if errno == EINTR { continue }
                _ = cgv_kill(pid)
                reap(pid)
                throw .crashed(engine: engine, detail: "poll failed: errno \(errno)")
            }
            if ready == 0 { continue }
            let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            if n == 0 { break }
            received.append(contentsOf: buffer[0..<n])
        }
        let status = reap(pid)
        if cgv_signalled(status) != 0 {
            throw .crashed(engine: engine, detail: "signal \(cgv_signalled(status))")
        }
        guard let kind = received.first else {
            throw .crashed(engine: engine, detail: "the layout process exited with status \(cgv_exited(status)) and no output")
        }
        if kind == 1 { throw decode(String(decoding: received.dropFirst(), as: UTF8.self), engine: engine) }
        guard received.count >= 9 else { throw .crashed(engine: engine, detail: "truncated output") }
        var length = 0
        for k in 0..<8 { length |= Int(received[1 + k]) << (8 * k) }
        guard 9 + length <= received.count else { throw .crashed(engine: engine, detail: "truncated output") }
        let warningText = String(decoding: received[9..<(9 + length)], as: UTF8.self)
        return RenderResult(bytes: Array(received[(9 + length)...]),
                            warnings: warningText.isEmpty ? [] : warningText.components(separatedBy: "\n"))
    }

    @discardableResult
    private static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    private static func lengthPrefix(_ n: Int) -> [UInt8] { (0..<8).map { UInt8((n >> (8 * $0)) & 0xFF) } }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Errors cross the pipe as `case\u{1}field\u{1}field`.
    private static func encode(_ error: GraphvizError) -> String {
        switch error {
        case let .layoutFailed(engine, message): return ["layout", engine, message].joined(separator: "\u{1}")
        case let .renderFailed(format, message): return ["render", format, message].joined(separator: "\u{1}")
        case let .buildFailed(message): return ["build", message].joined(separator: "\u{1}")
        default: return ["other", error.description].joined(separator: "\u{1}")
        }
    }

    private static func decode(_ text: String, engine: String) -> GraphvizError {
        let parts = text.components(separatedBy: "\u{1}")
        switch (parts.first, parts.count) {
        case ("layout", 3): return .layoutFailed(engine: parts[1], message: parts[2])
        case ("render", 3): return .renderFailed(format: parts[1], message: parts[2])
        case ("build", 2): return .buildFailed(parts[1])
        default: return .crashed(engine: engine, detail: parts.dropFirst().joined(separator: " "))
        }
    }
}
