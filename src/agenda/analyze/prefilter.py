"""Which words a cue pattern needs: a cheap test, on a sentence's words, of whether the pattern can match at all.

Most cue patterns start with a word boundary and a list of words ("\\b(?:held|signed|...)\\b"). A match then
begins a word of the sentence that is one of those words (or starts with one, for "launch\\w*"). Reading the
words of a sentence once and intersecting them with each pattern's words skips the search of most patterns;
a pattern that may match is still searched, so what it finds is unchanged. A pattern whose words cannot be
derived (no leading word boundary, a class of letters, too many alternatives) is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # the parser's opcodes: the pattern's own structure, not a second grammar
from re import _parser
from typing import Any

# A word of a sentence: a run of letters, exactly as the detector's word features read it.
WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_PATHS = 5000  # beyond this, deriving the words costs more than it saves
_PREFIX_LENGTH = 4  # "launch\w*" is looked up as the words starting with "laun"
_MIN_PREFIX = 3
_NON_LETTER_CATEGORIES = {sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_WORD}


class _Unknown(Exception):
    """The pattern's words cannot be derived: it is always searched."""


# The words one way through a pattern reads, in order: each whole, or only the start of a longer word.
_Path = tuple[tuple[str, bool], ...]


def word_keys(words: list[str], lengths: Iterable[int] = (_MIN_PREFIX, _PREFIX_LENGTH)) -> set[str]:
    """The keys `triggers` are looked up with: each word of a sentence (`WORD`), and its first letters (as many
    as `lengths` says: those of `prefix_lengths`)."""
    keys = set(words)
    for length in lengths:
        keys.update([word[:length] + "*" for word in words if len(word) >= length])
    return keys


def prefix_lengths(needs: Iterable[frozenset[str] | None]) -> tuple[int, ...]:
    """The lengths of the word starts that some of `needs` (of `triggers`) looks up."""
    return tuple(sorted({len(key) - 1 for keys in needs if keys for key in keys if key.endswith("*")}))


def triggers(pattern: str, common: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Keys of which a sentence must hold one for `pattern` to match it (see `word_keys`), or None if unknown.

    Each way through the pattern needs all its words; one of them stands for it, the least `common` (then the
    longest): "is going to" is looked up as "going".
    """
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
            return None
        paths: set[_Path] = set()
        _anchored(list(parsed.data), paths)
        keyed = sorted((_keys(path) for path in paths), key=lambda keys: (len(keys), keys))
        chosen: set[str] = set()
        for keys in keyed:  # ways with fewer words first: a word they force may stand for longer ways too
            if chosen.isdisjoint(keys):
                chosen.add(max(keys, key=lambda key: (key.rstrip("*") not in common, len(key))))
        return frozenset(chosen)
    except (_Unknown, re.error, RecursionError):
        return None


def _keys(path: _Path) -> tuple[str, ...]:
    """The keys of the words of one way through a pattern, in order (a prefix too short has none)."""
    keys = tuple(word if whole else word[:_PREFIX_LENGTH] + "*" for word, whole in path
                 if whole or len(word) >= _MIN_PREFIX)
    if not keys:
        raise _Unknown(path)
    return keys


def _anchored(ops: list[Any], paths: set[_Path]) -> None:
    """Follow `ops` to the word boundary that starts every match, then read the words that follow it."""
    for index, (op, av) in enumerate(ops):
        if op is sre.AT and av is sre.AT_BOUNDARY:
            _walk(ops, index + 1, "", (), paths)
            return
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing: the match still starts after it
        if op is sre.SUBPATTERN and not (av[1] or av[2]):
            _anchored(list(av[3].data) + ops[index + 1:], paths)
            return
        if op is sre.BRANCH:
            for alternative in av[1]:
                _anchored(list(alternative.data) + ops[index + 1:], paths)
            return
        break
    raise _Unknown("no leading word boundary")


def _walk(ops: list[Any], index: int, word: str, read: _Path, paths: set[_Path]) -> None:
    """Read letters along every path of `ops` from `index`. `word` is the word being read; "" between words,
    where the last character read (or the one before a word boundary) is no letter, so a letter starts a word."""
    if len(paths) > _MAX_PATHS:
        raise _Unknown("too many paths")
    while index < len(ops):
        op, av = ops[index]
        rest = ops[index + 1:]
        if op is sre.LITERAL:
            if _LETTER.match(chr(av)):
                word += chr(av)
            elif word:
                word, read = "", (*read, (word, True))
        elif op is sre.IN:
            chars = _chars(av)
            if chars is None:
                return _stop(word, read, paths)
            for char in dict.fromkeys(chars):
                _walk([(sre.LITERAL, ord(char)), *rest], 0, word, read, paths)
            return None
        elif op is sre.SUBPATTERN and not (av[1] or av[2]):
            return _walk(list(av[3].data) + rest, 0, word, read, paths)
        elif op is sre.BRANCH:
            for alternative in av[1]:
                _walk(list(alternative.data) + rest, 0, word, read, paths)
            return None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            return _repeat(av, rest, word, read, paths)
        elif op is sre.AT and av is sre.AT_BOUNDARY and word:
            word, read = "", (*read, (word, True))  # after a letter, a boundary means no letter follows
        elif not (op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT)):
            return _stop(word, read, paths)  # anything else may go on with letters
        index += 1
    return _stop(word, read, paths)


def _repeat(av: Any, rest: list[Any], word: str, read: _Path, paths: set[_Path]) -> None:
    low, high, item = av
    if low == 0:
        _walk(rest, 0, word, read, paths)  # no repetition at all
    if high == 1:
        _walk(list(item.data) + rest, 0, word, read, paths)
    elif _non_letters(list(item.data)):
        _walk([(sre.LITERAL, ord(" ")), *rest], 0, word, read, paths)  # any run of non-letters reads as one
    else:
        _stop(word, read, paths)


def _stop(word: str, read: _Path, paths: set[_Path]) -> None:
    """End a path where what follows is unknown: the word being read is only the start of one."""
    path = (*read, (word, False)) if word else read
    if not path:
        raise _Unknown("a match may start with no letter")
    paths.add(path)


def _chars(av: list[Any]) -> list[str] | None:
    """The characters of a small class (letters taken one by one), or None when they cannot be listed."""
    chars: list[str] = []
    for op, value in av:
        if op is sre.LITERAL:
            chars.append(chr(value))
        elif op is sre.CATEGORY and value in _NON_LETTER_CATEGORIES:
            chars.append(" ")  # stands for any character of the category: none is a letter
        else:
            return None
    return chars


def _non_letters(ops: list[Any]) -> bool:
    """Whether `ops` is one character that is never a letter."""
    if len(ops) != 1:
        return False
    op, av = ops[0]
    if op is sre.LITERAL:
        return not _LETTER.match(chr(av))
    chars = _chars(av) if op is sre.IN else None
    return chars is not None and not any(_LETTER.match(char) for char in chars)
