"""A document's text as HTML with its statements marked: every piece of text is escaped on its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from markupsafe import Markup, escape


class Span(Protocol):
    id: int
    start: int
    end: int
    type: str


def highlight(text: str, spans: Sequence[Span], label: Callable[[Span], str] | None = None) -> Markup:
    """Text between statements escaped as is; each statement escaped inside its own <mark>.

    Offsets outside the text are clipped and overlapping statements start where the previous
    one ended, so a bad offset can shift a highlight but never lets text through unescaped.
    """
    pieces: list[Markup] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        start = min(max(span.start, position), len(text))
        end = min(max(span.end, start), len(text))
        if end <= start:
            continue
        pieces.append(escape(text[position:start]))
        title = escape(label(span)) if label else escape(span.type)
        kind = "commitment" if span.type == "commitment" else "progress"
        pieces.append(Markup('<mark class="st st-{}" id="st-{}" title="{}"><a href="#st-{}">{}</a></mark>').format(
            kind, int(span.id), title, int(span.id), text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)
