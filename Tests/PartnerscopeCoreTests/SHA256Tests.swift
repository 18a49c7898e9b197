import Foundation
import PartnerscopeCore
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

// Expected: `printf abc | openssl dgst -sha256 -binary | base64` = ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=,
// whose bytes are the FIPS 180-4 digest above.
@Test func sha256_digest_isTheHexDigestsBytes() {
    let bytes = SHA256.hex(Array("abc".utf8))
    var h = SHA256()
    h.update(Array("abc".utf8))
    #expect(h.digest().count == 32)
    #expect(h.digest().map { String(format: "%02x", $0) }.joined() == bytes)
    #expect(Data(h.digest()).base64EncodedString() == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
}
