"""Answers cached pages and calendar files before Wagtail routes the request."""

from functools import wraps

from icm_ebooth.cache.serving import fetch


def fetch_first(view):
    """Answer a view's GET or HEAD from the cache before the view routes the request."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return fetch(request) or view(request, *args, **kwargs)

    return wrapper


class PageCacheMiddleware:
    """Answers cached pages before Wagtail routes the request, which saves its queries.

    Optional: without it, e-Booth pages are still cached and looked up in ``serve()``,
    after routing. Place it after ``AuthenticationMiddleware`` and ``LocaleMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Imported here: Wagtail's views need the models loaded, and the page models
        # import this package to serve through the cache.
        from wagtail import views as wagtail_views

        if view_func is wagtail_views.serve:
            return fetch(request)
        return None
