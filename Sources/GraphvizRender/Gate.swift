internal import CGraphviz
import Foundation

/// The one serial gate every Graphviz call passes through, with the state it protects: the
/// shared `GVC_t` context and the messages Graphviz reports through its error callback.
enum Gate {
    private static let lock = NSLock()
    // Only touched with `lock` held.
    nonisolated(unsafe) private static var gvc: OpaquePointer?
    nonisolated(unsafe) private static var pending = ""

    /// Runs `body` with the lock held.
    static func run<T>(_ body: () throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The shared context, created on first use and kept for the life of the process (creating
    /// one loads the plugin configuration, which would dominate small renders). Gate held.
    static func context() throws(GraphvizError) -> OpaquePointer {
        if let gvc { return gvc }
        // Send Graphviz's messages (warnings and errors) to us instead of stderr.
        _ = agseterrf { text in
            if let text { Gate.record(String(cString: text)) }
            return 0
        }
        guard let created = gvContext() else { throw .buildFailed("cannot create a Graphviz context") }
        gvc = created
        return created
    }

    /// Graphviz sends a message in pieces ("Error", ": ", the text ending in a newline):
    /// concatenate them and split on newlines when read.
    private static func record(_ text: String) { pending += text }

    /// Clears the messages before a render. Gate held.
    static func resetMessages() {
        pending = ""
        _ = agreseterrors()
    }

    /// The messages since the last reset, cleared. Gate held.
    static func takeMessages() -> [String] {
        defer { pending = "" }
        return pending.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
