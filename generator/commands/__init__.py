"""Commands that set up or extend a dossier project: init and add."""
