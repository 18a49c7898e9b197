// libFuzzer harness for the network loader and the analyses (not part of the package build; see
// scripts/fuzz/run.sh, which compiles it together with the sources of PartnerscopeCore and
// PartnerscopeIO as one module).
//
// One input is one network folder: the bytes are split on the record separator 0x1E into at most
// seven files, in the order agencies.csv, relationships.csv, areas.csv, boundaries.csv (a file not
// reached is absent), then a requirements file, which goes through RequirementsLoader (diagnostics
// must point into it; requirements that load are the ones the analyses use), then boards.csv and
// memberships.csv (the boards analysis runs when they load, see `checkBoards`), then survey.csv,
// audit.csv and audit-questions.csv (the survey, audit and spend analyses run, see
// `checkSurveyAuditSpend`). Every network is
// also looked at on two days (`checkDated`): the latest date it describes and 1900-01-01. Built with -D STRUCTURED, the bytes instead choose a well-formed folder
// (counts, references, and values from lists of legal, boundary and extreme ones; see
// `structuredFolder`), so that most inputs load and the fuzzing goes into the analyses.
//
// A folder that loads is analysed as `partnerscope report` does (every analysis, the built-in
// requirements, the report's files, each checked to be well formed), again on the directed and
// weighted view, and cut as `batch --by parent` does. Then the writers: the network is written
// back as a folder by NetworkWriter (through AtomicWriter) and must load again as the same network,
// and its GraphML, GEXF and node-link JSON exports must be well formed. A folder that does not load
// must say why in diagnostics that point into its files, printed with no hidden character (see
// TerminalText). Any trap, sanitizer report or failed check is a bug.
import Foundation

private let separator: UInt8 = 0x1E
private let fileNames = ["agencies.csv", "relationships.csv", "areas.csv", "boundaries.csv"]
/// The optional board, survey and audit files, after the requirements part.
private let boardFileNames = ["boards.csv", "memberships.csv", "survey.csv", "audit.csv", "audit-questions.csv"]
/// This process's scratch folder (in memory where /dev/shm exists), removed at exit.
private let scratch = "\(FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory())partnerscope-fuzz-\(getpid())"
private let folder: String = {
    let path = "\(scratch)/network"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: scratch) }
    return path
}()
private let builtInRequirements = RequirementsLoader().builtIn().requirements
/// Where the writers' round trip goes.
private let rewritten: String = {
    let path = "\(scratch)/rewritten"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    #if STRUCTURED
    let parts = structuredFolder(Array(UnsafeBufferPointer(start: data, count: size)))
    #else
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parts = bytes.split(separator: separator, maxSplits: fileNames.count + 1 + boardFileNames.count - 1,
                            omittingEmptySubsequences: false)
    #endif
    var requirements = builtInRequirements
    if parts.count > fileNames.count {
        let text = Array(parts[fileNames.count])
        let path = "\(folder)/requirements.csv"
        do {
            requirements = try RequirementsLoader().parse(text, displayPath: path, origin: .file(path)).requirements
        } catch {
            if case let .invalidData(errors, warnings) = error {
                precondition(!errors.isEmpty, "requirements: invalidData without errors")
                for d in errors + warnings { checkPosition(d, [path: lineCount(ArraySlice(text))]) }
            }
            checkPrintable(error.lines(includingWarnings: true))
        }
    }
    var lineCounts = [String: Int]()
    for (k, name) in fileNames.enumerated() {
        let path = "\(folder)/\(name)"
        if k < parts.count {
            _ = FileManager.default.createFile(atPath: path, contents: Data(parts[k]))
            lineCounts[path] = lineCount(parts[k])
        } else {
            unlink(path)
        }
    }
    for (k, name) in boardFileNames.enumerated() {
        let path = "\(folder)/\(name)"
        let part = fileNames.count + 1 + k
        if part < parts.count {
            _ = FileManager.default.createFile(atPath: path, contents: Data(parts[part]))
            lineCounts[path] = lineCount(parts[part])
        } else {
            unlink(path)
        }
    }
    let loaded: LoadedNetwork
    do {
        loaded = try NetworkLoader().load(directory: folder, name: "fuzz")
    } catch {
        if case let .invalidData(errors, warnings) = error {
            precondition(!errors.isEmpty, "invalidData without errors")
            for d in errors + warnings { checkPosition(d, lineCounts) }
        }
        checkPrintable(error.lines(includingWarnings: true))
        return 0
    }
    for d in loaded.warnings { checkPosition(d, lineCounts) }
    checkPrintable(loaded.warnings.map(\.description))
    let network = loaded.network

    let analysis = NetworkAnalysis(network: network, requirements: requirements)
    let report = AnalystReport(analysis: analysis, requirementsOrigin: "fuzz")
    checkFinite(analysis.centrality)
    for file in report.files() { checkWellFormed(file.path, file.bytes) }
    _ = SummaryReport.text(analysis.summary, network: network)
    _ = SilosReport.text(analysis.silos, network: network)
    _ = CoterminosityReport.agencyText(analysis.coterminosity, network: network)
    _ = CoterminosityReport.areaText(analysis.coterminosity, network: network)
    _ = CentralityReport.json(analysis.centrality, network: network, graph: analysis.graph).rendered()
    let influence = InfluenceProfile(network: network, networkInfluence: analysis.centrality[.pagerank] ?? [])
    _ = InfluenceReport.json(influence, network: network, influenceName: "PageRank").rendered()

    let view = NetworkAnalysis.Options(directed: true, weighted: true,
                                       silos: SiloAnalysis.Options(directed: true, weighted: true, restarts: 2,
                                                                   groupBy: .community))
    let directed = NetworkAnalysis(network: network, requirements: nil, options: view)
    checkFinite(directed.centrality)
    _ = CentralityReport.json(directed.centrality, network: network, graph: directed.graph).rendered()
    _ = SilosReport.json(directed.silos, network: network).rendered()

    for group in NetworkSplit.groups(of: network, by: .topLevel).prefix(3) {
        let sub = NetworkSplit.subnetwork(group, of: network)
        _ = NetworkSplit.footprintPopulation(group, in: network)
        _ = NetworkDiff(network, sub)
        _ = NetworkSummary(sub)
    }
    checkWriters(analysis)
    checkBoards(loaded, requirements: requirements)
    checkSurveyAuditSpend(loaded, analysis: analysis, requirements: requirements)
    checkDated(loaded, requirements: requirements)
    return 0
}

