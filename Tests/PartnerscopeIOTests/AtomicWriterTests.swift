import Foundation
import PartnerscopeIO
import TestSupport
import Testing

@Suite struct AtomicWriterTests {
    @Test func write_replacesTheFileWholeAndLeavesNoTemporary() throws {
        let dir = try Fixtures.temporaryDirectory("atomic")
        let path = dir.appendingPathComponent("out.csv").path
        try AtomicWriter.write("old\n", to: path)
        try AtomicWriter.write("new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    }

    @Test func write_throughASymbolicLink_replacesTheTargetNotTheLink() throws {
        let dir = try Fixtures.temporaryDirectory("atomic")
        let link = dir.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.csv")  // dangling
        try AtomicWriter.write("a\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.csv")
        #expect(try String(contentsOfFile: dir.appendingPathComponent("target.csv").path, encoding: .utf8) == "a\n")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "Linux's /dev/full"))
    func write_toADevice_writesInPlace_andReportsItsError() throws {
        // Renaming over /dev/full (as root) once replaced the device with a regular file.
        #expect(throws: (any Error).self) { try AtomicWriter.write("x\n", to: "/dev/full") }
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
        try AtomicWriter.write("x\n", to: "/dev/null")
        let null = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(null == .typeCharacterSpecial)
    }

    @Test func writeDirectory_refusesAFolderItDidNotWrite_andLeavesItAlone() throws {
        let dir = try Fixtures.temporaryDirectory("atomic").appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        #expect(throws: (any Error).self) {
            try AtomicWriter.writeDirectory(dir.path) { try Data().write(to: URL(fileURLWithPath: $0).appendingPathComponent("a.csv")) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.deletingLastPathComponent().path) == ["Documents"])
        // A file in the way is refused too.
        let file = dir.appendingPathComponent("notes.txt").path
        #expect(throws: (any Error).self) { try AtomicWriter.writeDirectory(file) { _ in } }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "precious")
    }

    @Test func writeDirectory_replacesItsOwnOutputAndFillsAnEmptyFolder() throws {
        let dir = try Fixtures.temporaryDirectory("atomic").appendingPathComponent("out")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)  // empty: accepted
        try AtomicWriter.writeDirectory(dir.path) { try Data("1".utf8).write(to: URL(fileURLWithPath: $0).appendingPathComponent("first.csv")) }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["first.csv", AtomicWriter.outputMarker])
        try AtomicWriter.writeDirectory(dir.path) { try Data("2".utf8).write(to: URL(fileURLWithPath: $0).appendingPathComponent("second.csv")) }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["second.csv", AtomicWriter.outputMarker])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.deletingLastPathComponent().path) == ["out"])
    }
}
