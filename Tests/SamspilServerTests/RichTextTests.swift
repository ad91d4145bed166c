import Plot
@testable import SamspilServer
import Testing

/// Section texts render as the minutes wrote them, and the Markdown secretaries write renders safely.
@Suite("Rich text")
struct RichTextTests {
    /// The HTML of a text, without a wrapping element.
    static func html(_ text: String) -> String {
        let html = Node<HTML.BodyContext>.div(RichText.render(text)).render()
        return String(html.dropFirst("<div>".count).dropLast("</div>".count))
    }

    static func count(_ part: String, in html: String) -> Int {
        html.components(separatedBy: part).count - 1
    }

    // MARK: Imported minutes

    @Test func importedTextKeepsParagraphsAndBullets() {
        #expect(Self.html("Første linje\nfortsat.\n\n• et\n• to\n  videre\nAfsluttende.")
            == "<p>Første linje fortsat.</p><ul><li>et</li><li>to videre</li></ul><p>Afsluttende.</p>")
    }

    @Test func decisionWithBulletsRendersAsParagraphAndList() {
        #expect(Self.html("Klyngestyregruppen godkender, at …\n• punkt et\n• punkt to")
            == "<p>Klyngestyregruppen godkender, at …</p><ul><li>punkt et</li><li>punkt to</li></ul>")
    }

    @Test func everyBulletMarkerStartsAListItem() {
        for marker in ["•", "·", "-", "–", "*", "▪", "◦", "\u{F0B7}"] {
            #expect(Self.html("\(marker) punkt\n\(marker) andet") == "<ul><li>punkt</li><li>andet</li></ul>", "\(marker)")
        }
        #expect(Self.html("•\npunkt") == "<p>• punkt</p>", "a bullet alone on its line is text, as before")
    }

    @Test func linesBrokenByThePageJoinTheirParagraph() {
        #expect(Self.html("Der er sat en skæringsdato\n1. oktober 2021 for, hvornår fristerne ophører.\n16. april 2021 drøftede")
            == "<p>Der er sat en skæringsdato 1. oktober 2021 for, hvornår fristerne ophører. 16. april 2021 drøftede</p>")
        #expect(Self.html("Budgettet frem til\n2019. Dette svarer til 4 %.") == "<p>Budgettet frem til 2019. Dette svarer til 4 %.</p>",
                "only a list that starts at 1 interrupts a paragraph")
        #expect(Self.html("1. okt. 2021 træder aftalen i kraft.") == "<p>1. okt. 2021 træder aftalen i kraft.</p>",
                "a Danish date is not a list item")
        #expect(Self.html("Første afsnit.\r\n\r\nAndet\r\nafsnit.") == "<p>Første afsnit.</p><p>Andet afsnit.</p>",
                "a browser form sends CRLF")
        #expect(Self.html("pdftotext leaves two spaces  \nat line ends\\\nand no break") == "<p>pdftotext leaves two spaces at line ends\\ and no break</p>",
                "there are no hard line breaks")
    }

    // MARK: Markdown blocks

    @Test func orderedListsStartAtTheirFirstNumber() {
        #expect(Self.html("1. et\n2. to") == "<ol><li>et</li><li>to</li></ol>")
        #expect(Self.html("3) tre\n4) fire\n   videre") == "<ol start=\"3\"><li>tre</li><li>fire videre</li></ol>")
        #expect(Self.html("Styregruppen besluttede:\n1. at godkende\n2. at sende videre")
            == "<p>Styregruppen besluttede:</p><ol><li>at godkende</li><li>at sende videre</li></ol>")
        #expect(Self.html("- et\n1. to") == "<ul><li>et</li></ul><ol><li>to</li></ol>")
    }

    @Test func headingsComeBelowTheSectionHeading() {
        #expect(Self.html("# Baggrund\nTekst") == "<h5>Baggrund</h5><p>Tekst</p>")
        #expect(Self.html("## Økonomi ##") == "<h6>Økonomi</h6>")
        #expect(Self.html("### Tal") == "<h6>Tal</h6>")
        #expect(Self.html("#hashtag og ####### syv") == "<p>#hashtag og ####### syv</p>")
    }

    @Test func quotesHoldBlocks() {
        #expect(Self.html("> Citat\n> fortsat\n>\n> - punkt\nEfter")
            == "<blockquote><p>Citat fortsat</p><ul><li>punkt</li></ul></blockquote><p>Efter</p>")
        #expect(Self.html(">>>> dybt") == "<blockquote><blockquote><blockquote><p>&gt; dybt</p></blockquote></blockquote></blockquote>")
    }

    // MARK: Markdown inline

    @Test func emphasisStrongAndCode() {
        #expect(Self.html("**fed** og *kursiv* og _kursiv_ og `kode`")
            == "<p><strong>fed</strong> og <em>kursiv</em> og <em>kursiv</em> og <code>kode</code></p>")
        #expect(Self.html("***begge***") == "<p><em><strong>begge</strong></em></p>")
        #expect(Self.html("*a **b** c*") == "<p><em>a <strong>b</strong> c</em></p>")
        #expect(Self.html("*foo**bar**baz*") == "<p><em>foo<strong>bar</strong>baz</em></p>")
        #expect(Self.html("**foo*bar*baz**") == "<p><strong>foo<em>bar</em>baz</strong></p>")
        #expect(Self.html("_foo_bar_ og *a [b* c](https://x.dk)")
            == "<p><em>foo_bar</em> og *a <a href=\"https://x.dk\" rel=\"nofollow noopener\">b* c</a></p>")
        #expect(Self.html("`` a `b` ``") == "<p><code>a `b`</code></p>")
    }

    @Test func textThatOnlyLooksLikeMarkupStaysText() {
        #expect(Self.html("fil_navn_her, 2 * 3 * 4, *ikke lukket, `alene, \\*escaped\\*")
            == "<p>fil_navn_her, 2 * 3 * 4, *ikke lukket, `alene, *escaped*</p>")
        #expect(Self.html("[bilag 3] og [tekst](ikke-en-url)") == "<p>[bilag 3] og [tekst](ikke-en-url)</p>")
    }

    @Test func linksGoToWebAndMailAddressesOnly() {
        #expect(Self.html("Se [rapporten](https://www.rm.dk/rapport?a=1&b=2).")
            == "<p>Se <a href=\"https://www.rm.dk/rapport?a=1&amp;b=2\" rel=\"nofollow noopener\">rapporten</a>.</p>")
        #expect(Self.html("[Skriv](mailto:sekretariat@rm.dk)")
            == "<p><a href=\"mailto:sekretariat@rm.dk\" rel=\"nofollow noopener\">Skriv</a></p>")
        #expect(Self.html("[**fed** link](HTTP://x.dk)")
            == "<p><a href=\"HTTP://x.dk\" rel=\"nofollow noopener\"><strong>fed</strong> link</a></p>")
        for url in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "/relativ", "vbscript:x", "https:"] {
            #expect(!Self.html("[klik](\(url))").contains("<a"), "\(url)")
        }
    }

    @Test func bareAddressesAreLinkedWithoutTheSentencesPunctuation() {
        #expect(Self.html("Se https://www.rm.dk/sundhed.")
            == "<p>Se <a href=\"https://www.rm.dk/sundhed\" rel=\"nofollow noopener\">https://www.rm.dk/sundhed</a>.</p>")
        #expect(Self.html("(https://da.wikipedia.org/wiki/KOL_(sygdom))")
            == "<p>(<a href=\"https://da.wikipedia.org/wiki/KOL_(sygdom)\" rel=\"nofollow noopener\">https://da.wikipedia.org/wiki/KOL_(sygdom)</a>)</p>")
        #expect(Self.html("[https://a.dk](https://b.dk)")
            == "<p><a href=\"https://b.dk\" rel=\"nofollow noopener\">https://a.dk</a></p>", "no link inside a link")
        #expect(!Self.html("xhttps://a.dk og https://").contains("<a"))
    }

    // MARK: Safety

    @Test func markupInTheTextIsShownNotObeyed() {
        #expect(Self.html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        #expect(Self.html("<img src=x onerror=alert(1)>") == "<p>&lt;img src=x onerror=alert(1)&gt;</p>")
        #expect(Self.html("&lt;script&gt; &amp; &#60; R&D") == "<p>&amp;lt;script&amp;gt; &amp;amp; &amp;#60; R&amp;D</p>")
        #expect(Self.html("`<b>&lt;</b>`") == "<p><code>&lt;b&gt;&amp;lt;&lt;/b&gt;</code></p>")
        #expect(Self.html("# <i>x</i>\n- <u>y</u>") == "<h5>&lt;i&gt;x&lt;/i&gt;</h5><ul><li>&lt;u&gt;y&lt;/u&gt;</li></ul>")
    }

    @Test func linkAddressesCannotAddAttributes() {
        let html = Self.html("[x](https://a.dk/\"onmouseover=\"alert`1`) [y](https://a.dk/'x'<b>&quot;) https://a.dk/x\"><script>")
        #expect(html.contains("<a href=\"https://a.dk/%22onmouseover=%22alert%601%60\" rel=\"nofollow noopener\">x</a>"))
        #expect(html.contains("<a href=\"https://a.dk/%27x%27%3Cb%3E&amp;quot;\" rel=\"nofollow noopener\">y</a>"))
        #expect(html.contains("<a href=\"https://a.dk/x\" rel=\"nofollow noopener\">https://a.dk/x</a>\"&gt;&lt;script&gt;"))
        #expect(!html.contains("<script") && !html.contains("<b>"))
    }

    /// Each input is named, so a failure does not print 50,000 characters.
    struct Pathological: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        var testDescription: String { name }

        init(_ name: String, _ text: String) {
            self.name = name
            self.text = text
        }
    }

    @Test(arguments: [
        Pathological("50,000 stars", String(repeating: "*", count: 50_000)),
        Pathological("50,000 brackets", String(repeating: "[", count: 50_000)),
        Pathological("nested brackets", String(repeating: "[", count: 25_000) + String(repeating: "]", count: 25_000)),
        Pathological("unfinished links", String(repeating: "[a](", count: 12_500)),
        Pathological("links sharing one closing parenthesis", String(repeating: "[](https:", count: 6_000) + ")"),
        Pathological("deeply nested emphasis", String(repeating: "*a ", count: 10_000) + String(repeating: "a* ", count: 10_000)),
        Pathological("openers no closer fits", String(repeating: "_a ", count: 10_000) + String(repeating: "b* ", count: 10_000)),
        Pathological("runs that open and close", String(repeating: "**a*", count: 12_500)),
        Pathological("emphasis around brackets", String(repeating: "*[", count: 10_000) + String(repeating: "*](https://x)", count: 2_000)),
        Pathological("backticks", String(repeating: "`` `", count: 12_500)),
        Pathological("addresses", String(repeating: "https://", count: 6_000)),
        Pathological("50,000 quote marks", String(repeating: ">", count: 50_000)),
        Pathological("50,000 hashes", String(repeating: "#", count: 50_000)),
        Pathological("bullets in bullets", String(repeating: "- ", count: 25_000)),
        Pathological("many list items", String(repeating: "\n1. x\n  y", count: 10_000)),
        Pathological("markup and entities", String(repeating: "<script>&lt;", count: 5_000)),
    ])
    func pathologicalInputFinishesAndStaysEscaped(input: Pathological) {
        let html = Self.html(input.text + "<script>")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;"))
        for tag in ["em", "strong", "a", "code", "p", "li"] {
            let opened = Self.count("<\(tag)>", in: html) + Self.count("<\(tag) ", in: html)
            #expect(opened == Self.count("</\(tag)>", in: html), "<\(tag)> closed as often as opened")
        }
    }
}
