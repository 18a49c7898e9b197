import PartnerscopeCore
import Testing

@Suite struct StructuralBalanceTests {
    static func agencies(_ ids: [String]) -> [Agency] {
        ids.map { Agency(id: AgencyID($0), name: $0.uppercased(), sector: .public, type: $0) }
    }

    /// The example of the type's documentation: council C, police P, trust T, voluntary body V.
    static let example = Network(name: "example", agencies: agencies(["c", "p", "t", "v"]), ties: [
        ("c", "p", .partnership), ("c", "t", .partnership), ("p", "t", .conflict),
        ("c", "v", .partnership), ("p", "v", .conflict), ("t", "v", .conflict),
    ])

    @Test func structuralBalance_documentedExample_handWorked() {
        let b = StructuralBalance(network: Self.example)
        // Triangles CPT, CPV, CTV are + + −; PTV is − − −: none balanced.
        #expect(b.triangleCounts == [0, 3, 0, 1])
        #expect(b.balanceRatio == 0)
        #expect(b.positivePairs == 3 && b.negativePairs == 3)
        let cpt = b.signedTriangles.first { Set([$0.a, $0.b, $0.c]) == [0, 1, 2] }!
        // Reading order: the two in conflict, then their common partner.
        #expect((cpt.a, cpt.b, cpt.c) == (1, 2, 0) && cpt.kind == .conflictBetweenPartners)
        // Each conflict sits in two unbalanced triangles (one + + −, the − − −).
        #expect(b.negativeTies.map(\.unbalancedTriangles) == [2, 2, 2])
    }

    @Test func structuralBalance_sharedConflict_isBalanced() {
        // Police and fire work together and are both in conflict with the ambulance trust.
        let n = Network(name: "t", agencies: Self.agencies(["amb", "fire", "pol"]), ties: [
            ("pol", "fire", .agreement), ("amb", "fire", .conflict), ("amb", "pol", .conflict),
        ])
        let b = StructuralBalance(network: n)
        #expect(b.triangleCounts == [0, 0, 1, 0])
        #expect(b.balanceRatio == 1)
        #expect(b.unbalanced.isEmpty)
        let t = b.signedTriangles[0]
        // The two partners first (by id), then the one they are both in conflict with.
        #expect((t.a, t.b, t.c) == (1, 2, 0) && t.isBalanced)
    }

    @Test func structuralBalance_noNegativeTie_ratioOneAndNothingListed() {
        let n = Network(name: "t", agencies: Self.agencies(["a", "b", "c", "d"]), ties: [
            ("a", "b", .partnership), ("b", "c", .funding), ("a", "c", .informal), ("c", "d", .protocol),
        ])
        let b = StructuralBalance(network: n)
        #expect(b.triangleCounts == [1, 0, 0, 0])
        #expect(b.balanceRatio == 1)
        #expect(b.signedTriangles.isEmpty && b.negativeTies.isEmpty)
    }

    @Test func structuralBalance_cornerCases_emptyOneAgencyNoTriangle() {
        let empty = StructuralBalance(network: Network(name: "e", agencies: [], relationships: []))
        #expect(empty.triangleCount == 0 && empty.balanceRatio == nil && empty.negativeTies.isEmpty)
        let one = StructuralBalance(network: Network(name: "o", agencies: Self.agencies(["a"]), ties: [("a", "a", .conflict)]))
        #expect(one.triangleCount == 0 && one.negativePairs == 0)
        // A path with a conflict: no triangle, so no ratio, but the conflict is listed.
        let path = StructuralBalance(network: Network(name: "p", agencies: Self.agencies(["a", "b", "c"]), ties: [
            ("a", "b", .partnership), ("b", "c", .conflict),
        ]), communities: [0, 0, 0])
        #expect(path.balanceRatio == nil && path.signedTriangles.isEmpty)
        #expect(path.negativeTies.count == 1 && path.negativeTies[0].community == 0 && path.negativeTies[0].unbalancedTriangles == 0)
        // A membership of the wrong length is ignored.
        let wrong = StructuralBalance(network: Network(name: "p", agencies: Self.agencies(["a", "b"]), ties: [("a", "b", .conflict)]),
                                      communities: [0])
        #expect(wrong.negativeTies[0].community == nil)
    }

    /// A pair that works together and is in dispute is negative in the balance (the dispute is
    /// what the triangle turns on) and says which positive ties it also has; direction and
    /// repeated ties do not matter.
    @Test func structuralBalance_mixedPair_isNegativeAndNamesItsPositiveTies() {
        let ag = Self.agencies(["council", "icb", "trust"])
        let n = Network(name: "t", agencies: ag, relationships: [
            Relationship(source: 0, target: 2, type: .scrutiny, directed: true),
            Relationship(source: 2, target: 0, type: .conflict),
            Relationship(source: 1, target: 2, type: .commissioning, directed: true),
            Relationship(source: 0, target: 1, type: .partnership),
            Relationship(source: 0, target: 1, type: .partnership),
        ])
        let b = StructuralBalance(network: n)
        #expect(b.triangleCounts == [0, 1, 0, 0])
        #expect(b.negativeTies.count == 1)
        #expect(b.negativeTies[0].positiveTypes == [.scrutiny] && b.negativeTies[0].types == [.conflict])
        #expect(b.positivePairs == 2 && b.negativePairs == 1)
    }

    /// A tie of any type marked sign −1 is negative; a conflict is negative whatever it is given.
    @Test func relationshipSign_conflictAndSignMinusOne_areNegative() {
        #expect(Relationship(source: 0, target: 1, type: .conflict).isNegative)
        #expect(Relationship(source: 0, target: 1, type: .conflict, sign: 1).sign == -1)
        #expect(Relationship(source: 0, target: 1, type: .funding, sign: -1).isNegative)
        #expect(!Relationship(source: 0, target: 1, type: .funding).isNegative)
    }

    /// Every analysis's graph view leaves negative ties out unless asked: a conflict is not a path.
    @Test func graphView_default_leavesConflictsOut() {
        let n = Network(name: "t", agencies: Self.agencies(["a", "b", "c"]), relationships: [
            Relationship(source: 0, target: 1, type: .partnership),
            Relationship(source: 1, target: 2, type: .conflict),
            Relationship(source: 0, target: 2, type: .funding, directed: true, sign: -1),
        ])
        #expect(Graph(network: n).edgeCount == 1)
        #expect(Graph(network: n, ties: .negative).edgeCount == 2)
        #expect(Graph(network: n, ties: .all).edgeCount == 3)
        #expect(!Graph(network: n, directed: true).hasEdge(from: 0, to: 2))
    }
}
