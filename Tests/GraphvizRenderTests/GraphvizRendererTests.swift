import Foundation
@testable import GraphvizRender
import Testing
import TestSupport

/// A small graph in the shape the maps use: a labelled digraph with one cluster.
func sampleGraph(labels: [String] = ["Alpha", "Beta", "Gamma"]) -> GraphDescription {
    var g = GraphDescription(name: "sample", directed: true,
                             graphAttributes: ["rankdir": "LR"],
                             nodeDefaults: ["shape": "ellipse"])
    for (k, label) in labels.enumerated() {
        g.nodes.append(.init(id: "n\(k)", attributes: ["label": .string(LabelText.escString(label))]))
    }
    for k in 1..<labels.count { g.edges.append(.init(tail: "n0", head: "n\(k)")) }
    g.clusters.append(.init(id: "c0", attributes: ["label": "group"], nodeIDs: ["n0", "n1"]))
    return g
}

/// SVG text and titles, parsed as XML: nil when the SVG is not well formed.
enum SVGTexts {
    static func parse(_ bytes: [UInt8]) -> (texts: [String], elements: [String])? {
        SVGDocument.parse(bytes).map { ($0.texts + $0.titles, $0.elements) }
    }
}

@Suite struct GraphvizRendererTests {
    @Test func render_smallGraph_svgHasEveryNodeAndLabel() throws {
        let svg = try GraphvizRenderer.render(sampleGraph(), engine: .dot, format: .svg)
        let parsed = try #require(SVGTexts.parse(svg.bytes))
        for label in ["Alpha", "Beta", "Gamma", "group"] { #expect(parsed.texts.contains(label)) }
        for id in ["n0", "n1", "n2"] { #expect(parsed.texts.contains(id)) }  // node <title>s
    }

    @Test func render_nodeWithoutLabel_keepsItsNameAsLabel() throws {
        var g = sampleGraph()
        g.nodes.append(.init(id: "plain"))  // `label` is declared (by other nodes) but not set here
        let parsed = try #require(SVGTexts.parse(try GraphvizRenderer.render(g, engine: .dot, format: .svg).bytes))
        #expect(parsed.texts.filter { $0 == "plain" }.count == 2)  // its <title> and its label
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .sfdp, .circo, .twopi])
    func render_sameInputTwice_byteIdentical(engine: LayoutEngine) throws {
        var g = sampleGraph(labels: (0..<30).map { "agency \($0)" })
        for k in 2..<30 { g.edges.append(.init(tail: "n\(k - 1)", head: "n\(k)")) }
        let a = try GraphvizRenderer.render(g, engine: engine, format: .svg, seed: 7)
        let b = try GraphvizRenderer.render(g, engine: engine, format: .svg, seed: 7)
        #expect(a.bytes == b.bytes)
    }

    @Test func render_unknownEngine_throwsGraphvizOwnMessage() {
        #expect {
            try GraphvizRenderer.render(sampleGraph(), engineName: "bogus", formatName: "svg")
        } throws: { error in
            guard case let .layoutFailed(engine, message) = error as? GraphvizError else { return false }
            return engine == "bogus" && message.contains("Layout type: \"bogus\" not recognized")
                && (error as! GraphvizError).description.contains("bogus")
        }
    }

