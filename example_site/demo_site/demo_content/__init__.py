"""The example site's content, built in code so one idempotent command can load it."""

from demo_site.demo_content.home import ensure_home_page, ensure_locales


def load_demo_content():
    """Create or update every demo page; return lines describing what was done."""
    summary = []
    locales = ensure_locales()
    summary.append("Locales: " + ", ".join(sorted(locale.language_code for locale in locales)))
    home = ensure_home_page()
    summary.append(f"Home page: {home.url_path}")
    return summary


def reset_demo_content():
    """Delete the demo home page and everything under it."""
    from demo_site.models import HomePage

    for home in HomePage.objects.all():
        home.delete()
