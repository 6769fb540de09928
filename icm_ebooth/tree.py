"""Pages below a page, found through the index on their tree paths.

Wagtail's ``descendant_of`` and ``child_of`` match paths with ``LIKE 'path%'``. SQLite
cannot answer that from an index (its ``LIKE`` ignores case, the index does not), so each
such query reads the path of every page on the site. Every path below a page lies between
the page's own path and that path followed by the alphabet's last character, up to the
column's length; a range like that is answered from the unique index on SQLite and
PostgreSQL alike, so a booth's queries cost the same however large the site around it.
"""

from django.db.models import Q
from wagtail.models import Page


def _last_path_below(page):
    path_length = Page._meta.get_field("path").max_length
    return page.path + page.alphabet[-1] * (path_length - len(page.path))


def descendants_q(page, *, inclusive=False):
    """A filter for the pages below ``page`` (and ``page`` itself if ``inclusive``)."""
    lower = "path__gte" if inclusive else "path__gt"
    return Q(**{lower: page.path, "path__lte": _last_path_below(page)})


def children_q(page):
    """A filter for the pages right below ``page``."""
    return descendants_q(page) & Q(depth=page.depth + 1)
