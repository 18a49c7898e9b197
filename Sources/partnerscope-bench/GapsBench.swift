import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench gaps`: the all-pairs coterminosity table (``CoterminosityAnalysis``) on a
/// real network folder and on a synthetic geography, each timed next to the same table computed
/// with pandas (scripts/bench/gaps_pandas.py, a self-join of boundaries on area) in the same run.
///
///     partnerscope-bench gaps [--england DIR] [--agencies N] [--areas K] [--seed S]
///                             [--repeat R] [--python PYTHON] [--work DIR]
///
/// Times are the best of R runs of the computation on data already in memory (load times are
/// reported separately); the ratio is pandas / Swift (above 1: Swift is faster). Both sides report
/// their pair count, relation counts and Σ population_shared, and the bench checks they agree.
enum GapsBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let repeats = max(1, a.int("repeat", 3))
        let python = a.options["python"] ?? "python3"
        let england = a.options["england"] ?? "Networks/england"
        let script = a.options["script"] ?? "scripts/bench/gaps_pandas.py"

        print("== gaps: \(england)")
        try compare(directory: england, label: "england", repeats: repeats, python: python, script: script)

        let geography = GapsGeography(agencyCount: a.int("agencies", 100_000), areaCount: a.int("areas", 35_000),
                                      seed: UInt64(a.int("seed", 42)))
        let (network, genSeconds) = Measure.seconds { geography.make() }
        let work = a.options["work"] ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("partnerscope-gaps-bench")
        try NetworkWriter.write(network, to: work)
        print("== gaps: synthetic geography \(network.agencyCount) agencies, \(network.areas.count) areas, \(network.boundaries.count) boundaries, \(network.relationships.count) ties (generated in \(NumberFormat.fixed(genSeconds, 2)) s, written to \(work))")
        try compare(directory: work, label: "synthetic", repeats: repeats, python: python, script: script)
    }

    static func compare(directory: String, label: String, repeats: Int, python: String, script: String) throws {
        let (loaded, loadSeconds) = try Measure.seconds { try NetworkLoader().load(directory: directory) }
        var best = Double.infinity
        var analysis: CoterminosityAnalysis?
        for _ in 0..<repeats {
            let (result, seconds) = Measure.seconds { CoterminosityAnalysis(network: loaded.network) }
            best = min(best, seconds)
            analysis = result
        }
        let pairs = analysis!.pairs
        var relations = [String: Int]()
        for p in pairs { relations[p.relation.rawValue, default: 0] += 1 }
        let sharedSum = pairs.reduce(0.0) { $0 + $1.populationShared }
        let partners = pairs.filter(\.partners).count
        Measure.report("\(label)_swift_load_seconds", loadSeconds, "s")
        Measure.report("\(label)_swift_all_pairs_seconds", best, "s")
        // Writing the pairs as `gaps --all --format csv` does: ordered worst split first and
        // streamed into a file written atomically.
        let csvPath = (NSTemporaryDirectory() as NSString).appendingPathComponent("partnerscope-gaps-bench-\(label).csv")
        var bestCSV = Double.infinity
        for _ in 0..<repeats {
            let (_, seconds) = try Measure.seconds {
                let order = CoterminosityReport.pairOrder(pairs, network: loaded.network)
                try AtomicWriter.stream(to: csvPath) { stream in
                    CoterminosityReport.writePairsCSV(pairs, order: order, network: loaded.network,
                                                      columns: [("as_at", "all")], to: stream)
                }
            }
            bestCSV = min(bestCSV, seconds)
        }
        let csvBytes = (try? FileManager.default.attributesOfItem(atPath: csvPath)[.size] as? Int) ?? 0
        try? FileManager.default.removeItem(atPath: csvPath)
        Measure.report("\(label)_swift_pairs_csv_seconds", bestCSV, "s")
        print("\(label)_pairs_csv_bytes: \(csvBytes)")
        print("\(label)_pairs: \(pairs.count) \(relations.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")

        let peer = try runPeer(python: python, script: script, directory: directory, repeats: repeats)
        guard let pandasSeconds = peer["compute_seconds"] as? Double else {
            print("\(label)_pandas: failed: \(peer)")
            return
        }
        Measure.report("\(label)_pandas_load_seconds", peer["load_seconds"] as? Double ?? .nan, "s")
        Measure.report("\(label)_pandas_all_pairs_seconds", pandasSeconds, "s")
        Measure.report("\(label)_ratio_pandas_over_swift", pandasSeconds / best, "x")
        let peerRelations = peer["relations"] as? [String: Int] ?? [:]
        let peerShared = peer["population_shared_sum"] as? Double ?? .nan
        let agree = peer["pairs"] as? Int == pairs.count && peerRelations == relations
            && abs(peerShared - sharedSum) <= 1e-9 * max(1, sharedSum) && peer["partners"] as? Int == partners
        print("\(label)_tables_agree: \(agree) (peer: \(peer["peer"] as? String ?? "?"))")
        Measure.report("peak_memory_mib", Measure.peakMemoryMiB(), "MiB")
    }

    static func runPeer(python: String, script: String, directory: String, repeats: Int) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, directory, "--repeat", String(repeats)]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return ["error": "exit \(process.terminationStatus): \(String(decoding: data, as: UTF8.self))"]
        }
        return object
    }
}

/// A seeded synthetic administrative geography: a line of small areas (populations 1,000–3,000,
/// like LSOAs) and agency types that each tile the line once, as real public bodies do (every
/// place has one council, one ICB, one police force...), at their own scale.
///
/// - Districts tile the line (about 110 areas each); counties are runs of 3–8 districts and police
///   forces runs of 1–3 counties (nested); fire authorities follow the police forces but one in
///   five moves its far edge by a few areas (partial); ICBs are runs of districts whose ends are cut
///   mid-district one time in four (councils split across ICBs).
/// - NHS trusts, LEPs, jobcentres, colleges, housing bodies, voluntary organisations and businesses
///   tile the line independently of each other; their segments share the area on each join at 0.5.
/// - Community organisations (1–3 areas, stacked in as many layers as it takes) make up the
///   agency count.
/// - Ties: one per 2 agencies, between two agencies covering the same random area.
///
/// Chosen over the general ``SyntheticNetwork`` because that generator stacks many agencies of a
/// type on one footprint (about 30 million boundary rows at 100,000 agencies), which is not what
/// administrative geography looks like; this one has about 22 agencies per area.
struct GapsGeography {
    var agencyCount: Int
    var areaCount: Int
    var seed: UInt64

    func make() -> Network {
        var rng = SplitMix64(seed: seed)
        var agencies: [Agency] = []
        var boundaries: [Boundary] = []
        let n = max(1, areaCount)

        func add(_ type: String, _ from: Int, _ to: Int, joinShare: Bool) {
            guard agencies.count < agencyCount, from < to else { return }
            let index = agencies.count
            agencies.append(Agency(id: AgencyID("\(type)-\(index)"), name: "\(type) \(index)", sector: .public, type: type))
            for x in from..<to {
                boundaries.append(Boundary(agency: index, area: x, share: joinShare && x == to - 1 && to < n ? 0.5 : 1))
            }
            if joinShare && from > 0 {
                // The previous segment's last area is shared with this one.
                boundaries.append(Boundary(agency: index, area: from - 1, share: 0.5))
            }
        }
        func cuts(mean: Int) -> [Int] {
            var c = [0]
            while c.last! < n { c.append(min(n, c.last! + max(1, mean / 2 + rng.nextInt(below: max(1, mean))))) }
            return c
        }
        // Districts, counties, police, fire, ICBs.
        let districts = cuts(mean: 110)
        var counties = [0]
        var k = 0
        while k < districts.count - 1 {
            k = min(districts.count - 1, k + 3 + rng.nextInt(below: 6))
            counties.append(districts[k])
        }
        var police = [0]
        k = 0
        while k < counties.count - 1 {
            k = min(counties.count - 1, k + 1 + rng.nextInt(below: 3))
            police.append(counties[k])
        }
        var icbs = [0]
        k = 0
        while k < districts.count - 1 {
            k = min(districts.count - 1, k + 5 + rng.nextInt(below: 10))
            var cut = districts[k]
            if k < districts.count - 1 && rng.nextInt(below: 4) == 0 {
                cut = min(n - 1, cut + 1 + rng.nextInt(below: max(1, districts[k + 1] - districts[k] - 1)))
            }
            icbs.append(cut)
        }
        for i in 0..<(districts.count - 1) { add("district-council", districts[i], districts[i + 1], joinShare: false) }
        for i in 0..<(counties.count - 1) { add("county-council", counties[i], counties[i + 1], joinShare: false) }
        for i in 0..<(police.count - 1) { add("police", police[i], police[i + 1], joinShare: false) }
        var fireEnd = 0
        for i in 0..<(police.count - 1) {
            var end = police[i + 1]
            if end < n && rng.nextInt(below: 5) == 0 { end = min(n, end + 1 + rng.nextInt(below: 5)) }
            if end > fireEnd { add("fire", fireEnd, end, joinShare: false) }
            fireEnd = max(fireEnd, end)
        }
        for i in 0..<(icbs.count - 1) { add("icb", icbs[i], icbs[i + 1], joinShare: false) }
        for (type, mean) in [("nhs-trust", 300), ("lep", 1000), ("jobcentre", 90), ("college", 60), ("housing", 50),
                             ("voluntary-org", 20), ("business", 15)] {
            let c = cuts(mean: mean)
            for i in 0..<(c.count - 1) { add(type, c[i], c[i + 1], joinShare: true) }
        }
        while agencies.count < agencyCount {
            var x = 0
            while x < n && agencies.count < agencyCount {
                let w = 1 + rng.nextInt(below: 3)
                add("community-org", x, min(n, x + w), joinShare: false)
                x += w
            }
        }
        var areas: [Area] = []
        areas.reserveCapacity(n)
        for x in 0..<n { areas.append(Area(code: AreaCode("A\(x)"), name: "Area \(x)", population: 1000 + rng.nextInt(below: 2001))) }
        // Ties between agencies that meet somewhere: index the boundaries by area, pick pairs.
        var byArea = [[Int]](repeating: [], count: n)
        for b in boundaries { byArea[b.area].append(b.agency) }
        var relationships: [Relationship] = []
        var seen = Set<Int>()
        var attempts = 0
        while relationships.count < agencies.count / 2 && attempts < agencies.count * 4 {
            attempts += 1
            let here = byArea[rng.nextInt(below: n)]
            guard here.count > 1 else { continue }
            let s = here[rng.nextInt(below: here.count)], t = here[rng.nextInt(below: here.count)]
            guard s != t, seen.insert(min(s, t) << 32 | max(s, t)).inserted else { continue }
            relationships.append(Relationship(source: s, target: t, type: .partnership))
        }
        return Network(name: "gaps-synthetic-\(agencies.count)-\(n)", agencies: agencies, areas: areas,
                       boundaries: boundaries, relationships: relationships)
    }
}
