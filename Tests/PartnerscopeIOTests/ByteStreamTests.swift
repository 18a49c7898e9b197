import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

@Suite struct ByteStreamTests {
    /// The bytes a stream wrote into a temporary file.
    static func streamed(_ body: (ByteStream) -> Void) throws -> String {
        let path = try Fixtures.temporaryDirectory("stream").appendingPathComponent("out.csv").path
        try AtomicWriter.stream(to: path, body)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func writeCSV_formatsEveryNumberAsNumberFormatCSVDoes() throws {
        var values: [Double] = [0, -0.0, 1, -1, 7, 1e15 - 1, 1e15, -1e15, 123_456_789_012_345, 0.1, 1.0 / 3, -2.5,
                                5e-324, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .nan, .infinity, -.infinity]
        var rng = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let x = Double(bitPattern: rng.next())
            values.append(x)
            values.append((x.isFinite ? x : 1).rounded(.towardZero).truncatingRemainder(dividingBy: 1e16))
            values.append(Double(rng.nextInt(below: 3_000_001)) * (rng.nextUnit() < 0.5 ? 1 : 0.5))
        }
        let text = try Self.streamed { stream in
            for x in values {
                stream.writeCSV(x)
                stream.write(byte: 0x0A)
            }
        }
        #expect(text == values.map { NumberFormat.csv($0) + "\n" }.joined())
    }

    @Test func stream_largerThanItsBuffer_writesEveryByteInOrder() throws {
        let line = Array("0123456789abcdef,\"quoted\"\n".utf8)
        let long = [UInt8](repeating: 0x78, count: 3 << 20)  // one write larger than the 1 MiB buffer
        let text = try Self.streamed { stream in
            for _ in 0..<100_000 { stream.write(line) }
            stream.write(long)
            stream.write(integer: -9_223_372_036_854_775_807)
        }
        let expected = String(repeating: String(decoding: line, as: UTF8.self), count: 100_000)
            + String(repeating: "x", count: 3 << 20) + "-9223372036854775807"
        #expect(text == expected)
    }

    @Test func stream_leavesTheOldFileUntilEveryByteIsWritten_thenReplacesIt() throws {
        let dir = try Fixtures.temporaryDirectory("stream")
        let path = dir.appendingPathComponent("out.csv").path
        try AtomicWriter.write("old\n", to: path)
        var seenWhileWriting = ""
        try AtomicWriter.stream(to: path) { stream in
            stream.write(String(repeating: "new\n", count: 600_000))  // past the buffer: some bytes flushed
            seenWhileWriting = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        }
        #expect(seenWhileWriting == "old\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == String(repeating: "new\n", count: 600_000))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "Linux's /dev/full"))
    func stream_toAFullDevice_throwsAndKeepsTheDevice() throws {
        #expect(throws: (any Error).self) {
            try AtomicWriter.stream(to: "/dev/full") { $0.write(String(repeating: "x", count: 3 << 20)) }
        }
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func stream_intoAFolderThatCannotBeWritten_throwsAndWritesNothing() throws {
        let dir = try Fixtures.temporaryDirectory("stream")
        let file = dir.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        #expect(throws: (any Error).self) {
            try AtomicWriter.stream(to: file.appendingPathComponent("out.csv").path) { $0.write("a,b\n") }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["not-a-folder"])
    }
}
