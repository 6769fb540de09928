"""Pages below a page, found by a range of tree paths that the path index answers.

Wagtail's ``LIKE 'path%'`` reads every page's path on SQLite; why a range does not is in
docs/production.md ("Queries and the database's planner").
"""

from django.db.models import CharField, Count, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Concat
from wagtail.models import Page

from icm_ebooth.compat import last_path_character


def below_path_q(path, *, inclusive=False):
    """A filter for the pages below the tree path ``path`` (and its own if ``inclusive``)."""
    path_length = Page._meta.get_field("path").max_length
    last_below = path + last_path_character(Page) * (path_length - len(path))
    lower = "path__gte" if inclusive else "path__gt"
    return Q(**{lower: path, "path__lte": last_below})


def descendants_q(page, *, inclusive=False):
    """A filter for the pages below ``page`` (and ``page`` itself if ``inclusive``)."""
    return below_path_q(page.path, inclusive=inclusive)


def children_q(page):
    """A filter for the pages right below ``page``."""
    return descendants_q(page) & Q(depth=page.depth + 1)


def repair_child_counts(pages):
    """Set each page's ``numchild`` to the number of pages right below it, found by path.

    Treebeard's ``get_children()`` returns nothing for a page whose ``numchild`` is 0, and
    Wagtail's routing, explorer and page chooser trust it; this recounts it from the paths
    the tree is actually made of. Works on any queryset of pages, historical models in
    migrations included. Returns the number of pages it repaired.
    """
    page_model = pages.model
    path_length = page_model._meta.get_field("path").max_length
    children = (
        page_model.objects.filter(
            path__gt=OuterRef("path"),
            path__lte=Concat(
                OuterRef("path"),
                Value(last_path_character(Page) * path_length),
                output_field=CharField(),
            ),
            depth=OuterRef("depth") + 1,
        )
        .order_by()
        .values("depth")
        .annotate(count=Count("pk"))
        .values("count")
    )
    wrong = (
        pages.order_by()
        .annotate(real_numchild=Coalesce(Subquery(children), 0))
        .exclude(numchild=F("real_numchild"))
        .values_list("pk", "real_numchild")
    )
    # A page is rarely wrong; one update each keeps this free of vendor quirks.
    repaired = 0
    for pk, real_numchild in list(wrong):
        repaired += page_model.objects.filter(pk=pk).update(numchild=real_numchild)
    return repaired


def repair_child_count_on_publish(instance, **kwargs):
    """``page_published`` receiver: the page published may carry a stale ``numchild``.

    Publishing saves the page as its revision rebuilt it, with the ``numchild`` of the
    instance the revision was made from. wagtail-localize publishes a translation that way
    when the transaction commits, after "Include subtree" has added its children: the count
    saved is 0 (wagtail-localize issue #773).
    """
    if repair_child_counts(Page.objects.filter(pk=instance.pk)):
        # Whoever saves this instance next must not write the stale count back.
        instance.refresh_from_db(fields=["numchild"])
