"""Work that saving or publishing a page sets off, done once per batch instead of once a save.

An import creates a page, stores a revision and publishes it: three saves and a publication
a row. Each save makes Wagtail update the page's search and reference index entries, and
each publication makes this package bump the cache of the page's booth, purge a CDN and copy
locked fields to the page's translations. Inside ``batch()`` that work is collected instead
and, when the block ends, done once for everything the batch touched: one bulk update of
the search index per model, one reference index update per object, one cache bump and purge,
and one translation sync per page that has translations.

Wagtail's own index receivers are stood in for as follows, nothing else of Wagtail changes:
the reference index through ``disable_reference_index_auto_update()`` (Wagtail's API for
this) and a receiver here that notes what was saved; the search index by putting a receiver
here in place of modelsearch's ``post_save`` receiver, which passes each save on to
modelsearch's unchanged whenever no batch is open in the thread. modelsearch connects its
receivers in its ``ready()``, which runs after this app's in the usual ``INSTALLED_APPS``
order, so the stand-in is put in place when the first batch opens.
"""

import logging
import threading
from contextlib import contextmanager

from asgiref.local import Local
from django.db.models.signals import post_save

logger = logging.getLogger(__name__)

_local = Local()
_install_lock = threading.Lock()
_search_receivers_installed = False


class _Batch:
    """What a batch has put off: for each flush function, its items by key, in order."""

    def __init__(self):
        self.work = {}

    def defer(self, flush, key, item):
        self.work.setdefault(flush, {})[key] = item

    def flush(self):
        # In the order the work was first put off: saves come before publications, so the
        # indexes are up to date when the cache asks the reference index what shows a page.
        for flush, items in self.work.items():
            flush(list(items.values()))


def open_batch():
    """The batch open in this thread, or ``None``."""
    return getattr(_local, "batch", None)


def defer(flush, key, item=None):
    """Put ``item`` off until the open batch ends, then pass it to ``flush`` with the others.

    ``key`` names the item: deferring the same key again replaces it, so each object's work
    is done once. Returns ``False`` when no batch is open: the caller then does the work now.
    """
    current = open_batch()
    if current is None:
        return False
    current.defer(flush, key, item)
    return True


@contextmanager
def batch(*, discard=False):
    """Collect the work that saves and publications set off, and do it once when the block ends.

    With ``discard`` (a dry run, whose transaction is rolled back) the collected work is
    dropped instead. When the block raises, the work is dropped too: the transaction the
    block ran in is rolled back with the rows it was for. A batch opened inside another
    joins it.
    """
    if open_batch() is not None:
        yield
        return
    from wagtail.signal_handlers import disable_reference_index_auto_update

    _install_search_receivers()
    current = _local.batch = _Batch()
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        del _local.batch
    if not discard:
        current.flush()


# The reference index


def _reference_index_key(instance):
    """The object Wagtail records ``instance``'s references under: its parent for a child."""
    from modelcluster.fields import ParentalKey

    for field in instance._meta.concrete_fields:
        if isinstance(field, ParentalKey):
            parent_id = getattr(instance, field.attname)
            if parent_id is not None:
                parent = field.related_model._meta
                return (parent.app_label, parent.model_name, str(parent_id))
    return (instance._meta.app_label, instance._meta.model_name, str(instance.pk))


def _note_saved_for_reference_index(sender, instance, raw=False, **kwargs):
    if raw or open_batch() is None:
        return
    from wagtail.models import ReferenceIndex

    if sender in ReferenceIndex.tracked_models:
        key = _reference_index_key(instance)
        defer(_update_reference_index, key, key)


def _update_reference_index(keys):
    """Enqueue Wagtail's reference index task once for each object that still exists."""
    from django.apps import apps
    from wagtail.tasks import update_reference_index_task

    for (app_label, model_name), pks in _by_model(keys).items():
        model = apps.get_model(app_label, model_name)
        # A row rolled back to its savepoint left its key behind.
        for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True):
            update_reference_index_task.enqueue(app_label, model_name, str(pk))


def _by_model(keys):
    groups = {}
    for app_label, model_name, pk in keys:
        groups.setdefault((app_label, model_name), []).append(pk)
    return groups


# The search index


def _install_search_receivers():
    """Put the receiver below in the place of modelsearch's, once per process."""
    global _search_receivers_installed
    if _search_receivers_installed:
        return
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    with _install_lock:
        if _search_receivers_installed:
            return
        for model in get_indexed_models():
            uid = f"icm_ebooth_batching_search_{model._meta.label_lower}"
            # Connected before the other is disconnected: a save in between is indexed
            # twice, never missed.
            post_save.connect(_search_index_on_save, sender=model, dispatch_uid=uid)
            if not post_save.disconnect(post_save_signal_handler, sender=model):
                # modelsearch does not update this model's index on save (search_auto_update).
                post_save.disconnect(sender=model, dispatch_uid=uid)
        _search_receivers_installed = True


def _search_index_on_save(sender, instance, raw=False, **kwargs):
    from modelsearch.signal_handlers import post_save_signal_handler

    if raw:
        return
    if not defer(_update_search_index, (sender, instance.pk), (sender, instance.pk)):
        post_save_signal_handler(sender=sender, instance=instance, raw=raw, **kwargs)


def _update_search_index(keys):
    """Add each model's saved objects to every search backend at once."""
    from modelsearch.backends import get_search_backends_with_name

    by_model = {}
    for model, pk in keys:
        by_model.setdefault(model, []).append(pk)
    for model, pks in by_model.items():
        objects = [
            indexed
            for indexed in (
                instance.get_indexed_instance()
                for instance in model.get_indexed_objects().filter(pk__in=pks)
            )
            if indexed is not None
        ]
        if not objects:
            continue
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, objects)
            except Exception:
                # As modelsearch does: a search service that is down must not lose the
                # import, a database backend's error must end the transaction.
                logger.exception("Could not index %s objects in %r", len(objects), name)
                if not backend.catch_indexing_errors:
                    raise


def register_signal_handlers():
    """Connect the receiver that notes saves for the reference index while a batch is open."""
    post_save.connect(
        _note_saved_for_reference_index, dispatch_uid="icm_ebooth_batching_reference_index"
    )
