/// One line of `requirements.csv`: a partnership theme needs an agency of one of these types (or
/// sectors), for a stated reason with a legal or policy source.
///
/// `alternatives` lists interchangeable values (`icb|nhs-trust|ccg`): any one of them meets the
/// requirement. Values are lower-case; type values are compared with ``Agency/type``, sector values
/// with ``Agency/sector``.
public struct Requirement: Hashable, Sendable {
    /// Whether a requirement names agency types or sectors.
    public enum Kind: String, CaseIterable, Sendable {
        case type, sector
    }

    /// The theme id, e.g. `community-safety`.
    public var theme: String
    /// The interchangeable types or sectors, in the order written, at least one.
    public var alternatives: [String]
    public var kind: Kind
    /// Why the theme needs it, in a planner's words.
    public var reason: String
    /// The legal or policy source of the requirement.
    public var source: String

    public init(theme: String, alternatives: [String], kind: Kind = .type, reason: String = "", source: String = "") {
        self.theme = theme
        self.alternatives = alternatives
        self.kind = kind
        self.reason = reason
        self.source = source
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

    /// The themes, sorted, that expect agencies `a` and `b` to work together: themes in which `a`
    /// meets one requirement and `b` meets a different one. Two agencies that only meet the same
    /// requirement (two NHS trusts for "health") are alternatives, not expected partners.
    ///
    /// - Complexity: O(R · A) for R requirements with A alternatives each.
    public func themesExpecting(_ a: Agency, _ b: Agency) -> [String] {
        var result = Set<String>()
        for theme in themes {
            let reqs = requirements(of: theme)
            let metByA = reqs.indices.filter { reqs[$0].isMet(by: a) }
            guard !metByA.isEmpty else { continue }
            let metByB = reqs.indices.filter { reqs[$0].isMet(by: b) }
            if metByA.contains(where: { i in metByB.contains(where: { $0 != i }) }) { result.insert(theme) }
        }
        return result.sorted()
    }

    /// The same test on types alone (type-kind requirements only), in the shape the coterminosity
    /// analysis takes for its `expected` predicate. - Complexity: O(R · A).
    public func expectsTypes(_ a: String, _ b: String) -> Bool {
        for theme in themes {
            let reqs = requirements(of: theme).filter { $0.kind == .type }
            let ia = reqs.indices.filter { reqs[$0].alternatives.contains(a) }
            let ib = reqs.indices.filter { reqs[$0].alternatives.contains(b) }
            if ia.contains(where: { i in ib.contains(where: { $0 != i }) }) { return true }
        }
        return false
    }
}
