import ArgumentParser
import Foundation
import PartnerscopeCore
import PartnerscopeIO

/// The network folder every analysis command takes.
struct NetworkOptions: ParsableArguments {
    @Argument(help: "A network folder (agencies.csv, relationships.csv, optional areas.csv and boundaries.csv).")
    var network: String

    @Flag(name: .long, help: "Do not print warnings about the input.")
    var quiet = false

    /// Loads the network, printing warnings to stderr; on failure prints every diagnostic and
    /// exits 65 (invalid data) or 66 (missing input).
    func load() throws -> LoadedNetwork {
        try loadNetwork(network, quiet: quiet)
    }
}

/// Loads a network folder for a command; see ``NetworkOptions/load()``.
func loadNetwork(_ path: String, quiet: Bool = false) throws -> LoadedNetwork {
    do {
        let loaded = try NetworkLoader().load(directory: path)
        if !quiet { for w in loaded.warnings { Console.error(w.description) } }
        return loaded
    } catch {
        if case let .invalidData(_, warnings) = error, !quiet {
            for w in warnings.prefix(LoadError.printedLimit) { Console.error(w.description) }
        }
        Console.error(error.description)
        throw ExitCode(error.exitCode)
    }
}

/// Output format shared by the reporting commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Where a command's output goes: stdout, or a file written atomically.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    /// Emits `text` to the chosen destination.
    func emit(_ text: String) throws {
        if let out {
            do {
                try AtomicWriter.write(text, to: out)
            } catch {
                Console.error("\(out): error: cannot write: \(error.localizedDescription)")
                throw ExitCode(73)  // EX_CANTCREAT
            }
        } else {
            Console.output(text)
        }
    }
}

/// Standard output and error, unbuffered where it matters.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The rule for `--tolerance` (coterminosity's ε), shared by `gaps` and `map --kind gaps`.
func validateTolerance(_ tolerance: Double) throws {
    guard tolerance.isFinite, tolerance >= 0, tolerance < 1 else {
        throw ValidationError("--tolerance must be a number from 0 up to (not including) 1, got \(tolerance)")
    }
}
