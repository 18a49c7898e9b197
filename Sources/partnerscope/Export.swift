import ArgumentParser
import PartnerscopeCore
import PartnerscopeIO

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the network with its attributes and measures as GraphML, GEXF or node-link JSON.",
        discussion: """
        graphml: GraphML 1.0 for networkx (read_graphml), yEd and Gephi. gexf: GEXF 1.2 for Gephi. \
        json: networkx node_link_data format (nodes and edges), as D3's force layout reads it. \
        Nodes carry the agencies' columns, every centrality measure and the Leiden community; edges \
        carry the relationships' columns, one edge per relationship. The graph is directed only when \
        every relationship is; otherwise each edge keeps a `directed` attribute. Characters XML 1.0 \
        cannot carry become U+FFFD. See docs/report.md.

        Examples:
          partnerscope export Networks/west-yorkshire --format graphml --out wy.graphml
          partnerscope export Networks/england --format gexf --out england.gexf
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, gexf, json }

    @OptionGroup var input: NetworkOptions
    @Option(help: "graphml, gexf or json.") var format: Format = .graphml
    @OptionGroup var view: ViewOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let network = try input.load().network
        let analysis = NetworkAnalysis(network: network, options: view.analysis)
        let export = GraphExport(analysis)
        switch format {
        case .graphml: try output.emit(export.graphML())
        case .gexf: try output.emit(export.gexf())
        case .json: try output.emit(json: export.nodeLinkJSON(), network)
        }
    }
}
