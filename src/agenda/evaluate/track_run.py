"""Running the real flow on a gold set in a fresh temporary database, then scoring it."""

# The gold agenda is imported without its timelines; the gold documents are ingested in date
# order through `agenda.flow` (the real analyzer, or the gold statements with `oracle=True` so
# that linking is judged apart from extraction); then links and proposed statuses are read back
# from the database and scored by `agenda.evaluate.track`. With `gold_links=True` each gold
# statement is linked to its gold refs instead (stance by our rules, or the gold stance too), so
# that the stance and status rules are judged apart from linking: the ceiling linking works under.


from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda.analyze import analyze_document
from agenda.evaluate.gold_links import GoldSet, load_gold
from agenda.evaluate.intervals import f1_intervals
from agenda.evaluate.track import LinkPair, score_links, score_status
from agenda.evaluate.track_errors import link_errors
from agenda.evaluate.track_folds import document_folds, models_without
from agenda.flow import FlowCounts, Linker, process_document
from agenda.model import Document, Link, Stance, Statement, Status
from agenda.store.agendas import save_agenda
from agenda.store.db import dispose_engines, session_scope
from agenda.store.schema import CommitmentRow, DocumentRow, EvidenceRow, StatementRow
from agenda.store.status import agenda_status
from agenda.track.link import LinkOptions, LinkResult
from agenda.track.scoring import LinkModel
from agenda.track.stance import money_stage, stance_of


def run_track_evaluation(gold_dir: str | Path, oracle: bool = False,
                         options: LinkOptions | None = None, folds: int | None = None,
                         seed: int = 0, gold_links: bool = False, gold_stances: bool = False,
                         stratify: bool = False) -> dict[str, Any]:
    """The figures of `agenda eval track` as a JSON-ready dict.

    With `folds`, each document is linked by a model fitted without it (see track_folds;
    `stratify` spreads each language evenly over the folds). With
    `gold_links`, the gold statements are linked to their gold refs (`gold_stances`: with the
    gold stance, else with the stance our rules give).
    """
    if gold_stances and not gold_links:
        raise ValueError("gold stances go with gold links")
    if gold_links and folds:
        raise ValueError("gold links leave no link model to cross-validate")
    gold = load_gold(gold_dir)
    started = time.perf_counter()
    options = options or LinkOptions.from_env()
    models = None
    if folds:
        models = models_without(gold, document_folds(gold, folds, seed, stratify), options, analyzer=analyze_document)
    with tempfile.TemporaryDirectory(prefix="agenda-eval-") as folder:
        url = f"sqlite:///{Path(folder) / 'eval.db'}"
        try:
            linker = (lambda session: GoldLinker(session, gold, gold_stances)) if gold_links else None
            predicted, proposed, counts, extracted = _run(gold, url, oracle or gold_links, options, models, linker)
        finally:
            dispose_engines()
    links = score_links(gold, predicted)
    last = max(d.date for d in gold.documents if d.date)
    return {
        "gold": str(gold_dir), "mode": _mode(oracle, folds, seed, gold_links, gold_stances, stratify),
        "as_of": last.isoformat(),
        "documents": counts.new, "statements": counts.statements, "evidence": counts.evidence,
        **links.to_json(),
        "intervals": f1_intervals(links.by_document, {d.id: d.lang for d in gold.documents}),
        "status": score_status(gold, proposed),
        "errors": link_errors(gold, links.false_positives, links.missed, predicted,
                              None if oracle or gold_links else extracted),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _mode(oracle: bool, folds: int | None, seed: int, gold_links: bool, gold_stances: bool,
          stratify: bool = False) -> str:
    if gold_links:
        return "gold links and stances" if gold_stances else "gold links, stances by our rules"
    mode = "oracle" if oracle else "end-to-end"
    by_language = ", stratified by language" if stratify else ""
    return f"{mode}, cross-validated ({folds} folds{by_language}, seed {seed})" if folds else mode


class GoldLinker(Linker):
    """Links each gold statement to its gold refs: the status engine judged on perfect links."""

    def __init__(self, session: Session, gold: GoldSet, gold_stances: bool) -> None:
        super().__init__(session)
        self.gold = gold
        self.gold_stances = gold_stances

    def link(self, document: Document, statements: list[Statement]) -> dict[str, list[LinkResult]]:
        labelled = self.gold.statements.get(document.id, [])
        out: dict[str, list[LinkResult]] = {}
        for agenda_id, rows in self.rows.items():
            index = self.index(agenda_id)
            results = []
            for statement in statements:
                result = LinkResult(statement, examined=True)
                same = next((g for g in labelled if (g.statement.start, g.statement.end)
                             == (statement.start, statement.end)), None)
                for ref in (same.refs if same else []):
                    if ref not in rows:
                        continue
                    commitment = index.commitments[index.position[ref]]
                    stance = (Stance(same.stance) if self.gold_stances and same and same.stance
                              else stance_of(statement, commitment))
                    result.links.append(Link(ref, stance, 1.0, ["gold reference"], money_stage(statement)))
                results.append(result)
            out[agenda_id] = results
        return out


def _run(gold: GoldSet, url: str, oracle: bool, options: LinkOptions,
         models: dict[str, LinkModel] | None = None,
         make_linker: Callable[[Session], Linker] | None = None,
         ) -> tuple[list[LinkPair], dict[str, Status], FlowCounts, dict[str, list[tuple[int, int]]]]:
    agenda = replace(gold.agenda, commitments=[replace(c, timeline=[]) for c in gold.agenda.commitments])
    counts = FlowCounts()
    with session_scope(url) as session:
        save_agenda(session, agenda)
        linker = make_linker(session) if make_linker else Linker(session, options)
        analyzer = _oracle_analyzer(gold) if oracle else analyze_document
        for document in gold.documents_in_date_order():
            if models is not None:
                linker.model = models[document.id]
            process_document(session, document, f"gold:{document.id}", linker, counts, analyzer)
        predicted = _predicted_pairs(session)
        last = max(d.date for d in gold.documents if d.date)
        proposed = {item.commitment.id: item.proposed_status for item in agenda_status(session, agenda.id, last)}
        extracted = _statement_spans(session)
    return predicted, proposed, counts, extracted


def _oracle_analyzer(gold: GoldSet):  # type: ignore[no-untyped-def]
    def analyze(document: Document) -> list[Statement]:
        return [g.statement for g in gold.statements.get(document.id, [])]
    return analyze


def _statement_spans(session: Session) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    query = select(DocumentRow.key, StatementRow.start, StatementRow.end).join(
        StatementRow, StatementRow.document_pk == DocumentRow.pk)
    for key, start, end in session.execute(query):
        spans.setdefault(key, []).append((start, end))
    return spans


def _predicted_pairs(session) -> list[LinkPair]:  # type: ignore[no-untyped-def]
    query = (
        select(EvidenceRow, StatementRow, DocumentRow, CommitmentRow)
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .join(CommitmentRow, EvidenceRow.commitment_pk == CommitmentRow.pk)
    )
    return [LinkPair(doc.key, st.start, st.end, c.key, ev.stance, st.type, doc.lang)
            for ev, st, doc, c in session.execute(query)]

