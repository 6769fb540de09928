"""Admin wiring: snippet viewsets and menu entries."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from icm_ebooth.models import Contact


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "email"]
    list_filter = ["locale"]


register_snippet(ContactViewSet)
