"""The example site's privacy notice: the visitors' questions and the booth metrics.

What it says follows what icm_ebooth does with the example site's settings: no cookie for
visitors, questions kept ``ICM_EBOOTH_QUESTION_RETENTION_DAYS`` (180) days, metrics counted per
booth and day with a daily-rotated salted hash for unique visitors.
"""

from demo_site.demo_content.pages import upsert_child
from demo_site.models import StandardPage

SLUG = "privacy"
TITLE = "Privacy notice"

BODY = (
    "<p>This notice explains what the example site of the icm_ebooth package does with "
    "personal data. A site that installs the package writes its own.</p>"
    "<h2>Cookies</h2>"
    "<p>The site sets no cookie for its visitors. Only editors who sign in to the "
    "administration receive a session cookie.</p>"
    "<h2>Questions to a booth</h2>"
    "<p>When you ask a booth a question, the site keeps your name if you give it, your e-mail "
    "address and your question, and sends them by e-mail to the booth's contact, who answers "
    "you. You are not sent a copy. In the administration, only the editors of that booth see "
    "your question.</p>"
    "<p>Questions are deleted 180 days after they were asked, whether they were answered or "
    "not.</p>"
    "<p>To stop abuse, the site counts the questions sent from each network address for an "
    "hour, under a keyed hash of the address. The address itself is not stored.</p>"
    "<h2>Visitor statistics</h2>"
    "<p>For each booth and each day, the site counts page views, downloads, calendar entries, "
    "clicks to join an event and the searches made in its listings. It uses no cookie and "
    "sends nothing to another site.</p>"
    "<p>To count unique visitors, the site hashes your network address and browser name with "
    "a random key that changes every day and is then thrown away. The hashes are deleted "
    "within two days: only the daily totals are kept.</p>"
    "<p>If your browser sends Do Not Track or Global Privacy Control, you are not counted at "
    "all.</p>"
    "<h2>Your rights</h2>"
    "<p>You may ask to see, correct or delete the data the site holds about you by writing "
    'to <a href="mailto:privacy@example.org">privacy@example.org</a>. You may also complain '
    "to the data protection authority of your country.</p>"
    "<p>This notice was written on 6 December 2026.</p>"
)


def build_privacy_notice(home):
    """The notice under the home page, published; unchanged content adds no revision."""
    return upsert_child(
        home,
        StandardPage,
        SLUG,
        title=TITLE,
        body=BODY,
        search_description="What the example site does with the personal data of visitors "
        "who ask a booth a question, and how it counts visits without cookies.",
    )
