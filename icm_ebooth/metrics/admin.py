"""The admin's *Reports › Booth metrics*: each booth's figures over a chosen period.

Editors see the booths they may change, and of each booth only the language versions they
may change: Django's permissions are per model, so every view here filters by booth.
"""

import csv
import datetime

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from icm_ebooth.event_display import PHASE_LABELS
from icm_ebooth.metrics import charts, kinds
from icm_ebooth.metrics.flushing import flush
from icm_ebooth.metrics.report import booth_figures
from icm_ebooth.models import BoothPage, DailyCount, DailyVisitors, EventPage

INDEX_URL_NAME = "icm_ebooth_booth_metrics"
BOOTH_URL_NAME = "icm_ebooth_booth_metrics_booth"
SAME_NUMBERS = _("The table beside the chart gives the same numbers.")
DEFAULT_DAYS = 30
MAX_DAYS = 366


def editable_booths(user):
    """Booth pages (every language version) that ``user`` may change."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return BoothPage.objects.filter(pk__in=editable.values("pk"))


def may_see_metrics(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["change"])


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                raise ValidationError(_("The end of the period must be on or after its start."))
            if (end - start).days >= MAX_DAYS:
                raise ValidationError(_("Choose a period of at most a year."))
        return cleaned


class BoothMetricsIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The booths the editor may change, each linked to its report."""

    page_title = _("Booth metrics")
    header_icon = "view"
    template_name = "icm_ebooth/admin/booth_metrics_index.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_metrics(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        default_locale_id = Locale.get_default().pk
        chosen = {}
        booths = editable_booths(self.request.user).select_related("locale")
        for booth in sorted(booths, key=lambda b: (b.locale_id != default_locale_id, b.pk)):
            chosen.setdefault(booth.translation_key, booth)
        links = [
            (booth, reverse(BOOTH_URL_NAME, args=[booth.pk]))
            for booth in sorted(chosen.values(), key=lambda booth: booth.path)
        ]
        return super().get_context_data(booths=links, **kwargs)


def _heading(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


def _cell(value):
    # Text a visitor typed (searches) must not become a spreadsheet formula.
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class BoothMetricsView(WagtailAdminTemplateMixin, TemplateView):
    """One booth's figures over a period: totals, per day, per event, top lists, CSV."""

    header_icon = "view"
    template_name = "icm_ebooth/admin/booth_metrics.html"

    def dispatch(self, request, booth_id):
        booth = get_object_or_404(BoothPage, pk=booth_id)
        versions = editable_booths(request.user).filter(translation_key=booth.translation_key)
        self.booth_ids = list(versions.values_list("pk", flat=True))
        if not self.booth_ids:
            raise PermissionDenied
        self.booth = booth
        return super().dispatch(request, booth_id)

    def get_page_title(self):
        return gettext("Booth metrics: %(booth)s") % {"booth": self.booth.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(INDEX_URL_NAME), "label": gettext("Booth metrics")},
            {"url": None, "label": self.booth.title},
        ]

    def _default_period(self):
        latest = DailyCount.objects.filter(booth_id__in=self.booth_ids).aggregate(Max("day"))
        end = latest["day__max"] or timezone.localdate()
        return end - datetime.timedelta(days=DEFAULT_DAYS - 1), end

    def get(self, request, booth_id):
        # What the site's processes have buffered so far, so the figures are current.
        flush()
        start, end = self._default_period()
        if "start" in request.GET or "end" in request.GET:
            form = PeriodForm(request.GET)
            if form.is_valid():
                start, end = form.cleaned_data["start"], form.cleaned_data["end"]
            else:
                return self.render_to_response(self.get_context_data(form=form))
        else:
            form = PeriodForm(initial={"start": start, "end": end})
        figures = booth_figures(self.booth_ids, start, end)
        if request.GET.get("export") == "csv":
            return self.csv_response(figures)
        return self.render_to_response(self.get_context_data(form=form, figures=figures))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        figures = kwargs.get("figures")
        if figures is not None:
            context.update(self._charts(figures))
            context["headings"] = {
                "day": _heading(DailyCount, "day"),
                "page_type": _heading(DailyCount, "page_type"),
                "language": _heading(DailyCount, "language"),
                "document": _heading(DailyCount, "document"),
                "event": _heading(DailyCount, "event"),
                "detail": _heading(DailyCount, "key"),
                "visitors": _heading(DailyVisitors, "count"),
            }
            context["kind_totals"] = [
                (label, figures.totals.get(kind, 0)) for kind, label in kinds.KIND_CHOICES
            ]
            query = self.request.GET.copy()
            query["start"], query["end"] = figures.start.isoformat(), figures.end.isoformat()
            query["export"] = "csv"
            context["csv_url"] = f"?{query.urlencode()}"
        return context

    def _charts(self, figures):
        views, visitors = gettext("Page views"), _heading(DailyVisitors, "count")
        day_labels = [date_format(day, "j M") for day, _v, _u in figures.days]
        every = max(1, len(day_labels) // 10)
        charts_ = {
            "days_chart": charts.column_chart(
                gettext("Page views and unique visitors per day"),
                SAME_NUMBERS,
                day_labels,
                [
                    (views, [number for _d, number, _u in figures.days]),
                    (visitors, [number for _d, _v, number in figures.days]),
                ],
                label_every=every,
            )
        }
        if figures.events:
            charts_["events_chart"] = charts.bar_chart(
                gettext("Join clicks per event"),
                SAME_NUMBERS,
                [event.title for event in figures.events],
                [
                    (
                        gettext("Joins in the join window"),
                        [event.joins_in_window for event in figures.events],
                    ),
                    (
                        gettext("Joins outside the window"),
                        [event.joins_outside for event in figures.events],
                    ),
                ],
            )
        if figures.documents:
            charts_["documents_chart"] = charts.bar_chart(
                gettext("Top documents"),
                SAME_NUMBERS,
                [title for title, _n in figures.documents],
                [(gettext("Document downloads"), [number for _t, number in figures.documents])],
            )
        return charts_

    def csv_response(self, figures):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = f"booth-metrics-{self.booth.slug}-{figures.start}-{figures.end}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        writer = csv.writer(response)
        fields = ["day", "kind", "page_type", "language", "event", "phase", "document", "key"]
        writer.writerow(
            [_heading(DailyCount, name) for name in fields] + [_heading(DailyCount, "count")]
        )
        kind_labels = dict(kinds.KIND_CHOICES)
        event_ids = {row["event"] for row in figures.rows if row["event"]}
        document_ids = {row["document"] for row in figures.rows if row["document"]}
        events = dict(EventPage.objects.filter(pk__in=event_ids).values_list("pk", "title"))
        documents = dict(
            get_document_model().objects.filter(pk__in=document_ids).values_list("pk", "title")
        )
        for row in figures.rows:
            writer.writerow(
                _cell(value)
                for value in (
                    row["day"].isoformat(),
                    kind_labels.get(row["kind"], row["kind"]),
                    row["page_type"],
                    row["language"],
                    events.get(row["event"], ""),
                    PHASE_LABELS.get(row["phase"], row["phase"]),
                    documents.get(row["document"], ""),
                    row["key"],
                    row["total"],
                )
            )
        visitors = DailyVisitors.objects.filter(
            booth_id__in=self.booth_ids, day__range=(figures.start, figures.end)
        ).order_by("day")
        label = _heading(DailyVisitors, "count")
        for row in visitors:
            writer.writerow([row.day.isoformat(), label, "", "", "", "", "", "", row.count])
        return response
