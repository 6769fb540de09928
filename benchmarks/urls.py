"""The example site's URLs plus ``/__floor__/``, the cheapest page the same stack can serve.

Used by both benchmarks: ``pages.py`` (through ``benchmarks.settings``) and ``load.sh``
(through ``benchmarks.load_settings``). The example site's own URLconf is left untouched.
"""

from django.http import HttpResponse
from django.urls import path

from demo_project.urls import urlpatterns as site_urlpatterns

FLOOR_SIZE = 20 * 1024
FLOOR_MARKER = "icm-ebooth-floor"


def _floor_html():
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        f"<title>{FLOOR_MARKER}</title></head>\n<body>\n<main>\n"
    )
    tail = "</main>\n</body>\n</html>\n"
    paragraph = (
        "<p>Erasmus+ International Credit Mobility funds student and staff exchanges "
        "between programme and partner countries.</p>\n"
    )
    body = paragraph * ((FLOOR_SIZE - len(head) - len(tail)) // len(paragraph))
    filler = "<!--" + "-" * (FLOOR_SIZE - len(head) - len(body) - len(tail) - 7) + "-->\n"
    return head + body + filler + tail


FLOOR_HTML = _floor_html()


def floor(request):
    """A fixed 20 KB of HTML: no database, no template, the site's middleware only."""
    return HttpResponse(FLOOR_HTML)


urlpatterns = [path("__floor__/", floor, name="benchmarks_floor"), *site_urlpatterns]
