import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench export DIR [--out FOLDER]`
///
/// Loads the network folder (e.g. one written by `generate`) and times writing it as GraphML, GEXF
/// and node-link JSON (``GraphExport``, agencies' and relationships' columns only, no measures),
/// text built and written to files. `scripts/bench/export.sh` runs networkx's writers on the same
/// network in the same run (`scripts/bench/export_networkx.py`) and prints the ratios.
enum ExportBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        guard let dir = a.positionals.first else { throw BenchError.usage("export DIR [--out FOLDER]") }
        let network = try NetworkLoader().load(directory: dir).network
        let out = a.options["out"] ?? NSTemporaryDirectory()
        print("agencies: \(network.agencyCount) relationships: \(network.relationships.count)")
        let export = GraphExport(network: network)
        let formats: [(String, String, () -> String)] = [
            ("graphml", "network.graphml", { export.graphML() }),
            ("gexf", "network.gexf", { export.gexf() }),
            ("node_link_json", "network-node-link.json", { export.nodeLinkJSON().rendered() }),
        ]
        for (name, file, write) in formats {
            let (bytes, seconds) = try Measure.seconds { () throws -> Int in
                let text = write()
                try AtomicWriter.write(text, to: (out as NSString).appendingPathComponent(file))
                return text.utf8.count
            }
            Measure.report("export_\(name)_seconds", seconds, "s")
            print("export_\(name)_bytes: \(bytes)")
        }
        Measure.report("export_peak_memory", Measure.peakMemoryMiB(), "MiB")
    }
}
