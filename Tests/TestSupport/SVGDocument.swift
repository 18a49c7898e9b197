import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed as XML: the element names met and the text of `<text>` and `<title>` elements.
/// `parse` returns nil when the document is not well-formed XML, which is how tests detect
/// text that broke out of its element.
public final class SVGDocument: NSObject, XMLParserDelegate {
    public private(set) var texts: [String] = []
    public private(set) var titles: [String] = []
    public private(set) var elements: [String] = []
    private var current: String?

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                       attributes: [String: String] = [:]) {
        elements.append(name)
        if name == "text" || name == "title" { current = "" }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let c = current else { return }
        if name == "text" { texts.append(c) } else if name == "title" { titles.append(c) }
        current = nil
    }

    /// Every `<text>` joined by newlines: a multi-line label reads as its lines.
    public var allText: String { texts.joined(separator: "\n") }

    public static func parse(_ bytes: [UInt8]) -> SVGDocument? {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        let document = SVGDocument()
        parser.delegate = document
        return parser.parse() ? document : nil
    }
}
