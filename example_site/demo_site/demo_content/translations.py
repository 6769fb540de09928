"""The demo in French and German, made with wagtail-localize's own records.

For every demo object, in tree order, this does what a translator does in the admin: it
submits the English object (a ``TranslationSource`` and a ``Translation`` per language),
enters a ``StringTranslation`` for each string segment from the text modules, and saves the
target. A translator who opens a French or German page in the admin therefore finds it
finished, and a later sync keeps the translations.

The texts are keyed by the English source text, so an English text that changes has no
translation any more: it is reported as missing (and the test suite fails) instead of being
translated silently from a stale entry.

The French booth shows the French leaflet through a ``SegmentOverride`` on its synchronised
``key_document`` field, the editor's "override" choice, which survives every later sync.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)

from demo_site.demo_content import text_de, text_fr
from demo_site.demo_content.media import demo_collection, document
from icm_ebooth.models import BoothPage

TEXTS = {"fr": text_fr.STRINGS, "de": text_de.STRINGS}

FRENCH_LEAFLET_TITLE = "Mobilité internationale de crédits"
FRENCH_LEAFLET_FILE = "mobilite-internationale-de-credits.pdf"
ICM_BOOTH_SLUG = "international-credit-mobility"


@dataclass
class TranslationReport:
    """What a run did, per language code."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    # {language code: English texts that have no entry in the language's text module}
    missing: defaultdict = field(default_factory=lambda: defaultdict(set))

    def lines(self):
        lines = []
        for code in TEXTS:
            lines.append(
                f"Translation ({code}): {self.created[code]} created, {self.updated[code]} updated"
            )
            if self.missing[code]:
                lines.append(
                    f"Translation ({code}): {len(self.missing[code])} English texts have no "
                    "translation and stay in English"
                )
        return lines


def demo_objects(home, contacts):
    """Contacts first (booths and events point at them), then the pages in tree order."""
    yield from contacts.values()
    yield from Page.objects.descendant_of(home, inclusive=True).order_by("path").specific()


def french_leaflet():
    """The French leaflet, a document of the demo's collection like the English one."""
    return document(FRENCH_LEAFLET_TITLE, FRENCH_LEAFLET_FILE, demo_collection())


def overrides_for(instance, language_code):
    """{segment path: value} of the synchronised fields a language sets for itself."""
    if (
        language_code == "fr"
        and isinstance(instance, BoothPage)
        and instance.slug == ICM_BOOTH_SLUG
    ):
        return {"key_document": french_leaflet().pk, "key_document_language": "fr"}
    return {}


def translate_strings(source, locale, texts):
    """Enter the translation of every string segment; return the English texts missing."""
    existing = {
        (translation.translation_of_id, translation.context_id): translation
        for translation in StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        )
    }
    missing = set()
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = texts.get(segment.string.data)
        if text is None:
            missing.add(segment.string.data)
            continue
        current = existing.get((segment.string_id, segment.context_id))
        if current is None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        elif current.data != text or current.has_error:
            current.data, current.has_error, current.field_error = text, False, ""
            current.save()
    return missing


def set_overrides(source, locale, values):
    """Override synchronised segments, as a translator does with "Change" in the editor."""
    for path, value in values.items():
        context = TranslationContext.objects.get(object_id=source.object_id, path=path)
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=context,
            defaults={"data_json": json.dumps(value), "has_error": False, "field_error": ""},
        )


def comparable(instance):
    """The content of ``instance``, without the primary keys that copied child rows lack."""
    if isinstance(instance, ClusterableModel):
        data = instance.serializable_data()
    else:
        data = get_serializable_data_for_fields(instance)
    return _without_pks(data)


def _without_pks(value):
    if isinstance(value, str) and value[:1] in "[{":
        # StreamField content serialised as JSON: PostgreSQL returns its keys in another
        # order than a fresh serialisation, so it is compared as data, not as text.
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: _without_pks(item) for key, item in value.items() if key != "pk"}
    if isinstance(value, list):
        return [_without_pks(item) for item in value]
    return value


def is_up_to_date(source, locale):
    """Whether the translation exists, is published, and saving it would change nothing."""
    try:
        current = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return False
    if isinstance(current, Page) and (
        not current.live or current.has_unpublished_changes or current.alias_of_id
    ):
        return False
    expected = source.get_ephemeral_translated_instance(locale, fallback=True)
    return comparable(expected) == comparable(source.get_translated_instance(locale))


def translate_object(instance, locales, report):
    """Submit ``instance`` for translation, enter its texts and save the translations."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for locale in locales:
        code = locale.language_code
        report.missing[code] |= translate_strings(source, locale, TEXTS[code])
        set_overrides(source, locale, overrides_for(instance, code))
        # The record the admin lists as "translation of ... into ...".
        record, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        if is_up_to_date(source, locale):
            continue
        is_new = not source.object.has_translation(locale)
        if isinstance(instance, Page):
            # wagtail-localize publishes page revisions when the transaction commits; the
            # demo loads in one transaction (and the tests never commit), so the revision
            # it saves is published here instead.
            record.save_target(publish=False)
            source.get_translated_instance(locale).get_latest_revision().publish()
        else:
            record.save_target(publish=True)
        (report.created if is_new else report.updated)[code] += 1


def translate_demo(home, contacts):
    """Make or update the French and German versions of the demo; return a report."""
    locales = [Locale.objects.get(language_code=code) for code in TEXTS]
    report = TranslationReport()
    for instance in demo_objects(home, contacts):
        translate_object(instance, locales, report)
    return report
