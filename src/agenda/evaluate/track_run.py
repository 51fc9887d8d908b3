"""Running the real flow on a gold set in a fresh temporary database, then scoring it."""

# The gold agenda is imported without its timelines; the gold documents are ingested in date
# order through `agenda.flow` (the real analyzer, or the gold statements with `oracle=True` so
# that linking is judged apart from extraction); then links and proposed statuses are read back
# from the database and scored by `agenda.evaluate.track`.


from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from agenda.analyze import analyze_document
from agenda.evaluate.gold_links import GoldSet, load_gold
from agenda.evaluate.track import LinkPair, score_links, score_status
from agenda.evaluate.track_folds import document_folds, models_without
from agenda.flow import FlowCounts, Linker, process_document
from agenda.model import Document, Statement, Status
from agenda.store.agendas import save_agenda
from agenda.store.db import dispose_engines, session_scope
from agenda.store.schema import CommitmentRow, DocumentRow, EvidenceRow, StatementRow
from agenda.store.status import agenda_status
from agenda.track.link import LinkOptions
from agenda.track.scoring import LinkModel


def run_track_evaluation(gold_dir: str | Path, oracle: bool = False,
                         options: LinkOptions | None = None, folds: int | None = None,
                         seed: int = 0) -> dict[str, Any]:
    """The figures of `agenda eval track` as a JSON-ready dict.

    With `folds`, each document is linked by a model fitted without it (see track_folds).
    """
    gold = load_gold(gold_dir)
    started = time.perf_counter()
    options = options or LinkOptions.from_env()
    models = None
    if folds:
        models = models_without(gold, document_folds(gold, folds, seed), options, analyzer=analyze_document)
    with tempfile.TemporaryDirectory(prefix="agenda-eval-") as folder:
        url = f"sqlite:///{Path(folder) / 'eval.db'}"
        try:
            predicted, proposed, counts = _run(gold, url, oracle, options, models)
        finally:
            dispose_engines()
    links = score_links(gold, predicted)
    last = max(d.date for d in gold.documents if d.date)
    mode = "oracle" if oracle else "end-to-end"
    return {
        "gold": str(gold_dir), "mode": f"{mode}, cross-validated ({folds} folds, seed {seed})" if folds else mode,
        "as_of": last.isoformat(),
        "documents": counts.new, "statements": counts.statements, "evidence": counts.evidence,
        **links.to_json(), "status": score_status(gold, proposed),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _run(gold: GoldSet, url: str, oracle: bool, options: LinkOptions,
         models: dict[str, LinkModel] | None = None) -> tuple[list[LinkPair], dict[str, Status], FlowCounts]:
    agenda = replace(gold.agenda, commitments=[replace(c, timeline=[]) for c in gold.agenda.commitments])
    counts = FlowCounts()
    with session_scope(url) as session:
        save_agenda(session, agenda)
        linker = Linker(session, options)
        analyzer = _oracle_analyzer(gold) if oracle else analyze_document
        for document in gold.documents_in_date_order():
            if models is not None:
                linker.model = models[document.id]
            process_document(session, document, f"gold:{document.id}", linker, counts, analyzer)
        predicted = _predicted_pairs(session)
        last = max(d.date for d in gold.documents if d.date)
        proposed = {item.commitment.id: item.proposed_status for item in agenda_status(session, agenda.id, last)}
    return predicted, proposed, counts


def _oracle_analyzer(gold: GoldSet):  # type: ignore[no-untyped-def]
    def analyze(document: Document) -> list[Statement]:
        return [g.statement for g in gold.statements.get(document.id, [])]
    return analyze


def _predicted_pairs(session) -> list[LinkPair]:  # type: ignore[no-untyped-def]
    query = (
        select(EvidenceRow, StatementRow, DocumentRow, CommitmentRow)
        .join(StatementRow, EvidenceRow.statement_pk == StatementRow.pk)
        .join(DocumentRow, StatementRow.document_pk == DocumentRow.pk)
        .join(CommitmentRow, EvidenceRow.commitment_pk == CommitmentRow.pk)
    )
    return [LinkPair(doc.key, st.start, st.end, c.key, ev.stance, st.type, doc.lang)
            for ev, st, doc, c in session.execute(query)]

