"""Proposed new commitments on the dashboard and in the API: listed, adopted, restated, dismissed."""

from __future__ import annotations

from sqlalchemy import select

from agenda.store.db import session_scope
from agenda.store.schema import AuditRow, CommitmentRow, EvidenceRow

from .web_support import Built, built_copy, built_template, client, form_token, logged_in

__all__ = ["built_copy", "built_template"]
PLEDGE = "will create a joint task force on avocado exports"


def test_the_page_lists_the_new_pledge_with_its_document_and_the_closest_commitment(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    page = web.get("/review/new").text
    assert "1 sentences" in page and PLEDGE in page
    assert "Farm ministers&#39; readout" in page and 'href="/documents/w-06"' in page
    assert "Closest commitment" not in page  # only on request: it loads the embedding model
    assert "Closest commitment" in web.get("/review/new?nearest=true").text
    # Before the document was published there was nothing to decide; the review queue links here.
    assert "0 sentences" in web.get("/review/new?as_of=2023-09-04").text
    assert 'href="/review/new"' in web.get("/review").text
    spanish = web.get("/review/new?lang=es").text
    assert "Compromisos nuevos propuestos" in spanish and "1 frases" in spanish


def test_adopting_makes_a_commitment_with_the_sentence_as_its_evidence(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    statement = built_copy.new_statements["w-06"]
    done = web.post(f"/review/new/{statement}/adopt", data={
        "csrf_token": form_token(web), "agenda": "test-pact", "id": "avocado-task-force", "parent": "",
        "reason": "a promise the agenda lacked", "next": "/review/new?agenda=test-pact"})
    assert done.status_code == 303
    assert done.headers["location"] == "/review/new?msg=adopted&agenda=test-pact&commitment=avocado-task-force"
    after = web.get(done.headers["location"]).text
    assert "Commitment avocado-task-force added to test-pact." in after and "0 sentences" in after
    commitment = web.get("/agendas/test-pact/commitments/avocado-task-force").text
    assert PLEDGE in commitment and "a promise the agenda lacked" in commitment
    with session_scope(built_copy.url) as session:
        row = session.scalars(select(CommitmentRow).where(CommitmentRow.key == "avocado-task-force")).one()
        assert (row.origin, row.source_doc, str(row.announced)) == ("proposed", "w-06", "2023-09-05")
        actions = [a.action for a in session.scalars(select(AuditRow).where(AuditRow.actor == "ed"))]
        assert actions == ["adopt"]
    again = web.post(f"/review/new/{statement}/adopt", data={"csrf_token": form_token(web), "agenda": "test-pact"})
    assert again.status_code == 400 and "already linked" in again.text


def test_an_id_that_would_break_its_address_is_refused(built_copy: Built) -> None:
    web = client(built_copy.url)
    auth = {"authorization": f"Bearer {built_copy.tokens['ed']}"}
    statement = built_copy.new_statements["w-06"]
    refused = web.post(f"/api/review/new-commitments/{statement}/adopt", headers=auth,
                       json={"agenda": "test-pact", "id": "avocados/../admin"})
    assert refused.status_code == 400 and "avocados/../admin" in refused.json()["error"]["message"]
    orphan = web.post(f"/api/review/new-commitments/{statement}/adopt", headers=auth,
                      json={"agenda": "test-pact", "parent": "no-such-parent"})
    assert orphan.status_code == 404
    assert web.get("/api/review/new-commitments", headers=auth).json()["total"] == 1  # nothing was stored


def test_restating_and_dismissing_take_the_sentence_off_the_list(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    statement = built_copy.new_statements["w-06"]
    token = form_token(web)
    unknown = web.post(f"/review/new/{statement}/restate",
                       data={"csrf_token": token, "agenda": "test-pact", "commitment": "no-such-thing"})
    assert unknown.status_code == 404 and "no-such-thing" in unknown.text
    restated = web.post(f"/review/new/{statement}/restate",
                        data={"csrf_token": token, "agenda": "test-pact", "commitment": "trade-forum"})
    assert "msg=restated" in restated.headers["location"]
    assert "0 sentences" in web.get("/review/new").text
    with session_scope(built_copy.url) as session:
        evidence = session.scalars(select(EvidenceRow).where(EvidenceRow.statement_pk == statement)).one()
        assert (evidence.stance, evidence.review_state) == ("restate", "accepted")


def test_a_dismissal_is_in_the_audit_log_and_cannot_be_repeated(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    statement = built_copy.new_statements["w-06"]
    token = form_token(web)
    done = web.post(f"/review/new/{statement}/dismiss", data={"csrf_token": token, "agenda": "test-pact",
                                                               "reason": "an aside"})
    assert f"Sentence {statement} dismissed." in web.get(done.headers["location"]).text
    again = web.post(f"/review/new/{statement}/dismiss", data={"csrf_token": token, "agenda": "test-pact"})
    assert again.status_code == 400 and "already dismissed" in again.text
    log = client(built_copy.url).get("/api/audit", headers={"authorization": f"Bearer {built_copy.tokens['ed']}"})
    assert [(e["action"], e["reason"]) for e in log.json()][:1] == [("dismiss", "an aside")]


def test_the_api_lists_pages_and_acts_on_new_commitments(built_copy: Built) -> None:
    web = client(built_copy.url)
    auth = {"authorization": f"Bearer {built_copy.tokens['ed']}"}
    listed = web.get("/api/review/new-commitments?agenda=test-pact&nearest=true", headers=auth).json()
    assert (listed["total"], listed["pages"]) == (1, 1)
    item = listed["items"][0]
    assert PLEDGE in item["text"] and item["document"] == "w-06" and item["actors"] == ["MEX", "USA"]
    assert item["nearest"] in {"trade-forum", "water-fund", "water-fund-pilot"}
    assert web.get("/api/review/new-commitments?as_of=2023-01-01", headers=auth).json()["total"] == 0
    bad = web.get("/api/review/new-commitments?agenda=nope", headers=auth)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_parameter"
    adopted = web.post(f"/api/review/new-commitments/{item['statement_id']}/adopt", headers=auth,
                       json={"agenda": "test-pact", "text": "Create a joint task force on avocado exports"})
    assert adopted.status_code == 200
    body = adopted.json()
    assert body["text"] == "Create a joint task force on avocado exports" and body["status"] == "announced"
    assert web.get("/api/review/new-commitments", headers=auth).json()["total"] == 0
