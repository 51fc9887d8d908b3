"""Every read of the JSON API takes `as_of` and shows nothing dated after it; pages keep it in their links."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute

from agenda.clock import today
from agenda.web.app import create_app, iter_api_routes
from agenda.web.settings import WebSettings

from .conftest import FIXTURES
from .web_support import Built, build, built_copy, built_template, client

__all__ = ["built_copy", "built_template"]

HOSTILE_KEY = "hostile-\"'<b>"
AS_OF = date(2022, 12, 31)
PATH_VALUES = {"agenda_id": "test-pact", "key": "trade-forum"}
COMMITMENTS = ["trade-forum", "water-fund", "water-fund-pilot"]


def _published() -> dict[str, date]:
    found = {}
    for name in ("web_corpus.jsonl", "web_hostile.jsonl"):
        for line in (FIXTURES / name).read_text().splitlines():
            item = json.loads(line)
            found[item["id"]] = date.fromisoformat(item["date"])
    return found


PUBLISHED = _published()
LATER = sorted(key for key, day in PUBLISHED.items() if day > AS_OF)


def _headers(built: Built, name: str = "ad") -> dict[str, str]:
    return {"authorization": f"Bearer {built.tokens[name]}"}


def _get_routes() -> list[APIRoute]:
    app = create_app(settings=WebSettings(database="sqlite://"))
    return [r for r in iter_api_routes(app) if "GET" in r.methods and r.path.startswith("/api/")]


def _concrete(path: str) -> str:
    path = path.replace("{key:path}", "w-01")
    return re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES[m.group(1)], path)


def test_every_api_read_rejects_a_bad_as_of(built_copy: Built) -> None:
    web = client(built_copy.url)
    routes = _get_routes()
    assert len(routes) >= 11  # the reads below, and any added later
    for route in routes:
        path = _concrete(route.path)
        ok = web.get(f"{path}?as_of=2023-01-01", headers=_headers(built_copy))
        assert ok.status_code == 200, (path, ok.text)
        for bad in ("2023-02-30", "yesterday", "01/02/2023"):
            response = web.get(f"{path}?as_of={bad}", headers=_headers(built_copy))
            assert response.status_code == 422, (path, bad)
            error = response.json()["error"]
            assert error["code"] == "invalid_parameter" and error["message"].startswith("as_of:"), (path, error)


def _reads(built: Built, as_of: date) -> dict[str, str]:
    """The text of every read that can mention documents, as of the date."""
    web = client(built.url)
    editor = _headers(built, "ed")
    paths = ["/api/agendas", "/api/agendas/test-pact", "/api/agendas/test-pact/commitments?per_page=200",
             "/api/documents?per_page=200", "/api/statements?per_page=200", "/api/status?agenda=test-pact",
             "/api/review/proposals?per_page=200"]
    paths += [f"/api/agendas/test-pact/commitments/{key}" for key in COMMITMENTS]
    paths += [f"/api/documents/{quote(key, safe='')}" for key, day in PUBLISHED.items() if day <= as_of]
    texts = {}
    for path in paths:
        joiner = "&" if "?" in path else "?"
        response = web.get(f"{path}{joiner}as_of={as_of.isoformat()}", headers=editor)
        assert response.status_code == 200, (path, response.text)
        texts[path] = response.text
    return texts


def _dates(value: object, name: str = "") -> list[tuple[str, date]]:
    """Every (field, date) in a JSON value whose field names a document date, an evidence date or a change."""
    found: list[tuple[str, date]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _dates(item, key)
    elif isinstance(value, list):
        for item in value:
            found += _dates(item, name)
    elif isinstance(value, str) and name in {"published", "document_date", "last_evidence_date", "date"}:
        found.append((name, date.fromisoformat(value)))
    return found


def test_reads_show_nothing_dated_after_as_of(db_url: str) -> None:
    built = build(db_url)
    early, late = _reads(built, AS_OF), _reads(built, date(2024, 1, 1))
    assert sorted([HOSTILE_KEY, "w-03", "w-04"]) == LATER
    for path, text in early.items():
        for key in LATER:
            assert json.dumps(key)[1:-1] not in text, (path, key)
        assert [d for d in _dates(json.loads(text)) if d[1] > AS_OF] == [], path
    # the same reads a year later do show those documents: the check above can fail
    shown = "".join(late.values())
    assert all(json.dumps(key)[1:-1] in shown for key in LATER)

    known = {pair: ev for pair, ev in built.evidence.items() if PUBLISHED[pair[1]] <= AS_OF}
    assert sorted(doc for _, doc in known) == ["w-01", "w-01", "w-02"]
    summary = json.loads(early["/api/agendas/test-pact"])
    assert summary["awaiting_review"] == len(known)
    assert json.loads(late["/api/agendas/test-pact"])["awaiting_review"] == len(built.evidence)
    queue = json.loads(early["/api/review/proposals?per_page=200"])
    assert queue["as_of"] == AS_OF.isoformat() and queue["total"] == len(known)
    assert {p["id"] for p in queue["items"]} == set(known.values())
    water = json.loads(early["/api/agendas/test-pact/commitments/water-fund"])
    assert [e["document"]["id"] for e in water["evidence"]] == ["w-01"] and water["later_changes"] >= 1
    listing = json.loads(early["/api/agendas/test-pact/commitments?per_page=200"])
    assert {i["id"]: i["evidence_count"] for i in listing["items"]} == {
        "trade-forum": 2, "water-fund": 1, "water-fund-pilot": 0}
    web = client(built.url)
    for key in LATER:
        path = f"/api/documents/{quote(key, safe='')}?as_of={AS_OF.isoformat()}"
        assert web.get(path).status_code == 404
        statements = web.get(f"/api/statements?document={quote(key, safe='')}&as_of={AS_OF.isoformat()}").json()
        assert statements["total"] == 0


def test_the_audit_log_and_users_as_of(built_copy: Built) -> None:
    web = client(built_copy.url)
    forum = built_copy.evidence[("trade-forum", "w-02")]
    assert web.post(f"/api/review/{forum}/accept", json={"reason": "readout"},
                    headers=_headers(built_copy, "ed")).status_code == 200
    yesterday = (today() - timedelta(days=1)).isoformat()
    now = web.get("/api/audit", headers=_headers(built_copy, "ed")).json()
    assert now and now[0]["action"] == "accept"
    before = web.get(f"/api/audit?as_of={yesterday}", headers=_headers(built_copy, "ed")).json()
    assert before == []  # everything in this database was done today
    assert {u["name"] for u in web.get("/api/users", headers=_headers(built_copy)).json()} == {"ed", "ad", "spare"}
    assert web.get(f"/api/users?as_of={yesterday}", headers=_headers(built_copy)).json() == []


HREF = re.compile(r'href="([^"]+)"')


def _internal_links(html: str) -> list[str]:
    links = [h.replace("&amp;", "&") for h in HREF.findall(html)]
    return [h for h in links if h.startswith("/") and not h.startswith(("/static/", "/api/", "/login"))]


@pytest.mark.parametrize("path", [
    "/", "/agendas/test-pact", "/agendas/test-pact/commitments", "/agendas/test-pact/commitments/water-fund",
    "/agendas/test-pact/commitments/trade-forum", "/documents", "/documents/w-01", "/review",
])
def test_pages_keep_as_of_in_their_links(path: str, built_copy: Built) -> None:
    from .web_support import logged_in

    web = logged_in(built_copy.url, "ed")
    page = web.get(f"{path}?as_of=2023-01-01")
    assert page.status_code == 200, page.text
    links = _internal_links(page.text)
    assert links, path
    missing = [h for h in links if "as_of=2023-01-01" not in h and not h.startswith("#")]
    assert missing == [], missing


def test_pages_show_nothing_published_after_as_of(built_copy: Built) -> None:
    web = client(built_copy.url)
    assert web.get("/documents/w-03?as_of=2022-12-31").status_code == 404
    assert web.get("/documents/w-03?as_of=2023-02-14").status_code == 200
    assert web.get("/documents/w-03?as_of=someday").status_code == 422
    listing = web.get("/documents?as_of=2022-12-31").text
    assert "w-02" in listing and "w-03" not in listing and "w-04" not in listing
    detail = web.get("/agendas/test-pact/commitments/water-fund?as_of=2022-12-31").text
    assert "/documents/w-01" in detail and "/documents/w-03" not in detail
