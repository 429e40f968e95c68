"""Browser tests in Debian's Chromium, driven by Playwright (never `playwright install`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import make_project, mkdocs, serve

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]}


@pytest.fixture(scope="session")
def site_url(built_site):
    server = serve(built_site / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("offline") / "project")
    result = mkdocs(["build", "--strict", "--site-dir", "site-offline"], project, OFFLINE="true")
    assert result.returncode == 0, result.stderr
    return project / "site-offline"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir()
    return ARTIFACTS
