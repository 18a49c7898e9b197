import PartnerscopeCore

/// Renders a ``SiloAnalysis`` as JSON, CSV (one section at a time) and text for planners.
public enum SilosReport {
    /// The CSV tables `--format csv --section` can print.
    public enum Section: String, CaseIterable, Sendable {
        case communities, ei, brokerage, fragility
        case sectorTies = "sector-ties"
    }

    // MARK: - JSON

    public static func json(_ s: SiloAnalysis, network: Network) -> JSONValue {
        let ids = network.agencies.map(\.id.rawValue)
        func sortedIDs(_ list: [Int]) -> JSONValue { .array(list.map { ids[$0] }.sorted().map { .string($0) }) }
        func group(_ g: SiloAnalysis.GroupIndex) -> (String, JSONValue) {
            (g.name, .object([("ei", .number(g.counts.index)), ("external", .number(g.counts.external)),
                              ("internal", .number(g.counts.internal)), ("agencies", .int(g.agencies))]))
        }
        func links(_ list: [SiloAnalysis.SoleLink]) -> JSONValue {
            .array(list.map { l in
                .object([("between", .array([.string(l.first), .string(l.second)])),
                         ("agencies", sortedIDs(l.agencies)), ("ties", .int(l.ties))])
            })
        }
        let brokers = network.agencies.indices.sorted { ids[$0] < ids[$1] }.map { v -> JSONValue in
            let r = s.brokerage[v]
            var fields: [(String, JSONValue)] = [
                ("id", .string(ids[v])), ("group", .string(s.brokerGroup[v])),
                ("coordinator", .int(r.coordinator)), ("consultant", .int(r.consultant)),
                ("representative", .int(r.representative)), ("gatekeeper", .int(r.gatekeeper)),
                ("liaison", .int(r.liaison)), ("total", .int(r.total)),
            ]
            if let c = s.constraint { fields.append(("constraint", .number(c[v]))) }
            return .object(fields)
        }
        let points = zip(s.fragility.articulationPoints, s.fragility.cutOff).sorted { ids[$0.0] < ids[$1.0] }
        let bridges = s.fragility.bridges.map { [ids[$0.0], ids[$0.1]].sorted() }.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        return .object([
            ("network", .string(network.name)),
            ("options", .object([
                ("directed", .bool(s.options.directed)), ("weighted", .bool(s.options.weighted)),
                ("resolution", .number(s.options.resolution)), ("seed", s.options.seed <= UInt64(Int.max) ? .int(Int(s.options.seed)) : .string(String(s.options.seed))),
                ("restarts", .int(s.options.restarts)), ("group_by", .string(s.options.groupBy.rawValue)),
            ])),
            ("modularity", .number(s.partition.modularity)),
            ("communities", .array(s.communities.map { c in
                .object([
                    ("id", .int(c.id)), ("members", sortedIDs(c.members)),
                    ("sectors", .object(c.sectors.map { ($0.0.rawValue, .int($0.1)) })),
                    ("types", .object(c.types.map { ($0.0, .int($0.1)) })),
                ])
            })),
            ("ei_index", .object([
                ("whole", .number(s.wholeIndex.index)),
                ("by_sector", .object(s.bySector.map(group))),
                ("by_type", .object(s.byType.map(group))),
                ("by_community", .object(s.byCommunity.map(group))),
            ])),
            ("sector_ties", .object([
                ("sectors", .array(s.sectors.map { .string($0.rawValue) })),
                ("counts", .array(s.sectorTieCounts.map { .array($0.map { .int($0) }) })),
                ("weights", .array(s.sectorTieWeights.map { .array($0.map { .number($0) }) })),
            ])),
            ("sectors_without_outside_ties", .array(s.sectorsWithoutOutsideTies.map { .string($0.rawValue) })),
            ("types_without_outside_ties", .array(s.typesWithoutOutsideTies.map { .string($0) })),
            ("brokerage", .array(brokers)),
            ("sole_links", .object([
                ("sectors", links(s.soleLinksBetweenSectors)),
                ("communities", links(s.soleLinksBetweenCommunities)),
            ])),
            ("articulation_points", .array(points.map { .string(ids[$0.0]) })),
            ("cut_off", .array(points.map { .object([("id", .string(ids[$0.0])), ("agencies", .int($0.1))]) })),
            ("bridges", .array(bridges.map { .array([.string($0[0]), .string($0[1])]) })),
        ])
    }

