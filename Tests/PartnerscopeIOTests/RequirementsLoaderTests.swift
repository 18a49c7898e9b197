import Foundation
import PartnerscopeCore
import PartnerscopeIO
import Testing
import TestSupport

@Test func requirements_shippedDefaults_parseCleanlyAndMatchBuiltIn() throws {
    let path = Fixtures.repositoryRoot.appendingPathComponent("Networks/requirements.csv").path
    let loaded = try RequirementsLoader().load(path: path)
    #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    #expect(loaded.requirements.themes == ["community-safety", "health-and-wellbeing", "resilience", "employment-and-health", "regeneration"])
    // Every requirement names a legal or policy source and only recommended types or sectors.
    let vocabulary = Set(AgencyTypeVocabulary.recommended.map(\.type))
    for r in loaded.requirements.items {
        #expect(!r.source.isEmpty && !r.reason.isEmpty)
        #expect(r.alternatives.allSatisfy { r.kind == .type ? vocabulary.contains($0) : Sector(rawValue: $0) != nil })
    }
    // Community safety: the five responsible authorities of the Crime and Disorder Act 1998 s.5.
    let safety = loaded.requirements.requirements(of: "community-safety").map(\.label)
    #expect(safety == ["county-council|district-council|unitary-council|metropolitan-district|london-borough",
                       "police", "fire", "icb|ccg|pct", "probation"])
    // The built-in defaults are the file's bytes, embedded at build time.
    let onDisk = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(Array(RequirementsLoader.defaultCSV.utf8) == [UInt8](onDisk))
    #expect(RequirementsLoader().builtIn().requirements.items == loaded.requirements.items)
}

@Test func requirements_builtInDefaults_areEmbeddedFromNetworksFileNotACopy() throws {
    // Package.swift embeds Sources/PartnerscopeIO/Resources/requirements.csv; it must stay a link to
    // Networks/requirements.csv, so that the defaults have one source. A copy put in its place could
    // drift from the file, and this fails.
    let resource = Fixtures.repositoryRoot.appendingPathComponent("Sources/PartnerscopeIO/Resources/requirements.csv")
    let target = try FileManager.default.destinationOfSymbolicLink(atPath: resource.path)
    #expect(target == "../../../Networks/requirements.csv")
    #expect(resource.resolvingSymlinksInPath().path
            == Fixtures.repositoryRoot.appendingPathComponent("Networks/requirements.csv").resolvingSymlinksInPath().path)
}

@Test func requirements_badFile_reportsFileLineColumn() throws {
    let dir = try Fixtures.temporaryDirectory("req")
    let file = dir.appendingPathComponent("requirements.csv")
    try Data("""
    theme,requires,kind,reason,source
    safety,police,type,why,Act
    safety,police||fire,type,why,Act
    safety,public,secter,why,Act
    regen,privat,sector,why,Act
    safety,police,type,,Act
    safety,police,type,again,Act
    safety,polise,type,why,
    safety,fire,type,why
    """.utf8).write(to: file)
    do {
        _ = try RequirementsLoader().load(path: file.path)
        Issue.record("expected invalid data")
    } catch {
        guard case let .invalidData(errors, warnings) = error else { Issue.record("\(error)"); return }
        let lines = errors.map { "\($0.line):\($0.column): \($0.message)" }
        #expect(lines.contains("3:8: empty alternative in 'police||fire'; separate alternatives with a single '|'"))
        #expect(lines.contains("4:15: unknown kind 'secter'; allowed: type, sector; did you mean 'sector'?"))
        #expect(lines.contains("5:7: unknown sector 'privat'; allowed: public, private, voluntary, community; did you mean 'private'?"))
        #expect(lines.contains("6:20: empty reason; say why the theme needs this partner"))
        #expect(lines.contains("7:8: requirement 'police' is listed twice for theme 'safety' (first on line 2)"))
        #expect(lines.contains("9:21: this row has 4 fields, but the header has 5"))
        #expect(errors.allSatisfy { $0.file == file.path })
        let w = warnings.map { "\($0.line):\($0.column): \($0.message)" }
        #expect(w.contains { $0.hasPrefix("8:8: type 'polise' is not in the recommended vocabulary") && $0.hasSuffix("did you mean 'police'?") })
        #expect(w.contains("8:24: no source given for this requirement"))
    }
}

@Test func requirements_missingFileAndHeaderOnly_areErrors() throws {
    #expect(throws: LoadError.self) { try RequirementsLoader().load(path: "/nonexistent/requirements.csv") }
    let dir = try Fixtures.temporaryDirectory("req")
    let file = dir.appendingPathComponent("r.csv")
    try Data("theme,requires,kind,reason,source\n".utf8).write(to: file)
    do {
        _ = try RequirementsLoader().load(path: file.path)
        Issue.record("expected invalid data")
    } catch {
        #expect(error.description.contains("r.csv:1:1: error: the file has a header but no requirements"))
        #expect(error.exitCode == 65)
    }
    try Data("theme,requires,kind\nx,y,type\n".utf8).write(to: file)
    #expect(throws: LoadError.self) { try RequirementsLoader().load(path: file.path) }
}

@Test func requirements_resolve_prefersTheNetworkFolderThenTheFolderBeside() throws {
    let root = try Fixtures.temporaryDirectory("resolve")
    let net = root.appendingPathComponent("town")
    try FileManager.default.createDirectory(at: net, withIntermediateDirectories: true)
    #expect(try RequirementsLoader().resolve(networkDirectory: net.path).origin == .builtIn)
    try Data("theme,requires,kind,reason,source\nbeside,police,type,why,Act\n".utf8)
        .write(to: root.appendingPathComponent("requirements.csv"))
    #expect(try RequirementsLoader().resolve(networkDirectory: net.path).requirements.themes == ["beside"])
    try Data("theme,requires,kind,reason,source\nown,fire,type,why,Act\n".utf8)
        .write(to: net.appendingPathComponent("requirements.csv"))
    #expect(try RequirementsLoader().resolve(networkDirectory: net.path).requirements.themes == ["own"])
}

