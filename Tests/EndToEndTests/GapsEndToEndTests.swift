import Foundation
import TestSupport
import Testing

/// The councils that the 2024 lookups split across more than one ICB, as computed independently
/// with pandas from Networks/england (scripts/reference/england_split_councils.py, pandas 3.1.1):
/// Tests/TestSupport/Fixtures/england-split-councils.json (13 councils, 27 council–ICB rows, each
/// with its population_misaligned, and the order worst split first).
@Test func gaps_england_councilsByIcb_listExactlyTheCouncilsSplitAcrossIcbs() throws {
    let data = try Data(contentsOf: Fixtures.url("england-split-councils.json"))
    let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let councils = try #require(expected["councils"] as? [String])
    let rows = try #require(expected["rows"] as? [[String: Any]])
    #expect(councils.count == 13)

    let run = try Executable.run(["gaps", "Networks/england", "--types",
                                   "district-council,unitary-council,metropolitan-district,london-borough,icb",
                                   "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "agency_a,agency_b,type_a,type_b,relation,jaccard,a_in_b,b_in_a,population_shared,population_a_only,population_b_only,population_misaligned,partners,as_at")
    let fields = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    #expect(Set(fields.map { $0[0] }).sorted() == councils)
    #expect(fields.count == rows.count)
    for row in rows {
        let council = row["council"] as! String, icb = row["icb"] as! String
        let line = try #require(fields.first { $0[0] == council && $0[1] == icb }, "\(council)–\(icb)")
        #expect(line[3] == "icb" && line[4] == "partial")
        #expect(abs(Double(line[6])! - (row["share_of_council"] as! Double)) < 1e-9, "\(council)–\(icb)")
        #expect(Double(line[8]) == Double(row["population"] as! Int))
        #expect(Double(line[11]) == Double(row["population_misaligned"] as! Int), "\(council)–\(icb)")
    }
    // Worst split first: the order the pandas script computes (misaligned descending, then ids).
    // East Suffolk, split 53/47 between two ICBs, comes first with 116,361 people on the wrong side.
    let ranking = try #require(expected["ranking_by_misaligned"] as? [[Any]])
    #expect(fields.map { [$0[0], $0[1], $0[11]] } == ranking.map { ["\($0[0])", "\($0[1])", "\($0[2])"] })
    #expect(fields.first?[0] == "lad-E07000244" && fields.first?[11] == "116361")
}

@Test func gaps_networkWithoutAreas_explainsAndExitsZero() throws {
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": "id,name,sector,type\na,A,public,council\nb,B,public,icb\n",
        "relationships.csv": "source,target,type\na,b,partnership\n",
    ])
    let table = try Executable.run(["gaps", dir.path])
    #expect(table.status == 0)
    #expect(table.stdout.contains("no areas.csv"))
    let csv = try Executable.run(["gaps", dir.path, "--format", "csv"])
    #expect(csv.status == 0 && csv.stderr.contains("no areas.csv"))
    #expect(csv.stdout.hasPrefix("agency_a,agency_b,"))
}

@Test func gaps_withoutPopulation_saysEveryAreaWeighsOne() throws {
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": "id,name,sector,type\na,A,public,council\nb,B,public,icb\n",
        "relationships.csv": "source,target,type\na,b,partnership\n",
        "areas.csv": "code,name\nx,X\ny,Y\nz,Z\n",
        "boundaries.csv": "agency_id,area_code\na,x\na,y\nb,y\nb,z\n",
    ])
    let run = try Executable.run(["gaps", dir.path, "--format", "json"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"population_weighted\": false"))
    #expect(run.stdout.contains("every area weighs 1"))
    // a and b share y: 1 of 2 areas each → partial, J = 1/3.
    #expect(run.stdout.contains("\"relation\": \"partial\""))
    let csv = try Executable.run(["gaps", dir.path, "--format", "csv"])
    #expect(csv.stdout == """
        agency_a,agency_b,type_a,type_b,relation,jaccard,a_in_b,b_in_a,population_shared,population_a_only,population_b_only,population_misaligned,partners,as_at
        a,b,council,icb,partial,0.3333333333333333,0.5,0.5,1,1,1,1,true,all

        """)
}

@Test func gaps_badToleranceOrType_isAUsageError() throws {
    let bad = try Executable.run(["gaps", "Networks/west-yorkshire", "--tolerance", "1.5"])
    #expect(bad.status == 64)
    let type = try Executable.run(["gaps", "Tests/TestSupport/Fixtures/coterminosity-random", "--types", "councl,icb"])
    #expect(type.status == 64 && type.stderr.contains("councl"))
}

@Test func gaps_textFromCsv_isEscapedInEveryFormat() throws {
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": "id,name,sector,type\n\"=cmd,x\",\"Evil <b>\"\"name\"\"</b>\",public,council\nb,B,public,icb\n",
        "relationships.csv": "source,target,type\n\"=cmd,x\",b,partnership\n",
        "areas.csv": "code,name,population\nx,X,10\ny,Y,10\n",
        "boundaries.csv": "agency_id,area_code\n\"=cmd,x\",x\n\"=cmd,x\",y\nb,y\n",
    ])
    let csv = try Executable.run(["gaps", dir.path, "--format", "csv", "--all"])
    #expect(csv.stdout.contains("\"'=cmd,x\",b,"))
    let json = try Executable.run(["gaps", dir.path, "--format", "json", "--all"])
    #expect(json.stdout.contains("\\u003cb\\u003e\\\"name\\\"\\u003c/b\\u003e"))
    #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any])
}

@Test func gaps_typesFilter_keepsTheWholeAreaHierarchy() throws {
    // a (council) names district L (x: 100, y: 300 people); b (icb) covers x only; c (fire) covers y.
    // Filtering to council,icb must still expand L to x and y: a 400, b 100 → b_within_a, not
    // coterminous (which it would be if L, no longer a parent once c is dropped, became a leaf).
    let dir = try Fixtures.makeNetwork([
        "agencies.csv": "id,name,sector,type\na,A,public,council\nb,B,public,icb\nc,C,public,fire\n",
        "relationships.csv": "source,target,type\na,b,partnership\n",
        "areas.csv": "code,name,population,parent\nL,District,400,\nx,X,100,L\ny,Y,300,L\n",
        "boundaries.csv": "agency_id,area_code\na,L\nb,x\nc,y\n",
    ])
    let run = try Executable.run(["gaps", dir.path, "--types", "council,icb", "--all", "--format", "csv"])
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n").dropFirst().map(String.init) == ["a,b,council,icb,b_within_a,0.25,0.25,1,100,300,0,0,true,all"])
}
