import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import Testing

/// Labels are drawn with `fixedsize=shape`, so they count in each node's footprint when the
/// engines keep nodes apart. Checked on the SVG: no label line's box meets another node's shape.
@Suite struct LabelPlacementTests {
    /// 40 agencies with long names and 100 seeded random ties.
    static func network() -> Network {
        var rng = SplitMix64(seed: 11)
        let levels: [Level?] = [.national, .regional, .subregional, .local, .neighbourhood, nil]
        let agencies = (0..<40).map { i in
            Agency(id: AgencyID(String(format: "g%02d", i)),
                   name: "Agency number \(i) of the West Riding partnership board",
                   sector: Sector.allCases[i % 4], type: "t\(i % 5)", level: levels[i % 6])
        }
        var ties: [Relationship] = []
        for _ in 0..<100 {
            let (u, v) = (rng.nextInt(below: 40), rng.nextInt(below: 40))
            if u != v { ties.append(Relationship(source: u, target: v, type: RelationshipType.allCases[rng.nextInt(below: 9)])) }
        }
        return Network(name: "labels", agencies: agencies, relationships: ties)
    }

    struct Box { var x0, y0, x1, y1: Double
        func meets(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
    }

    /// Per node: the bounding box of its shape and the boxes of its label lines (width from a
    /// lower bound of Helvetica's average advance, 0.45 em, so the check cannot fail by
    /// overestimating text).
    static func boxes(_ svg: String) -> [(shape: Box, labels: [Box])] {
        var out: [(Box, [Box])] = []
        // Graphviz writes `class="node"`, then the node's own classes (`agency a3`).
        for group in svg.components(separatedBy: "class=\"node").dropFirst() {
            let body = group.components(separatedBy: "</g>")[0]
            var xs: [Double] = [], ys: [Double] = []
            if let m = body.firstMatch(of: /<ellipse[^>]* cx="([-\d.]+)" cy="([-\d.]+)" rx="([\d.]+)" ry="([\d.]+)"/) {
                let (cx, cy, rx, ry) = (Double(m.1)!, Double(m.2)!, Double(m.3)!, Double(m.4)!)
                xs = [cx - rx, cx + rx]; ys = [cy - ry, cy + ry]
            }
            for m in body.matches(of: /<polygon[^>]* points="([^"]+)"/) {
                for pair in m.1.split(separator: " ") {
                    let p = pair.split(separator: ",").compactMap { Double($0) }
                    if p.count == 2 { xs.append(p[0]); ys.append(p[1]) }
                }
            }
            guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { continue }
            var labels: [Box] = []
            for m in body.matches(of: /<text text-anchor="middle" x="([-\d.]+)" y="([-\d.]+)"[^>]* font-size="([\d.]+)"[^>]*>([^<]*)</) {
                let (x, y, size) = (Double(m.1)!, Double(m.2)!, Double(m.3)!)
                let half = Double(m.4.count) * size * 0.45 / 2
                labels.append(Box(x0: x - half, y0: y - size * 0.7, x1: x + half, y1: y))
            }
            out.append((Box(x0: x0, y0: y0, x1: x1, y1: y1), labels))
        }
        return out
    }

    @Test(arguments: [LayoutEngine.dot, .sfdp, .neato])
    func networkMap_labels_neverMeetAnotherNodesShape(engine: LayoutEngine) throws {
        let network = Self.network()
        let influence = PageRank.scores(Graph(network: network, directed: true, weighted: true))
        let d = NetworkMap(network: network, influence: influence, influenceName: "PageRank", engine: engine).description()
        let svg = String(decoding: try GraphvizRenderer.render(d, engine: engine, format: .svg).bytes, as: UTF8.self)
        let nodes = Self.boxes(svg)
        #expect(nodes.count == 40)
        #expect(nodes.allSatisfy { !$0.labels.isEmpty })
        var clashes: [String] = []
        for (i, a) in nodes.enumerated() {
            for (j, b) in nodes.enumerated() where i != j {
                if a.labels.contains(where: { $0.meets(b.shape) }) { clashes.append("label of node \(i) meets node \(j)") }
            }
        }
        #expect(clashes.isEmpty, "\(clashes.prefix(5))")
    }
}
