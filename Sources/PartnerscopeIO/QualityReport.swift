import PartnerscopeCore

/// The relationship survey (`survey.csv`) as tables (one model for the CSV files, the page and the
/// terminal), JSON and the sentences a partnership manager reads first. Every table carries the
/// symmetrisation used in a column and in its explanation, and the survey's provenance when the
/// file gives one, so that illustrative answers are never read as real ones.
public struct QualityReport: Sendable {
    public let analysis: SurveyAnalysis
    /// Ratings left out because they name an agency not in the network on the day looked at.
    public let droppedRatings: Int

    public init(network: Network, survey: Survey, options: SurveyAnalysis.Options = .init(), droppedRatings: Int = 0) {
        analysis = SurveyAnalysis(network: network, survey: survey, options: options)
        self.droppedRatings = droppedRatings
    }

    var network: Network { analysis.network }
    var survey: Survey { analysis.survey }
    var symmetrisation: String { analysis.options.symmetrisation.rawValue }
    func name(_ v: Int) -> String { network.agencies[v].name }
    func id(_ v: Int) -> String { network.agencies[v].id.rawValue }
    var waveLabel: String { analysis.wave.map { survey.waves[$0] } ?? "" }

    /// Whether the answers are marked as made up (`provenance` = illustrative on some row).
    public var isIllustrative: Bool { survey.provenance.contains { $0.lowercased() == "illustrative" } }

    /// "mean of the two sides (a side that did not answer is left out)".
    public var symmetrisationPhrase: String {
        switch analysis.options.symmetrisation {
        case .mean: return "mean of the two sides' ratings, a side that did not answer left out"
        case .minimum: return "the lower of the two sides' ratings, a side that did not answer left out"
        case .maximum: return "the higher of the two sides' ratings, a side that did not answer left out"
        case .oneSided: return "not symmetrised: each rating is its own relationship, a→b apart from b→a"
        }
    }

    var provenanceText: String { survey.provenance.joined(separator: "; ") }

    /// The sentence every table's explanation ends with: the symmetrisation and the provenance.
    var basis: String {
        var s = " Relationship scores: \(symmetrisationPhrase) (--symmetrise \(symmetrisation))."
        if isIllustrative { s += " ILLUSTRATIVE DATA: survey.csv marks these answers provenance=illustrative; they were generated, not collected." }
        else if !survey.provenance.isEmpty { s += " Provenance: \(provenanceText)." }
        return s
    }

    /// Who a wave's response rate counts as invited, as a phrase: "in existence in 2024-03" or
    /// "every agency of the network as at 2022-07-01 (the wave is not a date)", with respondents
    /// outside their dates when there are any.
    func invitedPhrase(_ w: SurveyAnalysis.WaveSummary) -> String {
        var s: String
        switch w.invitation {
        case let .inExistence(date): s = "in existence in \(date.text)"
        case .wholeNetwork:
            if case let .day(day)? = network.asAt { s = "every agency of the network as at \(day) (the wave is not a date)" }
            else { s = "every agency of the network, whatever its dates (the wave is not a date)" }
        }
        if w.respondentsOutsideWaveDate > 0 {
            s += ", and \(w.respondentsOutsideWaveDate) that answered though their dates say they did not exist then"
        }
        return s
    }

    static let invitedRule = "Response rate = agencies that answered / agencies invited: for a wave named by a date (YYYY-MM-DD, YYYY-MM or YYYY) the agencies in existence at some time in that period by agencies.csv start and end, and tie coverage counts the ties in force then; for a wave with another label, every agency and tie of the network on the day looked at (--as-at); an agency that answered always counts as invited"

    static let scale = "PARTNER's scale: 1 not at all, 2 a small amount, 3 a fair amount, 4 a great deal"

    static func score(_ d: Double?) -> ReportTable.Cell { .number(d, digits: 2) }
    static func share(_ d: Double?) -> ReportTable.Cell { .number(d, digits: 3) }

    var basisColumns: [ReportTable.Column] {
        [.init("symmetrisation", "Symmetrisation"), .init("provenance", "Provenance")]
    }
    var basisCells: [ReportTable.Cell] { [.text(symmetrisation), .text(provenanceText)] }

    // MARK: Tables

