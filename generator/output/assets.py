"""Files copied into every site as they are: the dossier's stylesheet and the offline search shim."""

from __future__ import annotations

from importlib import resources


def static_files():
    """(path inside the docs folder, bytes) of each shipped asset."""
    static = resources.files("generator").joinpath("static")
    yield "assets/dossier.css", static.joinpath("dossier.css").read_bytes()
    # Material's offline build needs this Worker shim to run search from file://; shipped locally
    # instead of the CDN copy the offline plugin would link (MIT, see vendor/iframe-worker-LICENSE.txt).
    yield "assets/iframe-worker-shim.js", static.joinpath("vendor/iframe-worker-shim.js").read_bytes()
