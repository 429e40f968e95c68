"""Typed records shared by every stage: the dossier as validated, dates, figures, problems, site options."""
