import Foundation
import PartnerscopeHistory
import TestSupport
import Testing

@Test func fingerprint_changesWhenAFileChanges_notWhenTheFolderIsRenamed() throws {
    let a = try Fixtures.makeNetwork(TwoRegions.files(), label: "fp-a")
    let b = try Fixtures.makeNetwork(TwoRegions.files(), label: "fp-b")
    var edited = TwoRegions.files()
    edited["relationships.csv"]! += "c2,c3,partnership\n"
    let c = try Fixtures.makeNetwork(edited, label: "fp-c")
    let ha = try NetworkFingerprint.sha256(of: [a.path])
    #expect(ha.count == 64)
    #expect(ha == (try NetworkFingerprint.sha256(of: [b.path])))
    #expect(ha != (try NetworkFingerprint.sha256(of: [c.path])))
}
