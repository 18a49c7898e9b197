/// Gould & Fernandez brokerage roles: who sits on the open two-paths between groups.
///
/// An *open two-path* a → b → c has a ≠ c and no tie a → c; b is its broker. With g(·) the group of
/// an agency, each two-path gives b one role:
/// - coordinator (w_I): g(a) = g(b) = g(c);
/// - consultant, also called itinerant broker (w_O): g(a) = g(c) ≠ g(b);
/// - representative (b_OI): g(a) = g(b) ≠ g(c);
/// - gatekeeper (b_IO): g(b) = g(c) ≠ g(a);
/// - liaison (b_O): all three differ.
/// Paths are counted on the directed view, where an undirected tie counts both ways, so an
/// undirected open path a – b – c gives b two two-paths (a→b→c and c→b→a); this is what R's
/// `sna::brokerage` counts (raw scores, not its z-scores).
///
/// - Complexity: O(Σ_v d_in(v) · d_out(v)) time (one mark array per source), O(|V|) extra space.
/// - Corner cases: the empty graph, one vertex and isolated vertices give all zeros; one group only
///   gives coordinator roles only.
/// - Reference: R. V. Gould & R. M. Fernandez (1989), "Structures of mediation: a formal approach
///   to brokerage in transaction networks", Sociological Methodology 19, 89–126, doi:10.2307/270949.
public enum Brokerage {
    /// The brokerage counts of one agency.
    public struct Roles: Sendable, Equatable {
        public var coordinator = 0
        public var consultant = 0
        public var representative = 0
        public var gatekeeper = 0
        public var liaison = 0

        public init(coordinator: Int = 0, consultant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
            self.coordinator = coordinator
            self.consultant = consultant
            self.representative = representative
            self.gatekeeper = gatekeeper
            self.liaison = liaison
        }

        /// All open two-paths through the agency.
        public var total: Int { coordinator + consultant + representative + gatekeeper + liaison }
    }

    /// The roles of every vertex, for the group label of each vertex. See ``Brokerage``.
    ///
    /// - Parameter graph: a directed view (`Graph(network:directed: true)`); an undirected graph is
    ///   read as every tie running both ways, which gives the same counts.
    public static func roles(_ graph: Graph, groups: [Int]) -> [Roles] {
        precondition(groups.count == graph.vertexCount, "one group per vertex")
        let n = graph.vertexCount
        var roles = [Roles](repeating: Roles(), count: n)
        var mark = [Int](repeating: -1, count: n)
        for a in 0..<n {
            let outA = graph.neighbors(of: a)
            for c in outA { mark[Int(c)] = a }
            let ga = groups[a]
            for b32 in outA {
                let b = Int(b32)
                let gb = groups[b]
                for c32 in graph.neighbors(of: b) {
                    let c = Int(c32)
                    if c == a || mark[c] == a { continue }
                    let gc = groups[c]
                    if ga == gb {
                        if gb == gc { roles[b].coordinator += 1 } else { roles[b].representative += 1 }
                    } else if gb == gc {
                        roles[b].gatekeeper += 1
                    } else if ga == gc {
                        roles[b].consultant += 1
                    } else {
                        roles[b].liaison += 1
                    }
                }
            }
        }
        return roles
    }

    /// A pair of groups tied only through one agency (or one tie).
    public struct SoleLink: Sendable, Equatable {
        /// The two groups, `first < second`.
        public var first: Int
        public var second: Int
        /// The agencies that are an end of every tie between the two groups, ascending: one agency,
        /// or the two ends of the only tie.
        public var agencies: [Int]
        /// How many ties join the two groups.
        public var ties: Int
    }

    /// The pairs of groups whose ties to each other all pass through the same agency: remove that
    /// agency and the two groups have no direct tie left.
    ///
    /// For each pair of groups with at least one tie between them, the agencies that are an end of
    /// every such tie are kept; pairs where that set is not empty are reported, ordered by groups.
    /// Ties are read undirected (a directed graph is made undirected first).
    ///
    /// - Complexity: O(|V| + |E| log |E|).
    /// - Corner cases: no pairs for the empty graph, one group, or groups without ties between them.
    public static func soleLinks(_ graph: Graph, groups: [Int]) -> [SoleLink] {
        let g = graph.isDirected ? graph.undirected() : graph
        var links: [Int: SoleLink] = [:]
        let groupCount = (groups.max() ?? -1) + 1
        for u in 0..<g.vertexCount {
            for v32 in g.neighbors(of: u) where Int(v32) > u {
                let v = Int(v32)
                let a = groups[u], b = groups[v]
                guard a != b else { continue }
                let (first, second) = a < b ? (a, b) : (b, a)
                let key = first * groupCount + second
                if var link = links[key] {
                    link.agencies = link.agencies.filter { $0 == u || $0 == v }
                    link.ties += 1
                    links[key] = link
                } else {
                    links[key] = SoleLink(first: first, second: second, agencies: [u, v], ties: 1)
                }
            }
        }
        return links.values.filter { !$0.agencies.isEmpty }
            .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// How many agencies ``top(_:groups:)`` keeps before ties at the cut: the top 5% of the
    /// agencies (rounded up), at least 3.
    public static func topCount(agencies n: Int) -> Int { max(3, (n * 5 + 99) / 100) }

    /// The main brokers between groups, the agencies the silos map highlights: each agency's
    /// brokerage *between* groups (consultant + representative + gatekeeper + liaison, i.e. every
    /// role but coordinator, from ``roles(_:groups:)`` on the directed, unweighted view of the
    /// positive ties), agencies with none left out, ranked by it (ties broken by agency id), the
    /// first ``topCount(agencies:)`` kept and every agency tied with the last of them added.
    ///
    /// - Complexity: that of ``roles(_:groups:)``, plus O(|V| log |V|) for the ranking.
    /// - Corner cases: no agency brokers between groups (one group, no open two-paths, the empty
    ///   network) gives the empty set; fewer brokers than the count gives all of them.
    /// - Reference: Gould & Fernandez (1989), see ``Brokerage``.
    public static func top(_ network: Network, groups: [Int]) -> Set<Int> {
        let between = Self.roles(Graph(network: network, directed: true, weighted: false), groups: groups).map { $0.total - $0.coordinator }
        let ranked = between.indices.filter { between[$0] > 0 }.sorted {
            between[$0] != between[$1] ? between[$0] > between[$1] : network.agencies[$0].id < network.agencies[$1].id
        }
        guard let cut = ranked.prefix(topCount(agencies: network.agencyCount)).last.map({ between[$0] }) else { return [] }
        return Set(ranked.filter { between[$0] >= cut })
    }
}
