import Foundation
import PartnerscopeHistory
import TestSupport
import Testing

// Expected digests: NIST FIPS 180-4 examples (csrc.nist.gov "SHA256.pdf", Examples with
// Intermediate Values) for "abc" and the 448-bit message; the empty string and one million 'a'
// from NIST's SHA-2 test vectors (also in RFC 6234 §8.5).
@Test func sha256_givesTheNISTExampleDigests() {
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test func sha256_fedInPieces_equalsTheDigestOfTheWhole() {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    for cut in [0, 1, 55, 56, 63, 64, 65, 500, 999] {
        var h = SHA256()
        h.update(Array(bytes[..<cut]))
        h.update(Array(bytes[cut...]))
        #expect(h.hexDigest() == SHA256.hex(bytes), "cut at \(cut)")
    }
}

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
