import PartnerscopeCore

/// `metrics.json` of the analyst's report: the network-level figures of every analysis and the
/// list of the folder's files.
extension AnalystReport {
    public func metricsJSON() -> JSONValue {
        let a = analysis
        var fields: [(String, JSONValue)] = [
            ("network", .string(a.network.name)),
            ("generator", .string("partnerscope report")),
            ("summary", SummaryReport.json(a.summary, network: a.network)),
        ]
        fields.append(("centrality", centralityJSON()))
        fields.append(("coterminosity", coterminosityJSON()))
        fields.append(("silos", silosJSON()))
        fields.append(("tensions", tensionsJSON()))
        fields.append(("missing", missingJSON()))
        if let quality { fields.append(("survey", quality.metricsJSON())) }
        if let audit { fields.append(("audit", .object([("findings", .array(audit.keyFindings().map { .string($0) }))]))) }
        let tableList: [JSONValue] = tables.map { t in
            JSONValue.object([("id", .string(t.id)), ("file", .string(t.fileName)), ("rows", .int(t.rows.count))])
        }
        fields.append(("tables", .array(tableList)))
        let mapList: [JSONValue] = maps.map { m in
            let png: JSONValue = m.png == nil ? .null : .string("maps/" + m.id + ".png")
            return JSONValue.object([("id", .string(m.id)), ("svg", .string("maps/" + m.id + ".svg")), ("png", png)])
        }
        fields.append(("maps", .array(mapList)))
        fields.append(("maps_note", mapsNote.map { JSONValue.string($0) } ?? .null))
        let exports: [JSONValue] = ["network.graphml", "network.gexf", "network-node-link.json"]
        fields.append(("exports", .array(exports)))
        return .object(fields)
    }

    private func centralityJSON() -> JSONValue {
        let a = analysis
        let sampled: JSONValue = a.centrality.sampledSources.map { JSONValue.int($0) } ?? .null
        let measures: JSONValue = a.centrality.network.map(CentralityReport.networkJSON) ?? .null
        let notes: [JSONValue] = CentralityReport.notes(a.centrality, graph: a.graph).map { JSONValue.string($0) }
        return .object([
            ("view", .string(CentralityReport.viewDescription(directed: a.graph.isDirected, weighted: a.graph.isWeighted))),
            ("sampled_sources", sampled),
            ("network_measures", measures),
            ("notes", .array(notes)),
        ])
    }

    private func coterminosityJSON() -> JSONValue {
        let c = analysis.coterminosity
        return .object([
            ("geography", .bool(c.hasGeography)),
            ("population_weighted", .bool(c.populationWeighted)),
            ("tolerance", .number(c.tolerance)),
            ("gaps", .int(c.gaps.count)),
            ("summary", CoterminosityReport.summaryJSON(c.summary)),
        ])
    }

    private func silosJSON() -> JSONValue {
        let s = analysis.silos
        let sectors: [JSONValue] = s.sectorsWithoutOutsideTies.map { JSONValue.string($0.rawValue) }
        let types: [JSONValue] = s.typesWithoutOutsideTies.map { JSONValue.string($0) }
        return .object([
            ("communities", .int(s.partition.count)),
            ("modularity", .number(s.partition.modularity)),
            ("resolution", .number(s.options.resolution)),
            ("seed", .int(Int(truncatingIfNeeded: s.options.seed))),
            ("ei_index_by_sector", .number(s.wholeIndex.index)),
            ("sectors_without_outside_ties", .array(sectors)),
            ("types_without_outside_ties", .array(types)),
            ("articulation_points", .int(s.fragility.articulationPoints.count)),
            ("bridges", .int(s.fragility.bridges.count)),
            ("sole_links_between_sectors", .int(s.soleLinksBetweenSectors.count)),
        ])
    }

    private func tensionsJSON() -> JSONValue {
        let b = analysis.tensions
        return .object([
            ("positive_pairs", .int(b.positivePairs)),
            ("negative_pairs", .int(b.negativePairs)),
            ("triangles", .int(b.triangleCount)),
            ("balanced_triangles", .int(b.balancedCount)),
            ("unbalanced_triangles", .int(b.unbalancedCount)),
            ("balance_ratio", .number(b.balanceRatio)),
            ("negative_ties_inside_communities", .int(b.negativeTiesInsideCommunities.count)),
        ])
    }

    private func missingJSON() -> JSONValue {
        let a = analysis
        guard let m = a.missing else { return .null }
        var counts: [(String, JSONValue)] = []
        for kind in MissingPartnersAnalysis.FindingKind.allCases {
            counts.append((kind.rawValue, .int(m.findings.filter { $0.kind == kind }.count)))
        }
        let themes: [JSONValue] = (a.requirements?.themes ?? []).map { JSONValue.string($0) }
        let notes: [JSONValue] = m.notes.map { JSONValue.string(MissingPartnersWording.note($0)) }
        return .object([
            ("requirements", requirementsOrigin.map { JSONValue.string($0) } ?? .null),
            ("themes", .array(themes)),
            ("catalogue", a.catalogueName.map { JSONValue.string($0) } ?? .null),
            ("findings", .object(counts)),
            ("notes", .array(notes)),
        ])
    }
}
