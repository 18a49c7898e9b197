import Foundation
import PartnerscopeCore
import PartnerscopeIO
import TestSupport
import Testing

/// The streamed pairs CSV of `gaps --format csv` against the same table built the general way:
/// every row through ``CSVWriter`` with ``NumberFormat/csv(_:)``, then the `as_at` column added by
/// ``AsAtStamp/csv(_:columns:)`` (the path `gaps` took before it streamed).
@Suite struct CoterminosityCSVTests {
    static func general(_ rows: [CoterminosityPair], network: Network, asAt: String) -> String {
        var csv = CSVWriter(header: CoterminosityReport.pairColumns)
        for p in rows {
            let a = network.agencies[p.a], b = network.agencies[p.b]
            csv.appendRow([a.id.rawValue, b.id.rawValue, a.type, b.type, p.relation.rawValue,
                           NumberFormat.csv(p.jaccard), NumberFormat.csv(p.aInB), NumberFormat.csv(p.bInA),
                           NumberFormat.csv(p.populationShared), NumberFormat.csv(p.populationAOnly),
                           NumberFormat.csv(p.populationBOnly), NumberFormat.csv(p.populationMisaligned),
                           p.partners ? "true" : "false"])
        }
        return AsAtStamp.csv(csv.text, columns: [("as_at", asAt)])
    }

    static func streamed(_ pairs: [CoterminosityPair], network: Network, typeOrder: [String]?, asAt: String) throws -> String {
        let path = try Fixtures.temporaryDirectory("gaps-csv").appendingPathComponent("pairs.csv").path
        let order = CoterminosityReport.pairOrder(pairs, network: network, typeOrder: typeOrder)
        try AtomicWriter.stream(to: path) { stream in
            CoterminosityReport.writePairsCSV(pairs, order: order, network: network, columns: [("as_at", asAt)], to: stream)
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: [nil, ["icb", "unitary-council", "district-council"]])
    func streamedPairs_england_areTheBytesOfTheGeneralWriter(typeOrder: [String]?) throws {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Networks/england").path
        let network = try NetworkLoader().load(directory: folder).network
        let analysis = CoterminosityAnalysis(network: network)
        #expect(analysis.pairs.count > 1_000)
        let rows = CoterminosityReport.orderedPairs(analysis.pairs, network: network, typeOrder: typeOrder)
        if typeOrder != nil { #expect(rows.contains { $0.a > $0.b }) }  // some pairs seen from b
        let expected = Self.general(rows, network: network, asAt: "2024-05-07")
        #expect(try Self.streamed(analysis.pairs, network: network, typeOrder: typeOrder, asAt: "2024-05-07") == expected)
    }

    @Test func streamedPairs_hostileIdsAndTypes_areEscapedAsTheGeneralWriterEscapesThem() throws {
        let dir = try Fixtures.makeNetwork([
            "agencies.csv": "id,name,sector,type\n\"=cmd,x\",E,public,\"co\"\"uncil\"\n\" b\",B,public,-icb\nc,C,public,@trust\n",
            "relationships.csv": "source,target,type\n\"=cmd,x\",c,partnership\n",
            "areas.csv": "code,name,population\nx,X,10\ny,Y,30\nz,Z,7\n",
            "boundaries.csv": "agency_id,area_code,share\n\"=cmd,x\",x,\n\"=cmd,x\",y,0.5\n\" b\",y,\n\" b\",z,\nc,x,\nc,z,0.25\n",
        ])
        let network = try NetworkLoader().load(directory: dir.path).network
        let analysis = CoterminosityAnalysis(network: network)
        #expect(analysis.pairs.count == 3)
        let rows = CoterminosityReport.orderedPairs(analysis.pairs, network: network, typeOrder: ["@trust"])
        let text = try Self.streamed(analysis.pairs, network: network, typeOrder: ["@trust"], asAt: "=all")
        #expect(text == Self.general(rows, network: network, asAt: "=all"))
        #expect(text.contains("\"'=cmd,x\""))
    }
}