    // MARK: - CSV

    public static func csv(_ s: SiloAnalysis, network: Network, section: Section) -> String {
        let agencies = network.agencies
        let order = agencies.indices.sorted { agencies[$0].id < agencies[$1].id }
        switch section {
        case .communities:
            var w = CSVWriter(header: ["community", "agency_id", "agency_name", "sector", "type"])
            for c in s.communities {
                for v in c.members.sorted(by: { agencies[$0].id < agencies[$1].id }) {
                    let a = agencies[v]
                    w.appendRow([String(c.id), a.id.rawValue, a.name, a.sector.rawValue, a.type])
                }
            }
            return w.text
        case .ei:
            var w = CSVWriter(header: ["grouping", "group", "agencies", "external", "internal", "ei_index"])
            w.appendRow(["whole", "", String(agencies.count), NumberFormat.csv(s.wholeIndex.external),
                         NumberFormat.csv(s.wholeIndex.internal), NumberFormat.csv(s.wholeIndex.index)])
            for (grouping, list) in [("sector", s.bySector), ("type", s.byType), ("community", s.byCommunity)] {
                for g in list {
                    w.appendRow([grouping, g.name, String(g.agencies), NumberFormat.csv(g.counts.external),
                                 NumberFormat.csv(g.counts.internal), NumberFormat.csv(g.counts.index)])
                }
            }
            return w.text
        case .sectorTies:
            var w = CSVWriter(header: ["from_sector", "to_sector", "ties", "weight"])
            for (i, a) in s.sectors.enumerated() {
                for (j, b) in s.sectors.enumerated() where s.options.directed || j >= i {
                    w.appendRow([a.rawValue, b.rawValue, String(s.sectorTieCounts[i][j]), NumberFormat.csv(s.sectorTieWeights[i][j])])
                }
            }
            return w.text
        case .brokerage:
            var header = ["agency_id", "agency_name", "group", "coordinator", "consultant", "representative",
                          "gatekeeper", "liaison", "total"]
            if s.constraint != nil { header.append("constraint") }
            var w = CSVWriter(header: header)
            for v in order {
                let r = s.brokerage[v]
                var row = [agencies[v].id.rawValue, agencies[v].name, s.brokerGroup[v], String(r.coordinator),
                           String(r.consultant), String(r.representative), String(r.gatekeeper), String(r.liaison),
                           String(r.total)]
                if let c = s.constraint { row.append(NumberFormat.csv(c[v])) }
                w.appendRow(row)
            }
            return w.text
        case .fragility:
            var w = CSVWriter(header: ["kind", "agency_id", "other_agency_id", "agencies_cut_off"])
            for (v, cut) in zip(s.fragility.articulationPoints, s.fragility.cutOff).sorted(by: { agencies[$0.0].id < agencies[$1.0].id }) {
                w.appendRow(["articulation_point", agencies[v].id.rawValue, "", String(cut)])
            }
            let bridges = s.fragility.bridges.map { [agencies[$0.0].id.rawValue, agencies[$0.1].id.rawValue].sorted() }
                .sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
            for b in bridges { w.appendRow(["bridge", b[0], b[1], ""]) }
            return w.text
        }
    }

    // MARK: - Text

    /// How many rows of the longer tables the text report shows.
    public static let textRowLimit = 15

