"""LinkChecker (the PyPI tool) crawls the built site over HTTP and finds no broken link."""

import shutil
import sys
from pathlib import Path

from support import run, serve


def test_linkchecker_finds_no_broken_link(built_site, tmp_path):
    server = serve(built_site / "site")
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        linkchecker = shutil.which("linkchecker", path=str(Path(sys.executable).parent))
        result = run([linkchecker, "--no-status", "--no-warnings", "--threads", "4", url], tmp_path)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stdout[-3000:]
    assert " 0 errors found" in result.stdout
    checked = int(result.stdout.split(" links in ")[0].rsplit("\n", 1)[-1].split()[-1])
    assert checked > 80  # the crawl reached the article, actor and data pages