    @Test func render_unknownFormat_throwsGraphvizOwnMessage() {
        #expect {
            try GraphvizRenderer.render(sampleGraph(), engineName: "dot", formatName: "nonsense")
        } throws: { error in
            guard case let .renderFailed(format, message) = error as? GraphvizError else { return false }
            return format == "nonsense" && message.contains("renderer for nonsense is unavailable")
        }
    }

    @Test func render_edgeToUnknownNode_isRejectedBeforeGraphviz() {
        var g = sampleGraph()
        g.edges.append(.init(tail: "n0", head: "ghost"))
        g.nodes.append(.init(id: "n1"))
        #expect(throws: GraphvizError.invalidDescription(["duplicate node id 'n1'", "edge end 'ghost' is not a node"])) {
            try GraphvizRenderer.render(g, engine: .dot, format: .svg)
        }
    }

    /// cgraph orders subgraphs by their IDs; our ID discipline makes that the creation order, so
    /// clusters come out the same way on every render in one process.
    @Test func render_clustersRepeatedly_sameOrderEveryTime() throws {
        var g = sampleGraph(labels: (0..<9).map { "n\($0)" })
        g.clusters = (0..<3).map { c in .init(id: "c\(c)", attributes: ["label": .string("box \(c)")], nodeIDs: (0..<3).map { "n\(3 * c + $0)" }) }
        let first = try GraphvizRenderer.render(g, engine: .dot, format: .svg).bytes
        for _ in 0..<5 {
            _ = try GraphvizRenderer.render(sampleGraph(), engine: .dot, format: .svg)  // churn the heap
            #expect(try GraphvizRenderer.render(g, engine: .dot, format: .svg).bytes == first)
        }
    }

    @Test func render_afterAnError_nextRenderIsClean() throws {
        _ = try? GraphvizRenderer.render(sampleGraph(), engineName: "bogus", formatName: "svg")
        let ok = try GraphvizRenderer.render(sampleGraph(), engine: .dot, format: .svg)
        #expect(ok.warnings.isEmpty)
    }

    @Test func render_hostileLabels_svgIsWellFormedAndShowsTheTextVerbatim() throws {
        let hostile = [
            "Quote \" and 'apostrophe'", "Back\\slash \\N \\G \\n \\", "<script>alert(1)</script>",
            "A & B &amp; C", "two\nlines", "Zürich – Łódź ☃ 東京", "]]> <!-- -->", "trailing\\",
        ]
        var g = sampleGraph(labels: hostile)
        g.nodes[1].attributes["xlabel"] = .html("<B>" + LabelText.html(hostile[2]) + "</B>")
        let svg = try GraphvizRenderer.render(g, engine: .dot, format: .svg)
        let parsed = try #require(SVGTexts.parse(svg.bytes))
        #expect(!parsed.elements.contains("script"))
        let shown = parsed.texts.joined(separator: "\n")
        for text in hostile where !text.contains("\n") { #expect(shown.contains(text), "\(text)") }
        #expect(parsed.texts.contains("two") && parsed.texts.contains("lines"))
        // The DOT text of the same description parses back in the dot command to the same labels.
        let dot = DOTWriter.write(g)
        #expect(!dot.contains("\n  \"n0\" [label=\"<"))
    }

    @Test func render_concurrentCallers_areSerialisedAndAllSucceed() async throws {
        let g = sampleGraph(labels: (0..<12).map { "a\($0)" })
        let expected = try GraphvizRenderer.render(g, engine: .dot, format: .svg).bytes
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for k in 0..<24 {
                group.addTask { try GraphvizRenderer.render(g, engine: k % 2 == 0 ? .dot : .neato, format: .svg).bytes }
            }
            var sameAsDot = 0
            for try await bytes in group where bytes == expected { sameAsDot += 1 }
            #expect(sameAsDot == 12)
        }
    }

    @Test func render_inIsolatedProcess_givesTheSameBytes() throws {
        let g = sampleGraph()
        let direct = try GraphvizRenderer.render(g, engine: .dot, format: .svg)
        let isolated = try GraphvizRenderer.render(g, engine: .dot, format: .svg, timeout: 30)
        #expect(isolated == direct)
    }

    @Test func render_zeroTimeout_timesOutWithoutWaiting() {
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(sampleGraph(), engine: .dot, format: .svg, seed: 1, timeout: 0)
        }
    }

    @Test func render_layoutPastDeadline_isStoppedWithAClearMessage() throws {
        // dot on a random graph of 600 nodes and 3,000 ties takes minutes.
        var g = GraphDescription(name: "slow", directed: true)
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % 600)
        }
        g.nodes = (0..<600).map { .init(id: "n\($0)") }
        g.edges = (0..<3000).map { _ in .init(tail: "n\(next())", head: "n\(next())") }
        let start = Date()
        #expect {
            try GraphvizRenderer.render(g, engine: .dot, format: .svg, seed: 1, timeout: 1)
        } throws: { error in
            guard case .timedOut = error as? GraphvizError else { return false }
            // The renderer knows nothing of the command line: advice is the caller's.
            return String(describing: error) == "the dot layout did not finish within 1 s and was stopped"
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}

/// The isolated path: one layout for several formats, a helper that fails, bounded bitmaps, and
/// the ID table growing past its first size.
@Suite struct IsolatedRenderTests {
    @Test func render_severalFormats_allComeFromTheOneLayoutAndMatchInProcess() throws {
        let g = sampleGraph(labels: (0..<20).map { "agency \($0)" })
        let both = try GraphvizRenderer.render(g, engine: .sfdp, formats: [.svg, .plain], seed: 3, timeout: 30)
        #expect(both.outputs.count == 2)
        #expect(both.outputs[0] == (try GraphvizRenderer.render(g, engine: .sfdp, format: .svg, seed: 3)).bytes)
        let plain = try GraphvizRenderer.render(g, engine: .sfdp, format: .plain, seed: 3).bytes
        #expect(both.outputs[1] == plain, "\(String(decoding: both.outputs[1], as: UTF8.self)) ≠ \(String(decoding: plain, as: UTF8.self))")
    }

