"""Exports: the data downloads and the JSON Schemas."""
