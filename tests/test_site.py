"""The built site: a strict build, and pages that load nothing from outside the site."""

import subprocess
import sys
from html.parser import HTMLParser

import pytest

from doclib import ROOT

# Attributes that make a browser fetch something (links a reader clicks are not requests).
LOADS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
         "video": "src", "embed": "src", "object": "data"}
NOT_FETCHED = {"canonical", "alternate", "author", "license", "me"}


class Fetches(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls, self.descriptions = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in LOADS and attrs.get(LOADS[tag]):
            self.urls.append(attrs[LOADS[tag]])
        if tag == "link" and attrs.get("href") and not set((attrs.get("rel") or "").split()) & NOT_FETCHED:
            self.urls.append(attrs["href"])
        if tag == "meta" and attrs.get("name") == "description":
            self.descriptions.append(attrs.get("content") or "")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                           cwd=ROOT, capture_output=True, text=True)
    warnings = [line for line in build.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert build.returncode == 0 and not warnings, \
        "mkdocs build --strict failed (see `make build`):\n" + "\n".join(warnings or [build.stderr])
    return site


def built_pages(site):
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_build_is_strict_and_clean(built_site):
    assert built_pages(built_site)


def test_pages_load_nothing_from_outside(built_site):
    problems = []
    for page in built_pages(built_site):
        parser = Fetches()
        parser.feed(page.read_text(encoding="utf-8"))
        external = [u for u in parser.urls if u.startswith(("http:", "https:", "//"))]
        problems += [f"{page.relative_to(built_site)}: loads {u}" for u in external]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_page_has_a_description_and_the_torch_stamp(built_site):
    problems = []
    for page in built_pages(built_site):
        html = page.read_text(encoding="utf-8")
        parser = Fetches()
        parser.feed(html)
        if not any(parser.descriptions):
            problems.append(f"{page.relative_to(built_site)}: no meta description (front matter)")
        if "Checked against torch" not in html:
            problems.append(f"{page.relative_to(built_site)}: no torch version stamp")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
