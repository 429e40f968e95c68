"""Pages: the URL scheme, the Jinja environment, view objects, templates and labels."""
