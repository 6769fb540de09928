"""The example site's accessibility statement, as the EU Web Accessibility Directive asks.

Directive (EU) 2016/2102 asks public-sector sites for a statement that gives the conformance
target, how it was checked, what is not yet accessible, a way to send feedback and the date.
"""

from demo_site.demo_content.pages import upsert_child
from demo_site.models import StandardPage

SLUG = "accessibility"
TITLE = "Accessibility statement"

BODY = (
    "<p>This statement applies to the example site of the icm_ebooth package for Wagtail, in "
    "English, French and German. It follows the model of the EU Web Accessibility Directive "
    "(EU) 2016/2102 for public-sector websites.</p>"
    "<h2>Conformance status</h2>"
    "<p>The site aims to conform with the Web Content Accessibility Guidelines (WCAG) 2.2 at "
    "level AA, which covers the requirements for web content of the harmonised European "
    "standard EN 301 549. The site is partially conformant: the exceptions are listed under "
    "known limitations below.</p>"
    "<h2>How the site was checked</h2>"
    "<ul>"
    "<li>The test suite runs axe-core in the Chromium browser on every page of the site in "
    "every language: the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, plus heading order, "
    "a single main heading and landmarks.</li>"
    "<li>The test suite follows every link of the site from its English, French and German "
    "home pages, and no link may lead to a missing page or an error.</li>"
    "<li>Pages were checked with the keyboard alone and at a width of 320 CSS pixels, where "
    "they reflow without horizontal scrolling.</li>"
    "<li>Every page works without JavaScript: filters are ordinary forms, and a video is a "
    "plain link until the visitor chooses to play it.</li>"
    "</ul>"
    "<h2>Known limitations</h2>"
    "<ul>"
    "<li>The demonstration video, the international student testimonial, is a placeholder "
    "link and not a real recording: it has no captions or audio description. Its transcript "
    "is given on the page.</li>"
    "<li>A video player from another provider, such as Vimeo, loads only after the visitor "
    "activates it. Once activated, the accessibility of that player is outside our control."
    "</li>"
    "<li>The PDF documents and slides offered for download are sample files. They have not "
    "been checked against the requirements for non-web documents of EN 301 549.</li>"
    "</ul>"
    "<h2>Feedback and contact</h2>"
    "<p>If you meet a barrier on this site, or need a page or a document in another format, "
    'write to <a href="mailto:accessibility@example.org">accessibility@example.org</a>. We '
    "aim to answer within ten working days.</p>"
    "<p>If our answer does not satisfy you, you can turn to the body that enforces web "
    "accessibility in your country.</p>"
    "<h2>Date of this statement</h2>"
    "<p>This statement was prepared on 29 November 2026, from the checks described above. It "
    "is reviewed whenever the site changes.</p>"
)


def build_accessibility_statement(home):
    """The statement under the home page, published; unchanged content adds no revision."""
    return upsert_child(
        home,
        StandardPage,
        SLUG,
        title=TITLE,
        body=BODY,
        search_description="How accessible the example site is, how it was checked, and "
        "how to tell us about a barrier.",
    )
