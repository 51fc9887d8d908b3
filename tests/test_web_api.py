"""The JSON API on SQLite and PostgreSQL: reads with as_of, filters and pages, errors, token writes."""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import quote

import pytest

from agenda.publish.status_formats import to_json
from agenda.store.db import session_scope
from agenda.store.status import agenda_status

from .web_support import Built, build, client

C = "/api/agendas/test-pact/commitments"
HOSTILE_KEY = "hostile-\"'<b>"


@pytest.fixture
def api(db_url: str) -> Built:
    return build(db_url)


def _auth(built: Built, name: str) -> dict[str, str]:
    return {"authorization": f"Bearer {built.tokens[name]}"}


def test_agendas_and_their_summary(api: Built) -> None:
    web = client(api.url)
    assert [(a["id"], a["commitments"]) for a in web.get("/api/agendas").json()] == [("test-pact", 3)]
    summary = web.get("/api/agendas/test-pact?as_of=2023-12-31").json()
    assert summary["as_of"] == "2023-12-31"
    assert summary["status_totals"] == {"announced": 3}
    # the forum was held; $18M of the water fund's $40M is in progress; the pilot has no evidence
    assert summary["proposed_totals"] == {"delivered": 1, "in_progress": 1, "announced": 1}
    assert summary["status_by_party"] == {"MEX": {"announced": 2}, "USA": {"announced": 3}}
    # forum: w-01, w-02, hostile; water fund: w-01, w-03, w-04, hostile
    assert summary["awaiting_review"] == 7 and summary["quantitative"] == 1


def test_commitments_filtered_paginated_and_dated(api: Built) -> None:
    web = client(api.url)
    first = web.get(f"{C}?per_page=2&as_of=2023-12-31").json()
    assert (first["total"], first["pages"], [i["id"] for i in first["items"]]) == (3, 2, ["trade-forum", "water-fund"])
    assert web.get(f"{C}?per_page=2&page=2").json()["items"][0]["id"] == "water-fund-pilot"
    water = first["items"][1]
    assert water["target"] == {"value": 40000000.0, "unit": "USD"}
    assert water["progress"] == pytest.approx(18 / 40)  # $10M + $3M + $5M (the Spanish report) of proposed evidence
    assert water["evidence_count"] == 4 and water["last_evidence_date"] == "2023-06-01"
    early = web.get(f"{C}?as_of=2022-06-01&proposed=delivered").json()
    assert early["total"] == 0
    late = web.get(f"{C}?as_of=2023-01-01&proposed=delivered&party=mex").json()
    assert [i["id"] for i in late["items"]] == ["trade-forum"]
    # the forum was delivered; the water fund, due in March 2024, is in progress: overdue
    assert [i["id"] for i in web.get(f"{C}?overdue=1&as_of=2024-06-01").json()["items"]] == ["water-fund"]
    assert [i["id"] for i in web.get(f"{C}?q=pilot").json()["items"]] == ["water-fund-pilot"]


def test_commitment_detail_with_history_and_evidence(api: Built) -> None:
    web = client(api.url)
    detail = web.get(f"{C}/trade-forum?as_of=2022-12-01").json()
    assert detail["status"] == "announced" and detail["proposed_status"] == "delivered"
    assert [(h["date"], h["status"], h["reviewed"]) for h in detail["history"]] == [
        ("2022-03-01", "announced", True), ("2022-10-20", "delivered", False)]
    assert detail["later_changes"] == 0  # the hostile document reports the forum again: delivered stays delivered
    evidence = {e["document"]["id"]: e for e in detail["evidence"]}
    assert set(evidence) == {"w-01", "w-02"}
    assert evidence["w-02"]["stance"] == "fulfil" and evidence["w-02"]["document"]["title"] == "Forum readout"
    assert "held the trade forum" in evidence["w-02"]["statement"]


def test_documents_and_statements(api: Built) -> None:
    web = client(api.url)
    listing = web.get("/api/documents?as_of=2022-12-31").json()
    assert [d["id"] for d in listing["items"]] == ["w-02", "w-01"]
    assert web.get("/api/documents?lang=es").json()["total"] == 1
    document = web.get(f"/api/documents/{quote(HOSTILE_KEY, safe='')}").json()
    assert document["id"] == HOSTILE_KEY and document["url"].startswith("javascript:")  # data, not a link
    for statement in document["statements"]:
        assert document["text"][statement["start"]:statement["end"]] == statement["text"]
    assert {link["commitment"] for s in document["statements"] for link in s["links"]} == {"water-fund",
                                                                                          "trade-forum"}
    assert web.get(f"/api/documents/{quote(HOSTILE_KEY, safe='')}?as_of=2023-01-01").status_code == 404
    progress = web.get("/api/statements?type=progress&document=w-03").json()
    assert progress["total"] == 1 and progress["items"][0]["document"] == "w-03"


