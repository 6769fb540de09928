"""The project finder's facts of each examples index, stored so they are read once per change.

Reading the facts of ten thousand examples takes a third of a second; a finder request reads
them here, in one query of a few hundred kilobytes at most, and the stored form is thrown
away whenever an example of the index is saved, published, unpublished, deleted or moved
(drafts and translations included: each locale's index has its own). The next request reads
the examples again and stores the result. An import's saves throw it away once per batch.

The facts are those of every live example of the index; which of them a visitor may see
(outside private sections) is worked out per request, so a change of view restrictions
needs nothing thrown away.

Changes made without Django's signals (``QuerySet.update`` on examples, raw SQL) must call
``forget_finder_facts()``; a data migration that changes examples should empty the table.
"""

from django.db import models
from django.db.models import F, Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import post_page_move

from icm_ebooth import batching
from icm_ebooth.privacy import privacy_snapshot
from icm_ebooth.project_finder import FinderFacts, read_facts
from icm_ebooth.tree import below_path_q


class ProjectFinderFacts(models.Model):
    """The stored ``FinderFacts`` of one project examples index."""

    index = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    # Raised by every change: facts read before a change are not stored after it.
    version = models.PositiveBigIntegerField(default=0)
    data = models.BinaryField(null=True, editable=False)

    def __str__(self):
        return f"Project finder facts of page {self.index_id}, version {self.version}"


def finder_facts(index, examples, mobility_fields):
    """The facts of the live ``examples`` of ``index``: stored ones, or read and then stored.

    ``examples`` are the pages right below ``index``; ``mobility_fields`` name their
    mobility type flags.
    """
    row = ProjectFinderFacts.objects.filter(index_id=index.pk).first()
    if row is not None and row.data is not None:
        return FinderFacts.from_bytes(row.data)
    if row is None:
        # The row exists before the examples are read, so that a change made meanwhile
        # raises its version and the facts read before it are not stored.
        row, _created = ProjectFinderFacts.objects.get_or_create(index_id=index.pk)
    facts = read_facts(examples.live(), mobility_fields)
    ProjectFinderFacts.objects.filter(index_id=index.pk, version=row.version).update(
        data=facts.to_bytes()
    )
    return facts


def visible_mask(index, facts, examples, request=None):
    """The mask of the examples of ``facts`` a visitor may see, as ``visible_to_public``."""
    paths = privacy_snapshot(request).restricted_page_paths
    if any(index.path.startswith(path) for path in paths):
        return 0
    below = [path for path in paths if path.startswith(index.path)]
    if not below:
        return facts.every
    private = Q()
    for path in below:
        private |= below_path_q(path, inclusive=True)
    hidden = examples.filter(private).values_list("pk", flat=True)
    return facts.every & ~facts.mask_of(hidden)


def forget_finder_facts(index_paths):
    """Throw away the stored facts of the indexes at the tree paths ``index_paths``."""
    index_paths = list(index_paths)
    if index_paths:
        ProjectFinderFacts.objects.filter(index__path__in=index_paths).update(
            version=F("version") + 1, data=None
        )


def _forget(index_path):
    if not batching.defer(forget_finder_facts, index_path, index_path):
        forget_finder_facts([index_path])


def register_signal_handlers(example_model):
    """Throw the stored facts away whenever an ``example_model`` page changes."""

    def is_example(instance):
        if isinstance(instance, example_model):
            return True
        # A page read as a plain Page (``get_children()``, the admin's bulk actions).
        return isinstance(instance, Page) and issubclass(
            instance.specific_class or Page, example_model
        )

    def saved_or_deleted(instance, **kwargs):
        if is_example(instance) and len(instance.path or "") > Page.steplen:
            _forget(instance.path[: -Page.steplen])

    def moved(instance, parent_page_before=None, parent_page_after=None, **kwargs):
        if is_example(instance):
            for parent in (parent_page_before, parent_page_after):
                if parent is not None:
                    _forget(parent.path)

    for sender in (Page, example_model):
        uid = f"icm_ebooth_finder_facts_{sender._meta.label_lower}"
        post_save.connect(saved_or_deleted, sender=sender, weak=False, dispatch_uid=f"{uid}_saved")
        post_delete.connect(
            saved_or_deleted, sender=sender, weak=False, dispatch_uid=f"{uid}_deleted"
        )
    post_page_move.connect(moved, weak=False, dispatch_uid="icm_ebooth_finder_facts_moved")
