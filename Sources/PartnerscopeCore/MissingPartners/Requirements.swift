/// One line of `requirements.csv`: a partnership theme needs an agency in a *role* — one of these
/// types (or sectors) — for a stated reason with a legal or policy source, tied to agencies in
/// the partner roles it names.
///
/// `alternatives` lists interchangeable values (`icb|ccg`): any one of them meets the
/// requirement. Values are lower-case; type values are compared with ``Agency/type``, sector values
/// with ``Agency/sector``.
///
/// Who must tie to whom is a set of pairs of roles (council–police, ICB–council): the role's
/// ``partners`` together with the roles that name it (pairs are symmetric). A theme in which no
/// requirement names partners expects every role to tie to every other (the format before roles).
public struct Requirement: Hashable, Sendable {
    /// Whether a requirement names agency types or sectors.
    public enum Kind: String, CaseIterable, Sendable {
        case type, sector
    }

    /// The legal basis of a requirement, strongest first: it orders the findings (a statutory
    /// duty before guidance, guidance before good practice).
    public enum Basis: String, CaseIterable, Sendable, Comparable {
        /// A duty in an Act or regulations.
        case statutory
        /// Statutory or government guidance, or a government policy.
        case guidance
        /// Good practice or research evidence.
        case practice

        /// 2 for statutory, 1 for guidance, 0 for practice: the whole-number part of a priority.
        public var tier: Int { Basis.allCases.count - 1 - Basis.allCases.firstIndex(of: self)! }

        /// Stronger first: `statutory < guidance`.
        public static func < (a: Basis, b: Basis) -> Bool { a.tier > b.tier }
    }

    /// Who in a role must hold its ties.
    public enum Coverage: String, CaseIterable, Sendable {
        /// Every agency in the role (each council must tie to the police covering it).
        case each
        /// Any one agency in the role ("a public body"): the role is tied once one of them is.
        case any
    }

    /// The theme id, e.g. `community-safety`.
    public var theme: String
    /// The role's id within the theme (`council`, `police`); by default the alternatives as written.
    public var role: String
    /// The interchangeable types or sectors, in the order written, at least one.
    public var alternatives: [String]
    public var kind: Kind
    /// Why the theme needs it, in a planner's words.
    public var reason: String
    /// The legal or policy source of the requirement.
    public var source: String
    /// The roles of the same theme this role must be tied to (empty: see ``Requirements/pairs(of:)``).
    public var partners: [String]
    public var basis: Basis
    public var coverage: Coverage

    /// - Parameters:
    ///   - role: default: `alternatives` joined by `|`.
    ///   - coverage: default: `.each` for types, `.any` for sectors.
    public init(theme: String, alternatives: [String], kind: Kind = .type, reason: String = "", source: String = "",
                role: String? = nil, partners: [String] = [], basis: Basis = .guidance, coverage: Coverage? = nil) {
        self.theme = theme
        self.alternatives = alternatives
        self.kind = kind
        self.reason = reason
        self.source = source
        self.role = role ?? alternatives.joined(separator: "|")
        self.partners = partners
        self.basis = basis
        self.coverage = coverage ?? (kind == .sector ? .any : .each)
    }

    /// The alternatives as written in the file, joined by `|`.
    public var label: String { alternatives.joined(separator: "|") }

    /// Whether `agency` meets this requirement.
    public func isMet(by agency: Agency) -> Bool {
        switch kind {
        case .type: return alternatives.contains(agency.type)
        case .sector: return alternatives.contains(agency.sector.rawValue)
        }
    }
}

/// The requirements of every theme, in file order.
public struct Requirements: Sendable {
    public var items: [Requirement]

    public init(_ items: [Requirement]) { self.items = items }

    /// The theme ids in order of first appearance.
    public var themes: [String] {
        var seen = Set<String>()
        return items.compactMap { seen.insert($0.theme).inserted ? $0.theme : nil }
    }

    /// Every agency type a type-kind requirement names (an alternative of it), lower-case: types a
    /// network may use without being in ``AgencyTypeVocabulary``. - Complexity: O(R · A).
    public var namedTypes: Set<String> {
        Set(items.filter { $0.kind == .type }.flatMap(\.alternatives))
    }

    /// The requirements of one theme, in file order.
    public func requirements(of theme: String) -> [Requirement] { items.filter { $0.theme == theme } }

    /// Only the requirements of `theme` (empty when no requirement names it).
    public func restricted(to theme: String) -> Requirements { Requirements(requirements(of: theme)) }

    /// The pairs of roles of `theme` expected to be tied, as indices (i < j) into
    /// ``requirements(of:)``, sorted: each requirement with the roles its ``Requirement/partners``
    /// name, in either direction; when no requirement of the theme names partners, every pair.
    ///
    /// - Complexity: O(R²) for R requirements of the theme.
    public func pairs(of theme: String) -> [(Int, Int)] { Self.pairs(requirements(of: theme)) }

    /// ``pairs(of:)`` for one theme's requirements.
    public static func pairs(_ reqs: [Requirement]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        let named = reqs.contains { !$0.partners.isEmpty }
        for i in reqs.indices {
            for j in reqs.indices where j > i {
                if !named || reqs[i].partners.contains(reqs[j].role) || reqs[j].partners.contains(reqs[i].role) {
                    result.append((i, j))
                }
            }
        }
        return result
    }

    /// The themes, sorted, that expect agencies `a` and `b` to work together: themes with an
    /// expected pair of roles (see ``pairs(of:)``) of which `a` meets one and `b` the other. Two
    /// agencies that only meet the same role (two NHS trusts for "health") are alternatives, not
    /// expected partners.
    ///
    /// - Complexity: O(T · R² · A) for T themes of R requirements with A alternatives each.
    public func themesExpecting(_ a: Agency, _ b: Agency) -> [String] {
        themes.filter { theme in
            let reqs = requirements(of: theme)
            return Self.pairs(reqs).contains { i, j in
                (reqs[i].isMet(by: a) && reqs[j].isMet(by: b)) || (reqs[j].isMet(by: a) && reqs[i].isMet(by: b))
            }
        }.sorted()
    }

    /// The same test on types alone (type-kind requirements only), in the shape the coterminosity
    /// analysis takes for its `expected` predicate. - Complexity: O(T · R² · A).
    public func expectsTypes(_ a: String, _ b: String) -> Bool {
        for theme in themes {
            let reqs = requirements(of: theme)
            let hit = Self.pairs(reqs).contains { i, j in
                guard reqs[i].kind == .type, reqs[j].kind == .type else { return false }
                return (reqs[i].alternatives.contains(a) && reqs[j].alternatives.contains(b))
                    || (reqs[j].alternatives.contains(a) && reqs[i].alternatives.contains(b))
            }
            if hit { return true }
        }
        return false
    }
}
