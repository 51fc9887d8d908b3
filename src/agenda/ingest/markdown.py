"""Markdown to plain text: markup stripped, words kept; front matter read as metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.MULTILINE)
_FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.DOTALL | re.MULTILINE)
_SETEXT_RULE = re.compile(r"^[ \t]*(=+|-+)[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_LIST = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_STAR_EMPHASIS = re.compile(r"(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
# underscores inside words (snake_case, file_name) are not emphasis
_UNDERSCORE_EMPHASIS = re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)", re.DOTALL)
_CODE = re.compile(r"`+([^`]+)`+")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE)
_TABLE_PIPES = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass
class FrontMatter:
    """The few fields of a YAML front-matter block that describe a document."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    lang: str | None = None
    url: str | None = None


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """The front matter (title, date, author, lang, url) and the text after it."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return FrontMatter(), text
    fields = {key.lower(): value.strip("\"'") for key, value in _FRONT_FIELD.findall(found.group(1))}
    matter = FrontMatter(
        title=fields.get("title") or None, date=fields.get("date") or None,
        author=fields.get("author") or None, lang=fields.get("lang") or fields.get("language") or None,
        url=fields.get("url") or fields.get("canonical_url") or None,
    )
    return matter, text[found.end():]


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown document: headings, emphasis, links, lists, code marks removed."""
    text = _FENCE.sub(lambda m: m.group(2), text)
    text = _REF_DEF.sub("", text)
    text = _TABLE_RULE.sub("", text)
    text = _TABLE_PIPES.sub(lambda m: " ".join(cell.strip() for cell in m.group(1).split("|")), text)
    text = _RULE.sub("", text)
    text = _SETEXT_RULE.sub("", text)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    text = _LIST.sub(r"\1", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = _STAR_EMPHASIS.sub(r"\2", text)
        text = _UNDERSCORE_EMPHASIS.sub(r"\2", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()