/// The survey, audit and spend analyses as `quality`, `audit`, `spend` and the report's sections
/// run them: every symmetrisation and every wave (the first four), the audit beside its evidence
/// (gaps, missing partners, board load, surveyed trust); every rating and answer refers to an
/// agency (and board) of the network; response rate, reciprocity and tie coverage lie in [0, 1];
/// every text, JSON document and table (CSV and HTML) and the report's files are well formed.
private func checkSurveyAuditSpend(_ loaded: LoadedNetwork, analysis: NetworkAnalysis, requirements: Requirements) {
    let network = loaded.network
    var tables: [ReportTable] = []
    var documents: [(String, JSONValue)] = []
    var quality: QualityReport?
    if let survey = loaded.survey {
        precondition(survey.ratings.allSatisfy { $0.respondent < network.agencyCount && $0.about < network.agencyCount
                                                 && $0.respondent != $0.about && survey.waves.indices.contains($0.wave) },
                     "a rating outside the network")
        for mode in Symmetrisation.allCases {
            let q = QualityReport(network: network, survey: survey, options: .init(symmetrisation: mode),
                                  droppedRatings: loaded.surveyRatingsDropped)
            for w in q.analysis.waves {
                for rate in [w.responseRate, w.ratingReciprocity, w.tieCoverage] {
                    precondition(rate.map { $0 >= 0 && $0 <= 1 } ?? true, "wave \(survey.waves[w.wave]): a rate outside [0, 1]: \(rate!)")
                }
            }
            tables += q.tables
            documents.append(("quality.json", q.json()))
            documents.append(("survey-metrics.json", q.metricsJSON()))
            _ = q.text(top: 5)
            checkWellFormed("survey.html", Array(q.sectionIntroHTML().utf8))
            if mode == .mean { quality = q }
        }
        for wave in survey.waves.indices.prefix(4) {
            _ = QualityReport(network: network, survey: survey, options: .init(wave: wave)).text(top: 3)
        }
    }
    var audit: AuditReport?
    if let answers = loaded.audit {
        precondition(answers.audit.responses.allSatisfy { r in
            r.respondent < network.agencyCount && (r.board.map { $0 < loaded.boards.boards.count } ?? true)
                && answers.audit.questions.indices.contains(r.question)
        }, "an audit answer outside the network")
        let boards = loaded.boards.isEmpty ? nil : BoardAnalysis(network: network, boards: loaded.boards, requirements: requirements)
        let r = AuditReport(network: network, audit: answers, boards: loaded.boards,
                            gaps: analysis.coterminosity.hasGeography ? analysis.coterminosity.gaps : nil,
                            missingPartners: analysis.missing?.findings.filter { $0.kind == .absent || $0.kind == .unlinked }.count,
                            boardAnalysis: boards, survey: quality?.analysis)
        tables += r.tables
        documents.append(("audit.json", r.json()))
        _ = r.text(top: 5)
        _ = r.keyFindings()
        checkWellFormed("audit.html", Array(r.sectionIntroHTML().utf8))
        audit = r
    }
    let spend = SpendReport(network: network)
    tables += [spend.areasTable, spend.typesTable]
    documents.append(("spend.json", spend.json()))
    _ = spend.text(top: 5)
    if quality != nil || audit != nil {
        for file in AnalystReport(analysis: analysis, requirementsOrigin: "fuzz", quality: quality, audit: audit).files() {
            checkWellFormed(file.path, file.bytes)
        }
    }
    for t in tables {
        checkWellFormed("\(t.id).csv", Array(t.csv().utf8))
        checkWellFormed("\(t.id).html", Array(t.html().utf8))
    }
    for (name, d) in documents { checkWellFormed(name, Array(d.rendered().utf8)) }
}

