import PartnerscopeCore
import Testing

@Suite struct PartitionTests {
    @Test func partition_renumbersCommunitiesInOrderOfTheirSmallestVertex() {
        let p = Partition(membership: [5, 5, 2, 7, 2], modularity: 0.25)
        #expect(p.membership == [0, 0, 1, 2, 1])
        #expect(p.count == 3)
        #expect(p.communities == [[0, 1], [2, 4], [3]])
        #expect(p.modularity == 0.25)
    }

    @Test func partition_sameGroupsUnderOtherLabels_areEqual() {
        #expect(Partition(membership: [3, 1, 3], modularity: 0) == Partition(membership: [0, 9, 0], modularity: 0))
        #expect(Partition(membership: [3, 1, 3], modularity: 0) != Partition(membership: [0, 0, 1], modularity: 0))
    }

    @Test func partition_empty_hasNoCommunities() {
        let p = Partition(membership: [], modularity: 0)
        #expect(p.count == 0 && p.communities.isEmpty)
    }
}