    public static func text(_ s: SiloAnalysis, network: Network) -> String {
        let agencies = network.agencies
        func name(_ v: Int) -> String { TextTable.clean(agencies[v].name) }
        func names(_ list: [Int], limit: Int = 12) -> String {
            let sorted = list.map(name).sorted()
            let shown = sorted.prefix(limit).joined(separator: ", ")
            return sorted.count > limit ? shown + " and \(sorted.count - limit) more" : shown
        }
        func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
            "\(NumberFormat.grouped(n)) \(n == 1 ? word : plural ?? word + "s")"
        }
        func ei(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, 2) } ?? "-" }
        let tieWord = s.options.directed ? "directed ties" : "ties"
        let unit = s.options.weighted ? "tie weight" : tieWord
        var out = "Silos, brokers and single points of failure: \(TextTable.clean(network.name))\n"
        out += "\(plural(agencies.count, "agency", "agencies")); ties read as \(s.options.directed ? "directed" : "undirected")"
        out += s.options.weighted ? ", weighted.\n" : ", unweighted.\n"

        // Communities
        out += "\n== Communities ==\n"
        if s.partition.count == 0 {
            out += "The network has no agencies.\n"
        } else {
            out += "Communities are groups of agencies more tied to each other than to the rest (Leiden algorithm, resolution \(NumberFormat.fixed(s.options.resolution, 2)), seed \(s.options.seed)).\n"
            let real = s.communities.filter { $0.members.count > 1 }
            let alone = s.communities.filter { $0.members.count == 1 }
            out += "Found \(plural(real.count, "community", "communities")) of two or more agencies"
            out += alone.isEmpty ? ".\n" : ", and \(plural(alone.count, "agency", "agencies")) with no tie to anyone.\n"
            out += "Modularity \(NumberFormat.fixed(s.partition.modularity, 3)): 0 means no clearer grouping than chance; above about 0.3 the groups are distinct.\n"
            for c in real {
                out += "\nCommunity \(c.id) (\(c.members.count) agencies; "
                out += c.sectors.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ") + ")\n"
                out += "  Types: " + c.types.map { "\(TextTable.clean($0.0)) \($0.1)" }.joined(separator: ", ") + "\n"
                out += "  Members: " + names(c.members) + "\n"
            }
            if !alone.isEmpty { out += "\nNo tie at all: " + names(alone.flatMap(\.members)) + "\n" }
        }

        // E–I index
        out += "\n== Sector silos ==\n"
        out += "The E-I index compares \(unit) reaching outside a group (E) with \(unit) inside it (I): (E - I) / (E + I).\n"
        out += "-1 means a closed silo (every tie stays inside), +1 means every tie crosses to another group, 0 an even mix.\n"
        if let whole = s.wholeIndex.index {
            let verdict = whole < -0.3 ? "ties mostly stay within sectors" : whole > 0.3 ? "ties mostly cross sectors" : "ties are fairly mixed between and within sectors"
            out += "Whole network, by sector: \(ei(whole)) (\(verdict)).\n"
        } else {
            out += "Whole network: no ties, so no E-I index.\n"
        }
        func eiTable(_ title: String, _ list: [SiloAnalysis.GroupIndex]) -> String {
            var t = TextTable(header: [title, "agencies", "inside", "outside", "E-I"], rightAligned: [1, 2, 3, 4])
            for g in list {
                t.append([g.name, String(g.agencies), NumberFormat.csv(g.counts.internal), NumberFormat.csv(g.counts.external), ei(g.counts.index)])
            }
            return t.rendered()
        }
        out += "\n" + eiTable("sector", s.bySector)
        out += "\n" + eiTable("agency type", s.byType)
        if s.byCommunity.contains(where: { $0.agencies > 1 }) {
            out += "\n" + eiTable("community", s.byCommunity.filter { $0.agencies > 1 })
        }
        if s.sectors.count > 1 {
            out += "\nTies between sectors (\(s.options.directed ? "rows send to columns" : "each tie counted once")):\n"
            var t = TextTable(header: ["sector"] + s.sectors.map(\.rawValue), rightAligned: Set(1...s.sectors.count))
            for (i, sector) in s.sectors.enumerated() {
                t.append([sector.rawValue] + s.sectors.indices.map { j in
                    !s.options.directed && j < i ? "" : String(s.sectorTieCounts[i][j])
                })
            }
            out += t.rendered()
        }
        if !s.sectorsWithoutOutsideTies.isEmpty {
            out += "Sectors with no tie to any other sector: " + s.sectorsWithoutOutsideTies.map(\.rawValue).joined(separator: ", ") + ".\n"
        }
        if !s.typesWithoutOutsideTies.isEmpty {
            out += "Agency types with no tie to any other type: " + s.typesWithoutOutsideTies.map(TextTable.clean).joined(separator: ", ") + ".\n"
        }

        // Brokers
        out += "\n== Brokers ==\n"
        out += "A broker sits on a path A -> B -> C where A has no direct tie to C. Roles depend on the \(s.options.groupBy.rawValue)s of the three\n"
        out += "(Gould & Fernandez): coordinator (all in one \(s.options.groupBy.rawValue)), consultant (links two others of one other \(s.options.groupBy.rawValue)),\n"
        out += "representative (passes its own \(s.options.groupBy.rawValue)'s contact out), gatekeeper (lets an outsider in to its \(s.options.groupBy.rawValue)), liaison (all three differ).\n"
        let ranked = agencies.indices.filter { s.brokerage[$0].total > 0 }
            .sorted { s.brokerage[$0].total != s.brokerage[$1].total ? s.brokerage[$0].total > s.brokerage[$1].total : agencies[$0].id < agencies[$1].id }
        if ranked.isEmpty {
            out += "No agency brokers: no open paths.\n"
        } else {
            var header = ["agency", s.options.groupBy.rawValue, "coordinator", "consultant", "representative", "gatekeeper", "liaison", "total"]
            if s.constraint != nil { header.append("constraint") }
            var t = TextTable(header: header, rightAligned: Set(2..<header.count))
            for v in ranked.prefix(textRowLimit) {
                let r = s.brokerage[v]
                var row = [name(v), TextTable.clean(s.brokerGroup[v]), String(r.coordinator), String(r.consultant),
                           String(r.representative), String(r.gatekeeper), String(r.liaison), String(r.total)]
                if let c = s.constraint { row.append(NumberFormat.fixed(c[v], 2)) }
                t.append(row)
            }
            out += "Top brokers by number of open paths they sit on"
            out += ranked.count > textRowLimit ? " (\(textRowLimit) of \(ranked.count); see --format csv --section brokerage):\n" : ":\n"
            out += t.rendered()
            if s.constraint != nil {
                out += "Constraint (Burt) runs from near 0 (contacts spread over unconnected others: many brokerage chances) to 1 or more (all contacts tied to each other).\n"
            }
        }
        func linkLines(_ list: [SiloAnalysis.SoleLink], _ label: (String, String) -> String) -> String {
            list.map { l in
                let who = l.agencies.count == 1
                    ? "only through \(name(l.agencies[0])) (\(plural(l.ties, "tie")))"
                    : "only by the one tie \(name(l.agencies[0])) - \(name(l.agencies[1]))"
                return "  \(label(TextTable.clean(l.first), TextTable.clean(l.second))) are tied \(who)\n"
            }.joined()
        }
        if !s.soleLinksBetweenSectors.isEmpty {
            out += "\nSectors whose ties to each other all pass through one agency:\n" + linkLines(s.soleLinksBetweenSectors) { a, b in "The \(a) and \(b) sectors" }
        }
        if !s.soleLinksBetweenCommunities.isEmpty {
            out += "\nCommunities whose ties to each other all pass through one agency:\n" + linkLines(s.soleLinksBetweenCommunities) { a, b in "Communities \(a) and \(b)" }
        }

        // Fragility
        out += "\n== Single points of failure ==\n"
        out += "The network has \(plural(s.componentCount, "connected part")); the largest holds \(plural(s.largestComponentSize, "agency", "agencies")).\n"
        let points = zip(s.fragility.articulationPoints, s.fragility.cutOff)
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : agencies[$0.0].id < agencies[$1.0].id }
        if points.isEmpty {
            out += "No single agency holds the network together: removing any one leaves the rest connected.\n"
        } else {
            out += points.count == 1
                ? "1 agency holds part of the network together: without it, the agencies counted below would lose\n"
                : "\(NumberFormat.grouped(points.count)) agencies each hold part of the network together: without one of them, the agencies counted\n"
            out += points.count == 1 ? "every connection to the rest of their part of the network.\n" : "below would lose every connection to the rest of their part of the network.\n"
            var t = TextTable(header: ["agency", "agencies cut off"], rightAligned: [1])
            for (v, cut) in points.prefix(textRowLimit) { t.append([name(v), String(cut)]) }
            out += t.rendered()
            if points.count > textRowLimit { out += "(\(textRowLimit) of \(points.count); see --format csv --section fragility)\n" }
        }
        let bridges = s.fragility.bridges
        if bridges.isEmpty {
            out += "No single tie is the only connection between two parts of the network.\n"
        } else {
            out += "\(plural(bridges.count, "tie is", "ties are")) the only connection between two parts of the network (bridges):\n"
            let lines = bridges.map { [name($0.0), name($0.1)].sorted().joined(separator: " - ") }.sorted()
            for line in lines.prefix(textRowLimit) { out += "  \(line)\n" }
            if lines.count > textRowLimit { out += "  ... and \(lines.count - textRowLimit) more\n" }
        }
        return out
    }
}
