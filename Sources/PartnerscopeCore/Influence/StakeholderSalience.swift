/// The seven stakeholder classes of the salience model (plus non-stakeholders), from which of the
/// three attributes (power, legitimacy, urgency) a stakeholder holds.
public enum SalienceType: String, CaseIterable, Sendable, Comparable {
    case nonStakeholder = "non-stakeholder"
    /// Power only (latent).
    case dormant
    /// Legitimacy only (latent).
    case discretionary
    /// Urgency only (latent).
    case demanding
    /// Power and legitimacy (expectant).
    case dominant
    /// Power and urgency (expectant).
    case dangerous
    /// Legitimacy and urgency (expectant).
    case dependent
    /// All three (highly salient).
    case definitive

    /// The class for a combination of attributes (Mitchell, Agle & Wood 1997, Figure 2).
    public init(power: Bool, legitimacy: Bool, urgency: Bool) {
        switch (power, legitimacy, urgency) {
        case (false, false, false): self = .nonStakeholder
        case (true, false, false): self = .dormant
        case (false, true, false): self = .discretionary
        case (false, false, true): self = .demanding
        case (true, true, false): self = .dominant
        case (true, false, true): self = .dangerous
        case (false, true, true): self = .dependent
        case (true, true, true): self = .definitive
        }
    }

    /// How many of the three attributes the class holds: 1 latent, 2 expectant, 3 definitive.
    public var attributeCount: Int {
        switch self {
        case .nonStakeholder: 0
        case .dormant, .discretionary, .demanding: 1
        case .dominant, .dangerous, .dependent: 2
        case .definitive: 3
        }
    }

