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

    @Flag(name: .long, help: StrictHelp.text)
    var strict = false

    @Option(help: "Which ties the analyses see: relationships (relationships.csv), co-membership (agencies tied by the boards they share, weight = boards shared) or collaboration (the same ties, Newman 2001 weights).")
    var ties: TieSource = .relationships

    @OptionGroup var time: TimeOptions

    /// Loads the network as at the chosen day (boards and memberships too), printing warnings to
    /// stderr; on failure prints every diagnostic and exits 65 (invalid data) or 66 (missing input).
    /// `--ties` projects the boards of that day. Under `--strict` a warning is a failure too.
    /// Agency types named by the requirements in use (`requirements`' file, else the folder's own)
    /// are accepted besides the recommended vocabulary.
    func load(requirements: RequirementsOptions? = nil) throws -> LoadedNetwork {
        try ties.apply(to: time.view(loadNetwork(network, quiet: quiet, strict: strict,
                                                 requirements: requirements?.requirements)), quiet: quiet)
    }
}

/// `--ties`: the ties of relationships.csv, or the one-mode projection of the boards.
enum TieSource: String, ExpressibleByArgument, CaseIterable {
    case relationships
    case coMembership = "co-membership"
    case collaboration

    /// The network with its ties replaced by the co-membership projection of its boards (see
    /// ``CoMembership``), or unchanged; exits 65 when the folder has no memberships to project.
    func apply(to loaded: LoadedNetwork, quiet: Bool) throws -> LoadedNetwork {
        guard self != .relationships else { return loaded }
        guard !loaded.boards.memberships.isEmpty else {
            Console.error("\(loaded.directory): error: --ties \(rawValue) needs boards.csv and memberships.csv, and this folder has no memberships")
            throw ExitCode.invalidData
        }
        var copy = loaded
        copy.network = CoMembership.projectedNetwork(loaded.network, boards: loaded.boards,
                                                     weighting: self == .collaboration ? .collaboration : .sharedBoards)
        return copy
    }
}

/// `--as-at`: the day a command looks at the network on, shared by every command.
struct TimeOptions: ParsableArguments {
    @Option(name: .customLong("as-at"), help: ArgumentHelp(
        "The network as it stood on this day (YYYY-MM-DD, YYYY-MM or YYYY): agencies in existence and ties in force. 'all' ignores dates. Default: the latest start or since date in the data.",
        valueName: "date|all"))
    var asAt: String?

    func validate() throws {
        try parsed()
    }

    /// The day given, nil for the default.
    @discardableResult
    func parsed() throws -> AsAt? {
        try asAt.map { text in
            switch AsAt.parse(text) {
            case let .success(value): return value
            case let .failure(error): throw ValidationError("--as-at \(error.description), or 'all'")
            }
        }
    }

    /// The folder as at the chosen day, or at its default day (``LoadedNetwork/defaultAsAt``):
    /// agencies, ties, boards and memberships.
    func view(_ loaded: LoadedNetwork) -> LoadedNetwork {
        loaded.asAt(try? parsed())
    }
}

/// How the analyses view the ties, and the seed of every random choice: shared by every command
/// that computes measures or communities (`centrality`, `silos`, `report`, `export`).
struct ViewOptions: ParsableArguments {
    @Flag(help: "Use each tie's direction (an undirected tie counts both ways).")
    var directed = false

    @Flag(help: "Use tie weights (strength; path length 1 / weight).")
    var weighted = false

    @Option(help: "Seed of the random choices: communities (Leiden), betweenness samples, map layouts.")
    var seed: UInt64 = 1

    /// The options of ``NetworkAnalysis`` for this view (communities on the same weighting and seed).
    var analysis: NetworkAnalysis.Options {
        .init(directed: directed, weighted: weighted, seed: seed, silos: .init(weighted: weighted, seed: seed))
    }
}

/// The Leiden options of the commands that find communities (`silos`, `tensions`), with one check.
struct LeidenOptions: ParsableArguments {
    @Option(help: "Leiden resolution: above 1 gives more, smaller communities; below 1 fewer, larger ones.")
    var resolution: Double = 1
    @Option(help: "Leiden runs; the partition with the highest modularity is kept.")
    var restarts: Int = Leiden.defaultRestarts

    func validate() throws {
        guard resolution.isFinite, resolution >= 0, resolution <= 1e6 else {
            throw ValidationError("--resolution must be a number from 0 to 1000000 (1 is standard modularity; far above 1 every agency is alone).")
        }
        guard (1...10_000).contains(restarts) else { throw ValidationError("--restarts must be from 1 to 10000.") }
    }
}

