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
/// Definition (each attribute is binary):
/// - power ⇔ `power ≥ powerThreshold`;
/// - legitimacy ⇔ the `legitimacy` column says so (yes/true/1, or a rating ≥ `ratingThreshold`),
///   or, when that column is absent or blank, the agency has a statutory role (`statutory` true);
/// - urgency ⇔ the `urgency` column says so (same forms); false when absent or blank;
/// then the class is ``SalienceType/init(power:legitimacy:urgency:)``.
///
/// - Parameters: `powerThreshold` default 4 (the same split as ``PowerInterestGrid``);
///   `ratingThreshold` default 4 for 1–5 ratings in the `legitimacy`/`urgency` columns.
/// - Corner cases: a missing `power` counts as no power; unrecognised text in the optional
///   columns counts as blank (see ``parseFlag(_:ratingThreshold:)``).
/// - Complexity: O(number of extra columns) per agency.
/// - Reference: Mitchell, R. K., Agle, B. R. & Wood, D. J. (1997), "Toward a theory of stakeholder
///   identification and salience", *Academy of Management Review* 22(4), 853–886,
///   doi:10.5465/amr.1997.9711022105.
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

    /// The three attributes of an agency, and where legitimacy came from.
    public struct Attributes: Sendable, Equatable {
        public var power: Bool
        public var legitimacy: Bool
        public var urgency: Bool
        /// `legitimacy` (the column) or `statutory` (the fallback) or `none`.
        public var legitimacySource: String
        public var type: SalienceType { SalienceType(power: power, legitimacy: legitimacy, urgency: urgency) }
    }

    public func attributes(of agency: Agency) -> Attributes {
        let power = (agency.power ?? 0) >= powerThreshold
        let legitimacy: Bool
        let source: String
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
        let urgency = Self.parseFlag(agency.attributes["urgency"], ratingThreshold: ratingThreshold) ?? false
        return Attributes(power: power, legitimacy: legitimacy, urgency: urgency, legitimacySource: source)
    }

    public func type(of agency: Agency) -> SalienceType { attributes(of: agency).type }

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
