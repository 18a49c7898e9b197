/// The statutory members a board's theme requires and the board lacks, with the bodies that could
/// fill each seat.
///
/// A requirement of the board's theme (``Requirements/requirements(of:)``) is met when a member
/// other than an observer is of one of its types (or sectors). For each unmet requirement the
/// candidates are the agencies of a candidate network (the board's own network, or a catalogue
/// such as `Networks/england`, footprint areas matched by code) that meet it and serve part of the
/// footprint, those serving more of the board's people first.
///
/// Corner cases: a board whose theme no requirement names is not checked (``isChecked`` false);
/// a board without a footprint gets no candidates (there is nothing to cover); a requirement met
/// only by an observer is reported absent, with `observers` naming them.
///
/// - Complexity: O(R · A) per board for R requirements of A alternatives, plus O(|areas| · depth +
///   Σ leaves of the candidates) for the candidates.
public struct BoardMissingMembers: Sendable {
    /// One unmet requirement.
    public struct Absence: Sendable {
        public var requirement: Requirement
        /// Members meeting it only as observers.
        public var observers: [Int]
        /// Whether the candidate network holds any agency meeting it at all: when false the
        /// absence may be a gap in the data (the network lists no such body) rather than in the board.
        public var kindListed: Bool
        /// Agencies of the candidate network meeting it, with the share of the board's people
        /// each serves, largest first (then by id).
        public var candidates: [(agency: Int, covered: Double)]
    }

    public var board: Int
    /// Whether the board's theme has requirements.
    public var isChecked: Bool
    public var absences: [Absence]

    /// Checks board `b` of `boards` (in `network`) against `requirements`.
    ///
    /// - Parameters:
    ///   - candidateNetwork: where to look for candidates; nil: `network` itself.
    ///   - candidateShares: `PopulationShares(candidateNetwork)`, computed once by the caller.
    public init(board b: Int, boards: BoardSet, network: Network, requirements: Requirements,
                candidateNetwork: Network? = nil, candidateShares: PopulationShares? = nil) {
        board = b
        let reqs = requirements.requirements(of: boards.boards[b].theme)
        isChecked = !reqs.isEmpty
        var absences: [Absence] = []
        let seats = boards.byBoard[b].map { boards.memberships[$0] }
        for req in reqs {
            if seats.contains(where: { $0.role.isFull && req.isMet(by: network.agencies[$0.agency]) }) { continue }
            let observers = seats.filter { req.isMet(by: network.agencies[$0.agency]) }.map(\.agency)
            absences.append(Absence(requirement: req, observers: observers, kindListed: false, candidates: []))
        }
        if !absences.isEmpty {
            let pool = candidateNetwork ?? network
            for k in absences.indices {
                absences[k].kindListed = pool.agencies.contains { absences[k].requirement.isMet(by: $0) }
            }
            let shares = candidateShares ?? PopulationShares(pool)
            let codes = boards.boards[b].areas.map { network.areas[$0].code }
            let roots = codes.compactMap { pool.index(of: $0) }
            if let footprint = BoardFootprint(areas: roots, network: pool, shares: shares) {
                for k in absences.indices {
                    var found: [(agency: Int, covered: Double)] = []
                    for (a, agency) in pool.agencies.enumerated() where absences[k].requirement.isMet(by: agency) {
                        if let c = footprint.coverage(of: a, in: shares), c.covered > 0 { found.append((a, c.covered)) }
                    }
                    found.sort { $0.covered != $1.covered ? $0.covered > $1.covered : pool.agencies[$0.agency].id < pool.agencies[$1.agency].id }
                    absences[k].candidates = found
                }
            }
        }
        self.absences = absences
    }
}
