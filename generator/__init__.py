"""Dossier: turn scraped news articles and editor YAML into a static dossier site."""

__version__ = "0.1.0"
