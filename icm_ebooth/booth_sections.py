"""The sections a new booth starts with, from ``ICM_EBOOTH_BOOTH_SECTIONS``.

Called from Wagtail's ``after_create_page`` hook, which runs only when an editor creates a
page in the admin: translations, copies, aliases and imports never pass through it, so
they keep the sections they bring and gain none.
"""

from django.apps import apps
from django.utils import translation

from icm_ebooth.conf import ebooth_settings


def create_booth_sections(booth, user=None):
    """Add the configured sections under the new ``booth`` as drafts in its language.

    A type that may not be added there (for example a second library, or a type the site
    has restricted) is left out. Returns the pages created, in the setting's order.
    """
    created = []
    with translation.override(booth.locale.language_code):
        for page_type, title in ebooth_settings.BOOTH_SECTIONS:
            model = apps.get_model(page_type)
            if not model.can_create_at(booth):
                continue
            section = model(title=str(title), locale=booth.locale, live=False, owner=user)
            booth.add_child(instance=section)
            section.save_revision(user=user)
            created.append(section)
    return created
