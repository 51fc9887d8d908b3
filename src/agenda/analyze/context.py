"""What a document tells about its sentences: who "we" are, and what the document is about.

A sentence alone cannot say who "we" are, nor that "share 25% for immediate needs" is about
vaccines. The document can: its publisher (source or web domain), the countries its title names,
the signatories a joint text lists ("We, the Governments of ..."), and the pillar its words lean
to. `fill_slots_in_context` is `fill_slots` with that context; read it once per document with
`document_context`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from agenda.analyze.actors import DEMONYM, MASK, find_mentions, joins_speaker, read_actors
from agenda.analyze.dates import find_due
from agenda.analyze.kinds import classify_pillar, pillar_scores
from agenda.analyze.lang import SUPPORTED
from agenda.analyze.sentences import segment
from agenda.analyze.slots import fill_sentence_slots
from agenda.model import Document, Slots

# Web domains of governments and intergovernmental bodies, longest suffix first.
_GOVERNMENT_DOMAINS: dict[str, str] = {
    "whitehouse.gov": "USA", "state.gov": "USA", "ustr.gov": "USA", "dol.gov": "USA", "usaid.gov": "USA",
    "dhs.gov": "USA", "justice.gov": "USA", ".gov": "USA", ".mil": "USA", "gob.mx": "MEX", "gc.ca": "CAN",
    "canada.ca": "CAN", "go.jp": "JPN", "gob.gt": "GTM", "gob.hn": "HND", "gob.sv": "SLV", "gov.co": "COL",
    "gob.pa": "PAN", "go.cr": "CRI", "gob.ec": "ECU", "gov.br": "BRA", "gob.ar": "ARG", "gob.cl": "CHL",
    "gob.pe": "PER", "gub.uy": "URY", "gov.py": "PRY", "gob.do": "DOM", "gov.uk": "GBR", "gouv.fr": "FRA",
    "bund.de": "DEU", "europa.eu": "INT", "un.org": "INT", "oas.org": "INT", "who.int": "INT",
}
_JOINT = re.compile(r"\bjoint\b|\bconjunt|\bcommuniqu|\bcomunicado\b", re.IGNORECASE)
# A joint text that opens by naming its signatories: "We, the Governments of A, B and C, ..."
_WE_THE = re.compile(r"^[\W\d]*(?:we|nosotros),?\s+(?:the|los|las)\b[^.]{0,900}", re.IGNORECASE | re.MULTILINE)


_COLON_AT_LINE_END = re.compile(r":\s*\n")
_MIN_ITEM_TAIL = 20  # a shorter tail could end any list item
_TOPIC_CHARS = 10000  # the start of a long transcript says enough about its topic
# A country named this often (and this often relative to the most named one) is a party of the text.
_COUNTERPART_MENTIONS = 5
_COUNTERPART_SHARE = 0.4


@dataclass(frozen=True)
class DocumentContext:
    """The publisher of a document, all the parties it speaks for, whether it is a joint text, the share
    of each pillar in its words, and the sentence that introduces each list item."""

    publisher: frozenset[str]
    parties: frozenset[str]
    joint: bool
    topic: dict[str, float]
    lead_ins: dict[str, str] = field(default_factory=dict)


def _codes(text: str, lang: str, any_demonym: bool = False) -> set[str]:
    codes: set[str] = set()
    for language in dict.fromkeys((lang, *SUPPORTED)):
        for mention in find_mentions(text, language):
            if mention.kind == MASK:
                continue
            if mention.codes:
                codes |= mention.codes
            elif any_demonym and mention.kind == DEMONYM:
                codes |= _demonym_codes(mention.text, language)
    return codes


def _demonym_codes(text: str, lang: str) -> set[str]:
    return {code for m in find_mentions(f"{text} government", lang) for code in m.codes}


def _domain_code(url: str | None) -> str | None:
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/")[0]
    for suffix in sorted(_GOVERNMENT_DOMAINS, key=len, reverse=True):
        if host.endswith(suffix):
            return _GOVERNMENT_DOMAINS[suffix]
    return None


def document_context(document: Document) -> DocumentContext:
    """The context of `document`: read once per document, before its sentences."""
    lang = document.lang if document.lang in SUPPORTED else "en"
    publisher = _codes(document.source or "", lang)
    if not publisher:
        domain = _domain_code(document.url)
        publisher = {domain} if domain else set()
    head = " ".join(filter(None, (document.title, document.source)))
    joint = bool(_JOINT.search(head))
    parties = _codes(document.title or "", lang, any_demonym=True) | publisher
    if joint:
        parties |= _codes(document.source or "", lang)
    opening = _WE_THE.search(document.text[:3000])
    if opening:
        signatories = _codes(opening.group(0), lang)
        if len(signatories) >= 2:
            parties = signatories
            joint = True
    counts = Counter(code for m in find_mentions(document.text[:_TOPIC_CHARS], lang) for code in m.codes)
    if not parties:
        parties = {code for code, _ in counts.most_common(1)}
    if not joint and counts and parties <= publisher:
        # a transcript about partners its title does not name ("press conference of the President"); bodies
        # such as the UN are talked about more often than they act
        top = counts.most_common(1)[0][1]
        parties |= {code for code, count in counts.items()
                    if code != "INT" and count >= _COUNTERPART_MENTIONS and count >= _COUNTERPART_SHARE * top}
    return DocumentContext(frozenset(publisher), frozenset(parties), joint, _topic(document, lang),
                           _lead_ins(document.text, lang))


def _lead_in_of(sentence: str, context: DocumentContext) -> str | None:
    """The lead-in of a list item, or of the second commitment cut from the end of one."""
    found = context.lead_ins.get(sentence)
    if found is None and len(sentence) >= _MIN_ITEM_TAIL:
        found = next((lead for item, lead in context.lead_ins.items() if item.endswith(sentence)), None)
    return found


def _lead_ins(text: str, lang: str) -> dict[str, str]:
    """Each list item's text and the sentence ending in a colon that introduces its list ("Over the next
    year, we will take the following actions:"); a plain sentence ends the list, a heading does not."""
    found: dict[str, str] = {}
    if not _COLON_AT_LINE_END.search(text):
        return found  # list items start lines, so a lead-in ends one: without such a line, skip splitting again
    lead_in: str | None = None
    for sentence in segment(text, lang):
        piece = text[sentence.start:sentence.end]
        if sentence.list_item:
            if lead_in is not None:
                found.setdefault(piece, lead_in)
        elif not sentence.heading:
            lead_in = piece if piece.endswith(":") else None
    return found


