"""Analysis: from the validated corpus to everything the pages show (actors, quotes, sources, time, reuse)."""
