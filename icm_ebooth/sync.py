"""Technical values of a page follow their source into every translation, without translators.

wagtail-localize copies synchronised fields only when a translation is synced. An event's
time, zone, status and joining details must change in every language the moment the
source is published, so they are copied here on ``page_published``.
"""

from django.db.models import Count
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField

from icm_ebooth.batching import defer


def locked_fields(page):
    """Names of the fields a page declares synchronised and not overridable by translators."""
    return [
        field.field_name
        for field in getattr(page, "override_translatable_fields", [])
        if isinstance(field, SynchronizedField) and not field.overridable
    ]


def is_translation_source(page):
    """Whether ``page`` is the version its translations were made from."""
    from wagtail_localize.models import TranslationSource

    sources = TranslationSource.objects.filter(object_id=page.translation_key)
    if sources.exists():
        return sources.filter(locale_id=page.locale_id).exists()
    return page.locale_id == Locale.get_default().pk


def push_locked_fields(page):
    """Copy ``page``'s locked fields to its translations; publish those that are live."""
    fields = locked_fields(page)
    if not fields or not is_translation_source(page):
        return []
    updated = []
    for translation in page.get_translations().filter(alias_of__isnull=True).specific():
        if all(getattr(translation, name) == getattr(page, name) for name in fields):
            continue
        values = {name: getattr(page, name) for name in fields}
        if translation.has_unpublished_changes:
            # A translator's draft stays a draft, with the new values in it too.
            draft = translation.get_latest_revision_as_object()
            for name, value in values.items():
                setattr(draft, name, value)
            draft.save_revision(clean=False)
            translation.refresh_from_db()
        for name, value in values.items():
            setattr(translation, name, value)
        if translation.live and not translation.has_unpublished_changes:
            translation.save_revision(clean=False).publish()
        else:
            # The live row (or the only row of a draft) takes the values directly.
            translation.save(clean=False)
        updated.append(translation)
    return updated


def push_locked_fields_of_pages(pages):
    """``push_locked_fields`` for each of ``pages`` that has translations, found at once."""
    translated = set(
        Page.objects.filter(translation_key__in={page.translation_key for page in pages})
        .order_by()  # Wagtail orders pages by path, which would split the groups
        .values("translation_key")
        .annotate(versions=Count("pk"))
        .filter(versions__gt=1)
        .values_list("translation_key", flat=True)
    )
    for page in pages:
        if page.translation_key in translated:
            push_locked_fields(page)


def on_page_published(sender, instance, **kwargs):
    """Push locked fields to translations when a source page is published."""
    page = instance.specific
    if locked_fields(page) and not defer(push_locked_fields_of_pages, page.pk, page):
        push_locked_fields(page)
