import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

/// Issue 17 rows 7, 10, 16 and the output-folder symbolic link: what writers leave behind and
/// what they accept.
@Suite struct OutputSafetyTests {
    /// The pid of a process that has exited (and been reaped), so no longer exists.
    func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    @Test func longestLegalFileName_isWritten() throws {
        let dir = try Fixtures.temporaryDirectory("long")
        defer { try? FileManager.default.removeItem(at: dir) }
        for length in [240, 255] {
            let name = String(repeating: "n", count: length - 4) + ".csv"
            let path = dir.appendingPathComponent(name).path
            try AtomicWriter.write("a\n", to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\n")
            let folder = dir.appendingPathComponent(String(repeating: "d", count: length)).path
            try AtomicWriter.writeDirectory(folder) { try Data("x".utf8).write(to: URL(fileURLWithPath: $0).appendingPathComponent("f.csv")) }
            #expect(FileManager.default.fileExists(atPath: folder + "/f.csv"))
        }
    }

    @Test func debrisOfAKilledRun_isRemovedByTheNextWrite_andNothingElse() throws {
        let dir = try Fixtures.temporaryDirectory("debris")
        defer { try? FileManager.default.removeItem(at: dir) }
        let dead = try deadPID()
        let old = Date(timeIntervalSinceNow: -3600)
        func make(_ name: String, folder: Bool, modified: Date = old) throws {
            let url = dir.appendingPathComponent(name)
            if folder {
                try FileManager.default.createDirectory(at: url.appendingPathComponent("maps"), withIntermediateDirectories: true)
                try Data(count: 1000).write(to: url.appendingPathComponent("maps/a.svg"))
            } else {
                try Data("half".utf8).write(to: url)
            }
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
        }
        try make("\(AtomicWriter.temporaryPrefix)\(dead)-abc", folder: false)     // a killed single-file write
        try make("\(AtomicWriter.temporaryPrefix)\(dead)-def", folder: true)      // a killed report
        try make("\(AtomicWriter.asidePrefix)\(dead)-ghi", folder: true)          // a killed replacement
        try make("\(AtomicWriter.temporaryPrefix)\(getppid())-live", folder: false)  // its writer still runs
        try make("\(AtomicWriter.temporaryPrefix)\(dead)-new", folder: false, modified: Date(timeIntervalSinceNow: 3600))
        try make(".hidden-user-file", folder: false)
        try make("notes.partnerscope-tmp-1-x", folder: false)
        try AtomicWriter.write("a\n", to: dir.appendingPathComponent("out.csv").path)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == [
            "out.csv", "\(AtomicWriter.temporaryPrefix)\(getppid())-live", "\(AtomicWriter.temporaryPrefix)\(dead)-new",
            ".hidden-user-file", "notes.partnerscope-tmp-1-x",
        ])
        // A folder write cleans the folder it is written beside too.
        try make("\(AtomicWriter.temporaryPrefix)\(dead)-jkl", folder: true)
        try AtomicWriter.writeDirectory(dir.appendingPathComponent("report").path) { _ in }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("\(AtomicWriter.temporaryPrefix)\(dead)-jkl").path))
    }

    @Test func symbolicLinkToAnOutputFolder_isFollowed() throws {
        let dir = try Fixtures.temporaryDirectory("folder-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = dir.appendingPathComponent("real")
        try AtomicWriter.writeDirectory(real.path) { try Data("1".utf8).write(to: URL(fileURLWithPath: $0).appendingPathComponent("one.csv")) }
        let link = dir.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real")
        try AtomicWriter.writeDirectory(link) { try Data("2".utf8).write(to: URL(fileURLWithPath: $0).appendingPathComponent("two.csv")) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: real.path)) == ["two.csv", AtomicWriter.outputMarker])
    }

    @Test func manyExtraColumns_areExportedEachOnce_withTheirValues() throws {
        let count = 20_000
        let agencies = (0..<3).map { i in
            Agency(id: AgencyID("a\(i)"), name: "A\(i)", sector: .public, type: "police",
                   attributes: Attributes((0..<count).map { (key: "c\($0)", value: "\(i)-\($0)") } + [(key: "c7", value: "repeat")]))
        }
        let network = Network(name: "wide", agencies: agencies, relationships: [Relationship(source: 0, target: 1, type: .partnership)])
        let graphML = GraphExport(network: network, measures: [], communities: nil).graphML()
        #expect(graphML.components(separatedBy: "<key id=\"n").count - 1 == count + 3)  // name, sector, type + extras
        #expect(graphML.contains(">2-19999</data>") && graphML.contains(">0-7</data>") && !graphML.contains(">repeat<"))
        let csv = try #require(NetworkWriter.files(network)["agencies.csv"])
        #expect(csv.split(separator: "\n")[1].hasSuffix(",0-19998,0-19999"))
        // The column look-up itself: first value wins, case folded when asked.
        let rows = [Attributes([(key: "Notes", value: "x"), (key: "notes", value: "y")]), Attributes()]
        #expect(Attributes.columns(rows, keys: ["notes", "Notes"]) == [["y", nil], ["x", nil]])
        #expect(Attributes.columns(rows, keys: ["NOTES"], ignoringCase: true) == [["x", nil]])
    }

    /// Found by the fuzzer: a CRLF inside a value (one Swift Character) was written unquoted and
    /// split the record; NetworkWriter's formula guard and lost area columns changed the network.
    @Test func networkWriter_roundTripsHostileValues() throws {
        let dir = try Fixtures.temporaryDirectory("roundtrip")
        defer { try? FileManager.default.removeItem(at: dir) }
        let agencies = [
            Agency(id: AgencyID("a"), name: "=SUM(A1)", sector: .public, type: "police",
                   attributes: Attributes([(key: "note", value: "line\r\nbreak, \"quoted\"\tend")])),
            Agency(id: AgencyID("-b"), name: "\u{A0}B", sector: .voluntary, type: "voluntary-org",
                   attributes: Attributes([(key: "note", value: "@x")])),
        ]
        let areas = [Area(code: AreaCode("x"), name: "X", population: 10, attributes: Attributes([(key: "kind", value: "ward")]))]
        let network = Network(name: "rt", agencies: agencies, areas: areas, boundaries: [Boundary(agency: 0, area: 0, share: 0.5)],
                              relationships: [Relationship(source: 0, target: 1, type: .funding, weight: 2.5, since: ISODate("2020"))])
        try NetworkWriter.write(network, to: dir.path)
        let again = try NetworkLoader().load(directory: dir.path, name: "rt").network
        #expect(again.agencies == network.agencies)
        #expect(again.areas == network.areas)
        #expect(again.boundaries == network.boundaries)
        #expect(again.relationships == network.relationships)
        #expect(CSVWriter.escape("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVWriter.escape("=1+1") == "'=1+1")
    }

    /// CSVWriter looks at bytes, not scalars (issue 18: escaping dominated the gaps command): every
    /// field, of multi-byte letters, emoji, commas, quotes, CR, LF, CRLF, tabs, spaces and formula
    /// starters, reads back through the loader's own CSV parser exactly as written (a field with a
    /// space or tab at an edge is quoted, and the parser keeps a quoted field's spaces), with the
    /// formula guard's apostrophe exactly when the field starts with = + - @ tab or CR and is not a
    /// number.
    @Test func csvWriter_everyFieldReadsBackThroughTheParser() throws {
        let pieces = ["a", "é", "😀", ",", "\"", "\r", "\n", "\r\n", "=", "-", "+", "@", "1", " ", "\t", "'", "x y"]
        var rng = SplitMix64(seed: 17)
        for guarding in [false, true] {
            for _ in 0..<2_000 {
                let fields = (0..<3).map { _ in
                    (0..<Int(rng.next() % 6)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
                }
                var writer = CSVWriter(header: ["p", "q", "r"], guardsFormulas: guarding)
                writer.appendRow(fields)
                var records: [CSVRecord] = []
                let errors = CSVParser().parse(Array(writer.text.utf8)) { records.append($0) }
                #expect(errors.isEmpty, "\(fields.debugDescription)")
                #expect(records.count == 2, "\(fields.debugDescription) -> \(writer.text.debugDescription)")
                guard records.count == 2 else { continue }
                let expected = fields.map { f -> String in
                    let formula = guarding && "=+-@\t\r".unicodeScalars.contains { $0 == f.unicodeScalars.first } && Double(f) == nil
                    return formula ? "'" + f : f
                }
                #expect(records[1].fields == expected, "\(fields.debugDescription) -> \(writer.text.debugDescription)")
            }
        }
        #expect(CSVWriter.escape(" lead") == "\" lead\"" && CSVWriter.escape("trail\t") == "\"trail\t\"")
        #expect(CSVWriter.escape("-3") == "-3" && CSVWriter.escape("-x") == "'-x" && CSVWriter.escape("\tx ") == "\"'\tx \"")
        #expect(CSVWriter.escape("plain é") == "plain é" && CSVWriter.escape("") == "")
    }
}
