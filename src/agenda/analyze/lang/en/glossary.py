"""English words and their English equivalents: none (English is the language keywords meet in)."""

TO_ENGLISH: dict[str, str] = {}
