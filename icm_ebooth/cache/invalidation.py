"""The booths and fairs a change shows on: their versions are bumped and a CDN is purged."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex

from icm_ebooth.cache import store
from icm_ebooth.compat import path_step
from icm_ebooth.models import BoothPage, FairPage
from icm_ebooth.tree import below_path_q, descendants_q


def frontend_cache_configured():
    return bool(
        getattr(settings, "WAGTAILFRONTENDCACHE", None)
        or getattr(settings, "WAGTAILFRONTENDCACHE_LOCATION", None)
    )


def active():
    """Whether any cache needs telling about changes."""
    return store.enabled() or frontend_cache_configured()


def scope_pages():
    """Every booth and fair: the pages whose translation keys are the cache's scopes."""
    types = ContentType.objects.get_for_models(BoothPage, FairPage).values()
    return Page.objects.filter(content_type__in=types)


def scopes_for_paths(paths):
    """Translation keys of the booths and fairs a change at each tree path shows on.

    That is the booths and fairs above the path (a page's own booth, and the fair that
    lists the booth) and below it (every booth of a changed fair or section).
    """
    if not paths:
        return set()
    step = path_step(Page)
    condition = Q()
    for path in paths:
        ancestors = [path[:end] for end in range(step, len(path) + 1, step)]
        condition |= Q(path__in=ancestors) | below_path_q(path)
    return set(scope_pages().filter(condition).values_list("translation_key", flat=True))


def referring_page_paths(objects):
    """Tree paths of the pages that reference any of ``objects`` (Wagtail's reference index)."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to_in_bulk(objects)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.filter(pk__in=list(page_ids)).values_list("path", flat=True))


def page_urls(pages):
    """The URLs a CDN keeps of ``pages``: each page's URL joined to its ``get_cached_paths()``."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(pages)
    return batch.urls


def _purge(scopes, urls):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    roots = list(scope_pages().filter(translation_key__in=scopes))
    condition = Q()
    for root in roots:
        if root.specific_class is BoothPage:
            condition |= descendants_q(root, inclusive=True)
        else:
            condition |= Q(pk=root.pk)
    if roots:
        batch.add_pages(Page.objects.filter(condition).live())
    batch.add_urls(urls)
    batch.purge()


def invalidate(scopes, urls=()):
    """Bump the versions of ``scopes`` and purge their pages (and ``urls``) from a CDN."""
    if not scopes and not urls:
        return
    if store.enabled() and scopes:
        store.bump(scopes)
    scopes, urls = set(scopes), list(urls)

    def after_commit():
        if store.enabled() and scopes:
            # Again, for renders that read the old rows while the change was uncommitted.
            store.bump(scopes)
        if frontend_cache_configured():
            _purge(scopes, urls)

    # robust: a CDN that cannot be reached must not fail the editor's request.
    transaction.on_commit(after_commit, robust=True)
