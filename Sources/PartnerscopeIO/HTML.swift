/// A fragment of HTML whose text is escaped by construction.
///
/// An `HTML` value is written as a string literal with interpolations. The literal segments are
/// `StaticString`s, so only this package's source code can write markup; every interpolated
/// `String` is escaped by ``Markup/html(_:)`` (`&`, `<`, `>`, both quotes, tab, line feed and
/// carriage return as references, and control characters as U+FFFD), and every interpolated
/// `HTML` is inserted as it is, already safe. Escaping is therefore structural: no text from a CSV
/// file can reach a page without passing through the escaper, because there is no function that
/// turns a runtime `String` into markup except ``trustedSVG(_:)``, kept for the SVG documents our own
/// map renderer writes (it escapes their labels itself).
///
/// ```swift
/// let name = "<script>alert(1)</script>"
/// let cell: HTML = "<td title=\"\(name)\">\(name)</td>"
/// // <td title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</td>
/// ```
///
/// Interpolated text is safe in element content and in attribute values quoted with `"` (the
/// only kind the literals of this package write). It is not for the content of `<style>` or
/// `<script>`, which only ``HTMLPage`` writes, from constants.
/// - Complexity: building is linear in the length of the result.
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var description: String

    private init(markup: String) { description = markup }

    /// The empty fragment.
    public init() { description = "" }

    public init(stringLiteral literal: StaticString) {
        description = literalText(literal)
    }

    public init(stringInterpolation: Interpolation) {
        description = stringInterpolation.markup
    }

    /// `text`, escaped.
    public init(text: String) {
        description = Markup.html(text)
    }

    /// The fragments one after another, `separator` between them.
    public init(joining parts: some Sequence<HTML>, separator: HTML = HTML()) {
        description = parts.map(\.description).joined(separator: separator.description)
    }

    /// An SVG document drawn by Partnerscope's own renderer (Graphviz through `GraphvizRender`,
    /// whose labels ``LabelText`` and Graphviz escape), inserted without escaping. The only raw form:
    /// never pass it text that came from a file.
    public static func trustedSVG(_ svg: String) -> HTML {
        HTML(markup: svg)
    }

    /// A data block, `<script type="application/json" id="ID">JSON</script>`: data for the page's
    /// script, not run (so outside the Content-Security-Policy's `script-src`). ``JSONValue`` writes
    /// `<`, `>` and `&` as `\u` escapes, so no text in it can end the element or open a comment.
    public static func dataBlock(id: StaticString, _ json: JSONValue) -> HTML {
        HTML(markup: "<script type=\"application/json\" id=\"\(literalText(id))\">" + json.rendered(indent: nil) + "</script>")
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(markup: lhs.description + rhs.description)
    }

    public static func += (lhs: inout HTML, rhs: HTML) {
        lhs.description += rhs.description
    }

    /// The builder behind an `HTML` literal: literal segments as written, `String`s escaped,
    /// `HTML` as is, whole numbers in decimal.
    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: StaticString) {
            markup += literalText(literal)
        }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) {
            markup += Markup.html(text)
        }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: Substring) {
            markup += Markup.html(String(text))
        }

        /// A constant written in this package's source (a stylesheet, a script, a policy): as is.
        /// A `StaticString` can only come from a literal, never from a file.
        public mutating func appendInterpolation(_ literal: StaticString) {
            markup += literalText(literal)
        }

        /// Markup built elsewhere by the same rules: inserted as is.
        public mutating func appendInterpolation(_ html: HTML) {
            markup += html.description
        }

        /// A whole number: digits and a minus sign, nothing to escape.
        public mutating func appendInterpolation(_ n: Int) {
            markup += String(n)
        }
    }
}

/// The text of a literal written in this package.
private func literalText(_ literal: StaticString) -> String {
    literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
}