/// The help of `--strict`, the same in every command.
enum StrictHelp {
    static let text: ArgumentHelp = "Treat warnings about the input (an agency type outside the vocabulary, a tie listed twice...) as errors: print them as errors and exit 65."
}

/// `--requirements FILE` and the one way every command loads requirements: the file given, else
/// the network folder's `requirements.csv`, else the one beside the folder, else the built-in
/// defaults; warnings printed unless quiet.
struct RequirementsOptions: ParsableArguments {
    @Option(help: "A requirements file (theme,requires,kind,reason,source) instead of the network's own or the defaults.")
    var requirements: String?

    /// The requirements for `networkDirectory`, warnings printed to stderr unless `quiet`; on
    /// failure (or a warning under `strict`) prints every diagnostic and exits 65 or 66.
    func load(networkDirectory: String, quiet: Bool, strict: Bool = false) throws -> LoadedRequirements {
        do {
            return try resolve(networkDirectory: networkDirectory, quiet: quiet, strict: strict)
        } catch {
            Console.error(lines: error.lines(includingWarnings: !quiet))
            throw ExitCode(error.exitCode)
        }
    }

    /// As ``load(networkDirectory:quiet:)`` but throwing the ``LoadError`` (whose
    /// ``LoadError/lines(includingWarnings:)`` hold its warnings), for commands that report a
    /// failure per network and carry on.
    func resolve(networkDirectory: String, quiet: Bool, strict: Bool = false) throws(LoadError) -> LoadedRequirements {
        try Self.resolve(networkDirectory: networkDirectory, explicit: requirements, quiet: quiet, strict: strict)
    }

    /// ``resolve(networkDirectory:quiet:)`` with the `--requirements` value passed in, for jobs
    /// that run off the main thread.
    static func resolve(networkDirectory: String, explicit: String?, quiet: Bool, strict: Bool = false) throws(LoadError) -> LoadedRequirements {
        do {
            let loaded = try RequirementsLoader().resolve(networkDirectory: networkDirectory, explicit: explicit)
            if case let .file(path) = loaded.origin { RunInputs.recordFile(path) }
            if strict, let failure = LoadError.strict(loaded.warnings) { throw failure }
            if !quiet { Console.error(lines: loaded.warnings.map(\.description)) }
            return loaded
        }
    }

    /// The agency types the requirements in use name (``Requirements/namedTypes``), which a
    /// network may use without a warning: those of `explicit`, else of the folder's own or the
    /// defaults. Requirements that fail to load name none here; the commands that use them report why.
    static func acceptedTypes(networkDirectory: String, explicit: String?) -> Set<String> {
        (try? RequirementsLoader().resolve(networkDirectory: networkDirectory, explicit: explicit))?.requirements.namedTypes ?? []
    }
}

/// Loads a network folder for a command; see ``NetworkOptions/load(requirements:)``. Under
/// `strict` any warning fails the load (printed as an error, exit 65). `requirements` is the
/// `--requirements` file, whose types are accepted.
func loadNetwork(_ path: String, quiet: Bool = false, strict: Bool = false, requirements: String? = nil) throws -> LoadedNetwork {
    do throws(LoadError) {
        return try resolveNetwork(path, quiet: quiet, strict: strict, requirements: requirements)
    } catch {
        // Errors and warnings together, sorted by file, line and column.
        Console.error(lines: error.lines(includingWarnings: !quiet))
        throw ExitCode(error.exitCode)
    }
}

/// As ``loadNetwork(_:quiet:strict:requirements:)`` (warnings printed unless `quiet`) but throwing
/// the ``LoadError`` unprinted, for a command that says more about a failure (`validate`).
func resolveNetwork(_ path: String, quiet: Bool, strict: Bool, requirements: String?) throws(LoadError) -> LoadedNetwork {
    let accepted = RequirementsOptions.acceptedTypes(networkDirectory: path, explicit: requirements)
    let loaded = try NetworkLoader(acceptedTypes: accepted).load(directory: path)
    RunInputs.recordFolder(path)
    if strict, let failure = LoadError.strict(loaded.warnings) { throw failure }
    if !quiet { Console.error(lines: loaded.warnings.map(\.description)) }
    return loaded
}

