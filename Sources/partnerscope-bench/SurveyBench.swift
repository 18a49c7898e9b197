import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// `partnerscope-bench survey [--agencies N] [--ratings K] [--ties M] [--seed S] [--repeat R] [--out DIR]`:
/// the relationship-survey analysis (``SurveyAnalysis``, PARTNER scores, mean symmetrisation) on a
/// seeded synthetic survey in which each of N agencies rates K others (default 1,000 × 50), with M
/// random ties (default 2,000) for the tie coverage and the structural tensions. `--out DIR`
/// writes the folder (agencies.csv, relationships.csv, survey.csv) for
/// scripts/bench/survey_pandas.py, which computes the same scores with a pandas groupby in the same
/// run (scripts/bench/survey.sh prints the ratio and checks the two checksums agree).
///
/// The timed part is the analysis on data in memory (best of R runs). Both sides report the same
/// checksum: Σ relationship trust + Σ relationship value + Σ mean trust received + Σ sd of trust
/// received + Σ mean trust given + Σ |gap| of pairs rated both ways + response rate + reciprocity
/// + tie coverage.
///
/// Scores: every item uniform on 1–4 around the rated agency's own level (so scores differ between
/// agencies), one answer in 20 left blank (a skipped item, averaged out as PARTNER scoring here does).
enum SurveyBench {
    static func run(_ args: [String]) throws {
        let a = BenchArguments(args)
        let n = max(2, a.int("agencies", 1_000)), k = min(a.int("ratings", 50), n - 1), m = a.int("ties", 2_000)
        let repeats = max(1, a.int("repeat", 5))
        var rng = SplitMix64(seed: UInt64(a.int("seed", 15)))
        let agencies = (0..<n).map { Agency(id: AgencyID("a\($0)"), name: "Agency \($0)", sector: .public, type: "body") }
        var ties: [Relationship] = []
        let types: [RelationshipType] = [.partnership, .commissioning, .funding, .informal, .conflict]
        for _ in 0..<m {
            let s = rng.nextInt(below: n)
            var t = rng.nextInt(below: n - 1)
            if t >= s { t += 1 }
            ties.append(Relationship(source: s, target: t, type: types[rng.nextInt(below: types.count)],
                                     weight: Double(1 + rng.nextInt(below: 5))))
        }
        let network = Network(name: "survey-bench", agencies: agencies, relationships: ties)
        let level = (0..<n).map { _ in rng.nextInt(below: 3) }   // 0, 1 or 2: the rated body's usual answers
        var ratings: [SurveyRating] = []
        ratings.reserveCapacity(n * k)
        for r in 0..<n {
            var chosen = Set<Int>()
            while chosen.count < k {
                var t = rng.nextInt(below: n - 1)
                if t >= r { t += 1 }
                chosen.insert(t)
            }
            for t in chosen.sorted() {
                let scores: [Double?] = (0..<6).map { _ in
                    rng.nextInt(below: 20) == 0 ? nil : Double(1 + min(3, level[t] + rng.nextInt(below: 2)))
                }
                ratings.append(SurveyRating(respondent: r, about: t, wave: 0, scores: scores))
            }
        }
        let survey = Survey(dimensions: SurveyDimension.standard, waves: ["2024-03"], ratings: ratings, provenance: ["synthetic"])
        if let out = a.options["out"] {
            try NetworkWriter.write(network, to: out)
            var text = "respondent,about,wave," + SurveyDimension.standard.map(\.name).joined(separator: ",") + ",provenance\n"
            for r in ratings {
                text += "a\(r.respondent),a\(r.about),2024-03," + r.scores.map { $0.map { String(Int($0)) } ?? "" }.joined(separator: ",") + ",synthetic\n"
            }
            try AtomicWriter.write(text, to: (out as NSString).appendingPathComponent("survey.csv"))
            let (loaded, loadSeconds) = try Measure.seconds { try NetworkLoader().load(directory: out) }
            precondition(loaded.survey?.ratings.count == ratings.count, "survey.csv did not load back whole")
            Measure.report("survey_load_folder_seconds", loadSeconds, "s")
        }
        var best = Double.infinity
        var analysis: SurveyAnalysis?
        for _ in 0..<repeats {
            let (result, seconds) = Measure.seconds { SurveyAnalysis(network: network, survey: survey) }
            best = min(best, seconds)
            analysis = result
        }
        let s = analysis!
        let w = s.summary!
        var checksum = 0.0
        for r in s.relationships {
            checksum += (r.trust ?? 0) + (r.value ?? 0) + (r.trustGap ?? 0)
        }
        for g in s.agencies {
            checksum += (g.trustReceived.mean ?? 0) + (g.trustReceived.standardDeviation ?? 0) + (g.trustGiven.mean ?? 0)
        }
        checksum += (w.responseRate ?? 0) + (w.ratingReciprocity ?? 0) + (w.tieCoverage ?? 0)
        Measure.report("survey_ratings", Double(ratings.count), "")
        Measure.report("survey_relationships", Double(s.relationships.count), "")
        Measure.report("survey_analysis_seconds", best, "s")
        print("survey_checksum: \(NumberFormat.fixed(checksum, 6))")
        print("survey_network_trust: \(NumberFormat.fixed(w.trust.mean ?? .nan, 6)) tensions: \(s.tensions.count) disagreements: \(s.disagreements.count)")
        Measure.report("peak_memory_mib", Measure.peakMemoryMiB(), "MiB")
    }
}
