"""Routing to a child page in one query, for pages with children of several types."""

from wagtail.models import Page


def joinable_child_classes(page_class):
    """The page types allowed below ``page_class`` whose own table joins straight to a page.

    A type that inherits from another page type (not from ``Page`` itself) is reached
    through its parent type's table; Wagtail's own routing serves it.
    """
    return [
        model
        for model in page_class.allowed_subpage_models()
        if model is not Page and Page in model._meta.parents
    ]


class JoinedChildRouteMixin:
    """Find the child a URL names together with its own fields, in one query.

    Wagtail's ``route`` finds a child in two queries: the page, then its specific row.
    Joining the table of every type allowed below this page brings both at once. Put it
    before ``Page`` in the bases of a page whose children are of a few known types.
    """

    def route(self, request, path_components):
        if path_components:
            child_classes = joinable_child_classes(self.specific_class)
            page = (
                self.get_children()
                .filter(slug=path_components[0])
                .select_related(*(model._meta.model_name for model in child_classes))
                .first()
            )
            if page is not None and page.specific_class in child_classes:
                child = getattr(page, page.specific_class._meta.model_name)
                # Treebeard's get_parent() reads this instead of querying the parent.
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
