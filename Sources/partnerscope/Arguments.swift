import ArgumentParser
import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeIO

// Command-line spellings of library types, so that a bad value is reported by ArgumentParser
// (with the valid values) and exits 64 like every other usage error.

extension LayoutEngine: ExpressibleByArgument {}
extension MapRequest.Kind: ExpressibleByArgument {}
extension MapRequest.SizeBy: ExpressibleByArgument {}
extension MapRequest.ClusterBy: ExpressibleByArgument {}
extension SiloAnalysis.GroupBy: ExpressibleByArgument {}
extension SilosReport.Section: ExpressibleByArgument {}
extension TensionsReport.Section: ExpressibleByArgument {}

extension SplitCriterion: ExpressibleByArgument {
    /// Parses the value of `--by`: `parent`, `parent=D` (D ≥ 0) or `type=T` (T lower-cased).
    /// Nil when malformed.
    public init?(argument text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "parent" { self = .topLevel; return }
        guard let eq = trimmed.firstIndex(of: "=") else { return nil }
        let field = trimmed[..<eq].lowercased()
        let value = String(trimmed[trimmed.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        switch field {
        case "parent":
            guard let d = Int(value), d >= 0 else { return nil }
            self = .depth(d)
        case "type":
            guard !value.isEmpty else { return nil }
            self = .agencyType(value.lowercased())
        default:
            return nil
        }
    }

    public var defaultValueDescription: String { description }
}