@pytest.mark.parametrize("path,status,where", [
    ("/api/agendas/nope", 404, "nope"), (f"{C}/nope", 404, "nope"), ("/api/documents/nope", 404, "nope"),
    (f"{C}?as_of=yesterday", 422, "as_of"), (f"{C}?per_page=1000", 422, "per_page"),
    (f"{C}?status=finished", 422, "status"), ("/api/statements?type=rumour", 422, "type"),
    ("/api/nothing", 404, "/api/nothing"),
])
def test_errors_have_one_json_shape(path: str, status: int, where: str, api: Built) -> None:
    response = client(api.url).get(path)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["code"] in {"not_found", "invalid_parameter"}
    assert where in error["message"]


def test_openapi_describes_routes_roles_and_errors(api: Built) -> None:
    schema = client(api.url).get("/api/openapi.json").json()
    paths = schema["paths"]
    assert {"/api/agendas", "/api/agendas/{agenda_id}/commitments", "/api/documents", "/api/statements",
            "/api/review/{evidence_id}/accept"} <= set(paths)
    accept = paths["/api/review/{evidence_id}/accept"]["post"]
    assert accept["x-required-role"] == "editor" and accept["security"] == [{"bearer": []}]
    assert "ErrorOut" in schema["components"]["schemas"]
    assert schema["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert not [p for p in paths if not p.startswith("/api/")]  # pages stay out of the API description


def test_review_through_the_api_with_a_token(api: Built) -> None:
    web = client(api.url)
    forum = api.evidence[("trade-forum", "w-02")]
    queue = web.get("/api/review/proposals?agenda=test-pact", headers=_auth(api, "ed")).json()
    assert forum in {p["id"] for p in queue["items"]} and queue["total"] == 7
    accepted = web.post(f"/api/review/{forum}/accept", json={"reason": "readout"}, headers=_auth(api, "ed"))
    assert accepted.status_code == 200
    assert accepted.json()["commitment"]["status"] == "delivered"
    detail = web.get(f"{C}/trade-forum").json()
    assert any(h["author"] == "ed" and h["reason"] == "readout" and h["reviewed"] for h in detail["history"])
    again = web.post(f"/api/review/{forum}/accept", json={}, headers=_auth(api, "ed"))
    assert again.status_code == 400 and "already accepted" in again.json()["error"]["message"]
    wrong = web.post(f"{C}/trade-forum/status", json={"status": "finished", "reason": "x"}, headers=_auth(api, "ed"))
    assert wrong.status_code == 422 and wrong.json()["error"]["code"] == "invalid_parameter"
    relink = web.post(f"/api/review/{forum}/relink", json={"commitment": "nope"}, headers=_auth(api, "ed"))
    assert relink.status_code == 404
    log = web.get("/api/audit", headers=_auth(api, "ed")).json()
    assert (log[0]["actor"], log[0]["action"], log[0]["reason"]) == ("ed", "accept", "readout")


def test_admin_patch_clears_and_sets_fields(api: Built) -> None:
    web = client(api.url)
    cleared = web.patch(f"{C}/trade-forum", json={"due": None, "reason": "no date any more"}, headers=_auth(api, "ad"))
    assert cleared.status_code == 200 and cleared.json()["due"] is None
    half = web.patch(f"{C}/water-fund-pilot", json={"target_value": 5}, headers=_auth(api, "ad"))
    assert half.status_code == 400 and "unit" in half.json()["error"]["message"]
    set_target = web.patch(f"{C}/water-fund-pilot", json={"target_value": 5, "target_unit": "plants"},
                           headers=_auth(api, "ad"))
    assert set_target.json()["target"] == {"value": 5.0, "unit": "plants"}


def test_the_status_report_matches_the_cli_contract(api: Built) -> None:
    when = date(2023, 12, 31)
    with session_scope(api.url) as session:
        expected = json.loads(to_json("test-pact", when, agenda_status(session, "test-pact", when)))
    assert client(api.url).get("/api/status?as_of=2023-12-31").json() == expected
