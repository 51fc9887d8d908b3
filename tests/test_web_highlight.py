"""Highlighting statements in a document: each piece of text escaped on its own, offsets clipped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

from agenda.web.highlight import highlight


@dataclass
class Span:
    id: int
    start: int
    end: int
    type: str = "commitment"


TEXT = 'Intro <b>bold</b>. The "fund" <script>x()</script> grows. Tail & end.'


def test_statements_are_marked_and_everything_is_escaped() -> None:
    start = TEXT.index("The")
    end = TEXT.index("grows.") + len("grows.")
    html = str(highlight(TEXT, [Span(7, start, end)]))
    assert html.startswith("Intro &lt;b&gt;bold&lt;/b&gt;. ")
    assert ('<mark class="st st-commitment" id="st-7" title="commitment"><a href="#st-7">'
            "The &#34;fund&#34; &lt;script&gt;x()&lt;/script&gt; grows.</a></mark>") in html
    assert html.endswith(" Tail &amp; end.")
    assert "<script>" not in html and "<b>" not in html


def test_bad_offsets_never_let_text_through_unescaped() -> None:
    spans = [Span(1, -5, 3), Span(2, 2, 12), Span(3, 60, 500), Span(4, 40, 30), Span(5, 500, 600)]
    html = str(highlight(TEXT, spans))
    assert "<script>" not in html and "<b>" not in html
    assert html.count("<mark") == 3  # the inverted span and the one past the end are skipped
    plain = re.sub(r'<mark [^>]*><a href="#st-\d+">', "", html.replace("</a></mark>", ""))
    assert unescape(plain) == TEXT  # the whole text, once, in order


def test_labels_are_escaped_too() -> None:
    html = str(highlight("abc", [Span(1, 0, 3)], label=lambda s: '"><img src=x>'))
    assert 'title="&#34;&gt;&lt;img src=x&gt;"' in html
