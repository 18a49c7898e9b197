import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import TestSupport
import Testing

@Test func diffMap_sharedAgencies_arePinnedToTheSamePositionInBothSnapshots() throws {
    let map = DiffMap(a: TwoRegions.network, b: TwoRegions.after)
    #expect(map.union().agencyCount == 9)
    #expect(map.union().relationships.count == 10)  // 8 before + 2 new
    let positions = try map.positions()
    #expect(positions.count == 9)
    let before = map.description(first: true, positions: positions)
    let after = map.description(first: false, positions: positions)
    func pins(_ g: GraphDescription, _ n: Network) -> [AgencyID: AttributeValue] {
        var out: [AgencyID: AttributeValue] = [:]
        for node in g.nodes where node.id.hasPrefix("a") { out[n.agencies[Int(node.id.dropFirst())!].id] = node.attributes["pos"] }
        return out
    }
    let pa = pins(before, TwoRegions.network), pb = pins(after, TwoRegions.after)
    for id in Set(pa.keys).intersection(pb.keys) {
        #expect(pa[id] != nil && pa[id] == pb[id], "\(id)")
    }
    if case let .string(s)? = pa["c1"] { #expect(s.hasSuffix("!")) } else { Issue.record("c1 has no pin") }
    // The dropped council is outlined red before; the new fire authority green after.
    #expect(before.nodes.contains { $0.attributes["color"] == "#d62728" })
    #expect(after.nodes.contains { $0.attributes["color"] == "#2ca02c" })
    // Both drawings share the union's extent (the invisible corners are pinned alike).
    #expect(before.nodes.filter { $0.id.hasPrefix("corner") }.map { $0.attributes["pos"] }
            == after.nodes.filter { $0.id.hasPrefix("corner") }.map { $0.attributes["pos"] })
    let svgs = try map.render()
    func viewBox(_ svg: String) -> Substring? { svg.split(separator: "\n").first { $0.contains("viewBox") } }
    #expect(viewBox(svgs.a) != nil && viewBox(svgs.a) == viewBox(svgs.b))
    #expect(svgs.a.contains("<svg") && svgs.b.contains("Fire One"))
}