    public static func < (lhs: SalienceType, rhs: SalienceType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Stakeholder salience: whether an agency holds power, legitimacy and urgency, and its class.
///
/// Rules (each attribute is binary; Mitchell, Agle & Wood 1997 define power as the ability to
/// impose one's will through coercive, utilitarian or normative means, legitimacy as a claim
/// that is desirable, proper or appropriate within a socially constructed system, including
/// contract and legal right, and urgency as a claim calling for immediate attention):
/// - **power** ⇔ `power ≥ powerThreshold` (the rating), or another agency depends on it through
///   one of its ties (it funds, commissions, is answered to or scrutinises:
///   ``ResourceDependence/dependedOn(_:)``, utilitarian or coercive power over that agency);
/// - **legitimacy** ⇔ the `legitimacy` column says so (yes/true/1, or a rating ≥
///   `ratingThreshold`), or, when that column is absent or blank, the agency has a statutory role
///   (`statutory` true); *and in any case* when the agency holds a formal tie, that is any positive
///   tie but `informal`: a `partnership`, `protocol` or `agreement` (an agreed role), or a
///   `funding`, `commissioning`, `accountability` or `scrutiny` tie at either end (a contract,
///   exchange or legal relationship, which Mitchell et al. count among legitimate claims after
///   Hill & Jones 1992). So no agency holding a partnership, protocol or agreement tie, and no
///   funded or commissioned body, is a non-stakeholder; informal contact alone gives no legitimacy;
/// - **urgency** ⇔ the `urgency` column says so (same forms); false when absent or blank;
/// then the class is ``SalienceType/init(power:legitimacy:urgency:)``.
///
/// - Parameters: `powerThreshold` default 4 (the same split as ``PowerInterestGrid``);
///   `ratingThreshold` default 4 for 1–5 ratings in the `legitimacy`/`urgency` columns.
/// - Corner cases: a missing `power` rating counts as no power unless dependence gives it;
///   unrecognised text in the optional columns counts as blank (see ``parseFlag(_:ratingThreshold:)``);
///   negative ties (conflicts) give neither power nor legitimacy.
/// - Complexity: O(number of extra columns) per agency, plus O(|V| + |E|) once per network for
///   the ties (``ties(_:)``).
/// - Reference: Mitchell, R. K., Agle, B. R. & Wood, D. J. (1997), "Toward a theory of stakeholder
///   identification and salience", *Academy of Management Review* 22(4), 853–886,
///   doi:10.5465/amr.1997.9711022105; resource dependence: Pfeffer & Salancik (1978).
public struct StakeholderSalience: Sendable, Equatable {
    public static let defaultPowerThreshold = 4
    public static let defaultRatingThreshold = 4
    public let powerThreshold: Int
    public let ratingThreshold: Int

    public init(powerThreshold: Int = StakeholderSalience.defaultPowerThreshold,
                ratingThreshold: Int = StakeholderSalience.defaultRatingThreshold) {
        self.powerThreshold = powerThreshold
        self.ratingThreshold = ratingThreshold
    }

    /// The three attributes of an agency, and where power and legitimacy came from.
    public struct Attributes: Sendable, Equatable {
        public var power: Bool
        public var legitimacy: Bool
        public var urgency: Bool
        /// `legitimacy` (the column), `statutory` (its fallback), `formal tie` (any positive tie
        /// but informal) or `none`.
        public var legitimacySource: String
        /// `rating` (the power column), `dependence` (another agency depends on it) or `none`.
        public var powerSource: String = "none"
        public var type: SalienceType { SalienceType(power: power, legitimacy: legitimacy, urgency: urgency) }
    }

    /// What an agency's ties say about its salience: whether another depends on it, and whether it
    /// holds a formal tie (any positive tie but `informal`).
    public struct Ties: Sendable, Equatable {
        public var dependedOn: Bool
        public var formalTie: Bool
        public init(dependedOn: Bool = false, formalTie: Bool = false) {
            self.dependedOn = dependedOn
            self.formalTie = formalTie
        }
    }

    /// ``Ties`` of every agency of `network`, by index (positive ties only).
    ///
    /// - Complexity: O(|V| + |E|).
    public static func ties(_ network: Network) -> [Ties] {
        let dependedOn = ResourceDependence.dependedOn(network)
        var formal = [Bool](repeating: false, count: network.agencyCount)
        for r in network.relationships where r.source != r.target && !r.isNegative && r.type != .informal {
            formal[r.source] = true
            formal[r.target] = true
        }
        return (0..<network.agencyCount).map { Ties(dependedOn: dependedOn[$0], formalTie: formal[$0]) }
    }

    /// The attributes of an agency from its columns and, when given, its ties.
    public func attributes(of agency: Agency, ties: Ties = Ties()) -> Attributes {
        let rated = (agency.power ?? 0) >= powerThreshold
        let power = rated || ties.dependedOn
        let powerSource = rated ? "rating" : ties.dependedOn ? "dependence" : "none"
        var legitimacy: Bool
        var source: String
        if let flag = Self.parseFlag(agency.attributes["legitimacy"], ratingThreshold: ratingThreshold) {
            legitimacy = flag
            source = "legitimacy"
        } else if let statutory = agency.statutory {
            legitimacy = statutory
            source = "statutory"
        } else {
            legitimacy = false
            source = "none"
        }
        if !legitimacy && ties.formalTie {
            legitimacy = true
            source = "formal tie"
        }
        let urgency = Self.parseFlag(agency.attributes["urgency"], ratingThreshold: ratingThreshold) ?? false
        return Attributes(power: power, legitimacy: legitimacy, urgency: urgency, legitimacySource: source,
                          powerSource: powerSource)
    }

    public func type(of agency: Agency, ties: Ties = Ties()) -> SalienceType { attributes(of: agency, ties: ties).type }

    /// Reads an optional yes/no column: `true`/`yes`/`y`/`1` and `false`/`no`/`n`/`0` (any case),
    /// or a whole-number rating 2–5 compared with `ratingThreshold`; nil when blank or unreadable.
    public static func parseFlag(_ text: String?, ratingThreshold: Int) -> Bool? {
        guard let raw = text?.trimmingCharacters(in: .whitespaces).lowercased(), !raw.isEmpty else { return nil }
        switch raw {
        case "true", "yes", "y", "1": return true
        case "false", "no", "n", "0": return false
        default:
            if let rating = Int(raw), (2...5).contains(rating) { return rating >= ratingThreshold }
            return nil
        }
    }
}

private extension String {
    func trimmingCharacters(in set: WhitespaceSet) -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}

private enum WhitespaceSet { case whitespaces }
