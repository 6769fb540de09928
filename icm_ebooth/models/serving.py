"""Which relations a page view needs, fetched with the page itself."""


def serving_queryset(page_model):
    """``page_model``'s pages with the foreign keys their template shows joined in.

    A page lists them in ``serving_related`` (e.g. the contact); fetching them with the page
    saves one query each on every page view.
    """
    return page_model.objects.select_related(*getattr(page_model, "serving_related", ()))
