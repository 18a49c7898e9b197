import PartnerscopeCore

/// Renders a ``CoterminosityAnalysis`` as pair rows (gaps or all pairs), per-agency N_eff rows or
/// per-area count rows, in CSV, JSON or a text table.
public enum CoterminosityReport {
    /// The CSV header of pair rows, in the documented order.
    public static let pairColumns = ["agency_a", "agency_b", "type_a", "type_b", "relation", "jaccard", "a_in_b",
                                     "b_in_a", "population_shared", "population_a_only", "population_b_only",
                                     "population_misaligned", "partners"]
    public static let agencyColumns = ["agency", "name", "type", "population", "counterpart_type", "counterparts",
                                       "n_eff", "coverage", "largest_counterpart", "largest_share", "shares"]

    /// The explanation printed when a network has nothing to measure.
    public static func noGeographyMessage(_ network: Network) -> String {
        if !network.hasAreasFile {
            return "\(network.name): no areas.csv, so coterminosity cannot be measured: add areas.csv (code,name,population,parent) and boundaries.csv (agency_id,area_code,share) to say which areas each agency covers."
        }
        if !network.hasBoundariesFile {
            return "\(network.name): no boundaries.csv, so coterminosity cannot be measured: add boundaries.csv (agency_id,area_code,share) to say which areas each agency covers."
        }
        return "\(network.name): boundaries.csv lists no area coverage, so there is nothing to compare."
    }

    /// The note printed when populations are missing.
    public static let unweightedNote = "areas.csv gives no population for every leaf area, so every area weighs 1 (measures count areas, not people)"

    /// Pair rows in output order: each pair oriented so that `agency_a`'s type comes first in
    /// `typeOrder` (when given; otherwise a < b in file order), worst split first
    /// (``CoterminosityPair/rankedBySplit(_:ids:)``: population misaligned descending, then
    /// agency_a id, then agency_b id).
    public static func orderedPairs(_ pairs: [CoterminosityPair], network: Network,
                                    typeOrder: [String]? = nil) -> [CoterminosityPair] {
        pairOrder(pairs, network: network, typeOrder: typeOrder).map { $0.swapped ? pairs[$0.index].swapped : pairs[$0.index] }
    }

    /// The order of ``orderedPairs(_:network:typeOrder:)`` as indices into `pairs`, each with
    /// whether it is seen from `b`, for writers that stream the rows without copying the pairs.
    ///
    /// - Complexity: O(n log n + p log p) (``CoterminosityPair/splitOrder(_:ids:swapping:)``).
    public static func pairOrder(_ pairs: [CoterminosityPair], network: Network,
                                 typeOrder: [String]? = nil) -> [(index: Int, swapped: Bool)] {
        var rank = [String: Int]()
        for (k, t) in (typeOrder ?? []).enumerated() where rank[t] == nil { rank[t] = k }
        let typeRank = network.types.map { rank[$0] ?? Int.max }
        let agencyType = network.agencyTypeIndex
        return CoterminosityPair.splitOrder(pairs, ids: network.agencies.map(\.id)) { p in
            typeRank[Int(agencyType[p.b])] < typeRank[Int(agencyType[p.a])]
        }
    }

    // MARK: Pairs

