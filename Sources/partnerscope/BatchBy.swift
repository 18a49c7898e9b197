import ArgumentParser
import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// The value of `batch --by`: a geographic or agency split (``SplitCriterion``), or
/// `board-theme=T`, every board of theme T compared (boards.csv).
enum BatchBy: ExpressibleByArgument, CustomStringConvertible {
    case split(SplitCriterion)
    case boardTheme(String)

    init?(argument text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("board-theme=") {
            let theme = trimmed.dropFirst("board-theme=".count).trimmingCharacters(in: .whitespaces).lowercased()
            guard !theme.isEmpty else { return nil }
            self = .boardTheme(theme)
        } else if let s = SplitCriterion(argument: text) {
            self = .split(s)
        } else {
            return nil
        }
    }

    var description: String {
        switch self {
        case let .split(s): s.description
        case let .boardTheme(t): "board-theme=\(t)"
        }
    }

    var defaultValueDescription: String { description }
}

/// `batch --by board-theme=T`: writes the comparison of every board of theme T.
enum BoardThemeBatch {
    static func run(network: String, theme: String, options: ComparisonOptions) throws {
        let loaded = options.time.view(try loadNetwork(network, quiet: options.quiet, strict: options.strict, requirements: options.requirements.requirements))
        let requirements = try options.requirements.load(networkDirectory: network, quiet: options.quiet, strict: options.strict).requirements
        guard !loaded.boards.boards(theme: theme).isEmpty else {
            let themes = Set(loaded.boards.boards.map(\.theme)).sorted().joined(separator: ", ")
            Console.error("error: no board of theme '\(theme)' in \(network); themes: \(themes.isEmpty ? "none (no boards.csv)" : themes)")
            throw ExitCode.invalidData
        }
        let comparison = BoardThemeComparison(network: loaded.network, boards: loaded.boards, theme: theme, requirements: requirements)
        let folder = options.output.folder(default: "comparison", quiet: options.quiet)
        do {
            try comparison.write(to: folder)
        } catch {
            Console.error("\(folder): error: cannot write: \(error.localizedDescription)")
            throw ExitCode.cannotCreate
        }
        if !options.quiet {
            Console.error("wrote \(folder)/index.html, boards.csv and boards.json (\(comparison.boards.count) \(theme) boards)")
        }
    }
}
