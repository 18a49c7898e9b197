import GraphvizRender
import PartnerscopeCore

/// The influence map with its ties coloured by surveyed trust (survey.csv): every rated
/// relationship an edge in one of three Okabe–Ito colours by its trust score (PARTNER's 1–4
/// scale), drawn as a double line where the two sides disagree, solid where relationships.csv ties
/// the pair and dashed where it does not. Agencies as on the influence map (colour by sector,
/// shape by level, area by influence).
///
/// Bands: low (below the analysis's low-trust threshold, 2.5 by default) vermillion #D55E00;
/// middling (up to the high-trust threshold, 3) orange #E69F00; high (3 or more) blue #0072B2;
/// a relationship without a trust score grey.
///
/// - Complexity: O(|V| log |V| + R log R) for R rated relationships.
public struct TrustMap: Sendable {
    public var analysis: SurveyAnalysis
    public var influence: [Double]
    public var influenceName: String
    public var engine: LayoutEngine
    public var seed: UInt64

    public init(analysis: SurveyAnalysis, influence: [Double], influenceName: String, engine: LayoutEngine? = nil, seed: UInt64 = 1) {
        self.analysis = analysis
        self.influence = influence
        self.influenceName = influenceName
        self.engine = engine ?? MapStyle.defaultEngine(agencies: analysis.network.agencyCount, ties: analysis.relationships.count)
        self.seed = seed
    }

    /// A score with at most two decimals and no trailing zeros: 3, 2.5, 2.67.
    static func number(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static let low = "#D55E00", middle = "#E69F00", high = "#0072B2", unknown = "#999999"

    /// The colour of a trust score under the analysis's thresholds.
    public func colour(_ trust: Double?) -> String {
        guard let t = trust else { return Self.unknown }
        if t < analysis.options.lowTrust { return Self.low }
        return t < analysis.options.highTrust ? Self.middle : Self.high
    }

    public func description() -> GraphDescription {
        let network = analysis.network
        let n = network.agencyCount
        var g = GraphDescription(name: MapStyle.graphName(network, kind: "trust map"), directed: false)
        g.graphAttributes = MapStyle.layoutAttributes(engine: engine, agencies: n, seed: seed)
        g.nodeDefaults = MapStyle.nodeDefaults
        let values = (0..<n).map { $0 < influence.count ? influence[$0] : 0 }
        let maxD = MapStyle.maximumDiameter(agencies: n)
        let diameters = MapStyle.diameters(values, maximum: maxD, minimum: maxD / 6)
        for i in MapStyle.order(network) {
            g.nodes.append(MapStyle.agencyNode(i, MapStyle.agencyNode(network.agencies[i], diameter: diameters[i], fontSize: n <= 60 ? 10 : 8)))
        }
        let disagreeing = Set(analysis.disagreements.map { k in
            let r = analysis.relationships[k]
            return [min(r.a, r.b), max(r.a, r.b)]
        })
        let ids = network.agencies.map(\.id)
        let rated = analysis.relationships.sorted { (ids[$0.a], ids[$0.b]) < (ids[$1.a], ids[$1.b]) }
        for r in rated {
            let c = colour(r.trust)
            let disagree = disagreeing.contains([min(r.a, r.b), max(r.a, r.b)])
            var attributes: [String: AttributeValue] = [
                "color": .string(disagree ? "\(c):#FFFFFF:\(c)" : c),
                "penwidth": .string(disagree ? "1.4" : "2"),
                "style": .string(r.ties.isEmpty ? "dashed" : "solid"),
                "tooltip": .string(LabelText.escString("\(network.agencies[r.a].name) – \(network.agencies[r.b].name): trust \(r.trust.map(Self.number) ?? "none")")),
            ]
            attributes["class"] = MapStyle.edgeClass("trust", [r.a, r.b])
            if analysis.options.symmetrisation == .oneSided { attributes["dir"] = "forward" }
            g.edges.append(.init(tail: MapStyle.nodeID(r.a), head: MapStyle.nodeID(r.b), attributes: attributes))
        }
        let o = analysis.options
        let low = Self.number(o.lowTrust), high = Self.number(o.highTrust)
        var entries = MapLegend.sectors(network)
        if let s = MapLegend.shapes(network) { entries.append(s) }
        entries.append(MapLegend.size(influenceName))
        entries += [
            .init(.line(colour: Self.high, style: "solid", heavy: true, arrow: false, double: false), "Trusted: \(high) or more of 4"),
            .init(.line(colour: Self.middle, style: "solid", heavy: true, arrow: false, double: false), "Trust \(low) to \(high)"),
            .init(.line(colour: Self.low, style: "solid", heavy: true, arrow: false, double: false), "Low trust: below \(low)"),
            .init(.line(colour: "#555555", style: "solid", heavy: false, arrow: false, double: true),
                  "Double line: the two sides' trust differs by \(Self.number(o.disagreement)) or more"),
            .init(.line(colour: "#555555", style: "dashed", heavy: false, arrow: false, double: false), "Dashed: rated, but no tie in relationships.csv"),
        ]
        if let w = analysis.wave {
            entries.append(.init(.none, "Survey wave \(analysis.survey.waves[w]); the two sides combined by \(o.symmetrisation.rawValue)"))
        }
        let illustrative = analysis.survey.provenance.contains { $0.lowercased() == "illustrative" }
        g.graphAttributes["label"] = MapLegend.table(
            title: "Trust map: \(MapLegend.name(network)) (\(analysis.relationships.count) rated relationships)"
                + (illustrative ? " — ILLUSTRATIVE survey data, generated, not collected" : ""), entries: entries)
        g.graphAttributes["labelloc"] = "b"
        g.graphAttributes["labeljust"] = "l"
        return g
    }
}
