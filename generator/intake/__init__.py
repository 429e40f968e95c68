"""Intake: YAML with line numbers, validation into typed records, seed texts and their cleaning."""
