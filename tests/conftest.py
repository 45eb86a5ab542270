import subprocess
import sys

import pytest

from inside_pytorch.layout import ROOT


# The built site, shared by tests/test_site.py (its HTML) and tests/test_browser.py (in Chromium).
@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                           cwd=ROOT, capture_output=True, text=True)
    warnings = [line for line in build.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert build.returncode == 0 and not warnings, \
        "mkdocs build --strict failed (see `make build`):\n" + "\n".join(warnings or [build.stderr])
    return site
