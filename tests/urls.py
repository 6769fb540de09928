from django.conf import settings
from django.conf.urls.static import static

from demo_project.urls import urlpatterns as site_urlpatterns

# The live server used by browser tests also needs the uploaded media.
urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + site_urlpatterns
