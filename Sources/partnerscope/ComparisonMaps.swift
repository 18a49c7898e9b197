import PartnerscopeCore

/// The small-multiple map of one network in a comparison.
enum ComparisonMaps {
    static func svg(_ network: Network, title: String) -> String? { nil }
}
