import PartnerscopeIO
import Testing

@Suite struct MarkupTests {
    @Test func xmlText_markupCharacters_areEscaped() {
        #expect(Markup.xmlText("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d")
        #expect(Markup.xmlText("]]> \"q\" 'a'") == "]]&gt; \"q\" 'a'")
    }

    @Test func xmlAttribute_quotesAndWhitespace_becomeReferences() {
        #expect(Markup.xmlAttribute("say \"hi\" & 'bye'") == "say &quot;hi&quot; &amp; &#39;bye&#39;")
        // Attribute-value normalisation would turn these into spaces.
        #expect(Markup.xmlAttribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(Markup.xmlText("a\tb\nc\rd") == "a\tb\nc&#13;d")
    }

    @Test func xmlText_charactersXMLForbids_becomeReplacementCharacter() {
        // U+0000–U+001F other than tab, LF, CR, and U+FFFE/U+FFFF are not XML 1.0 characters.
        let hostile = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"
        #expect(Markup.xmlText(hostile) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h\u{FFFD}i")
        #expect(Markup.html(hostile).unicodeScalars.allSatisfy { Markup.isXMLCharacter($0) })
    }

    @Test func xmlText_unicodeOutsideControls_isKeptVerbatim() {
        let text = "Café \u{202E}RTL\u{202C} 😀 \u{7F} \u{85} \u{E000} \u{10FFFF}"
        #expect(Markup.xmlText(text) == text)
    }

    @Test func html_scriptAndEventHandler_cannotOpenATag() {
        let s = Markup.html("<script>alert(1)</script><img src=x onerror=\"alert(2)\">")
        #expect(!s.contains("<") && !s.contains(">") && !s.contains("\""))
        #expect(s == "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;")
    }
}
