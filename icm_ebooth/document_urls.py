"""Wagtail's document URLs, with downloads served without a bogus ``Content-Encoding``.

Include these at ``documents/`` in place of ``wagtail.documents.urls``; the URL names, the
privacy checks and everything else stay Wagtail's.
"""

from django.urls import re_path
from wagtail.documents import urls as wagtail_document_urls
from wagtail.documents.views.serve import serve


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, minus the ``Content-Encoding: None`` header it sends.

    Works around a bug in ``wagtail/utils/sendfile.py``: it sets ``Content-Encoding`` to the
    encoding that ``mimetypes`` guesses from the file name, ``None`` for any file not named
    as compressed, and Django writes that as the text "None", an encoding no client knows.
    """
    response = serve(request, document_id, document_filename)
    if response.get("Content-Encoding") == "None":
        del response["Content-Encoding"]
    return response


urlpatterns = [
    re_path(r"^(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    *(
        pattern
        for pattern in wagtail_document_urls.urlpatterns
        if pattern.name != "wagtaildocs_serve"
    ),
]