/// The boards analysis of a folder whose board files loaded: its text, JSON and every table as CSV
/// and HTML are well formed.
private func checkBoards(_ loaded: LoadedNetwork, requirements: Requirements) {
    guard !loaded.boards.isEmpty else { return }
    let report = BoardsReport(network: loaded.network, boards: loaded.boards, requirements: requirements)
    _ = report.text(top: 5)
    _ = report.keyFindings()
    checkWellFormed("boards.json", Array(report.json().rendered().utf8))
    for table in report.tables {
        checkWellFormed("\(table.id).csv", Array(table.csv().utf8))
        checkWellFormed("\(table.id).html", Array(table.html().description.utf8))
    }
}

/// The folder as at its default day and as at 1900-01-01, as `--as-at` shows it
/// (``LoadedNetwork/asAt(_:)``, boards and memberships included): no agency appears that the whole
/// network lacks, every tie joins two agencies of the view, every seat joins a board and an agency
/// of the view, and the analyses, report and boards analysis of each view are well formed.
private func checkDated(_ loaded: LoadedNetwork, requirements: Requirements) {
    let whole = loaded.network
    for when in [loaded.defaultAsAt, .day(CalendarDay(year: 1900, month: 1, day: 1)!)] {
        let dated = loaded.asAt(when)
        let view = dated.network
        precondition(view.agencyCount <= whole.agencyCount, "as at \(when): agencies gained")
        precondition(view.agencies.allSatisfy { whole.index(of: $0.id) != nil }, "as at \(when): an agency from nowhere")
        precondition(view.relationships.allSatisfy { $0.source < view.agencyCount && $0.target < view.agencyCount },
                     "as at \(when): a tie outside the view")
        precondition(dated.boards.memberships.allSatisfy { $0.agency < view.agencyCount && $0.board < dated.boards.boards.count },
                     "as at \(when): a seat outside the view")
        let analysis = NetworkAnalysis(network: view, requirements: requirements)
        checkFinite(analysis.centrality)
        for file in AnalystReport(analysis: analysis, requirementsOrigin: "fuzz").files() {
            checkWellFormed(file.path, file.bytes)
        }
        checkBoards(dated, requirements: requirements)
        checkSurveyAuditSpend(dated, analysis: analysis, requirements: requirements)
    }
}

/// The writers: the folder NetworkWriter writes loads back as the same network, and the exports
/// of the analysed network are well formed.
private func checkWriters(_ analysis: NetworkAnalysis) {
    let network = analysis.network
    do {
        try NetworkWriter.write(network, to: rewritten)
        if !network.hasAreasFile && network.areas.isEmpty {
            unlink("\(rewritten)/areas.csv")
            unlink("\(rewritten)/boundaries.csv")
        }
    } catch {
        preconditionFailure("NetworkWriter failed: \(error)")
    }
    let again: Network
    do {
        again = try NetworkLoader().load(directory: rewritten, name: network.name).network
    } catch {
        preconditionFailure("the rewritten network does not load: \(error.description)")
    }
    precondition(again.agencies == network.agencies, "agencies changed in the round trip")
    precondition(again.areas == network.areas, "areas changed in the round trip")
    precondition(again.boundaries == network.boundaries, "boundaries changed in the round trip")
    precondition(again.relationships == network.relationships, "relationships changed in the round trip")
    let export = GraphExport(analysis)
    checkWellFormed("network.graphml", Array(export.graphML().utf8))
    checkWellFormed("network.gexf", Array(export.gexf().utf8))
    checkWellFormed("network.json", Array(export.nodeLinkJSON().rendered().utf8))
    for (name, text) in NetworkWriter.files(network) { checkWellFormed(name, Array(text.utf8)) }
}

/// Printed diagnostics hold no character that would drive or fool a terminal.
private func checkPrintable(_ lines: [String]) {
    for line in lines {
        precondition(!line.unicodeScalars.contains(where: TerminalText.isHidden), "hidden character printed: \(line.debugDescription)")
    }
}

