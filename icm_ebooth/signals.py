"""Signals icm_ebooth sends, for other apps (and its own metrics) to count or act on.

``question_asked`` is sent once a visitor's question is stored, with ``booth`` (the booth
page it was asked on, in the visitor's language) and ``event`` (the event page, or None).
Receivers get no personal data: the question's text and address stay in the database.
"""

from django.dispatch import Signal

question_asked = Signal()
