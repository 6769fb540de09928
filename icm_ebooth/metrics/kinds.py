"""What booth metrics count, and the names editors read for each kind and phase."""

from django.utils.translation import gettext_lazy as _

from icm_ebooth import clock

PAGE_VIEW = "page_view"
SEARCH = "search"
FILTER = "filter"
DOWNLOAD = "download"
CALENDAR_FILE = "calendar_file"
CALENDAR_ADD = "calendar_add"
JOIN = "join"
QUESTION = "question"

KIND_CHOICES = [
    (PAGE_VIEW, _("Page views")),
    (SEARCH, _("Searches")),
    (FILTER, _("Filters used")),
    (DOWNLOAD, _("Document downloads")),
    (CALENDAR_FILE, _("Calendar files downloaded")),
    (CALENDAR_ADD, _("Added to an online calendar")),
    (JOIN, _("Join clicks")),
    (QUESTION, _("Questions asked")),
]

# The online calendars an event page links to through the counting redirect.
CALENDARS = ("google", "outlook")

# An event's phase when a count was made: joins in these phases are joins in the window.
IN_JOIN_WINDOW = frozenset({clock.JOINABLE, clock.LIVE})
PHASES = (
    clock.UPCOMING,
    clock.JOINABLE,
    clock.LIVE,
    clock.ENDED,
    clock.CANCELLED,
    clock.POSTPONED,
)
