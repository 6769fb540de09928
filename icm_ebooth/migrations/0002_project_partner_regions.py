from django.db import migrations, models


def derive_partner_regions(apps, schema_editor):
    """Fill the new field for examples saved before it existed."""
    from icm_ebooth.regions import regions_for

    ProjectExamplePage = apps.get_model("icm_ebooth", "ProjectExamplePage")
    for page in ProjectExamplePage.objects.only("partner_countries", "call_year"):
        codes = [code for code in (page.partner_countries or "").split(",") if code]
        page.partner_regions = ",".join(regions_for(codes, page.call_year))
        page.save(update_fields=["partner_regions"])


class Migration(migrations.Migration):
    dependencies = [
        ("icm_ebooth", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="projectexamplepage",
            name="partner_regions",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Erasmus+ partner regions of the partner countries, for the call year.",
                max_length=255,
                verbose_name="partner regions",
            ),
        ),
        migrations.RunPython(derive_partner_regions, migrations.RunPython.noop),
    ]
