internal import CGraphviz

/// One layout of DOT text, rendered in several formats, in this process: the code both the
/// in-process renderer and the `partnerscope-render` helper run.
enum Layout {
    /// What to draw and how: the DOT text, the engine and the formats, by Graphviz's names.
    struct Request: Sendable, Equatable {
        var dot: [UInt8]
        var engine: String
        var formats: [String]
        var seed: UInt32
    }

    /// Formats drawn as bitmaps, whose size ``GraphvizRenderer/maximumBitmapSide`` bounds.
    static let bitmapFormats: Set<String> = ["png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp"]

    /// Parses, lays out once and renders each format, holding the gate throughout.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's own message; never a Graphviz crash (that is
    ///   what the helper process contains).
    /// - Complexity: that of the engine, plus O(size of the text) to parse it.
    static func run(_ request: Request) throws(GraphvizError) -> Rendering {
        try Gate.run { () throws(GraphvizError) -> Rendering in
            let gvc = try Gate.context()
            Gate.resetMessages()
            let parsed = request.dot.withUnsafeBufferPointer { text in
                text.withMemoryRebound(to: CChar.self) { cgv_read($0.baseAddress, $0.count) }
            }
            guard let g = parsed else { throw .buildFailed(Gate.takeMessages().joined(separator: " ")) }
            defer { agclose(g) }

            cgv_seed(request.seed)
            guard gvLayout(gvc, g, request.engine) == 0 else {
                throw .layoutFailed(engine: request.engine, message: Gate.takeMessages().joined(separator: " "))
            }
            defer { gvFreeLayout(gvc, g) }

            var outputs: [[UInt8]] = []
            for format in request.formats {
                outputs.append(try render(gvc, g, format: format))
            }
            return Rendering(outputs: outputs, warnings: Gate.takeMessages())
        }
    }

    /// Renders the laid-out graph as `format`; a bitmap larger than the bound is scaled down
    /// for this rendering only.
    private static func render(_ gvc: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>,
                               format: String) throws(GraphvizError) -> [UInt8] {
        let size = cgv_drawing_size(g)
        if bitmapFormats.contains(format) {
            // Graphviz draws bitmaps at 96 dpi; the size attribute is in points (1/72 inch).
            let bound = Double(GraphvizRenderer.maximumBitmapSide) * 72 / 96
            let limited = pointf(x: size.x > 0 ? min(size.x, bound) : bound, y: size.y > 0 ? min(size.y, bound) : bound)
            cgv_set_drawing_size(g, limited)
        }
        defer { cgv_set_drawing_size(g, size) }
        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let rc = gvRenderData(gvc, g, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard rc == 0, let data else {
            throw .renderFailed(format: format, message: Gate.takeMessages().joined(separator: " "))
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}
