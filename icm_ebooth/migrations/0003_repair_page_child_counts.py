"""Recount every page's children: translations made with "Include subtree" saved 0.

wagtail-localize published each translated parent with the child count it had before its
children were translated (wagtail-localize issue #773). Sites that translated a booth that
way show no children below its translation in the admin, and Wagtail's routing finds none.
"""

from django.db import migrations

from icm_ebooth.tree import repair_child_counts


def repair_page_child_counts(apps, schema_editor):
    repair_child_counts(apps.get_model("wagtailcore", "Page").objects.all())


class Migration(migrations.Migration):
    dependencies = [
        ("icm_ebooth", "0002_project_partner_regions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        # Nothing to undo: the counts are true either way.
        migrations.RunPython(repair_page_child_counts, migrations.RunPython.noop),
    ]
