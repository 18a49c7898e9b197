import Foundation
import TestSupport
import Testing

private let fixture = "Tests/TestSupport/Fixtures/boards-fixture"

@Test func boards_fixture_csvNamesTheAbsentProbationMemberAndItsCandidate() throws {
    let run = try Executable.run(["boards", fixture, "--format", "csv", "--requirements", "Networks/requirements.csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "name,theme,members,seats,absent,candidates,footprint_people,misaligned_members,id,basis")
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
    #expect(lines.first == "board_id,board,theme,requires,finding,candidates,candidate_ids,candidate_covers,source")
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
    // Five boards as boxes; csp1 (no probation) and lrf (no NHS trust, no Environment Agency) with a red border.
    #expect(dot.stdout.components(separatedBy: "shape=\"box\", style=\"rounded").count - 1 == 5)
    #expect(dot.stdout.components(separatedBy: "color=\"#d62728\"").count - 1 == 2)
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
    #expect(csv.first == "board,members,seats,absent,absent_members,mean_member_load,max_member_load,most_loaded_member,misaligned,min_member_cover,misaligned_members,footprint_people,id")
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
