import Foundation
import TestSupport
import Testing

/// `--strict` (issue 13 item 5) on the built executable: a typo in an agency type is a warning
/// that names its cell and the type meant; under `--strict` it is an error and the command exits
/// 65 whatever it was asked to compute; a type named by the requirements file is no warning.
@Suite(.enabled(if: Executable.available)) struct StrictEndToEndTests {
    static let agencies = """
        id,name,sector,type
        wcc,Warwickshire County Council,public,county-council
        rugby,Rugby Borough Council,public,distict-council
        wp,Warwickshire Police,public,police
        """
    static let relationships = "source,target,type\nwcc,rugby,partnership\nwcc,wp,partnership\n"

    @Test func typo_isAWarningByDefault_andAnErrorUnderStrict_inEveryCommand() throws {
        let dir = try Fixtures.makeNetwork(["agencies.csv": Self.agencies, "relationships.csv": Self.relationships])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("agencies.csv").path
        let message = "type 'distict-council' is neither in the recommended vocabulary nor in the requirements in use; analyses that match types will not recognise it; did you mean 'district-council'?"
        let plain = try Executable.run(["validate", dir.path])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("\(file):3:36: warning: \(message)"), "\(plain.stderr)")
        #expect(plain.stdout.contains("1 warning"))
        let quiet = try Executable.run(["validate", dir.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        for command in [["validate"], ["summary"], ["centrality"], ["missing"], ["gaps"], ["silos"], ["influence"]] {
            let strict = try Executable.run(command + [dir.path, "--strict"])
            #expect(strict.status == 65, "\(command): \(strict.stderr)")
            #expect(strict.stderr.contains("\(file):3:36: error: \(message) [--strict]"), "\(command): \(strict.stderr)")
            #expect(strict.stdout.isEmpty, "\(command) wrote output although the input failed")
        }
        let diff = try Executable.run(["diff", dir.path, dir.path, "--strict"])
        #expect(diff.status == 65)
        let out = try Fixtures.temporaryDirectory("strict-compare")
        let compare = try Executable.run(["compare", dir.path, "--strict", "--no-maps", "--out-dir", out.path, "--quiet"])
        #expect(compare.status == 65)
        // Without --strict, compare passes the warning on and compares the network.
        let lenient = try Executable.run(["compare", dir.path, "--no-maps", "--out-dir", out.path])
        #expect(lenient.status == 0 && lenient.stderr.contains("\(file):3:36: warning: \(message)"), "\(lenient.stderr)")
    }

    @Test func strict_onCleanNetwork_changesNothing() throws {
        let plain = try Executable.run(["summary", "Networks/west-yorkshire", "--format", "json"])
        let strict = try Executable.run(["summary", "Networks/west-yorkshire", "--format", "json", "--strict"])
        #expect(plain.status == 0 && strict.status == 0, "\(strict.stderr)")
        #expect(plain.stdoutData == strict.stdoutData)
    }

    @Test func typeNamedByTheRequirementsInUse_isNoWarning() throws {
        let agencies = Self.agencies.replacingOccurrences(of: "distict-council", with: "parish-council")
        let requirements = """
            theme,requires,kind,reason,source
            local-voice,parish-council,type,parishes speak for their villages,Local Government Act 1972 s.9
            local-voice,police,type,neighbourhood policing,Police Reform and Social Responsibility Act 2011 s.34
            """
        let dir = try Fixtures.makeNetwork(["agencies.csv": agencies, "relationships.csv": Self.relationships])
        defer { try? FileManager.default.removeItem(at: dir) }
        // Without requirements naming it, 'parish-council' is unknown (no did-you-mean: nothing is near).
        let before = try Executable.run(["validate", dir.path, "--strict"])
        #expect(before.status == 65)
        #expect(before.stderr.contains("type 'parish-council' is neither in the recommended vocabulary nor in the requirements in use; analyses that match types will not recognise it [--strict]"), "\(before.stderr)")
        // The folder's own requirements.csv, or --requirements FILE, names it: no warning.
        let file = dir.appendingPathComponent("elsewhere.csv")
        try requirements.write(to: file, atomically: true, encoding: .utf8)
        let explicit = try Executable.run(["missing", dir.path, "--requirements", file.path, "--strict", "--format", "csv"])
        #expect(explicit.status == 0, "\(explicit.stderr)")
        #expect(explicit.stderr.isEmpty, "\(explicit.stderr)")
        try requirements.write(to: dir.appendingPathComponent("requirements.csv"), atomically: true, encoding: .utf8)
        let own = try Executable.run(["validate", dir.path, "--strict"])
        #expect(own.status == 0 && own.stderr.isEmpty, "\(own.stderr)")
    }
}
