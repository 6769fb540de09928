"""Images read with their renditions in the query that reads them, when no cache keeps those.

Wagtail looks for a rendition in its renditions cache, then in the database: without a cache,
each image shown costs a query, and ``prefetch_renditions()`` one more query for a batch.
Here the query that reads an image also reads its renditions: its row comes once per
rendition, with the rendition's columns beside it (once with none, for an image not shown
yet), and each image is handed its renditions as ``prefetch_renditions()`` would.
"""

from collections import defaultdict

from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.backends.dummy import DummyCache
from django.db.models import F

from icm_ebooth.compat import give_prefetched_renditions

_COLUMN = "icm_ebooth_rendition_"


def renditions_uncached():
    """Whether Wagtail's renditions cache (its own alias, else the default) keeps nothing."""
    try:
        backend = caches["renditions"]
    except InvalidCacheBackendError:
        backend = caches["default"]
    return isinstance(backend, DummyCache)


def _columns(image_model):
    return [field.attname for field in image_model.get_rendition_model()._meta.concrete_fields]


def with_rendition_columns(queryset, image_model, path=""):
    """``queryset`` with the columns of the renditions of the image at ``path`` ("" for the
    rows themselves, else a lookup ending in ``__``), one row per rendition."""
    relation = image_model.get_rendition_model()._meta.get_field("image").related_query_name()
    return queryset.annotate(
        **{
            f"{_COLUMN}{path}{name}": F(f"{path}{relation}__{name}")
            for name in _columns(image_model)
        }
    )


def hand_out_renditions(rows, image_model, image_of, path="", using="default"):
    """Give each image ``image_of(row)`` finds the renditions of its rows (see above).

    ``rows`` were read from the database ``using`` with ``with_rendition_columns``; the first
    row of each pk is kept and returned, in order.
    """
    rendition_model = image_model.get_rendition_model()
    names = _columns(image_model)
    kept, found = {}, defaultdict(list)
    for row in rows:
        image = image_of(kept.setdefault(row.pk, row))
        # An image without renditions comes once, with none of their columns set.
        if image is not None and getattr(row, f"{_COLUMN}{path}id") is not None:
            values = [getattr(row, f"{_COLUMN}{path}{name}") for name in names]
            rendition = rendition_model.from_db(using, names, values)
            rendition.image = image
            found[image.pk].append(rendition)
    for row in kept.values():
        image = image_of(row)
        if image is not None:
            give_prefetched_renditions(image, found[image.pk])
    return list(kept.values())