    /// Streams the pair rows as CSV (``pairColumns``, fields escaped as ``CSVWriter`` escapes them,
    /// numbers as ``NumberFormat/csv(_:)``) for `pairs` taken in `order` (``pairOrder(_:network:typeOrder:)``),
    /// with `columns` (name, value) added to every record as ``AsAtStamp/csv(_:columns:)`` adds
    /// them. Written row by row to `stream`, never built as one string: `gaps --all` on a large
    /// network is millions of rows. Ids and types are escaped once per agency and numbers
    /// formatted straight into the stream's buffer.
    ///
    /// - Complexity: O(n + p) time for n agencies and p rows; memory O(n) beyond the stream's buffer.
    public static func writePairsCSV(_ pairs: [CoterminosityPair], order: [(index: Int, swapped: Bool)],
                                     network: Network, columns: [(String, String)], to stream: ByteStream) {
        let escape = { (field: String) in Array(CSVWriter.escape(field).utf8) }
        let extra = columns.map { "," + CSVWriter.escape($0.1) }.joined()
        stream.write((pairColumns + columns.map(\.0)).map { CSVWriter.escape($0) }.joined(separator: ","))
        stream.write(byte: 0x0A)
        let ids = network.agencies.map { escape($0.id.rawValue) }
        let types = network.types.map(escape)
        let typeOf = network.agencyTypeIndex
        let relations = CoterminosityRelation.allCases.map { Array(",\(CSVWriter.escape($0.rawValue)),".utf8) }
        let partners = Array(",true\(extra)\n".utf8), strangers = Array(",false\(extra)\n".utf8)
        for (index, swapped) in order {
            let p = swapped ? pairs[index].swapped : pairs[index]
            stream.write(ids[p.a])
            stream.write(byte: 0x2C)
            stream.write(ids[p.b])
            stream.write(byte: 0x2C)
            stream.write(types[Int(typeOf[p.a])])
            stream.write(byte: 0x2C)
            stream.write(types[Int(typeOf[p.b])])
            switch p.relation {
            case .coterminous: stream.write(relations[0])
            case .aWithinB: stream.write(relations[1])
            case .bWithinA: stream.write(relations[2])
            case .partial: stream.write(relations[3])
            }
            stream.writeCSV(p.jaccard)
            stream.write(byte: 0x2C)
            stream.writeCSV(p.aInB)
            stream.write(byte: 0x2C)
            stream.writeCSV(p.bInA)
            stream.write(byte: 0x2C)
            stream.writeCSV(p.populationShared)
            stream.write(byte: 0x2C)
            stream.writeCSV(p.populationAOnly)
            stream.write(byte: 0x2C)
            stream.writeCSV(p.populationBOnly)
            stream.write(byte: 0x2C)
            stream.writeCSV(p.populationMisaligned)
            stream.write(p.partners ? partners : strangers)
        }
    }

    static func pairJSON(_ p: CoterminosityPair, network: Network) -> JSONValue {
        let a = network.agencies[p.a], b = network.agencies[p.b]
        return .object([
            ("agency_a", .string(a.id.rawValue)), ("agency_b", .string(b.id.rawValue)),
            ("name_a", .string(a.name)), ("name_b", .string(b.name)),
            ("type_a", .string(a.type)), ("type_b", .string(b.type)),
            ("relation", .string(p.relation.rawValue)), ("jaccard", .number(p.jaccard)),
            ("a_in_b", .number(p.aInB)), ("b_in_a", .number(p.bInA)),
            ("population_shared", .number(p.populationShared)),
            ("population_a_only", .number(p.populationAOnly)),
            ("population_b_only", .number(p.populationBOnly)),
            ("population_misaligned", .number(p.populationMisaligned)),
            ("partners", .bool(p.partners)),
        ])
    }

    static func header(_ analysis: CoterminosityAnalysis, network: Network) -> [(String, JSONValue)] {
        [
            ("network", .string(network.name)),
            ("tolerance", .number(analysis.tolerance)),
            ("population_weighted", .bool(analysis.populationWeighted)),
            ("note", analysis.populationWeighted ? .null : .string(unweightedNote)),
        ]
    }

    public static func summaryJSON(_ s: CoterminositySummary) -> JSONValue {
        .object([
            ("partner_pairs", .int(s.partnerPairs)),
            ("coterminous_pairs", .int(s.coterminousPairs)),
            ("nested_pairs", .int(s.nestedPairs)),
            ("partial_pairs", .int(s.partialPairs)),
            ("share_coterminous", .number(s.shareCoterminous)),
            ("share_nested", .number(s.shareNested)),
            ("share_partial", .number(s.sharePartial)),
            ("population_in_gaps", .number(s.populationInGaps)),
            ("population_covered", .number(s.populationCovered)),
            ("mean_n_eff_by_type_pair", .array(s.meanNEffByTypePair.map {
                .object([("type", .string($0.type)), ("counterpart_type", .string($0.counterpartType)),
                         ("agencies", .int($0.agencies)), ("mean_n_eff", .number($0.meanEffectiveNumber))])
            })),
        ])
    }

    public static func pairsJSON(_ rows: [CoterminosityPair], analysis: CoterminosityAnalysis, network: Network,
                                 rowsAre: String) -> JSONValue {
        .object(header(analysis, network: network) + [
            ("rows", .string(rowsAre)),
            ("summary", summaryJSON(analysis.summary)),
            ("pairs", .array(rows.map { pairJSON($0, network: network) })),
        ])
    }

