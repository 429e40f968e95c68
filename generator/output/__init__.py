"""Output: writing the generated files into the docs folder, and the manifest of what was written."""
