import Foundation

/// Bytes written to a file descriptor through a 1 MiB buffer, for outputs too large to build as
/// one string first (`gaps --all` on 100,000 agencies is millions of rows): memory stays at the
/// buffer whatever the output's size, and each byte is copied once.
///
/// Writes never throw, so that a row can be made without `try` at every field; the first failed
/// write(2) is kept in ``failure`` (its `errno`), later bytes are dropped, and ``finish()`` reports
/// it. Numbers are formatted here, byte by byte, exactly as ``NumberFormat/csv(_:)`` formats them,
/// without building a `String` for an integer.
///
/// - Complexity: O(bytes written); one write(2) per MiB.
public final class ByteStream {
    /// The descriptor written to (not closed here).
    public let descriptor: Int32
    /// The `errno` of the first failed write, or nil.
    public private(set) var failure: Int32?
    private let capacity = 1 << 20
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0

    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Appends the bytes of `bytes`.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        if count + bytes.count > capacity { flush() }
        if bytes.count >= capacity {
            put(UnsafeRawBufferPointer(bytes))
            return
        }
        (buffer + count).update(from: bytes.baseAddress!, count: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write($0) } }

    /// Appends the UTF-8 of `text`.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Appends one byte.
    @inline(__always) public func write(byte: UInt8) {
        if count == capacity { flush() }
        buffer[count] = byte
        count += 1
    }

    /// Appends `d` as ``NumberFormat/csv(_:)`` writes it: nothing for NaN or infinity, `0` for ±0,
    /// the digits of an integral value below 10^15 in magnitude, else Swift's shortest round-trip form.
    public func writeCSV(_ d: Double) {
        guard d.isFinite else { return }
        if d == 0 {
            write(byte: UInt8(ascii: "0"))
        } else if d == d.rounded(), abs(d) < 1e15 {
            write(integer: Int64(d))
        } else {
            write(d.description)
        }
    }

    /// Appends the decimal digits of `value`.
    public func write(integer value: Int64) {
        if count + 20 > capacity { flush() }
        var magnitude = value.magnitude
        if value < 0 {
            buffer[count] = UInt8(ascii: "-")
            count += 1
        }
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var k = count + digits - 1
        repeat {
            buffer[k] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            k -= 1
        } while magnitude > 0
        count += digits
    }

    /// Writes out what is buffered.
    public func flush() {
        put(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    /// Flushes and returns the `errno` of the first failed write, or nil when every byte was written.
    public func finish() -> Int32? {
        flush()
        return failure
    }

    private func put(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !bytes.isEmpty else { return }
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += n
        }
    }
}