/// Every diagnostic points at a line and column of its file (or line 1 of a missing one).
private func checkPosition(_ d: Diagnostic, _ lineCounts: [String: Int]) {
    precondition(d.line >= 1 && d.column >= 1, "diagnostic without a position: \(d)")
    if let lines = lineCounts[d.file] {
        precondition(d.line <= lines, "diagnostic past the end of the file (\(lines) lines): \(d)")
    }
}

/// Every computed centrality value is a number (the report would print NaN or inf otherwise).
private func checkFinite(_ table: CentralityTable) {
    for measure in CentralityMeasure.allCases {
        precondition((table[measure] ?? []).allSatisfy(\.isFinite), "\(measure) not finite")
    }
}

/// A report file parses as what its name says: JSON, CSV, or XML/HTML text without forbidden characters.
private func checkWellFormed(_ path: String, _ bytes: [UInt8]) {
    if path.hasSuffix(".json") {
        precondition((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "\(path) is not JSON")
    } else if path.hasSuffix(".csv") {
        precondition(CSVParser().parse(bytes) { _ in }.isEmpty, "\(path) is not CSV")
    } else {
        let clean = String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy { Markup.isXMLCharacter($0) }
        precondition(clean, "\(path) has characters XML forbids")
    }
}

/// Lines of a file whose line breaks are LF, CRLF or a lone CR: breaks plus one.
private func lineCount(_ bytes: ArraySlice<UInt8>) -> Int {
    var lines = 1
    var previous: UInt8 = 0
    for b in bytes {
        if b == 0x0D || (b == 0x0A && previous != 0x0D) { lines += 1 }
        previous = b
    }
    return lines
}

/// The four files of a well-formed network chosen by `bytes` (each byte read picks a count, a
/// reference or a value from a list; past the end every read gives 0).
private func structuredFolder(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var at = 0
    func next() -> Int {
        defer { at += 1 }
        return at < bytes.count ? Int(bytes[at]) : 0
    }
    func pick(_ values: [String]) -> String { values[next() % values.count] }
    let sectors = ["public", "private", "voluntary", "community", "Public"]
    let types = ["unitary-council", "police", "icb", "fire", "county-council", "district-council", "charity", "nhs-trust"]
    let levels = ["", "national", "regional", "subregional", "local", "neighbourhood"]
    let scores = ["", "1", "2", "3", "4", "5"]
    let budgets = ["", "0", "1", "0.001", "1e9", "999999999", "5e-324", "123.456"]
    let flags = ["", "true", "false"]
    let populations = ["", "0", "1", "37", "10000000000", "9999999999", "5000000000", "1000"]
    let shares = ["", "1", "0.5", "1e-9", "0.0000001", "0.999999", "1e-300", "0.333333333333333"]
    let tieTypes = ["partnership", "protocol", "agreement", "funding", "commissioning", "accountability", "scrutiny",
                    "informal", "conflict"]
    let weights = ["", "1", "1e-9", "1e12", "0.5", "3", "999999999999", "0.000000001", "1.000000001"]
    let years = ["", "2001", "1900", "2100"]

    let agencyCount = 1 + next() % 12
    var agencies = "id,name,sector,type,level,power,interest,budget_m,statutory\n"
    for i in 0..<agencyCount {
        agencies += "a\(i),Agency \(i),\(pick(sectors)),\(pick(types)),\(pick(levels)),\(pick(scores)),\(pick(scores)),"
        agencies += "\(pick(budgets)),\(pick(flags))\n"
    }
    let areaCount = next() % 10
    var areas = "code,name,population,parent\n"
    for i in 0..<areaCount {
        let parent = next() % (areaCount + 2)
        areas += "x\(i),Area \(i),\(pick(populations)),\(parent < areaCount ? "x\(parent)" : "")\n"
    }
    var boundaries = "agency_id,area_code,share\n"
    if areaCount > 0 {
        for _ in 0..<(next() % 24) {
            boundaries += "a\(next() % agencyCount),x\(next() % areaCount),\(pick(shares))\n"
        }
    }
    var relationships = "source,target,type,weight,directed,since\n"
    for _ in 0..<(next() % 32) {
        relationships += "a\(next() % agencyCount),a\(next() % agencyCount),\(pick(tieTypes)),\(pick(weights)),"
        relationships += "\(pick(flags)),\(pick(years))\n"
    }
    // Which optional files exist: none, areas only, or both.
    let files = [agencies, relationships] + (areaCount > 0 || next() % 2 == 0 ? [areas, boundaries] : [])
    return files.map { ArraySlice($0.utf8) }
}
