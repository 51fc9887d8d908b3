"""The naive keyword baseline the extractor is compared with: any commitment cue, else any progress cue."""

from __future__ import annotations

import re
from functools import cache

from agenda.analyze.lang import language_data
from agenda.analyze.sentences import split_sentences
from agenda.model import Document, Statement, StatementType


@cache
def _cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = language_data(lang, "cues")
    return (re.compile("|".join(cues.HEADLINE_COMMITMENT_CUES), re.IGNORECASE),
            re.compile("|".join(cues.HEADLINE_PROGRESS_CUES), re.IGNORECASE))


def keyword_baseline(document: Document) -> list[Statement]:
    """Every sentence holding one of the annotation guide's headline cue words, typed by that cue."""
    lang = document.lang or "en"
    commitment, progress = _cues(lang)
    found: list[Statement] = []
    for start, end in split_sentences(document.text, lang):
        sentence = document.text[start:end]
        if commitment.search(sentence):
            kind = StatementType.COMMITMENT
        elif progress.search(sentence):
            kind = StatementType.PROGRESS
        else:
            continue
        found.append(Statement(doc=document.id, start=start, end=end, text=sentence, type=kind, lang=lang,
                               doc_date=document.date))
    return found