@Test func missingReport_csv_hasTheColumnsEscapesTextAndNeverNaN() throws {
    let agencies = [
        Agency(id: "=cmd", name: "Evil, \"quoted\"\nname", sector: .public, type: "police"),
        Agency(id: "b", name: "B", sector: .public, type: "icb"),
    ]
    let net = Network(name: "n", agencies: agencies, ties: [])
    let reqs = Requirements([
        Requirement(theme: "safety", alternatives: ["police"], reason: "r"),
        Requirement(theme: "safety", alternatives: ["fire"], reason: "r"),
        Requirement(theme: "safety", alternatives: ["icb"], reason: "r"),
    ])
    let analysis = MissingPartnersAnalysis(network: net, requirements: reqs)
    let csv = MissingPartnersReport.csv(analysis)
    var records: [[String]] = []
    _ = CSVParser().parse(Array(csv.utf8)) { records.append($0.fields) }
    #expect(records.first == ["finding", "theme", "agency", "partner_role", "candidate", "type", "basis", "priority",
                              "population_share", "isolation", "score", "reason"])
    // Fire is absent; the police and the ICB have no tie to each other (no boundaries: each is the other's possible partner).
    #expect(records.dropFirst().map { "\($0[0]):\($0[2])>\($0[3])" } == ["absent:>", "unlinked:'=cmd>icb", "unlinked:b>police"])
    #expect(records.allSatisfy { $0.count == 12 })
    #expect(records[2][2] == "'=cmd")  // formula injection defused
    #expect(records[2][11].hasPrefix("Evil, \"quoted\"\nname (police force) has no tie to any agency"))
    #expect(records[3][11].contains("Possible partner: Evil, \"quoted\"\nname"))
    #expect(!csv.contains("nan") && !csv.contains("inf"))
    let context = MissingPartnersReport.Context(network: "n", catalogue: nil, themes: ["safety"],
                                                requirementsOrigin: "test", minOverlap: 0.1, overlapSource: "test")
    let json = MissingPartnersReport.json(analysis, context: context).rendered()
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect((decoded?["findings"] as? [Any])?.count == 3)
    let text = MissingPartnersReport.text(analysis, context: context)
    #expect(text.contains("absent") && text.contains("By agency: 2 agencies") && !text.contains("\nname"))  // control characters cleaned
}

@Test func requirements_rolesPartnersBasisAndMetBy_parse() throws {
    let loaded = try RequirementsLoader().parse(Array("""
        theme,requires,kind,reason,source,role,partners,basis,met_by
        safety,county-council|district-council,type,councils lead,CDA 1998 s.5,council,police|Probation,statutory,
        safety,police,type,police,CDA 1998 s.5,,probation,Statutory,each
        safety,probation,type,probation,CDA 1998 s.5,,,statutory,
        regen,public,sector,public,LSP guidance 2001,,,,
        """.utf8), displayPath: "r.csv", origin: .builtIn)
    let items = loaded.requirements.items
    #expect(items.map(\.role) == ["council", "police", "probation", "public"])
    #expect(items.map(\.partners) == [["police", "probation"], ["probation"], [], []])
    #expect(items.map(\.basis) == [.statutory, .statutory, .statutory, .guidance])  // guidance by default
    #expect(items.map(\.coverage) == [.each, .each, .each, .any])  // each for types, any for sectors
    #expect(loaded.requirements.pairs(of: "safety").map { "\($0.0)-\($0.1)" } == ["0-1", "0-2", "1-2"])
}

@Test func requirements_badRolesAndPartners_areLocatedErrors() throws {
    let text = """
        theme,requires,kind,reason,source,role,partners,basis,met_by
        safety,police,type,why,Act,police,probation,statutory,each
        safety,probation,type,why,Act,,,statutary,every
        safety,probation,type,why,Act,police,,statutory,each
        safety,fire,type,why,Act,fire,fire,statutory,each
        safety,icb,type,why,Act,nhs,police||fire,statutory,each
        """
    do {
        _ = try RequirementsLoader().parse(Array(text.utf8), displayPath: "r.csv", origin: .builtIn)
        Issue.record("expected errors")
    } catch {
        guard case let .invalidData(errors, _) = error else { Issue.record("\(error)"); return }
        let e = errors.map { "\($0.line):\($0.column): \($0.message)" }
        #expect(e == [
            "3:33: unknown basis 'statutary'; allowed: statutory, guidance, practice; did you mean 'statutory'?",
            "3:43: unknown met_by 'every'; allowed: each, any",
            "4:31: role 'police' is listed twice for theme 'safety' (first on line 2); give each row its own role",
            "5:31: role 'fire' names itself as a partner; name the other roles it must be tied to",
            "6:29: empty role in partners 'police||fire'; separate roles with a single '|'",
        ], "\(e)")
    }
    // A partner naming no role of the theme, with the nearest role.
    do {
        _ = try RequirementsLoader().parse(Array("""
            theme,requires,kind,reason,source,role,partners
            safety,police,type,why,Act,,probaton
            safety,probation,type,why,Act,,
            """.utf8), displayPath: "r.csv", origin: .builtIn)
        Issue.record("expected an error")
    } catch {
        guard case let .invalidData(errors, _) = error else { Issue.record("\(error)"); return }
        #expect(errors.map { "\($0.line):\($0.column): \($0.message)" } == [
            "2:29: partners names 'probaton', which is no role of theme 'safety'; roles: police, probation; did you mean 'probation'?",
        ])
    }
}
