import Foundation
import TestSupport
import Testing

private let fixture = "Tests/TestSupport/Fixtures/boards-fixture"

@Test func boards_fixture_csvNamesTheAbsentProbationMemberAndItsCandidate() throws {
    let run = try Executable.run(["boards", fixture, "--format", "csv", "--requirements", "Networks/requirements.csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "name,theme,members,seats,absent,candidates,footprint_people,misaligned_members,id,basis,as_at")
    let csp1 = try #require(lines.first { $0.hasPrefix("Community Safety Partnership One,") })
    #expect(csp1.contains("no probation member (Crime and Disorder Act 1998 s.5(1)(aa)"))
    #expect(csp1.contains("probation: Probation Service (100%)"))
}

@Test func boards_jsonIsDeterministic_andTableListsLoadHeaviestFirst() throws {
    let a = try Executable.run(["boards", fixture, "--format", "json"])
    let b = try Executable.run(["boards", fixture, "--format", "json"])
    #expect(a.status == 0 && a.stdoutData == b.stdoutData)
    let doc = try #require(try JSONSerialization.jsonObject(with: a.stdoutData) as? [String: Any])
    let load = try #require(doc["load"] as? [[String: Any]])
    #expect(load.first?["id"] as? String == "icb")
    let text = try Executable.run(["boards", fixture, "--theme", "community-safety"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("csp1") && !text.stdout.contains("hwb1"))
}

@Test func ties_coMembership_feedsEveryCommand_andIsRefusedWithoutBoards() throws {
    let run = try Executable.run(["centrality", fixture, "--ties", "co-membership", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    // icb shares a board with every other agency: degree 6 in the projection.
    #expect(run.stdout.split(separator: "\n").contains { $0.hasPrefix("icb,Integrated Care Board,public,icb,6,") })
    let refused = try Executable.run(["summary", "Tests/TestSupport/Fixtures/knoke-network", "--ties", "co-membership"])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("--ties co-membership needs boards.csv and memberships.csv"))
}

@Test func boards_unknownTheme_isAUsageError() throws {
    let run = try Executable.run(["boards", fixture, "--theme", "nope"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("themes: community-safety, health-and-wellbeing, joint commissioning, resilience"))
}

@Test func missing_boards_readsEachAbsenceAsAPlannerWould_withCandidates() throws {
    let run = try Executable.run(["missing", fixture, "--boards", "--format", "csv", "--requirements", "Networks/requirements.csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "board_id,board,theme,requires,finding,candidates,candidate_ids,candidate_covers,source,as_at")
    #expect(lines.contains { $0.hasPrefix("csp1,Community Safety Partnership One,community-safety,probation,Community Safety Partnership One: no probation member (Crime and Disorder Act 1998 s.5(1)(aa)") && $0.contains(",Probation Service,probation,1,") })
    // lrf lacks an NHS trust and the Environment Agency, of which the network lists none.
    #expect(lines.contains { $0.hasPrefix("lrf,") && $0.contains("no nhs-trust member") && $0.contains("the network lists no such body") })
    #expect(lines.count == 4)
    let table = try Executable.run(["missing", fixture])
    #expect(table.stdout.contains("Boards missing statutory members (3 findings on 2 of 4 boards checked against their theme)"))
}

@Test func map_kindBoards_drawsBoardsAsBoxes_flaggingAbsentMembers_andBoardHighlights() throws {
    let dot = try Executable.run(["map", fixture, "--kind", "boards", "--format", "dot"])
    #expect(dot.status == 0, "\(dot.stderr)")
    // Five boards as boxes; csp1 (no probation) and lrf (no NHS trust, no Environment Agency) with a vermillion border.
    #expect(dot.stdout.components(separatedBy: "shape=\"box\", style=\"rounded").count - 1 == 5)
    #expect(dot.stdout.components(separatedBy: "color=\"#D55E00\"").count - 1 == 2)
    #expect(dot.stdout.contains("Community Safety\\nPartnership One") || dot.stdout.contains("Community Safety Partnership One"))
    let one = try Executable.run(["map", fixture, "--kind", "boards", "--board", "hwb1", "--format", "dot"])
    #expect(one.status == 0 && one.stdout.components(separatedBy: "shape=\"box\", style=\"rounded").count - 1 == 1)
    let highlighted = try Executable.run(["map", fixture, "--board", "lrf", "--format", "dot"])
    #expect(highlighted.status == 0)
    #expect(highlighted.stdout.components(separatedBy: "penwidth=\"4\"").count - 1 == 5)  // lrf's five members
    let unknown = try Executable.run(["map", fixture, "--board", "nope", "--format", "dot"])
    #expect(unknown.status == 64 && unknown.stderr.contains("no board with id 'nope'"))
    let noBoards = try Executable.run(["map", "Tests/TestSupport/Fixtures/knoke-network", "--kind", "boards", "--format", "dot"])
    #expect(noBoards.status == 65)
}

@Test func batch_byBoardTheme_comparesEveryBoardOfTheTheme() throws {
    let out = try Fixtures.temporaryDirectory("board-theme")
    let folder = out.appendingPathComponent("csp").path
    let run = try Executable.run(["batch", fixture, "--by", "board-theme=community-safety", "--out-dir", folder, "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let csv = try String(contentsOfFile: folder + "/boards.csv", encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(csv.first == "board,members,seats,absent,absent_members,mean_member_load,max_member_load,most_loaded_member,misaligned,min_member_cover,misaligned_members,footprint_people,id,as_at")
    // csp1 (no probation) before csp2 (complete); members of csp1 sit on 4, 3, 3 and 5 boards: mean 3.75, largest 5 (the ICB).
    #expect(csv.count == 3)
    #expect(csv[1].hasPrefix("Community Safety Partnership One,4,4,1,no probation member"))
    #expect(csv[1].contains(",3.75,5,Integrated Care Board,0,1,,100,csp1"))
    #expect(csv[2].hasPrefix("Community Safety Partnership Two,5,5,0,,"))
    let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
    #expect(html.contains("2 boards; 1 lack a statutory member"))
    let bad = try Executable.run(["batch", fixture, "--by", "board-theme=nope", "--out-dir", folder])
    #expect(bad.status == 65)
}

// A dated folder, by hand: the LSP (2001 – 2010-03-31) seats the council, the LSC (2001-04-01 –
// 2010-03-31) and the police; the CSP (from 1998) seats the council and police always, the CCG
// 2013-04-01 – 2022-06-30 and the ICB from 2022-07-01; the HWB exists from 2013-04-01.
private let datedBoards: [String: String] = [
    "agencies.csv": """
    id,name,sector,type,start,end,successor_of
    council,Council,public,metropolitan-district,,,
    police,Police,public,police,,,
    lsc,Learning and Skills Council,public,lsc,2001-04-01,2010-03-31,
    ccg,CCG,public,ccg,2013-04-01,2022-06-30,
    icb,ICB,public,icb,2022-07-01,,ccg

    """,
    "relationships.csv": "source,target,type,since\ncouncil,police,partnership,\ncouncil,icb,partnership,2022-07-01\n",
    "boards.csv": """
    id,name,theme,start,end
    lsp,Local Strategic Partnership,local-strategic-partnership,2001,2010-03-31
    csp,Community Safety Partnership,community-safety,1998,
    hwb,Health and Wellbeing Board,health-and-wellbeing,2013-04-01,

    """,
    "memberships.csv": """
    board_id,agency_id,role,since,until
    lsp,council,chair,,
    lsp,lsc,member,,
    lsp,police,member,,
    csp,council,chair,,
    csp,police,statutory-member,,
    csp,ccg,statutory-member,2013-04-01,2022-06-30
    csp,icb,statutory-member,2022-07-01,
    hwb,council,chair,,
    hwb,ccg,statutory-member,,2022-06-30
    hwb,icb,statutory-member,2022-07-01,

    """,
]

@Test func boards_asAt_showsOnlyTheBoardsAndSeatsOfThatDay_andNamesIt() throws {
    let dir = try Fixtures.makeNetwork(datedBoards, label: "dated-boards")
    defer { try? FileManager.default.removeItem(at: dir) }
    func members(_ extra: [String]) throws -> (asAt: String?, members: [String]) {
        let run = try Executable.run(["boards", dir.path, "--format", "json", "--quiet"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        let rows = try #require(doc["members"] as? [[String: Any]])
        return (doc["as_at"] as? String, rows.map { "\($0["board_id"] as? String ?? "?"):\($0["agency_id"] as? String ?? "?")" }.sorted())
    }
    let summit = try members(["--as-at", "2009-06-30"])
    #expect(summit.asAt == "2009-06-30")
    #expect(summit.members == ["csp:council", "csp:police", "lsp:council", "lsp:lsc", "lsp:police"])
    // Default: the latest start/since date, 2022-07-01: the ICB sits where the CCG sat.
    let today = try members([])
    #expect(today.asAt == "2022-07-01")
    #expect(today.members == ["csp:council", "csp:icb", "csp:police", "hwb:council", "hwb:icb"])
    let all = try members(["--as-at", "all"])
    #expect(all.asAt == "all" && all.members.count == 10)

    let csv = try Executable.run(["boards", dir.path, "--format", "csv", "--as-at", "2021-06-30", "--quiet"])
    let lines = csv.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasSuffix(",as_at") == true)
    #expect(lines.count == 3 && lines.dropFirst().allSatisfy { $0.hasSuffix(",2021-06-30") })
    let table = try Executable.run(["boards", dir.path, "--as-at", "2009-06-30", "--quiet"])
    #expect(table.stdout.contains("2 boards, 5 memberships"))
    #expect(table.stdout.hasSuffix("As at 2009-06-30: the agencies in existence and ties in force that day (default: the latest start or since date in the data; --as-at DATE or all)\n"))
}

@Test func coMembership_asAt_projectsTheBoardsOfThatDay() throws {
    let dir = try Fixtures.makeNetwork(datedBoards, label: "dated-boards")
    defer { try? FileManager.default.removeItem(at: dir) }
    // 2009-06-30: the LSP ties council, LSC and police; the CSP ties council and police again.
    let run = try Executable.run(["centrality", dir.path, "--ties", "co-membership", "--as-at", "2009-06-30", "--format", "csv", "--quiet"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    #expect(Set(rows.map { $0[0] }) == ["council", "police", "lsc"])
    #expect(rows.allSatisfy { $0.last == "2009-06-30" })
}

@Test func maps_nameTheDayTheyShow() throws {
    let dir = try Fixtures.makeNetwork(datedBoards, label: "dated-boards")
    defer { try? FileManager.default.removeItem(at: dir) }
    let boards = try Executable.run(["map", dir.path, "--kind", "boards", "--format", "dot", "--as-at", "2009-06-30", "--quiet"])
    #expect(boards.status == 0, "\(boards.stderr)")
    #expect(boards.stdout.contains("as at 2009-06-30 (2 boards, 3 agencies, 5 seats)"))
    let network = try Executable.run(["map", dir.path, "--format", "dot", "--quiet"])
    // Council, police and ICB exist that day (the CCG ended the day before, the LSC in 2010).
    #expect(network.stdout.contains("as at 2022-07-01 (3 agencies, 2 ties)"))
}
