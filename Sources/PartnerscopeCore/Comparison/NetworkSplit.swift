
/// How `partnerscope batch --by` cuts one (national) network into sub-networks, one per group of areas.
public enum SplitCriterion: Sendable, Equatable, CustomStringConvertible {
    /// `--by parent`: one group per top-level area, i.e. per area whose `parent` is empty or names no
    /// area of the file (in England: each region, whose parent chain LSOA → LAD → region ends there).
    case topLevel
    /// `--by parent=D`: one group per area at depth D of the `parent` tree, 0 being the top-level
    /// areas (in England: `parent=1` is each LAD, `parent=2` each LSOA).
    case depth(Int)
    /// `--by type=T`: one group per agency of type T (lower-cased), whose footprint is the areas of
    /// its own boundaries (`type=icb`: one group per ICB).
    case agencyType(String)

    public var description: String {
        switch self {
        case .topLevel: return "parent"
        case let .depth(d): return "parent=\(d)"
        case let .agencyType(t): return "type=\(t)"
        }
    }
}

/// One group of a split: a footprint of areas, named.
public struct SplitGroup: Sendable, Equatable {
    /// A stable id: the area code (`--by parent`) or the agency id (`--by type`).
    public var key: String
    /// The area's or agency's name.
    public var label: String
    /// The footprint: indices of the areas that define the group (the area itself, or the areas
    /// of the agency's boundaries), ascending. Empty when the agency has no boundary.
    public var roots: [Int]
}

/// Splitting one network into sub-networks, one per group of areas.
///
/// Definition. A group has a footprint F of areas (see ``SplitCriterion``). Let F↓ be F with every
/// area below it (areas whose `parent` chain reaches F) and F↑ the areas above F (the ancestors of
/// F's areas). The group's sub-network holds every agency with a boundary on an area of F↓ ∪ F↑ —
/// every body whose boundary touches the footprint, including a body that covers a whole region
/// around it — together with *all* of those agencies' boundaries (also outside F, so that
/// coterminosity is judged on whole footprints), the areas those boundaries name and their
/// ancestors, and every relationship between two kept agencies (``Network/subnetwork(agencies:name:)``).
///
/// Example: in England with `--by type=icb`, the group of NHS West Yorkshire ICB holds the ICB, the
/// five metropolitan districts, Craven-less North Yorkshire (which has 8.3% of its people in the ICB),
/// the police and fire authorities and the combined authority, with their ties.
///
/// Groups are sorted by key, so the same network always splits in the same order.
///
/// - Complexity: ``groups(of:by:)`` is O(|areas| · depth + |agencies| + |boundaries|);
///   ``subnetwork(_:of:)`` is O(|areas| · depth + |boundaries| + |relationships|) per group.
/// - Corner cases: a network without areas has no `parent` groups; an agency of the type with no
///   boundary gives a group with an empty footprint, whose sub-network is empty (callers report it);
///   parent cycles are cut as in ``CoterminosityAnalysis``.
public enum NetworkSplit {
    /// The groups of `network` under `criterion`, sorted by key.
    public static func groups(of network: Network, by criterion: SplitCriterion) -> [SplitGroup] {
        var groups: [SplitGroup]
        switch criterion {
        case .topLevel, .depth:
            let level: Int
            if case let .depth(d) = criterion { level = d } else { level = 0 }
            let hierarchy = AreaHierarchy(network)
            groups = network.areas.indices.filter { hierarchy.depth[$0] == level }.map { i in
                SplitGroup(key: network.areas[i].code.rawValue, label: network.areas[i].name, roots: [i])
            }
        case let .agencyType(type):
            var areasOf = [[Int]](repeating: [], count: network.agencyCount)
            for b in network.boundaries where network.agencies[b.agency].type == type { areasOf[b.agency].append(b.area) }
            groups = network.agencies.indices.filter { network.agencies[$0].type == type }.map { i in
                SplitGroup(key: network.agencies[i].id.rawValue, label: network.agencies[i].name,
                           roots: Array(Set(areasOf[i])).sorted())
            }
        }
        groups.sort { $0.key < $1.key }
        return groups
    }

    /// The indices of the agencies whose boundaries touch the footprint `roots` (see the type's
    /// definition), ascending.
    public static func agencies(touching roots: [Int], in network: Network) -> [Int] {
        guard !roots.isEmpty else { return [] }
        var touched = network.areasWithin(Set(roots))
        // Ancestors of the footprint: a body covering the whole region covers the footprint too.
        for r in roots {
            var parent = network.areas[r].parent.flatMap { network.areaIndex[$0] }
            var stepGuard = 0
            while let p = parent, !touched[p], stepGuard <= network.areas.count {
                touched[p] = true
                parent = network.areas[p].parent.flatMap { network.areaIndex[$0] }
                stepGuard += 1
            }
        }
        var keep = [Bool](repeating: false, count: network.agencyCount)
        for b in network.boundaries where touched[b.area] { keep[b.agency] = true }
        return keep.indices.filter { keep[$0] }
    }

    /// The people of the footprint itself: Σ P(x) over the leaf areas in the footprint or below it
    /// (each counted once), nil when a leaf there has no population or the footprint is empty.
    ///
    /// - Complexity: O(|areas| · depth).
    public static func footprintPopulation(_ group: SplitGroup, in network: Network) -> Double? {
        guard !group.roots.isEmpty else { return nil }
        let inside = network.areasWithin(Set(group.roots))
        let hierarchy = AreaHierarchy(network)
        var total = 0.0
        for i in network.areas.indices where inside[i] && hierarchy.isLeaf[i] {
            guard let p = network.areas[i].population else { return nil }
            total += Double(p)
        }
        return total
    }

    /// The sub-network of one group, named `network.name/key`.
    public static func subnetwork(_ group: SplitGroup, of network: Network) -> Network {
        network.subnetwork(agencies: agencies(touching: group.roots, in: network), name: "\(network.name)/\(group.key)")
    }
}
