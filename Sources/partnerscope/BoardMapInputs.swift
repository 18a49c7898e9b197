import ArgumentParser
import Foundation
import GraphvizRender
import InfluenceMaps
import PartnerscopeCore
import PartnerscopeIO

/// What `map --kind boards` and `map --board ID` need from the boards files: checked once,
/// before anything is drawn.
struct BoardMapInputs {
    /// The chosen board's members (network indices) and name, for highlighting.
    var highlight: (members: Set<Int>, name: String)?
    var boardIndex: Int?

    init(loaded: LoadedNetwork, board: String?, kind: MapCommand.Kind, focus: String?, network: String) throws {
        if kind == .boards && loaded.boards.isEmpty {
            Console.error("\(network): error: --kind boards needs boards.csv and memberships.csv in the network folder")
            throw ExitCode.invalidData
        }
        guard let board else { return }
        guard kind == .network || kind == .boards else {
            Console.error("error: --board works with --kind network or --kind boards")
            throw ExitCode.usage
        }
        if focus != nil && kind == .network {
            Console.error("error: --board and --focus cannot be combined (the ego map re-numbers agencies)")
            throw ExitCode.usage
        }
        guard let b = loaded.boards.boardIndex[BoardID(board)] else {
            Console.error("error: --board: no board with id '\(board)' in \(network) (partnerscope boards \(network) lists them)")
            throw ExitCode.usage
        }
        boardIndex = b
        highlight = (Set(loaded.boards.members(of: b)), loaded.boards.boards[b].name)
    }

    /// The two-mode map (one board only when --board was given), boards lacking a statutory member flagged.
    func describe(_ loaded: LoadedNetwork, requirements: RequirementsOptions, quiet: Bool, strict: Bool = false, engine: LayoutEngine?,
                  seed: UInt64) throws -> (GraphDescription, LayoutEngine) {
        var boards = loaded.boards
        if let boardIndex {
            boards = boards.remapped(agencyMap: Array(0..<loaded.network.agencyCount).map { $0 },
                                     areaMap: Array(0..<loaded.network.areas.count).map { $0 },
                                     keepBoard: { $0 == boardIndex })
        }
        let reqs = try requirements.load(networkDirectory: loaded.directory, quiet: quiet, strict: strict).requirements
        let flagged = Set(boards.boards.indices.filter {
            !BoardMissingMembers(board: $0, boards: boards, network: loaded.network, requirements: reqs).absences.isEmpty
        })
        let map = BoardsMap(network: loaded.network, boards: boards, flagged: flagged, engine: engine, seed: seed)
        return (map.description(), map.engine)
    }
}
