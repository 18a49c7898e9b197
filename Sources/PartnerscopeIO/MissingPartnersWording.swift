import Foundation
import PartnerscopeCore

/// The sentences of the missing-partners findings: ``MissingPartnersAnalysis`` states facts
/// (``MissingPartnersAnalysis/Reason``, ``MissingPartnersAnalysis/Note``) and this turns them into
/// words a planner can act on, the same in the table, CSV, JSON, the report and the run history.
public enum MissingPartnersWording {
    /// The sentence of one finding. `byPopulation`: shares are of people (false: of areas).
    ///
    /// - Complexity: O(length of the sentence).
    public static func sentence(_ f: MissingPartnersAnalysis.Finding, byPopulation: Bool) -> String {
        let unit = byPopulation ? "population" : "areas"
        let theme = list(f.themes.map(themeName))
        switch f.reason {
        case let .absent(req):
            return "\(theme) needs \(article(noun(req))) \(noun(req)) and the network has none"
                + (req.reason.isEmpty ? "" : ": " + sentenceCase(req.reason)) + (req.source.isEmpty ? "" : " (\(req.source))")
        case let .noTieToRole(role, partner, expected, ties, partnerRoles, tiedRoles):
            let name = f.agency?.name ?? "the agency"
            let basis = f.priority.map { " (\($0.basis.rawValue))" } ?? ""
            var out = "\(name) (\(noun(role))) has no tie to "
            if ties == 0 {
                out += "any agency; \(theme) needs it tied to \(article(noun(partner))) \(noun(partner))\(basis)"
            } else {
                out += "\(article(noun(partner))) \(noun(partner)), a tie \(theme) needs\(basis)"
                if partnerRoles > 1 { out += "; it holds \(tiedRoles) of the \(partnerRoles) ties the theme needs of it" }
            }
            if let share = f.populationShare { out += "; it covers \(percent(share)) of the network's \(unit)" }
            // The three best, and every one in conflict with the agency.
            let picked = expected.enumerated().filter { $0.offset < 3 || $0.element.inConflict }.map(\.element)
            let shown = picked.map { e -> String in
                let notes = (e.overlap.map { ["overlap \(percent($0))"] } ?? []) + (e.inConflict ? ["in conflict with it, which is no partnership"] : [])
                return e.agency.name + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
            }
            let more = expected.count > picked.count ? " and \(expected.count - picked.count) more" : ""
            out += ". Possible partner\(expected.count == 1 ? "" : "s"): " + (more.isEmpty ? list(shown) : shown.joined(separator: ", ") + more)
            return out
        case let .rolesUntied(role, partner, roleCount, partnerCount):
            var out = "No \(noun(role)) (\(roleCount) in the network) is tied to any \(noun(partner)) (\(partnerCount)), which \(theme) needs"
            if let basis = f.priority?.basis { out += " (\(basis.rawValue))" }
            return out + "; one tie would meet it"
        case let .sharedPartners(overlap, common, inConflict):
            guard let a = f.agency, let b = f.candidate, let s = f.link else { return "" }
            let names = common.map(\.name)
            let shown = names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" : list(names)
            var out = "\(a.name) and \(b.name) have no tie\(inConflict ? " other than a conflict" : "") but share \(names.count) partner\(names.count == 1 ? "" : "s") (\(shown)); Adamic–Adar \(decimal(s.adamicAdar)), resource allocation \(decimal(s.resourceAllocation))"
            if let overlap { out += "; " + overlapPhrase(overlap, a: a, b: b, unit: unit) }
            return out
        case let .catalogueCovers(req, share):
            guard let body = f.candidate else { return "" }
            return "\(body.name) (\(body.type)) covers \(percent(share)) of the network's \(unit) and could fill the missing \(noun(req)) for \(theme)"
        case let .catalogueHasNone(req, catalogue):
            return "No \(noun(req)) (\(req.label)) exists in the catalogue \(catalogue)"
        case let .catalogueCannotMatch(req, catalogue, bodies):
            return "The catalogue \(catalogue) has \(bodies) \(noun(req)) bodies, but the network has no areas to match them by"
        case let .catalogueCoversNone(req, catalogue, bodies):
            return "The catalogue \(catalogue) has \(bodies) \(noun(req)) bod\(bodies == 1 ? "y" : "ies"), but none covers this network's areas"
        }
    }

    /// The sentence of a note.
    public static func note(_ note: MissingPartnersAnalysis.Note) -> String {
        switch note {
        case .noBoundaries:
            return "The network has no boundaries, so every agency in a partner role counts as a possible partner and structural findings consider every untied pair."
        case .boundariesCoverNothing:
            return "The network's boundaries cover no weighted area, so every agency in a partner role counts as a possible partner and structural findings consider every untied pair."
        case .sharesOfAreas:
            return "areas.csv gives no population for some area, so shares are shares of areas, not of people."
        case let .structuralTruncated(shown, total):
            return "Showing the top \(shown) of \(total) structural suggestions."
        case let .catalogueUnmatched(catalogue):
            return "No area code of the network appears in the catalogue \(catalogue), so no catalogue body can be matched by area."
        }
    }

    /// One line of the roll-up: "Rugby Borough Council: no tie to a probation service in 2 themes
    /// (community safety, resilience); no tie to a fire and rescue authority in 1 theme (resilience)".
    public static func rollUp(_ g: MissingPartnersAnalysis.AgencyGaps) -> String {
        g.agency.name + ": " + rollUpGaps(g)
    }