    public static func pairsText(_ rows: [CoterminosityPair], analysis: CoterminosityAnalysis, network: Network,
                                 rowsAre: String) -> String {
        var out = "Coterminosity of \(TextTable.clean(network.name)) (tolerance \(NumberFormat.json(analysis.tolerance)))\n"
        if !analysis.populationWeighted { out += "Note: \(unweightedNote).\n" }
        out += summaryText(analysis.summary, weighted: analysis.populationWeighted) + "\n"
        if rows.isEmpty {
            out += "No \(rowsAre).\n"
            return out
        }
        out += "\(rows.count) \(rowsAre), worst split first (misaligned: the people on the wrong side of the line, the least of shared, a_only and b_only):\n"
        var table = TextTable(header: ["agency_a", "name_a", "agency_b", "name_b", "relation", "a_in_b", "b_in_a",
                                       "shared", "a_only", "b_only", "misaligned", "partners"], rightAligned: [5, 6, 7, 8, 9, 10])
        for p in rows {
            let a = network.agencies[p.a], b = network.agencies[p.b]
            table.append([a.id.rawValue, a.name, b.id.rawValue, b.name, p.relation.rawValue,
                          NumberFormat.fixed(p.aInB, 3), NumberFormat.fixed(p.bInA, 3), people(p.populationShared),
                          people(p.populationAOnly), people(p.populationBOnly), people(p.populationMisaligned),
                          p.partners ? "yes" : "no"])
        }
        return out + table.rendered()
    }

    static func people(_ x: Double) -> String {
        x == x.rounded() ? NumberFormat.grouped(Int(x)) : NumberFormat.fixed(x, 2)
    }

    static func summaryText(_ s: CoterminositySummary, weighted: Bool) -> String {
        let unit = weighted ? "people" : "areas"
        var out = "Partner pairs: \(s.partnerPairs) — coterminous \(NumberFormat.fixed(100 * s.shareCoterminous, 1))%, "
        out += "nested \(NumberFormat.fixed(100 * s.shareNested, 1))%, partial \(NumberFormat.fixed(100 * s.sharePartial, 1))%\n"
        out += "Living where partners' boundaries cut across each other: \(people(s.populationInGaps)) \(unit)"
        if s.populationCovered > 0 {
            out += " (\(NumberFormat.fixed(100 * s.populationInGaps / s.populationCovered, 1))% of \(people(s.populationCovered)) covered)"
        }
        out += "\n"
        if !s.meanNEffByTypePair.isEmpty {
            var t = TextTable(header: ["type", "counterpart_type", "agencies", "mean_n_eff"], rightAligned: [2, 3])
            for m in s.meanNEffByTypePair {
                t.append([m.type, m.counterpartType, String(m.agencies), NumberFormat.fixed(m.meanEffectiveNumber, 3)])
            }
            out += "Population-weighted mean effective number of counterparts:\n" + t.rendered()
        }
        return out
    }

    // MARK: By agency

    /// One row per (agency, counterpart type): by N_eff descending, then agency id, then type.
    public static func agencyRows(_ analysis: CoterminosityAnalysis, network: Network)
        -> [(agency: Int, set: CounterpartSet)] {
        var rows: [(agency: Int, set: CounterpartSet)] = []
        for a in network.agencies.indices {
            for s in analysis.counterparts(of: a) { rows.append((a, s)) }
        }
        return rows.sorted { l, r in
            if l.set.effectiveNumber != r.set.effectiveNumber { return l.set.effectiveNumber > r.set.effectiveNumber }
            let (li, ri) = (network.agencies[l.agency].id, network.agencies[r.agency].id)
            if li != ri { return li < ri }
            return l.set.type < r.set.type
        }
    }

    static func sharesText(_ s: CounterpartSet, network: Network) -> String {
        s.counterparts.map { "\(network.agencies[$0.agency].id.rawValue):\(NumberFormat.fixed($0.share, 4))" }
            .joined(separator: ";")
    }

    public static func agencyCSV(_ analysis: CoterminosityAnalysis, network: Network) -> String {
        var csv = CSVWriter(header: agencyColumns)
        for (a, s) in agencyRows(analysis, network: network) {
            let agency = network.agencies[a]
            let top = s.counterparts[0]
            csv.appendRow([agency.id.rawValue, agency.name, agency.type, NumberFormat.csv(analysis.agencyPopulation[a]),
                           s.type, String(s.counterparts.count), NumberFormat.csv(s.effectiveNumber),
                           NumberFormat.csv(s.coverage), network.agencies[top.agency].id.rawValue,
                           NumberFormat.csv(top.share), sharesText(s, network: network)])
        }
        return csv.text
    }

