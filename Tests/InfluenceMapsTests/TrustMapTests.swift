import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import Testing

/// The trust map's marks on a survey small enough to read: a rates b 4 and b rates a 2 (mean 3,
/// sides 2 apart: blue, double); a rates c 2 (low: vermillion, single); c and b untied, b rates c 3
/// (high: blue, dashed, since relationships.csv does not tie them).
@Suite struct TrustMapTests {
    static let network = Network(name: "abc", agencies: ["a", "b", "c"].map {
        Agency(id: AgencyID($0), name: $0.uppercased(), sector: .public, type: "x")
    }, ties: [("a", "b", .partnership), ("a", "c", .conflict)])

    static func analysis(provenance: [String] = []) -> SurveyAnalysis {
        let dims = Array(SurveyDimension.standard.prefix(3))
        let survey = Survey(dimensions: dims, waves: ["2024"], ratings: [
            SurveyRating(respondent: 0, about: 1, wave: 0, scores: [4, 4, 4]),
            SurveyRating(respondent: 1, about: 0, wave: 0, scores: [2, 2, 2]),
            SurveyRating(respondent: 0, about: 2, wave: 0, scores: [2, 2, 2]),
            SurveyRating(respondent: 1, about: 2, wave: 0, scores: [3, 3, 3]),
        ], provenance: provenance)
        return SurveyAnalysis(network: network, survey: survey)
    }

    func edge(_ g: GraphDescription, _ a: Int, _ b: Int) -> GraphDescription.Edge? {
        g.edges.first { $0.tail == "a\(a)" && $0.head == "a\(b)" }   // node ids are "a<index>"
    }

    @Test func tiesAreColouredByTrust_doubleWhereTheSidesDisagree_dashedWhereUntied() throws {
        let g = TrustMap(analysis: Self.analysis(), influence: [1, 1, 1], influenceName: "x").description()
        #expect(g.edges.count == 3)
        let ab = try #require(edge(g, 0, 1)), ac = try #require(edge(g, 0, 2)), bc = try #require(edge(g, 1, 2))
        #expect(ab.attributes["color"] == "#0072B2:#FFFFFF:#0072B2")   // trust 3, gap 2
        #expect(ac.attributes["color"] == "#D55E00")                   // trust 2
        #expect(bc.attributes["color"] == "#0072B2")                   // trust 3, one side only
        #expect(bc.attributes["style"] == "dashed" && ab.attributes["style"] == "solid")
    }

    @Test func illustrativeSurvey_isSaidInTheLegendTitle() {
        let plain = DOTWriter.write(TrustMap(analysis: Self.analysis(), influence: [1, 1, 1], influenceName: "x").description())
        let made = DOTWriter.write(TrustMap(analysis: Self.analysis(provenance: ["illustrative"]), influence: [1, 1, 1], influenceName: "x").description())
        #expect(!plain.contains("ILLUSTRATIVE") && made.contains("ILLUSTRATIVE survey data"))
        #expect(made.contains("Low trust: below 2.5") && made.contains("differs by 1 or more"))
    }
}