    /// One row per wave, oldest first.
    public var wavesTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.waves.map { w in
            [.text(survey.waves[w.wave]),
             Self.score(w.trust.mean), .number(w.trust.percentOfMaximum, digits: 1), Self.score(w.trust.standardDeviation),
             Self.score(w.value.mean), .number(w.value.percentOfMaximum, digits: 1), Self.score(w.value.standardDeviation),
             Self.score(w.trustGap.mean),
             .int(w.agencies), .text(invitedPhrase(w)), .int(w.respondents), Self.share(w.responseRate), .int(w.ratings),
             .int(w.pairsRated), .int(w.pairsRatedBothWays), Self.share(w.ratingReciprocity), Self.share(w.tieCoverage),
             .int(w.relationships), .int(w.oneSidedRelationships)] + basisCells
        }
        return ReportTable(
            id: "survey-waves", title: "Surveyed trust and value, wave by wave",
            explanation: "PARTNER scores (Varda, Chandra, Stern & Lurie 2008): a rating's trust is the mean of its answers on reliability, support of the mission and openness to discussion, its value the mean of power and influence, level of involvement and resource contribution (\(Self.scale)). The network's score is the mean over its relationships, and as a percentage of the maximum 4. \(Self.invitedRule); reciprocity = pairs rated by both sides / pairs rated; tie coverage = tied pairs rated / tied pairs in relationships.csv; sd = sample standard deviation; gap = mean |trust a→b − trust b→a| where both answered." + basis,
            emptyNote: "survey.csv has no rating.",
            columns: [.init("wave", "Wave"),
                      .init("trust", "Trust", numeric: true), .init("trust_percent", "Trust %", numeric: true),
                      .init("trust_sd", "Trust sd", numeric: true), .init("value", "Value", numeric: true),
                      .init("value_percent", "Value %", numeric: true), .init("value_sd", "Value sd", numeric: true),
                      .init("trust_gap", "Mean gap", numeric: true, help: "mean |trust a→b − trust b→a| where both answered"),
                      .init("agencies", "Invited", numeric: true), .init("invited", "Who was invited"),
                      .init("respondents", "Answered", numeric: true),
                      .init("response_rate", "Response rate", numeric: true), .init("ratings", "Ratings", numeric: true),
                      .init("pairs_rated", "Pairs rated", numeric: true), .init("pairs_rated_both_ways", "Both ways", numeric: true),
                      .init("rating_reciprocity", "Reciprocity", numeric: true, help: "pairs rated by both sides / pairs rated"),
                      .init("tie_coverage", "Tie coverage", numeric: true, help: "tied pairs rated / tied pairs"),
                      .init("relationships", "Relationships", numeric: true),
                      .init("one_sided", "One side only", numeric: true, help: "relationships whose other side did not answer")]
                + basisColumns,
            rows: rows)
    }

    /// One row per scored dimension in the analysed wave.
    public var dimensionsTable: ReportTable {
        let summary = analysis.summary
        let rows: [[ReportTable.Cell]] = survey.dimensions.indices.map { d in
            let s = summary?.dimensions[d] ?? ScoreSummary([])
            let dim = survey.dimensions[d]
            return [.text(dim.name), .text(dim.kind.rawValue), .int(s.count), Self.score(s.mean), Self.score(s.standardDeviation),
                    Self.score(s.minimum), Self.score(s.maximum), .number(dim.isStandard ? s.percentOfMaximum : nil, digits: 1)]
                + basisCells
        }
        return ReportTable(
            id: "survey-dimensions", title: "Each question, wave \(waveLabel)",
            explanation: "Every scored column of survey.csv over the relationships of wave \(waveLabel): the six PARTNER items (\(Self.scale)) and any extra numeric column (its own scale, so no percentage). 'Relationships' counts those with an answer." + basis,
            emptyNote: "survey.csv has no scored column.",
            columns: [.init("dimension", "Question"), .init("kind", "Kind"), .init("relationships", "Relationships", numeric: true),
                      .init("mean", "Mean", numeric: true), .init("sd", "sd", numeric: true), .init("min", "Min", numeric: true),
                      .init("max", "Max", numeric: true), .init("percent", "% of max", numeric: true)] + basisColumns,
            rows: rows)
    }

    func tiesText(_ r: SurveyAnalysis.RatedRelationship) -> String {
        r.ties.isEmpty ? "no tie" : r.ties.map(\.rawValue).joined(separator: "; ")
    }

    func tensionText(_ r: SurveyAnalysis.RatedRelationship) -> String {
        switch r.tension {
        case .strongFormalTieLowTrust?:
            return "strong formal tie (weight \(NumberFormat.fixed(r.formalWeight, 1))), low trust \(NumberFormat.fixed(r.trust ?? 0, 2))"
        case .conflictTieHighTrust?:
            return "negative tie (conflict), high trust \(NumberFormat.fixed(r.trust ?? 0, 2))"
        case nil:
            return ""
        }
    }

    /// One row per rated relationship of the analysed wave, lowest trust first.
    public var relationshipsTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.relationships.map { r in
            [.text(name(r.a)), .text(name(r.b)), Self.score(r.trust), Self.score(r.value), Self.score(r.trustAB), Self.score(r.trustBA),
             Self.score(r.trustGap), Self.score(r.valueAB), Self.score(r.valueBA), .bool(r.isReciprocated), .text(tiesText(r)),
             .number(r.formalWeight, digits: 1), .text(tensionText(r)), Self.score(r.previousTrust), Self.score(r.trustChange),
             .text(id(r.a)), .text(id(r.b))] + basisCells
        }
        let oneSided = analysis.options.symmetrisation == .oneSided
        let previous = analysis.previousWave.map { "wave \(survey.waves[$0])" } ?? "no earlier wave"
        return ReportTable(
            id: "survey-relationships", title: "Relationships as the partners rate them, wave \(waveLabel)",
            explanation: (oneSided ? "Every rating a→b of wave \(waveLabel) (a rated b; b→a is b's rating of a, shown beside it)" : "Every pair of agencies rated by at least one side in wave \(waveLabel)")
                + ", lowest trust first. Gap = |trust a→b − trust b→a|. 'Ties' are the relationships.csv types between them; formal weight sums every positive tie but informal. A finding marks a strong formal tie (formal weight at least the network's median, \(analysis.strongTieWeight.map { NumberFormat.fixed($0, 1) } ?? "none"), with trust below \(NumberFormat.json(analysis.options.lowTrust)) and a negative tie (conflict, or sign −1) with trust of \(NumberFormat.json(analysis.options.highTrust)) or more. Previous: the same relationship in \(previous)." + basis,
            emptyNote: "No relationship was rated in this wave.",
            columns: [.init("agency_a", "Agency a", long: true), .init("agency_b", "Agency b", long: true),
                      .init("trust", "Trust", numeric: true), .init("value", "Value", numeric: true),
                      .init("trust_a_b", "Trust a→b", numeric: true, help: "a's rating of b"),
                      .init("trust_b_a", "Trust b→a", numeric: true, help: "b's rating of a"),
                      .init("trust_gap", "Gap", numeric: true), .init("value_a_b", "Value a→b", numeric: true),
                      .init("value_b_a", "Value b→a", numeric: true), .init("both_sides", "Both sides", numeric: true),
                      .init("ties", "Ties"), .init("formal_weight", "Formal weight", numeric: true),
                      .init("finding", "Finding", long: true), .init("previous_trust", "Previous trust", numeric: true),
                      .init("trust_change", "Change", numeric: true), .init("agency_a_id", "Id a"), .init("agency_b_id", "Id b")]
                + basisColumns,
            rows: rows)
    }

    /// One row per agency, lowest trust received first.
    public var agenciesTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.agencies.map { s in
            [.text(name(s.agency)), .int(s.trustReceived.count), Self.score(s.trustReceived.mean),
             Self.score(s.trustReceived.standardDeviation), Self.score(s.trustReceived.minimum), .int(s.lowTrustRaters.count),
             .text(s.lowTrustRaters.map(name).joined(separator: "; ")), Self.score(s.valueReceived.mean), .bool(s.responded),
             .int(s.trustGiven.count), Self.score(s.trustGiven.mean), Self.score(s.valueGiven.mean),
             Self.score(s.previousTrustReceived), Self.score(s.trustReceivedChange), .text(id(s.agency))] + basisCells
        }
        return ReportTable(
            id: "survey-agencies", title: "Each agency as its partners rate it, and as it rates them",
            explanation: "Rated by others: the mean, sample sd and lowest of the trust scores the agency received in wave \(waveLabel), and the partners who scored it below \(NumberFormat.json(analysis.options.lowTrust)). As rater: how many partners it rated and its mean scores of them. These are directed, each rating as given; the symmetrisation applies to relationships only. Lowest trust received first; agencies nobody rated last." + basis,
            emptyNote: "The network has no agencies.",
            columns: [.init("agency", "Agency", long: true), .init("raters", "Rated by", numeric: true),
                      .init("trust_received", "Trust received", numeric: true), .init("trust_received_sd", "sd", numeric: true),
                      .init("trust_received_min", "Lowest", numeric: true), .init("low_trust_raters", "Low raters", numeric: true),
                      .init("low_trust_rater_names", "Rated low by", long: true),
                      .init("value_received", "Value received", numeric: true), .init("responded", "Answered", numeric: true),
                      .init("partners_rated", "Partners rated", numeric: true), .init("trust_given", "Trust given", numeric: true),
                      .init("value_given", "Value given", numeric: true),
                      .init("previous_trust_received", "Previous trust received", numeric: true),
                      .init("trust_received_change", "Change", numeric: true), .init("id", "Id")] + basisColumns,
            rows: rows)
    }

    /// Pairs whose two sides disagree most.
    public var disagreementsTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.disagreements.map { k in
            let r = analysis.relationships[k]
            return [.text(name(r.a)), .text(name(r.b)), Self.score(r.trustAB), Self.score(r.trustBA), Self.score(r.trustGap),
                    .text(tiesText(r)), .text(id(r.a)), .text(id(r.b))] + basisCells
        }
        return ReportTable(
            id: "survey-disagreements", title: "Where the two sides disagree",
            explanation: "Pairs rated by both sides in wave \(waveLabel) whose trust scores differ by \(NumberFormat.json(analysis.options.disagreement)) point or more, the largest gap first: one side trusts the other much more than it is trusted back." + basis,
            emptyNote: "No pair rated by both sides differs by \(NumberFormat.json(analysis.options.disagreement)) point or more.",
            columns: [.init("agency_a", "Agency a", long: true), .init("agency_b", "Agency b", long: true),
                      .init("trust_a_b", "a trusts b", numeric: true), .init("trust_b_a", "b trusts a", numeric: true),
                      .init("trust_gap", "Gap", numeric: true), .init("ties", "Ties"),
                      .init("agency_a_id", "Id a"), .init("agency_b_id", "Id b")] + basisColumns,
            rows: rows)
    }

    /// Relationships where surveyed trust contradicts the structure.
    public var tensionsTable: ReportTable {
        let rows: [[ReportTable.Cell]] = analysis.tensions.map { k in
            let r = analysis.relationships[k]
            return [.text(name(r.a)), .text(name(r.b)), .text(r.tension!.rawValue), Self.score(r.trust), .text(tiesText(r)),
                    .number(r.formalWeight, digits: 1), .text(id(r.a)), .text(id(r.b))] + basisCells
        }
        return ReportTable(
            id: "survey-tensions", title: "Surveyed trust against the measured structure",
            explanation: "Relationships whose surveyed trust contradicts relationships.csv: a strong formal tie (formal weight at least \(analysis.strongTieWeight.map { NumberFormat.fixed($0, 1) } ?? "—"), the median over the network's formally tied pairs) with trust below \(NumberFormat.json(analysis.options.lowTrust)); or a negative tie (conflict, or sign −1) with trust of \(NumberFormat.json(analysis.options.highTrust)) or more (the conflict may be settled, or recorded wrongly)." + basis,
            emptyNote: "No rated relationship contradicts the structure.",
            columns: [.init("agency_a", "Agency a", long: true), .init("agency_b", "Agency b", long: true),
                      .init("finding", "Finding"), .init("trust", "Trust", numeric: true), .init("ties", "Ties"),
                      .init("formal_weight", "Formal weight", numeric: true),
                      .init("agency_a_id", "Id a"), .init("agency_b_id", "Id b")] + basisColumns,
            rows: rows)
    }

    /// The report's tables in page order.
    public var tables: [ReportTable] {
        [wavesTable, agenciesTable, disagreementsTable, tensionsTable, relationshipsTable, dimensionsTable]
    }

    // MARK: Sentences

    static func fixed(_ d: Double?) -> String { d.map { NumberFormat.fixed($0, 2) } ?? "—" }
    static func percent(_ d: Double?) -> String { d.map { NumberFormat.fixed(100 * $0, 0) + "%" } ?? "—" }

    /// The survey findings a partnership manager reads first.
    public func keyFindings() -> [String] {
        var out: [String] = []
        if isIllustrative {
            out.append("The relationship survey in this folder is illustrative: generated to show the method, not answers any partner gave.")
        }
        guard let w = analysis.summary else { return out + ["survey.csv has no rating."] }
        out.append("Surveyed trust, wave \(waveLabel): \(Self.fixed(w.trust.mean)) of 4 (\(w.trust.percentOfMaximum.map { NumberFormat.fixed($0, 0) } ?? "—")%), value \(Self.fixed(w.value.mean)) of 4, over \(w.relationships) relationships (\(symmetrisationPhrase)); \(w.respondents) of the \(w.agencies) agencies \(invitedPhrase(w)) answered (\(Self.percent(w.responseRate))), \(Self.percent(w.ratingReciprocity)) of rated pairs were rated by both sides, \(Self.percent(w.tieCoverage)) of tied pairs were rated.")
        let low = analysis.lowTrustAgencies.prefix(4).map { k -> String in
            let s = analysis.agencies[k]
            return "\(name(s.agency)) (\(s.lowTrustRaters.count) of \(s.trustReceived.count) raters)"
        }
        if !low.isEmpty {
            out.append("Rated low on trust (below \(NumberFormat.json(analysis.options.lowTrust))) by \(max(1, analysis.options.lowTrustRaters)) or more partners: \(low.joined(separator: ", "))\(analysis.lowTrustAgencies.count > 4 ? " and \(analysis.lowTrustAgencies.count - 4) more" : "").")
        }
        if let k = analysis.disagreements.first {
            let r = analysis.relationships[k]
            out.append("\(analysis.disagreements.count) pair\(analysis.disagreements.count == 1 ? "" : "s") whose two sides disagree by \(NumberFormat.json(analysis.options.disagreement)) point or more; the widest: \(name(r.a)) rates \(name(r.b)) \(Self.fixed(r.trustAB)) on trust, \(name(r.b)) rates \(name(r.a)) \(Self.fixed(r.trustBA)).")
        }
        let strong = analysis.tensions.filter { analysis.relationships[$0].tension == .strongFormalTieLowTrust }
        if let k = strong.first {
            let r = analysis.relationships[k]
            out.append("\(strong.count) strong formal tie\(strong.count == 1 ? "" : "s") with low trust, lowest first: \(name(r.a)) and \(name(r.b)) (\(tiesText(r)), formal weight \(NumberFormat.fixed(r.formalWeight, 1)); trust \(Self.fixed(r.trust))).")
        }
        let conflict = analysis.tensions.filter { analysis.relationships[$0].tension == .conflictTieHighTrust }
        if let k = conflict.first {
            let r = analysis.relationships[k]
            out.append("\(conflict.count) conflict tie\(conflict.count == 1 ? "" : "s") with high trust: \(name(r.a)) and \(name(r.b)) (trust \(Self.fixed(r.trust))); is the conflict settled, or recorded wrongly?")
        }
        if let p = analysis.previousWave {
            let before = analysis.waves[p]
            var s = "Since wave \(survey.waves[p]): trust \(Self.fixed(before.trust.mean)) → \(Self.fixed(w.trust.mean))"
            if let a = before.trust.mean, let b = w.trust.mean {
                let d = ((b - a) * 100).rounded() / 100
                s += d == 0 ? " (unchanged to two decimals)" : " (\(d > 0 ? "+" : "−")\(NumberFormat.fixed(abs(d), 2)))"
            }
            let falls = analysis.relationships.filter { ($0.trustChange ?? 0) < 0 }.sorted { x, y in
                x.trustChange! != y.trustChange! ? x.trustChange! < y.trustChange! : (id(x.a), id(x.b)) < (id(y.a), id(y.b))
            }
            if let f = falls.first {
                s += "; the largest fall: \(name(f.a)) and \(name(f.b)), \(Self.fixed(f.previousTrust)) → \(Self.fixed(f.trust))"
            }
            out.append(s + ".")
        }
        if droppedRatings > 0 {
            out.append("\(droppedRatings) rating\(droppedRatings == 1 ? "" : "s") left out: \(droppedRatings == 1 ? "it names" : "they name") an agency not in the network on the day looked at.")
        }
        return out
    }

    // MARK: Report

    /// The heading of the report's survey section: a banner when the answers are illustrative,
    /// what the scores mean, and every finding. Every text is escaped.
    public func sectionIntroHTML() -> HTML {
        let explanation = "Partners rated each other on the PARTNER instrument's trust items (reliability, support of the mission, openness to discussion) and value items (power and influence, involvement, resources), each from 1 (not at all) to 4 (a great deal). Wave \(waveLabel) is analysed; relationships combine the two sides as the \(symmetrisationPhrase). partnerscope quality gives the same tables with other options; docs/quality.md has every formula."
        var out: HTML = "<section id=\"survey\">\n<h2>What partners say: the relationship survey</h2>\n"
        if isIllustrative {
            out += "<p class=\"illustrative\"><strong>Illustrative data.</strong> survey.csv marks these answers provenance=illustrative: they were generated by a seeded script to show the method, and no partner gave them.</p>\n"
        }
        out += "<p class=\"explain\">\(explanation)</p>\n<ul class=\"findings\">\n"
        for f in keyFindings() { out += "<li>\(f)</li>\n" }
        return out + "</ul>\n</section>\n"
    }

    /// The survey's figures for metrics.json: options, provenance and the analysed wave's scores.
    public func metricsJSON() -> JSONValue {
        let w = analysis.summary
        return .object([
            ("wave", .string(waveLabel)), ("symmetrisation", .string(symmetrisation)),
            ("provenance", .array(survey.provenance.map { .string($0) })), ("illustrative", .bool(isIllustrative)),
            ("respondents", .int(w?.respondents ?? 0)), ("invited", .int(w?.agencies ?? 0)),
            ("invited_basis", .string(w.map(invitedPhrase) ?? "")), ("response_rate", .number(w?.responseRate)),
            ("relationships", .int(w?.relationships ?? 0)), ("rating_reciprocity", .number(w?.ratingReciprocity)),
            ("trust", .number(w?.trust.mean)), ("trust_percent", .number(w?.trust.percentOfMaximum)),
            ("value", .number(w?.value.mean)), ("value_percent", .number(w?.value.percentOfMaximum)),
            ("disagreements", .int(analysis.disagreements.count)), ("low_trust_agencies", .int(analysis.lowTrustAgencies.count)),
            ("tensions", .int(analysis.tensions.count)), ("dropped_ratings", .int(droppedRatings)),
        ])
    }

    // MARK: Text and JSON

    /// The terminal view: findings, then the waves, agencies, disagreements and tensions (top rows).
    public func text(top: Int) -> String {
        var out = "Relationship survey of \(network.name): \(survey.ratings.count) ratings in \(survey.waves.count) wave\(survey.waves.count == 1 ? "" : "s"); wave \(waveLabel) analysed; relationships: \(symmetrisationPhrase)\n"
        if isIllustrative { out += "ILLUSTRATIVE DATA: survey.csv marks these answers provenance=illustrative.\n" }
        out += "\n"
        for f in keyFindings() { out += "- \(f)\n" }
        func render(_ t: ReportTable, _ keep: [String]) {
            out += t.rows.isEmpty ? "\n\(t.title)\n\(t.emptyNote)\n" : t.terminalText(columns: keep, top: top)
        }
        render(wavesTable, ["wave", "respondents", "response_rate", "relationships", "rating_reciprocity", "trust", "trust_percent", "value", "trust_gap"])
        render(agenciesTable, ["id", "raters", "trust_received", "trust_received_min", "low_trust_raters", "value_received", "trust_given", "trust_received_change"])
        render(disagreementsTable, ["agency_a_id", "agency_b_id", "trust_a_b", "trust_b_a", "trust_gap"])
        render(tensionsTable, ["agency_a_id", "agency_b_id", "finding", "trust", "ties"])
        return out
    }

    /// Every table as arrays of objects keyed by the CSV columns, with the options and findings.
    public func json() -> JSONValue {
        func rows(_ t: ReportTable) -> JSONValue { t.jsonRows() }
        let o = analysis.options
        return .object([
            ("network", .string(network.name)),
            ("wave", .string(waveLabel)),
            ("symmetrisation", .string(symmetrisation)),
            ("symmetrisation_meaning", .string(symmetrisationPhrase)),
            ("provenance", .array(survey.provenance.map { .string($0) })),
            ("illustrative", .bool(isIllustrative)),
            ("thresholds", .object([("low_trust", .number(o.lowTrust)), ("high_trust", .number(o.highTrust)),
                                    ("low_trust_raters", .int(o.lowTrustRaters)), ("disagreement", .number(o.disagreement)),
                                    ("strong_formal_weight", .number(analysis.strongTieWeight))])),
            ("dropped_ratings", .int(droppedRatings)),
            ("findings", .array(keyFindings().map { .string($0) })),
            ("waves", rows(wavesTable)), ("agencies", rows(agenciesTable)), ("disagreements", rows(disagreementsTable)),
            ("tensions", rows(tensionsTable)), ("relationships", rows(relationshipsTable)), ("dimensions", rows(dimensionsTable)),
        ])
    }
}