    public static func agencyJSON(_ analysis: CoterminosityAnalysis, network: Network) -> JSONValue {
        .object(header(analysis, network: network) + [
            ("agencies", .array(agencyRows(analysis, network: network).map { a, s in
                let agency = network.agencies[a]
                return .object([
                    ("agency", .string(agency.id.rawValue)), ("name", .string(agency.name)),
                    ("type", .string(agency.type)), ("population", .number(analysis.agencyPopulation[a])),
                    ("counterpart_type", .string(s.type)), ("n_eff", .number(s.effectiveNumber)),
                    ("coverage", .number(s.coverage)),
                    ("counterparts", .array(s.counterparts.map {
                        .object([("agency", .string(network.agencies[$0.agency].id.rawValue)),
                                 ("name", .string(network.agencies[$0.agency].name)),
                                 ("share", .number($0.share))])
                    })),
                ])
            })),
        ])
    }

    public static func agencyText(_ analysis: CoterminosityAnalysis, network: Network) -> String {
        var out = "Counterparts of each agency in \(TextTable.clean(network.name)), by effective number (N_eff)\n"
        if !analysis.populationWeighted { out += "Note: \(unweightedNote).\n" }
        var t = TextTable(header: ["agency", "name", "type", "counterpart_type", "counterparts", "n_eff", "coverage", "shares"],
                          rightAligned: [4, 5, 6])
        for (a, s) in agencyRows(analysis, network: network) {
            let agency = network.agencies[a]
            t.append([agency.id.rawValue, agency.name, agency.type, s.type, String(s.counterparts.count),
                      NumberFormat.fixed(s.effectiveNumber, 3), NumberFormat.fixed(s.coverage, 3),
                      sharesText(s, network: network)])
        }
        return out + t.rendered()
    }

    // MARK: By area

    /// Areas in code order.
    static func areaOrder(_ network: Network) -> [Int] {
        network.areas.indices.sorted { network.areas[$0].code < network.areas[$1].code }
    }

    public static func areaColumns(_ analysis: CoterminosityAnalysis) -> [String] {
        ["area", "name", "leaf", "population", "population_in_gaps"] + analysis.types
    }

    public static func areaCSV(_ analysis: CoterminosityAnalysis, network: Network) -> String {
        var csv = CSVWriter(header: areaColumns(analysis))
        for x in areaOrder(network) {
            let area = network.areas[x]
            csv.appendRow([area.code.rawValue, area.name, analysis.isLeaf[x] ? "true" : "false",
                           NumberFormat.csv(analysis.areaPopulation[x]), NumberFormat.csv(analysis.areaPopulationInGaps[x])]
                          + analysis.areaAgencyCounts(x).map(String.init))
        }
        return csv.text
    }

    public static func areaJSON(_ analysis: CoterminosityAnalysis, network: Network) -> JSONValue {
        .object(header(analysis, network: network) + [
            ("types", .array(analysis.types.map { .string($0) })),
            ("areas", .array(areaOrder(network).map { x in
                let area = network.areas[x]
                return .object([
                    ("area", .string(area.code.rawValue)), ("name", .string(area.name)),
                    ("leaf", .bool(analysis.isLeaf[x])), ("population", .number(analysis.areaPopulation[x])),
                    ("population_in_gaps", .number(analysis.areaPopulationInGaps[x])),
                    ("agencies_by_type", .object(zip(analysis.types, analysis.areaAgencyCounts(x)).map { ($0, .int($1)) })),
                ])
            })),
        ])
    }

    public static func areaText(_ analysis: CoterminosityAnalysis, network: Network) -> String {
        var out = "Distinct agencies of each type covering each area of \(TextTable.clean(network.name))\n"
        if !analysis.populationWeighted { out += "Note: \(unweightedNote).\n" }
        var t = TextTable(header: areaColumns(analysis), rightAligned: Set(3..<(5 + analysis.types.count)))
        for x in areaOrder(network) {
            let area = network.areas[x]
            t.append([area.code.rawValue, area.name, analysis.isLeaf[x] ? "yes" : "no",
                      people(analysis.areaPopulation[x]), people(analysis.areaPopulationInGaps[x])]
                     + analysis.areaAgencyCounts(x).map(String.init))
        }
        return out + t.rendered()
    }
}