/// A catalogue of candidate bodies (`--catalogue`), looked at on the same day as `network`: a body
/// that did not exist then cannot fill a gap then.
func loadCatalogue(_ path: String, for network: Network, quiet: Bool, strict: Bool = false) throws -> Network {
    try loadNetwork(path, quiet: quiet, strict: strict).network.asAt(network.asAt ?? .all)
}

/// Output format shared by the reporting commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Where a command's output goes: stdout, or a file written atomically.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Write to this file (atomically) instead of standard output ('-': standard output).")
    var out: String?

    /// Emits `text` to the chosen destination.
    func emit(_ text: String) throws {
        try emit(Data(text.utf8))
    }

    /// Emits `data` to the chosen destination; exits 73 when the file cannot be written.
    func emit(_ data: Data) throws { try Self.write(data, to: out) }

    /// Writes `data` atomically to the file `out`, or to standard output when `out` is nil or `-`.
    /// Exits 73 when the file cannot be written or is an input of the run, 74 when standard
    /// output cannot be written.
    static func write(_ data: Data, to out: String?) throws {
        guard let out, out != "-" else {
            Console.output(data)
            return
        }
        try RunInputs.checkFile(out)
        do {
            try AtomicWriter.write(data, to: out)
        } catch {
            Console.error("\(out): error: cannot write: \(error.localizedDescription)")
            throw ExitCode.cannotCreate
        }
    }

    /// Emits a table with a last line naming the day it describes.
    func emit(table text: String, _ network: Network) throws {
        try emit(AsAtStamp.table(text, network.asAt ?? .all))
    }

    /// Emits CSV with an `as_at` column naming the day it describes.
    func emit(csv text: String, _ network: Network) throws {
        try emit(AsAtStamp.csv(text, network.asAt ?? .all))
    }

    /// Streams CSV that `body` writes, after a header naming `network`'s day: `body` gets the
    /// `as_at` column to add to every record (as ``emit(csv:_:)`` adds it) and the stream. For
    /// outputs of millions of rows, which are then never held in memory: a file is still written
    /// atomically (``AtomicWriter/stream(to:_:)``). Exit statuses as ``write(_:to:)``.
    func emit(csvStream network: Network, _ body: (_ columns: [(String, String)], ByteStream) -> Void) throws {
        let columns = [("as_at", (network.asAt ?? .all).description)]
        guard let out, out != "-" else {
            let stream = ByteStream(descriptor: STDOUT_FILENO)
            body(columns, stream)
            if let code = stream.finish() {
                if code != EPIPE { Console.error("error: cannot write to standard output: \(String(cString: strerror(code)))") }
                Console.exit(ExitCode.ioError.rawValue)
            }
            return
        }
        try RunInputs.checkFile(out)
        do {
            try AtomicWriter.stream(to: out) { body(columns, $0) }
        } catch {
            Console.error("\(out): error: cannot write: \(error.localizedDescription)")
            throw ExitCode.cannotCreate
        }
    }

    /// Emits a JSON document whose first field `as_at` names the day it describes.
    func emit(json value: JSONValue, _ network: Network) throws {
        try emit(AsAtStamp.json(value, network.asAt ?? .all).rendered())
    }
}

/// `--out-dir DIR`, for the commands whose output is a folder (`report`, `compare`, `batch`); the
/// folder is replaced atomically. `--out` is still accepted there, as a deprecated spelling.
struct FolderOutputOptions: ParsableArguments {
    @Option(name: .customLong("out-dir"), help: "The folder to write (replaced atomically).")
    var outDir: String?

    @Option(name: .customLong("out"), help: .hidden)
    var deprecatedOut: String?

    func validate() throws {
        if outDir != nil && deprecatedOut != nil { throw ValidationError("give --out-dir only (--out is its old name)") }
    }

    /// The folder chosen, or `fallback`; warns (unless `quiet`) when the old `--out` spelling was used.
    func folder(default fallback: String, quiet: Bool) -> String {
        if let deprecatedOut, !quiet { Console.error("warning: --out is deprecated for a folder; use --out-dir \(deprecatedOut)") }
        return outDir ?? deprecatedOut ?? fallback
    }
}

/// The rule for `--tolerance` (coterminosity's ε), shared by `gaps` and `map --kind gaps`.
func validateTolerance(_ tolerance: Double) throws {
    guard tolerance.isFinite, tolerance >= 0, tolerance < 1 else {
        throw ValidationError("--tolerance must be a number from 0 up to (not including) 1, got \(tolerance)")
    }
}
