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


def below_path_q(path, *, inclusive=False):
    """A filter for the pages below the tree path ``path`` (and its own if ``inclusive``)."""
    path_length = Page._meta.get_field("path").max_length
    last_below = path + Page.alphabet[-1] * (path_length - len(path))
    lower = "path__gte" if inclusive else "path__gt"
    return Q(**{lower: path, "path__lte": last_below})


def descendants_q(page, *, inclusive=False):
    """A filter for the pages below ``page`` (and ``page`` itself if ``inclusive``)."""
    return below_path_q(page.path, inclusive=inclusive)


def children_q(page):
    """A filter for the pages right below ``page``."""
    return descendants_q(page) & Q(depth=page.depth + 1)
