import PartnerscopeCore

/// One comparison run as the history stores it: what was run on what, and per group every metric
/// of the comparison table, the coterminosity gaps and the absent/unlinked partner findings.
///
/// A run is identified by (label, command, split, network): recording the same identity again
/// replaces the earlier record, so a rerun of the same inputs and label adds no rows.
public struct RecordedRun: Sendable, Equatable {
    /// The run's place in time, from `--run-label` (e.g. `2024-Q3` or `2021`); runs sort by it.
    public var label: String
    /// `batch`, `compare` or `report`.
    public var command: String
    /// What a group is: `type=icb` for `batch --by type=icb`, `parent`, `parent=1`, or `network`
    /// for `compare` and `report` (one group per network folder).
    public var split: String
    /// The network's name (the folder's), or the names of `compare`'s folders joined by `+`.
    public var network: String
    /// ``NetworkFingerprint`` of the input folders.
    public var networkHash: String
    /// The command line as typed (arguments joined by spaces, each quoted when needed).
    public var commandLine: String
    public var partnerscopeVersion: String
    public var groups: [RecordedGroup]

    public init(label: String, command: String, split: String, network: String, networkHash: String,
                commandLine: String, partnerscopeVersion: String, groups: [RecordedGroup]) {
        self.label = label
        self.command = command
        self.split = split
        self.network = network
        self.networkHash = networkHash
        self.commandLine = commandLine
        self.partnerscopeVersion = partnerscopeVersion
        self.groups = groups
    }
}

/// One group (or network) of a run.
public struct RecordedGroup: Sendable, Equatable {
    /// The group key (an agency id for `--by type=T`, an area code for `--by parent`, the folder
    /// name for `compare`).
    public var key: String
    public var name: String
    /// The agency type of the group (`icb`) for `--by type=T`, else the run's split.
    public var kind: String
    /// Keys of the groups this one succeeds (the agency's `successor_of` column), sorted.
    public var successorOf: [String]
    /// (metric, value) for every column of the comparison table, in its order; nil = undefined.
    public var metrics: [Metric]
    public var gaps: [Gap]
    public var findings: [Finding]

    public struct Metric: Sendable, Equatable {
        public var name: String
        public var value: Double?
        public init(name: String, value: Double?) {
            self.name = name
            self.value = value
        }
    }

    /// A partial overlap between two partners of different types (``CoterminosityPair/isGap``).
    public struct Gap: Sendable, Equatable {
        public var agencyA: String
        public var agencyB: String
        public var typeA: String
        public var typeB: String
        public var jaccard: Double
        public var populationAffected: Double
        public init(agencyA: String, agencyB: String, typeA: String, typeB: String, jaccard: Double, populationAffected: Double) {
            self.agencyA = agencyA
            self.agencyB = agencyB
            self.typeA = typeA
            self.typeB = typeB
            self.jaccard = jaccard
            self.populationAffected = populationAffected
        }
    }

    /// An `absent` or `unlinked` finding of ``MissingPartnersAnalysis``.
    public struct Finding: Sendable, Equatable {
        public var kind: String
        public var themes: String
        public var agency: String
        public var candidate: String
        public var type: String
        public var score: Double
        public var reason: String
        public init(kind: String, themes: String, agency: String, candidate: String, type: String, score: Double, reason: String) {
            self.kind = kind
            self.themes = themes
            self.agency = agency
            self.candidate = candidate
            self.type = type
            self.score = score
            self.reason = reason
        }
    }

    public init(key: String, name: String, kind: String, successorOf: [String] = [], metrics: [Metric],
                gaps: [Gap] = [], findings: [Finding] = []) {
        self.key = key
        self.name = name
        self.kind = kind
        self.successorOf = successorOf
        self.metrics = metrics
        self.gaps = gaps
        self.findings = findings
    }
}

extension RecordedGroup {
    /// The group of `row` (a row of `table`) with the gaps and absent/unlinked findings of the
    /// analysis it came from.
    ///
    /// - Parameters:
    ///   - kind: see ``kind``.
    ///   - successorOf: the raw `successor_of` cell; split on `;`, `,`, `|` and white space.
    ///   - sentence: the words of a finding (PartnerscopeIO's `MissingPartnersWording.sentence`),
    ///     given whether shares are of people.
    public init(row index: Int, of table: ComparisonTable, analysis: NetworkAnalysis?, kind: String, successorOf: String?,
                sentence: (MissingPartnersAnalysis.Finding, Bool) -> String) {
        let row = table.rows[index]
        var gaps: [Gap] = []
        var findings: [Finding] = []
        if let analysis {
            let agencies = analysis.network.agencies
            gaps = analysis.gapsBySplit.map { p in
                Gap(agencyA: agencies[p.a].id.rawValue, agencyB: agencies[p.b].id.rawValue,
                    typeA: agencies[p.a].type, typeB: agencies[p.b].type,
                    jaccard: p.jaccard, populationAffected: p.populationAffected)
            }
            findings = (analysis.missing?.findings ?? [])
                .filter { $0.kind == .absent || $0.kind == .unlinked }
                .map { f in
                    Finding(kind: f.kind.rawValue, themes: f.themes.joined(separator: "; "),
                            agency: f.agency?.id.rawValue ?? "", candidate: f.candidate?.id.rawValue ?? "",
                            type: f.type, score: f.score, reason: sentence(f, analysis.missing?.byPopulation ?? false))
                }
        }
        self.init(key: row.key, name: row.label, kind: kind,
                  successorOf: Self.parseKeys(successorOf ?? ""),
                  metrics: table.columns.map { Metric(name: $0.name, value: $0.values[index]) },
                  gaps: gaps, findings: findings)
    }

    /// The keys of a `successor_of` cell, sorted and without duplicates.
    public static func parseKeys(_ cell: String) -> [String] {
        let separators: Set<Character> = [";", ",", "|", " ", "\t"]
        return Set(cell.split(whereSeparator: { separators.contains($0) }).map(String.init)).sorted()
    }
}
