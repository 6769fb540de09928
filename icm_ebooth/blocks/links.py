"""Blocks that point elsewhere: call to action, related pages, a contact, an event.

Page choosers store the source-locale page (wagtail-localize synchronises the id), so every
template shows the translation in the visitor's language when one is live.
"""

import swapper
from django.conf import settings
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from icm_ebooth.blocks.base import EboothStructBlock, EitherOrMixin, optional_web_link
from icm_ebooth.blocks.prefetch import (
    PageChooserBlock,
    SnippetChooserBlock,
    active_language_code,
    batch_translations,
)
from icm_ebooth.compat import get_page_url
from icm_ebooth.safety import safe_url
from icm_ebooth.translations import in_locale


def localized_live_pages(pages, queryset=None):
    """Each page's live translation in the active language, else the page if it is live.

    One query whatever the number of pages, taken from ``queryset`` (all pages by default)
    so that callers get the specific pages, with what their templates show, joined in; none
    for pages a stream's batch fetched with their translation. Unpublished pages are left out.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    translations = batch_translations(pages)
    if translations is not None:
        localized = [
            translation or page for page, translation in zip(pages, translations, strict=True)
        ]
        return [page for page in localized if page.live]
    if queryset is None:
        queryset = swapper.load_model("wagtailcore", "Page").objects.all()
    code = active_language_code()
    chosen = Q(pk__in=[page.pk for page in pages])
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        chosen |= Q(
            translation_key__in=[page.translation_key for page in pages],
            locale__language_code=code,
        )
    found = list(queryset.live().filter(chosen).annotate(language_code=F("locale__language_code")))
    by_pk = {page.pk: page for page in found}
    translations = {page.translation_key: page for page in found if page.language_code == code}
    localized = [translations.get(page.translation_key, by_pk.get(page.pk)) for page in pages]
    return [page for page in localized if page is not None]


def page_url(page, parent_context):
    """The page's URL for the current request, or "" when it has none."""
    request = (parent_context or {}).get("request")
    return get_page_url(page, request) or ""


class CallToActionBlock(EitherOrMixin, EboothStructBlock):
    """A short pitch with one button to a page or an external site."""

    either_or = ("url", "page")
    both_message = _("Choose a page or enter an external link, not both.")
    neither_message = _("Choose a page or enter an external link.")
    neither_on_block = True

    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    text = blocks.TextBlock(required=False, default="", label=_("Text"))
    button_label = blocks.CharBlock(
        label=_("Button label"),
        max_length=80,
        help_text=_("Say where it leads, e.g. 'Read the Programme Guide'."),
    )
    page = PageChooserBlock(required=False, label=_("Page"))
    url = optional_web_link(
        _("External link"), _("Only if no page is chosen; an http:// or https:// address.")
    )

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "icm_ebooth/blocks/cta.html"
        description = _("A heading, a sentence and a button.")
        preview_value = {
            "heading": "Ready to apply?",
            "text": "Your National Agency explains the next call.",
            "button_label": "Read the Programme Guide",
            "url": "https://erasmus-plus.ec.europa.eu/programme-guide",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        pages = localized_live_pages([value.get("page")])
        context["href"] = (
            page_url(pages[0], parent_context) if pages else safe_url(value.get("url"))
        )
        return context


class RelatedPagesBlock(EboothStructBlock):
    """Links to other pages, shown in the visitor's language."""

    heading = blocks.CharBlock(required=False, default="", label=_("Heading"), max_length=255)
    pages = blocks.ListBlock(PageChooserBlock(label=_("Page")), label=_("Pages"))

    class Meta:
        icon = "doc-full"
        label = _("Related pages")
        template = "icm_ebooth/blocks/related.html"
        description = _("A list of links to other pages; unpublished pages are skipped.")
        preview_value = {"heading": "See also", "pages": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        links = []
        for page in localized_live_pages(value.get("pages") or []):
            url = page_url(page, parent_context)
            if url:
                links.append({"title": page.title, "url": url})
        context["links"] = links
        return context


class ContactBlock(EboothStructBlock):
    """A contact card from the shared contacts."""

    heading = blocks.CharBlock(required=False, default="", label=_("Heading"), max_length=255)
    contact = SnippetChooserBlock("icm_ebooth.Contact", label=_("Contact to show"))

    class Meta:
        icon = "user"
        label = _("Contact")
        template = "icm_ebooth/blocks/contact.html"
        description = _("Who visitors can ask, from the shared list of contacts.")
        preview_value = {"heading": "Questions?", "contact": None}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        contact = value.get("contact")
        page = (parent_context or {}).get("page")
        translations = batch_translations([contact]) if contact is not None else None
        if translations is not None:
            contact = translations[0] or contact
        elif contact is not None and getattr(page, "locale_id", None):
            # The page being viewed is in the visitor's language; reading its locale saves
            # looking up the active one.
            contact = in_locale(contact, page.locale_id)
        elif contact is not None:
            contact = contact.localized
        context["contact"] = contact
        return context


class EventTeaserBlock(EboothStructBlock):
    """A teaser for one live event, with its date in the visitor's language."""

    heading = blocks.CharBlock(required=False, default="", label=_("Heading"), max_length=255)
    event = PageChooserBlock(page_type="icm_ebooth.EventPage", label=_("Event to show"))

    class Meta:
        icon = "date"
        label = _("Event")
        template = "icm_ebooth/blocks/event.html"
        description = _("A teaser for a live event, linking to its page.")
        preview_value = {"heading": "Join us live", "event": None}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The teaser shows the event's calendar links, which need its contact and locale.
        event_model = self.child_blocks["event"].target_model
        events = localized_live_pages(
            [value.get("event")], event_model.objects.select_related("contact", "locale")
        )
        context["event"] = events[0] if events else None
        return context
