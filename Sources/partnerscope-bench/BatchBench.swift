import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeHistory
import PartnerscopeIO

/// `partnerscope-bench batch [--england DIR] [--type TYPE] [--maps yes] [--jobs N]`: the full
/// batch comparison of a national network — load, split by the footprints of the agencies of one type (`batch --by type=TYPE`), one ``ComparisonRow`` per group on every
/// core, the table and the output files in memory — and, with `--maps yes`, one small-multiple map
/// per group through the serial Graphviz gate. Prints the time of each phase and the peak memory
/// (run once per mode so that each process's peak is its own).
///
/// With `--history FILE` (deleted first), also records the run in a run history as
/// `batch --history` does — the SHA-256 of the folder's files, the groups with their metrics, gaps
/// and findings, one transaction — twice under two labels, and prints the time of the first
/// recording, its ratio to the batch's total, and the rows and bytes the second run added.
enum BatchBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let folder = a.options["england"] ?? "Networks/england"
        let criterion = SplitCriterion.agencyType(a.options["type"] ?? "icb")
        let maps = a.options["maps"] == "yes"
        let jobs = a.int("jobs", ParallelWork.defaultWorkers)
        let historyFile = a.options["history"]
        let (loaded, loadSeconds) = try Measure.seconds { try NetworkLoader().load(directory: folder) }
        let network = loaded.network
        let requirements = try RequirementsLoader().resolve(networkDirectory: folder).requirements
        let (groups, splitSeconds) = Measure.seconds { NetworkSplit.groups(of: network, by: criterion) }
        let (outcomes, analysisSeconds) = Measure.seconds {
            ParallelWork.map(count: groups.count, workers: jobs) { i -> (ComparisonRow, String?, NetworkAnalysis?)? in
                let group = groups[i]
                guard !group.roots.isEmpty else { return nil }
                let sub = NetworkSplit.subnetwork(group, of: network)
                let analysis = NetworkAnalysis(network: sub, requirements: requirements, options: ComparisonRow.analysisOptions)
                var row = ComparisonRow(key: group.key, label: group.label, analysis: analysis)
                row.footprintPopulation = NetworkSplit.footprintPopulation(group, in: network)
                let kept = historyFile == nil ? nil : analysis
                guard maps else { return (row, nil, kept) }
                do throws(GraphvizError) {
                    return (row, try SmallMultipleMap.svg(sub, title: group.label), kept)
                } catch {
                    fatalError("the map of \(group.key) failed, so the timing would be wrong: \(error)")
                }
            }
        }
        let rows = outcomes.compactMap { $0?.0 }
        var svgs: [String: String] = [:]
        for case let (row, svg?, _)? in outcomes { svgs[row.key] = svg }
        let table = ComparisonTable(rows: rows)
        let (files, reportSeconds) = Measure.seconds {
            ComparisonReport.files(table, context: .init(title: "bench", description: "bench", failures: []), maps: svgs)
        }
        print("network: \(folder) (\(network.agencyCount) agencies, \(network.relationships.count) ties, \(network.boundaries.count) boundary rows)")
        print("groups: \(groups.count) by \(criterion), \(rows.count) analysed, \(svgs.count) maps, \(jobs) workers")
        Measure.report("load_seconds", loadSeconds, "s")
        Measure.report("split_seconds", splitSeconds, "s")
        Measure.report(maps ? "analysis_and_maps_seconds" : "analysis_seconds", analysisSeconds, "s")
        Measure.report("report_files_seconds", reportSeconds, "s")
        let total = loadSeconds + splitSeconds + analysisSeconds + reportSeconds
        Measure.report("total_seconds", total, "s")
        print("files: \(files.count), \(files.reduce(0) { $0 + $1.1.count }) bytes")
        if let historyFile {
            var analyses: [String: NetworkAnalysis] = [:]
            for case let (row, _, analysis?)? in outcomes { analyses[row.key] = analysis }
            try recordHistory(historyFile, folder: folder, criterion: criterion, table: table, analyses: analyses, batchSeconds: total)
        }
        Measure.report("peak_memory", Measure.peakMemoryMiB(), "MiB")
    }

    /// Records the run twice (labels `bench-1`, `bench-2`) in a fresh history; see the type's doc.
    static func recordHistory(_ path: String, folder: String, criterion: SplitCriterion, table: ComparisonTable,
                              analyses: [String: NetworkAnalysis], batchSeconds: Double) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        func bytes() -> Int {
            ["", "-wal"].reduce(0) { sum, suffix in
                sum + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
            }
        }
        func run(_ label: String) throws -> Double {
            let (_, seconds) = try Measure.seconds { () throws -> Void in
                let history = try RunHistory(path: path, create: true)
                let hash = try NetworkFingerprint.sha256(of: [folder])
                let groups = table.rows.indices.map { i in
                    RecordedGroup(row: i, of: table, analysis: analyses[table.rows[i].key], kind: "\(criterion)", successorOf: nil, sentence: MissingPartnersWording.sentence)
                }
                try history.record(RecordedRun(label: label, command: "batch", split: "\(criterion)", network: folder,
                                               networkHash: hash, commandLine: "partnerscope-bench batch", partnerscopeVersion: "bench",
                                               groups: groups))
            }
            return seconds
        }
        let first = try run("bench-1")
        let afterFirst = bytes()
        _ = try run("bench-2")
        let afterSecond = bytes()
        let runs = try RunHistory(path: path, create: false).runs()
        let r = runs[1]
        Measure.report("history_record_seconds", first, "s")
        print("history_ratio_to_batch: \(NumberFormat.fixed(first / batchSeconds, 3))")
        print("history_rows_per_run: \(1 + r.groups + r.metrics + r.gaps + r.findings) (1 run, \(r.groups) groups, \(r.metrics) metrics, \(r.gaps) gaps, \(r.findings) missing partners)")
        print("history_bytes_first_run: \(afterFirst) (file with its empty schema and WAL)")
        print("history_bytes_per_further_run: \(afterSecond - afterFirst)")
    }
}
