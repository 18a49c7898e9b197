import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench batch [--england DIR] [--type TYPE] [--maps yes] [--jobs N]`: the full
/// batch comparison of a national network — load, split by the footprints of the agencies of one type (`batch --by type=TYPE`), one ``ComparisonRow`` per group on every
/// core, the table and the output files in memory — and, with `--maps yes`, one small-multiple map
/// per group through the serial Graphviz gate. Prints the time of each phase and the peak memory
/// (run once per mode so that each process's peak is its own).
enum BatchBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let folder = a.options["england"] ?? "Networks/england"
        let criterion = SplitCriterion.agencyType(a.options["type"] ?? "icb")
        let maps = a.options["maps"] == "yes"
        let jobs = a.int("jobs", ParallelWork.defaultWorkers)
        let (loaded, loadSeconds) = try Measure.seconds { try NetworkLoader().load(directory: folder) }
        let network = loaded.network
        let requirements = try RequirementsLoader().resolve(networkDirectory: folder).requirements
        let (groups, splitSeconds) = Measure.seconds { NetworkSplit.groups(of: network, by: criterion) }
        let (outcomes, analysisSeconds) = Measure.seconds {
            ParallelWork.map(count: groups.count, workers: jobs) { i -> (ComparisonRow, String?)? in
                let group = groups[i]
                guard !group.roots.isEmpty else { return nil }
                let sub = NetworkSplit.subnetwork(group, of: network)
                var row = ComparisonRow(key: group.key, label: group.label, network: sub, requirements: requirements)
                row.footprintPopulation = NetworkSplit.footprintPopulation(group, in: network)
                guard maps else { return (row, nil) }
                do throws(GraphvizError) {
                    return (row, try SmallMultipleMap.svg(sub, title: group.label))
                } catch {
                    fatalError("the map of \(group.key) failed, so the timing would be wrong: \(error)")
                }
            }
        }
        let rows = outcomes.compactMap { $0?.0 }
        var svgs: [String: String] = [:]
        for case let (row, svg?)? in outcomes { svgs[row.key] = svg }
        let (files, reportSeconds) = Measure.seconds {
            ComparisonReport.files(ComparisonTable(rows: rows),
                                   context: .init(title: "bench", description: "bench", failures: []), maps: svgs)
        }
        print("network: \(folder) (\(network.agencyCount) agencies, \(network.relationships.count) ties, \(network.boundaries.count) boundary rows)")
        print("groups: \(groups.count) by \(criterion), \(rows.count) analysed, \(svgs.count) maps, \(jobs) workers")
        Measure.report("load_seconds", loadSeconds, "s")
        Measure.report("split_seconds", splitSeconds, "s")
        Measure.report(maps ? "analysis_and_maps_seconds" : "analysis_seconds", analysisSeconds, "s")
        Measure.report("report_files_seconds", reportSeconds, "s")
        Measure.report("total_seconds", loadSeconds + splitSeconds + analysisSeconds + reportSeconds, "s")
        print("files: \(files.count), \(files.reduce(0) { $0 + $1.1.count }) bytes")
        Measure.report("peak_memory", Measure.peakMemoryMiB(), "MiB")
    }
}

