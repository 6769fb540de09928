"""Take the README's screenshots of the example site.

Run from the repository root:

    .venv/bin/python scripts/screenshots.py

It builds a throwaway copy of the example site (SQLite database and media in a temporary
folder: ``migrate`` then ``load_demo``), serves it on a free port of 127.0.0.1, photographs the
booth home, an upcoming event and the project finder on a desktop and a phone, in English and
French, with Playwright and the system Chromium (``/usr/bin/chromium``, or the path in
``ICM_EBOOTH_CHROMIUM``) and writes them to ``docs/screenshots/``. The server and the
temporary folder are removed at the end. Nothing is read from or written to
``example_site/db.sqlite3`` or ``example_site/media``.
"""

import io
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SITE = ROOT / "example_site"
OUTPUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("ICM_EBOOTH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]

# Desktop and phone: (name, viewport width), one CSS pixel a pixel.
DEVICES = [("desktop", 1280), ("phone", 390)]
MAX_HEIGHT = {"desktop": 1600, "phone": 2400}
# README images are kept small enough to commit; larger ones are reduced to 256 colours.
MAX_BYTES = 400_000

BOOTHS = {
    "en": "/en/erasmus-virtual-fair/international-credit-mobility/",
    "fr": "/fr/salon-virtuel-erasmus/mobilite-internationale-de-credits/",
}
# The pages of the README: the booth home, an upcoming event, the finder, in each language.
PAGES = {
    "booth": {"en": "", "fr": ""},
    "event": {"en": "events/information-session/", "fr": "evenements/seance-information/"},
    "project-examples": {"en": "project-examples/", "fr": "exemples-de-projets/"},
}
SHOTS = [
    (f"{page}-{language}-{device}.png", BOOTHS[language] + paths[language], device, width)
    for page, paths in PAGES.items()
    for language in ("en", "fr")
    for device, width in DEVICES
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=EXAMPLE_SITE, env=env, check=True, **kwargs
    )


def wait_for(url, timeout=180):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def compact_png(data):
    """PNG bytes small enough for the repository."""
    image = Image.open(io.BytesIO(data)).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    if buffer.tell() > MAX_BYTES:
        buffer = io.BytesIO()
        image.quantize(colors=256).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def take_screenshots(base_url):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        for name, path, device, width in SHOTS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            tab = context.new_page()
            response = tab.goto(base_url + path)
            if response.status != 200:
                raise SystemExit(f"{path} answered {response.status}")
            tab.wait_for_load_state("networkidle")
            # Lazy images load only near the screen: scroll once through the page.
            tab.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
            tab.wait_for_load_state("networkidle")
            tab.evaluate("window.scrollTo(0, 0)")
            height = min(MAX_HEIGHT[device], tab.evaluate("document.documentElement.scrollHeight"))
            data = tab.screenshot(
                full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height}
            )
            context.close()
            target = OUTPUT / name
            target.write_bytes(compact_png(data))
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")
        browser.close()


def main():
    with tempfile.TemporaryDirectory(prefix="icm-ebooth-screenshots-") as folder:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "demo_project.settings.dev",
            "DATABASE_URL": f"sqlite:///{Path(folder) / 'db.sqlite3'}",
            "MEDIA_ROOT": str(Path(folder) / "media"),
        }
        manage(env, "migrate", "--noinput", stdout=subprocess.DEVNULL)
        manage(env, "load_demo", stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=EXAMPLE_SITE,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_for(base_url + "/en/")
            take_screenshots(base_url)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
