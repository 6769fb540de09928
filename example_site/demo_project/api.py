"""The site's API: Wagtail's v2 endpoints as icm_ebooth adapts them (see ``icm_ebooth.api``)."""

from wagtail.api.v2.router import WagtailAPIRouter

from icm_ebooth.api.views import (
    EboothDocumentsAPIViewSet,
    EboothImagesAPIViewSet,
    EboothPagesAPIViewSet,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", EboothPagesAPIViewSet)
api_router.register_endpoint("images", EboothImagesAPIViewSet)
api_router.register_endpoint("documents", EboothDocumentsAPIViewSet)
