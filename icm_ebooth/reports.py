"""The admin's "Dates to check" report: per booth, what is past its date or changes soon.

Call statuses, notices and events turn themselves off or move on at render time (see
``icm_ebooth.clock``); this report shows editors what the clock has already changed, so
they can update or remove it, and what it will change within ``ICM_EBOOTH_DUE_SOON_DAYS``.
"""

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from icm_ebooth import clock
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models import BoothPage, EventPage
from icm_ebooth.models.booth import CALL_STATUS_CHOICES
from icm_ebooth.timezones import format_moment
from icm_ebooth.tree import descendants_q

URL_NAME = "icm_ebooth_dates_to_check"
RESULTS_URL_NAME = "icm_ebooth_dates_to_check_results"
PAST = _("Past its date")
SOON = _("Changes soon")


@dataclass(frozen=True)
class DatedItem:
    """One row of the report."""

    booth: BoothPage
    kind: str
    title: str
    moment: datetime.datetime
    zone_name: str
    state: str

    @property
    def booth_title(self):
        return self.booth.title

    @property
    def when(self):
        return format_moment(self.moment, self.zone_name)


def _state(moment, now, horizon):
    if moment is None:
        return None
    if moment <= now:
        return PAST
    return SOON if moment <= horizon else None


def _call_items(booth, now, horizon):
    moment = clock.call_status_changes_at(
        booth.call_status, booth.call_deadline, booth.next_call_year
    )
    state = _state(moment, now, horizon)
    if state is None:
        return []
    if booth.call_status == clock.CALL_EXPECTED:
        # The wording of the booth's badge, which names the year.
        label = gettext("Next call expected in %(year)s") % {"year": booth.next_call_year}
    else:
        label = str(dict(CALL_STATUS_CHOICES)[booth.call_status])
    zone = ebooth_settings.DEFAULT_TIME_ZONE
    return [DatedItem(booth, gettext("Call status"), label, moment, zone, str(state))]


def _notice_items(booth, now, horizon):
    items = []
    for notice in booth.notices:
        show_from, show_until = notice.value["show_from"], notice.value["show_until"]
        upcoming = [edge for edge in (show_from, show_until) if edge is not None and edge > now]
        moment = min(upcoming) if upcoming else show_until
        state = _state(moment, now, horizon)
        if state is not None:
            zone = ebooth_settings.DEFAULT_TIME_ZONE
            title = notice.value["title"]
            items.append(DatedItem(booth, gettext("Notice"), title, moment, zone, str(state)))
    return items


def _event_items(booth, events, now, horizon):
    items = []
    for event in events:
        over = clock.is_over(event.end_at, now)
        moment = event.end_at if over else event.phase(now).changes_at
        state = _state(moment, now, horizon)
        if state is not None:
            items.append(
                DatedItem(
                    booth, gettext("Event"), event.title, moment, event.time_zone, str(state)
                )
            )
    return items


def _one_per_booth(booths):
    """Each booth once: its version in the default language, else its first one."""
    default_locale_id = Locale.get_default().pk
    chosen = {}
    for booth in sorted(
        booths, key=lambda booth: (booth.locale_id != default_locale_id, booth.pk)
    ):
        chosen.setdefault(booth.translation_key, booth)
    return sorted(chosen.values(), key=lambda booth: booth.path)


def dates_to_check(booths, now, days):
    """Rows for ``booths``: what is past its date at ``now`` or changes within ``days``."""
    horizon = now + datetime.timedelta(days=days)
    booths = _one_per_booth(booths)
    events_by_booth = {booth.pk: [] for booth in booths}
    if booths:
        below_any = descendants_q(booths[0])
        for booth in booths[1:]:
            below_any |= descendants_q(booth)
        events = EventPage.objects.filter(below_any).defer(*EventPage.page_only_fields)
        for event in events.order_by("start_at", "pk"):
            owner = next(booth for booth in booths if event.path.startswith(booth.path))
            if event.locale_id == owner.locale_id:
                events_by_booth[owner.pk].append(event)
    rows = []
    for booth in booths:
        booth_rows = [
            *_call_items(booth, now, horizon),
            *_notice_items(booth, now, horizon),
            *_event_items(booth, events_by_booth[booth.pk], now, horizon),
        ]
        rows.extend(sorted(booth_rows, key=lambda row: row.moment))
    return rows


class DatesToCheckView(ReportView):
    """Per booth, the call statuses, notices and events past their date or changing soon."""

    page_title = _("Dates to check")
    header_icon = "time"
    index_url_name = URL_NAME
    index_results_url_name = RESULTS_URL_NAME
    any_permission_required = ["add", "change", "publish"]
    columns = [
        TitleColumn(
            "booth_title",
            label=capfirst(BoothPage._meta.verbose_name),
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.booth.pk]),
        ),
        Column("kind", label=_("Kind")),
        Column("title", label=_("Title")),
        Column("when", label=_("When")),
        Column("state", label=_("Status")),
    ]
    list_export = ["booth_title", "kind", "title", "when", "state"]
    export_headings = {
        "booth_title": capfirst(BoothPage._meta.verbose_name),
        "kind": _("Kind"),
        "title": _("Title"),
        "when": _("When"),
        "state": _("Status"),
    }

    @cached_property
    def permission_policy(self):
        return PagePermissionPolicy()

    @cached_property
    def no_results_message(self):
        return gettext("Nothing is past its date or changes within %(days)s days.") % {
            "days": ebooth_settings.DUE_SOON_DAYS
        }

    def get_filename(self):
        return "dates-to-check-" + clock.now().strftime("%Y-%m-%d")

    def get_base_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        booths = BoothPage.objects.filter(pk__in=editable.values("pk")).select_related("locale")
        return dates_to_check(list(booths), clock.now(), ebooth_settings.DUE_SOON_DAYS)
