"""Visitors' questions to a booth: the form, its guards, the view it posts to, the mail.

The form sits in pages the page cache serves to every visitor alike, so it carries no CSRF
token (the cache refuses a page that sets the CSRF cookie). Instead, the view it posts to
(``<page-url>question``, in ``icm_ebooth.urls``) checks the request's ``Origin`` against the
site's own, and the form carries a honeypot field and a signed, rounded timestamp that every
visitor shares; each client may send ``ICM_EBOOTH_QUESTION_RATE_LIMIT`` questions a window.
Nothing sets a cookie: the view redirects to a thank-you page without the messages framework.

- ``guards``: the origin check, the timestamp and the rate limit;
- ``forms``: the form and its messages;
- ``mail``: the task that mails a stored question to the booth's contact;
- ``views``: the form's own page, the post, the thank-you page;
- ``admin``: the editors' list of questions, per booth.
"""

from icm_ebooth.compat import get_page_url

# Appended to a booth's or event's URL for the view the form posts to.
ASK_PATH = "question"


def question_url(page, request=None):
    """Where the question form of ``page`` posts to, or "" when the page is not routable."""
    url = get_page_url(page, request)
    return f"{url}{ASK_PATH}" if url else ""
