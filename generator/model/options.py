"""What the generated pages need to know about the site they are built into."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SiteOptions:
    site_url: str = ""  # absolute URL of the hosted site, for citations ("" when unknown)
    directory_urls: bool = True  # False in the offline build: pages are x.html, not x/