    @Test func render_helperKilledBySignal_isAnErrorNotACrashOfTheCaller() throws {
        let dir = try Fixtures.temporaryDirectory("helper")
        let script = dir.appendingPathComponent("crashing-helper")
        try "#!/bin/sh\necho 'out of memory' >&2\nkill -SEGV $$\n".write(to: script, atomically: true, encoding: .utf8)
        #expect(chmod(script.path, 0o755) == 0)
        let request = Layout.Request(dot: Array(DOTWriter.write(sampleGraph()).utf8), engine: "dot", formats: ["svg"], seed: 1)
        // A script just written can be "busy" while another test's process starts (it inherits
        // the open file for a moment): retry that one case.
        var outcome: GraphvizError?
        for _ in 0..<20 {
            do { _ = try Isolation.run(request, timeout: 10, helper: script.path) } catch { outcome = error }
            guard case let .crashed(_, detail)? = outcome, detail.contains("busy") else { break }
            usleep(50_000)
        }
        #expect(outcome == .crashed(engine: "dot", detail: "killed by signal 11 (out of memory)"))
        #expect(throws: GraphvizError.crashed(engine: "dot", detail: "exited with status 1 and no message")) {
            try Isolation.run(request, timeout: 10, helper: "/bin/false")
        }
        #expect {
            try Isolation.run(request, timeout: 10, helper: dir.appendingPathComponent("absent").path)
        } throws: { error in
            guard case let .crashed(_, detail) = error as? GraphvizError else { return false }
            return detail.contains("cannot start the layout helper") && detail.contains("PARTNERSCOPE_RENDER")
        }
    }

    /// A 20,000-character label makes a drawing 312,124 points wide; cairo would clamp
    /// the PNG to 32,767 px by a few px. The bound scales it down to fit instead.
    @Test func render_hugeDrawing_pngIsScaledToTheBound() throws {
        let g = sampleGraph(labels: [String(repeating: "w", count: 20_000), "b", "c"])
        let png = try GraphvizRenderer.render(g, engine: .dot, format: .png, timeout: 60).bytes
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        func be32(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        let (width, height) = (be32(16), be32(20))  // the IHDR chunk
        #expect(width <= GraphvizRenderer.maximumBitmapSide && width > GraphvizRenderer.maximumBitmapSide / 2)
        #expect(height >= 1)
        // The SVG of the same layout is not scaled.
        let svg = try GraphvizRenderer.render(g, engine: .dot, format: .svg, timeout: 60)
        #expect(String(decoding: svg.bytes, as: UTF8.self).contains("<svg width=\"312124pt\""))
    }

    /// 3,000 named nodes and 300 clusters: the ID table grows several times; every name comes
    /// back in the SVG and the clusters keep their order.
    @Test func render_thousandsOfNames_tableGrowsAndKeepsEveryName() throws {
        var g = GraphDescription(name: "many", directed: false)
        g.nodes = (0..<3000).map { .init(id: "n\($0)") }
        g.clusters = (0..<300).map { c in .init(id: "c\(c)", attributes: ["label": .string("box \(c)")], nodeIDs: (0..<10).map { "n\(10 * c + $0)" }) }
        let plain = String(decoding: try GraphvizRenderer.render(g, engine: .dot, format: .svg, timeout: 120).bytes, as: UTF8.self)
        let doc = try #require(SVGDocument.parse(Array(plain.utf8)))
        #expect(Set(doc.titles).isSuperset(of: (0..<3000).map { "n\($0)" }))
        let clusters = doc.titles.filter { $0.hasPrefix("cluster_") }
        #expect(clusters == (0..<300).map { "cluster_c\($0)" })
    }
}

@Suite struct DOTWriterTests {
    @Test func write_sample_isCanonical() {
        let expected = """
        digraph "sample" {
          graph [rankdir="LR"];
          node [shape="ellipse"];
          "n0" [label="Alpha"];
          "n1" [label="Beta"];
          "n2" [label="Gamma"];
          subgraph "cluster_c0" {
            graph [label="group"];
            "n0";
            "n1";
          }
          "n0" -> "n1";
          "n0" -> "n2";
        }

        """
        #expect(DOTWriter.write(sampleGraph()) == expected)
    }

    @Test func escString_backslashQuoteNewline_escapedForGraphvizAndDOT() {
        #expect(LabelText.escString("a\\N\"b\nc\r\nd\u{7}&") == "a\\\\N\"b\\nc\\nd &amp;")
        #expect(DOTWriter.write(GraphDescription(name: "q\"", directed: false,
                                                 nodes: [.init(id: "x", attributes: ["label": .string(LabelText.escString("say \"hi\"\\"))])]))
                == "graph \"q\\\"\" {\n  \"x\" [label=\"say \\\"hi\\\"\\\\\"];\n}\n")
    }

    @Test func html_markupCharacters_becomeEntities() {
        #expect(LabelText.html("<a href='x'>&\"\\\n</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&#92;<BR/>&lt;/a&gt;")
    }

    @Test func number_fixedFormat() {
        #expect(LabelText.number(1) == "1")
        #expect(LabelText.number(0.25) == "0.25")
        #expect(LabelText.number(-3.14159) == "-3.1416")
        #expect(LabelText.number(.nan) == "0")
        #expect(LabelText.number(-0.00001) == "0")
    }

    /// The dot command, given the DOT text, draws what the library draws from the description.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func write_dotCommandOnTheText_matchesLibraryOutput() throws {
        let g = sampleGraph(labels: ["A \"q\"", "B\\", "C <&>"])
        let library = try GraphvizRenderer.render(g, engine: .dot, format: .svg).bytes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(DOTWriter.write(g).utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(Array(data) == library)
    }
}
