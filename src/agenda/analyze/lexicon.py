"""Compiling word lists into one fast regex (a trie of alternatives) and looking matches up again."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = re.compile(r"\s+")


def normalize(text: str, case_sensitive: bool = False) -> str:
    """The lookup key of a phrase: single spaces, typographic apostrophes folded, lower-cased unless cased."""
    folded = _SPACE.sub(" ", text.strip()).replace("’", "'")
    return folded if case_sensitive else folded.lower()


def trie_regex(phrases: Iterable[str]) -> str:
    """A regex alternation matching any of `phrases` (longest first at a position); spaces match any run of
    whitespace and apostrophes match both ' and ’."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie) or r"(?!x)x"


def _char(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char in "'’":
        return "['’]"
    return re.escape(char)


def _node_regex(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [_char(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def compile_phrases(phrases: Iterable[str], case_sensitive: bool) -> re.Pattern[str]:
    """A pattern finding whole-word occurrences of `phrases`."""
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(r"(?<!\w)(?:" + trie_regex(phrases) + r")(?!\w)", flags)
