import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench boards [--agencies N] [--boards B] [--memberships M] [--seed S] [--edges FILE]`:
/// two-mode degree, closeness and betweenness (``TwoModeCentrality``) and the co-membership
/// projection on a seeded synthetic affiliation network (each membership joins a uniformly drawn
/// agency to a uniformly drawn board; repeats merged). `--edges FILE` writes the memberships as
/// `agency,board` lines for scripts/bench/boards_networkx.py, which times networkx's bipartite
/// module on the same network in the same run (scripts/bench/boards.sh prints the ratio).
enum BoardsBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let agencies = a.int("agencies", 10_000), boardCount = a.int("boards", 2_000)
        let wanted = a.int("memberships", 20_000)
        var rng = SplitMix64(seed: UInt64(a.int("seed", 1)))
        var seen = Set<Int64>()
        var memberships: [Membership] = []
        while memberships.count < wanted && seen.count < agencies * boardCount {
            let agency = Int(rng.next() % UInt64(agencies)), board = Int(rng.next() % UInt64(boardCount))
            if seen.insert(Int64(agency) << 32 | Int64(board)).inserted {
                memberships.append(Membership(board: board, agency: agency))
            }
        }
        let boards = BoardSet(boards: (0..<boardCount).map { Board(id: BoardID("b\($0)"), name: "b\($0)", theme: "synthetic") },
                              memberships: memberships)
        if let path = a.options["edges"] {
            var text = "agency,board\n"
            for m in boards.memberships { text += "a\(m.agency),b\(m.board)\n" }
            try AtomicWriter.write(text, to: path)
        }
        let (centrality, seconds) = Measure.seconds { TwoModeCentrality(boards) }
        let (ties, projectionSeconds) = Measure.seconds { CoMembership.ties(boards, weighting: .collaboration) }
        Measure.report("two_mode_vertices", Double(centrality.topCount + centrality.bottomCount), "")
        Measure.report("two_mode_edges", Double(boards.memberships.count), "")
        Measure.report("two_mode_seconds", seconds, "s")
        Measure.report("two_mode_checksum", centrality.betweenness.reduce(0, +) + centrality.closeness.reduce(0, +), "")
        Measure.report("projection_seconds", projectionSeconds, "s")
        Measure.report("projection_ties", Double(ties.count), "")
        Measure.report("peak_memory_mib", Measure.peakMemoryMiB(), "MiB")
    }
}
