"""Translate objects in tests with wagtail-localize's own records, as a translator would."""

import json

from django.db import connection
from django.test import TestCase
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringTranslation,
    TranslationSource,
)


def enter_translations(source, locale, prefix="FR "):
    """A StringTranslation for every string of ``source``: its text with ``prefix``."""
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


def override_segments(source, locale, overrides):
    """Override every overridable segment whose path contains a key of ``overrides``."""
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        for path_part, value in overrides.items():
            if path_part in segment.context.path:
                SegmentOverride.objects.update_or_create(
                    locale=locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(value)},
                )


def translate_to(instance, locale, prefix="FR ", overrides=None, fallback=False):
    """Translate ``instance`` (sync its source first), publish, and return the translation.

    Without ``fallback``, a related object (such as a contact) that has no translation yet
    raises, as wagtail-localize does; the translation editor itself falls back.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    enter_translations(source, locale, prefix)
    override_segments(source, locale, overrides or {})
    if connection.in_atomic_block:
        # wagtail-localize publishes page revisions once the transaction commits.
        with TestCase.captureOnCommitCallbacks(execute=True):
            translation, _ = source.create_or_update_translation(locale, fallback=fallback)
    else:
        translation, _ = source.create_or_update_translation(locale, fallback=fallback)
    translation.refresh_from_db()
    return translation
