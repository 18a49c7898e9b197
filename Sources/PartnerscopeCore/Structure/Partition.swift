/// A partition of a graph's vertices into communities, with the modularity it reaches.
public struct Partition: Sendable, Equatable {
    /// The community of each vertex, numbered `0..<count` in order of each community's smallest vertex.
    public let membership: [Int]
    /// The modularity of the partition (see ``Modularity``) at the resolution it was found with.
    public let modularity: Double
    private let communityCount: Int

    /// The number of communities.
    public var count: Int { communityCount }

    /// Wraps a membership vector, renumbering the communities in order of their smallest vertex.
    public init(membership: [Int], modularity: Double) {
        var renumber = [Int: Int]()
        var normalised = [Int]()
        normalised.reserveCapacity(membership.count)
        for c in membership {
            if let r = renumber[c] {
                normalised.append(r)
            } else {
                renumber[c] = renumber.count
                normalised.append(renumber.count - 1)
            }
        }
        self.membership = normalised
        self.modularity = modularity
        self.communityCount = renumber.count
    }

    /// The vertices of each community, ascending, indexed by community.
    public var communities: [[Int]] {
        var out = [[Int]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { out[c].append(v) }
        return out
    }
}