    /// The roll-up line without the agency's name: partner roles needed by the same themes go
    /// together, in order of first appearance: "no tie to a council, a fire and rescue authority or
    /// a police force in 1 theme (resilience); no tie to a probation service in 2 themes (…)".
    public static func rollUpGaps(_ g: MissingPartnersAnalysis.AgencyGaps) -> String {
        var groups: [(themes: [String], partners: [Requirement])] = []
        for gap in g.gaps {
            if let k = groups.firstIndex(where: { $0.themes == gap.themes }) { groups[k].partners.append(gap.partner) }
            else { groups.append((gap.themes, [gap.partner])) }
        }
        return groups.map { group in
            let nouns = group.partners.map { "\(article(noun($0))) \(noun($0))" }
            let n = group.themes.count
            return "no tie to \(list(nouns, conjunction: "or")) in \(n) theme\(n == 1 ? "" : "s") (\(group.themes.map(themeName).joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    /// The partner role of an unlinked finding ("probation"), empty for other findings.
    public static func partnerRole(_ f: MissingPartnersAnalysis.Finding) -> String {
        switch f.reason {
        case let .noTieToRole(_, partner, _, _, _, _): return partner.role
        case let .rolesUntied(_, partner, _, _): return partner.role
        default: return ""
        }
    }

    // MARK: - Words

    /// "community-safety" → "community safety".
    public static func themeName(_ theme: String) -> String { theme.replacingOccurrences(of: "-", with: " ") }

    /// A short noun for a requirement, for sentences: "council", "NHS body", "fire and rescue
    /// authority", "public sector body".
    public static func noun(_ r: Requirement) -> String {
        let set = Set(r.alternatives)
        if r.kind == .sector { return list(r.alternatives, conjunction: "or") + " sector body" }
        let groups: [(Set<String>, String)] = [
            (["county-council", "district-council", "unitary-council", "metropolitan-district", "london-borough"], "council"),
            (["icb", "ccg", "pct", "nhs-trust", "gp-federation"], "NHS body"),
            (["icb", "ccg", "pct"], "NHS commissioner"),
            (["college", "university", "lsc"], "skills provider"),
            (["lep", "business", "chamber", "rda", "combined-authority"], "enterprise partnership or business"),
            (["police", "pcc", "probation"], "criminal justice body"),
            (["voluntary-org", "community-org"], "voluntary or community body"),
        ]
        if set.count > 1 {
            // The narrowest group containing every alternative.
            if let g = groups.filter({ set.isSubset(of: $0.0) }).min(by: { $0.0.count < $1.0.count }) { return g.1 }
            return list(r.alternatives, conjunction: "or")
        }
        let single: [String: String] = [
            "police": "police force", "fire": "fire and rescue authority", "icb": "integrated care board",
            "ccg": "clinical commissioning group", "pct": "primary care trust", "nhs-trust": "NHS trust",
            "pcc": "police and crime commissioner", "transport-authority": "transport authority", "lep": "local enterprise partnership",
            "jobcentre": "Jobcentre Plus office", "housing": "housing body", "environment": "environment body",
            "probation": "probation service", "combined-authority": "combined authority", "college": "college",
            "university": "university", "business": "business", "chamber": "chamber of commerce",
            "voluntary-org": "voluntary organisation", "community-org": "community organisation",
            "gp-federation": "GP federation", "government-office": "government office", "rda": "regional development agency",
            "lsc": "Learning and Skills Council", "county-council": "county council", "district-council": "district council",
            "unitary-council": "unitary council", "metropolitan-district": "metropolitan district council",
            "london-borough": "London borough council",
        ]
        return r.alternatives.first.map { single[$0] ?? $0 } ?? "body"
    }

    static func article(_ noun: String) -> String {
        if noun.hasPrefix("NHS") { return "an" }
        guard let first = noun.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }

    static func sentenceCase(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    static func list(_ items: [String], conjunction: String = "and") -> String {
        var unique: [String] = []
        for i in items where !unique.contains(i) { unique.append(i) }
        switch unique.count {
        case 0: return ""
        case 1: return unique[0]
        default: return unique.dropLast().joined(separator: ", ") + " \(conjunction) " + unique.last!
        }
    }

    /// A share as a whole percentage; "<1%" for small positive shares, never NaN.
    static func percent(_ x: Double) -> String {
        guard x.isFinite else { return "0%" }
        if x > 0 && x < 0.005 { return "<1%" }
        return "\(Int((x * 100).rounded()))%"
    }

    /// Two decimals, for scores in sentences.
    static func decimal(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let r = (x * 100).rounded() / 100
        let whole = Int(r)
        let frac = Int(((r - Double(whole)) * 100).rounded())
        return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    static func overlapPhrase(_ p: CoterminosityPair, a: Agency, b: Agency, unit: String) -> String {
        // Say it from the side of the agency more contained in the other; p.a/p.b are indices of a and b.
        let aFirst = p.a < p.b
        let (first, second) = aFirst ? (a, b) : (b, a)
        let (inner, outer, share) = p.aInB >= p.bInA ? (first, second, p.aInB) : (second, first, p.bInA)
        return "\(outer.name) covers \(percent(share)) of \(inner.name)'s \(unit)"
    }
}