def _topic(document: Document, lang: str) -> dict[str, float]:
    scores = pillar_scores(" ".join(filter(None, (document.title, document.text[:_TOPIC_CHARS]))), lang)
    scores.pop("other", None)  # "other" is what is left when no topic shows, not a topic of its own
    total = sum(scores.values())
    return {label: score / total for label, score in scores.items()} if total else {}


def fill_slots_in_context(sentence: str, lang: str, doc_date: date | None, context: DocumentContext,
                          lead_in: str | None = None, progress: bool = False) -> Slots:
    """`fill_slots`, with the actors and the pillar that the sentence leaves open taken from the document.

    `lead_in` is the sentence that introduces a list item ("Within two years, Chile will:"), by default the
    one the document shows before it: an item that names no deadline or no actor of its own takes them from
    it. A `progress` statement reports something done: only an explicit end ("until April 2025") or the
    current period is a deadline there.
    """
    lang = lang if lang in SUPPORTED else "en"
    if lead_in is None:
        lead_in = _lead_in_of(sentence, context)
    slots = fill_sentence_slots(sentence, lang, doc_date)  # actors and pillar are read below, in context
    if progress and slots.due is not None:
        due = find_due(sentence, lang, doc_date, bounded_only=True)
        slots.due, slots.due_text = (due.date, due.text) if due else (None, None)
    slots.actors = resolve_actors(sentence, lang, doc_date, context, lead_in)
    slots.pillar = classify_pillar(sentence, lang, prior=context.topic)
    if lead_in and slots.due is None and not progress:
        due = find_due(lead_in, lang, doc_date, periods_only=True)
        if due is not None:
            slots.due, slots.due_text = due.date, due.text
    return slots


def resolve_actors(sentence: str, lang: str, doc_date: date | None, context: DocumentContext,
                   lead_in: str | None = None) -> list[str]:
    """Sorted actor codes of `sentence`; when it names them only as "we", "they", "both countries" or not at
    all (a bullet that starts with its verb), those its lead-in names, else the document's parties."""
    lang = lang if lang in SUPPORTED else "en"
    actors, reference = read_actors(sentence, lang, doc_date)
    if actors and joins_speaker(sentence, lang, doc_date):
        actors |= context.publisher if context.publisher and not context.joint else context.parties
    if actors or reference is None:
        return sorted(actors)
    if lead_in:
        introduced, _ = read_actors(lead_in, lang, doc_date)
        if introduced:
            return sorted(introduced)
    return sorted(context.parties)
