"""Receivers that keep cached pages in step with their content; ``apps.ready`` connects them."""

from django.core.signals import setting_changed
from django.db.models.signals import post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from icm_ebooth.batching import defer
from icm_ebooth.cache.invalidation import (
    active,
    frontend_cache_configured,
    invalidate,
    page_urls,
    referring_page_paths,
    scope_pages,
    scopes_for_paths,
)
from icm_ebooth.cache.store import reset_health
from icm_ebooth.models import Contact


def page_changed(instance, **kwargs):
    if active() and not defer(pages_changed, instance.pk, instance):
        pages_changed([instance])


def pages_changed(pages):
    """Make stale the booths and fairs that show any of ``pages``."""
    paths = [page.path for page in pages]
    invalidate(scopes_for_paths([*paths, *referring_page_paths(pages)]))


def page_deleted(instance, **kwargs):
    # Before the deletion: the reference index and the page's place are still there.
    if active():
        paths = [instance.path, *referring_page_paths([instance])]
        urls = page_urls([instance]) if frontend_cache_configured() else []
        invalidate(scopes_for_paths(paths), urls)


def page_moving(instance, **kwargs):
    if active():
        urls = []
        if frontend_cache_configured():
            urls = page_urls(instance.get_descendants(inclusive=True).live())
        invalidate(scopes_for_paths([instance.path]), urls)


def shown_object_changed(instance, **kwargs):
    """A contact, document or image: its translations are shown wherever it is."""
    if kwargs.get("raw") or not active():
        return
    objects = [instance]
    translation_key = getattr(instance, "translation_key", None)
    if translation_key is not None:
        objects = list(type(instance)._default_manager.filter(translation_key=translation_key))
    invalidate(scopes_for_paths(referring_page_paths(objects)))


def page_restriction_changed(instance, **kwargs):
    if active():
        invalidate(scopes_for_paths([instance.page.path]))


def collection_restriction_changed(instance, **kwargs):
    # Which pages show files of a collection is not indexed; such changes are rare, so
    # every booth and fair is made stale.
    if active():
        invalidate(set(scope_pages().values_list("translation_key", flat=True)))


def collection_changed(instance, **kwargs):
    # Saving a collection's form also moves it in the tree, possibly into (or out of) a
    # restricted collection; only then can a change to a collection hide its documents.
    if not kwargs.get("raw") and active() and CollectionViewRestriction.objects.exists():
        collection_restriction_changed(instance)


def register_signal_handlers():
    """Connect the receivers that keep cached pages in step with their content."""
    setting_changed.connect(reset_health, dispatch_uid="icm_ebooth_cache_settings_changed")
    page_published.connect(page_changed, dispatch_uid="icm_ebooth_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="icm_ebooth_cache_unpublished")
    pre_delete.connect(page_deleted, sender=Page, dispatch_uid="icm_ebooth_cache_page_deleted")
    pre_page_move.connect(page_moving, dispatch_uid="icm_ebooth_cache_page_moving")
    post_page_move.connect(page_changed, dispatch_uid="icm_ebooth_cache_page_moved")
    for model in (Contact, get_document_model(), get_image_model()):
        uid = f"icm_ebooth_cache_{model._meta.label_lower}"
        post_save.connect(shown_object_changed, sender=model, dispatch_uid=f"{uid}_saved")
        pre_delete.connect(shown_object_changed, sender=model, dispatch_uid=f"{uid}_deleted")
    for model, receiver in (
        (PageViewRestriction, page_restriction_changed),
        (CollectionViewRestriction, collection_restriction_changed),
        (Collection, collection_changed),
    ):
        uid = f"icm_ebooth_cache_{model._meta.label_lower}"
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}_saved")
        pre_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}_deleted")
