import Foundation
import PartnerscopeCore

/// Everything an analyst hands to a board about one network, as a folder of files:
///
/// - `index.html`: one self-contained page (no network access, no external script or font): the
///   headline figures, key findings, the maps inline as SVG, and sortable tables, each with a
///   sentence on what it means and how it was computed;
/// - `metrics.json`: the network-level figures and the list of files;
/// - one CSV per table of the page (same rows, same order, full precision);
/// - the maps as SVG and PNG under `maps/` (when given);
/// - exports: `network.graphml`, `network.gexf`, `network-node-link.json` (see ``GraphExport``).
///
/// No date, host or random name reaches a file, so the same input gives byte-identical files.
public struct AnalystReport: Sendable {
    /// One map, already rendered (the maps layer escapes its own labels).
    public struct Map: Sendable {
        /// File stem: `maps/<id>.svg`, `maps/<id>.png`.
        public var id: String
        public var title: String
        public var caption: String
        /// The SVG document as Graphviz wrote it.
        public var svg: String
        public var png: [UInt8]?

        public init(id: String, title: String, caption: String, svg: String, png: [UInt8]?) {
            self.id = id
            self.title = title
            self.caption = caption
            self.svg = svg
            self.png = png
        }
    }

    public let analysis: NetworkAnalysis
    /// Where the requirements behind the missing-partners table came from, for the page.
    public let requirementsOrigin: String?
    public let maps: [Map]
    /// Said where the maps would be when there are none (e.g. why they were not drawn).
    public let mapsNote: String?
    public let tables: [ReportTable]
    public let export: GraphExport

    /// The boards section (boards.csv and memberships.csv), when the network has boards.
    public let boards: BoardsReport?
    /// The relationship survey section (survey.csv), when the network has a survey.
    public let quality: QualityReport?
    /// The partnership audit section (audit.csv), when the network has an audit.
    public let audit: AuditReport?

    public init(analysis: NetworkAnalysis, requirementsOrigin: String? = nil, maps: [Map] = [], mapsNote: String? = nil,
                boards: BoardsReport? = nil, quality: QualityReport? = nil, audit: AuditReport? = nil) {
        self.analysis = analysis
        self.boards = boards.flatMap { $0.boards.isEmpty ? nil : $0 }
        self.quality = quality
        self.audit = audit
        self.requirementsOrigin = requirementsOrigin
        self.maps = maps
        self.mapsNote = mapsNote
        var tables = [Self.centralityTable(analysis), Self.communitiesTable(analysis), Self.silosTable(analysis),
                      Self.brokersTable(analysis), Self.tensionsTable(analysis), Self.gapsTable(analysis)]
        if let missing = Self.missingTable(analysis) { tables.append(missing) }
        if let byAgency = Self.missingByAgencyTable(analysis) { tables.append(byAgency) }
        tables += self.boards?.tables ?? []
        tables += quality?.tables ?? []
        tables += audit?.tables ?? []
        self.tables = tables
        export = GraphExport(analysis)
    }

    /// The files of the report, sorted by path, as (relative path, bytes).
    public func files() -> [(path: String, bytes: [UInt8])] {
        let asAt = analysis.network.asAt ?? .all
        var files: [(String, [UInt8])] = [
            ("index.html", Array(html().utf8)),
            ("metrics.json", Array(AsAtStamp.json(metricsJSON(), asAt).rendered().utf8)),
            ("network.graphml", Array(export.graphML().utf8)),
            ("network.gexf", Array(export.gexf().utf8)),
            ("network-node-link.json", Array(AsAtStamp.json(export.nodeLinkJSON(), asAt).rendered().utf8)),
        ]
        for t in tables { files.append((t.fileName, Array(AsAtStamp.csv(t.csv(), asAt).utf8))) }
        for m in maps {
            files.append(("maps/\(m.id).svg", Array(m.svg.utf8)))
            if let png = m.png { files.append(("maps/\(m.id).png", png)) }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Writes the report into `directory`, replacing it atomically (see ``AtomicWriter/writeDirectory(_:_:)``).
    public func write(to directory: String) throws {
        let files = files()
        try AtomicWriter.writeDirectory(directory) { temporary in
            for f in files {
                let url = URL(fileURLWithPath: temporary).appendingPathComponent(f.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(f.bytes).write(to: url)
            }
        }
    }
}
