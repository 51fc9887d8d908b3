"""The HTML pages over HTTP: content, as_of, filters in the URL, escaping, headers, errors, forms."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from .conftest import FIXTURES
from .web_support import Built, built_copy, built_template, client, form_token, logged_in

__all__ = ["built_copy", "built_template"]
HOSTILE_KEY = "hostile-\"'<b>"
HOSTILE_URL = f"/documents/{quote(HOSTILE_KEY, safe='')}"
C = "/agendas/test-pact/commitments"


class Tags(HTMLParser):
    """Every tag and attribute the browser would build from the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def assert_no_active_markup(html: str) -> None:
    for tag, attrs in tags_of(html):
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
        assert tag not in {"iframe", "img", "svg"} or (tag == "svg" and attrs.get("class") == "chart"), (tag, attrs)
        if tag == "script":
            assert attrs.get("src") == "/static/app.js", attrs
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)


PUBLIC_PAGES = ["/", "/agendas/test-pact", f"{C}", f"{C}?status=announced&pillar=energy_climate",
                f"{C}/trade-forum", f"{C}/water-fund", "/documents", "/documents/w-01", HOSTILE_URL, "/login",
                "/agendas/hostile-pact", "/agendas/hostile-pact/commitments",
                "/agendas/hostile-pact/commitments/river-cleanup"]


@pytest.fixture
def with_hostile_agenda(built_copy: Built) -> Built:
    from agenda.agendafile import read_agenda_file
    from agenda.store.agendas import save_agenda
    from agenda.store.db import session_scope

    with session_scope(built_copy.url) as session:
        save_agenda(session, read_agenda_file(FIXTURES / "web_hostile_agenda.yaml"))
    return built_copy


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_render_with_untrusted_text_kept_as_text(path: str, with_hostile_agenda: Built) -> None:
    response = client(with_hostile_agenda.url).get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "window.__pwned" not in response.text or "&lt;" in response.text
    assert "<script>window" not in response.text
    assert_no_active_markup(response.text)


def test_the_old_overview_address_still_works(built_copy: Built) -> None:
    response = client(built_copy.url).get("/?agenda=test-pact&as_of=2023-01-01")
    assert response.status_code == 307 and response.headers["location"] == "/agendas/test-pact?as_of=2023-01-01"


def test_pages_carry_the_security_headers(built_copy: Built) -> None:
    web = client(built_copy.url)
    for path in ["/", f"{C}/trade-forum", "/api/agendas", "/static/app.css", "/no/such/page", "/api/nothing"]:
        headers = web.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
        assert headers["x-frame-options"] == "DENY"


def test_overview_shows_counts_overdue_changes_progress_and_chart(built_copy: Built) -> None:
    page = client(built_copy.url).get("/agendas/test-pact?as_of=2023-12-31").text
    assert "Test pact between Atlantis and Mexico" in page
    assert "as of 2023-12-31" in page
    assert 'class="chart"' in page and "<rect" in page
    assert "Status by pillar" in page and "Status by party" in page
    assert re.search(r'<progress value="0\.45" max="1">', page)  # water fund: $10M + $3M + $5M of $40M proposed
    assert f'href="{C}/water-fund?as_of=2023-12-31"' in page  # links keep the date


def test_commitment_page_shows_history_evidence_and_document_links(built_copy: Built) -> None:
    page = client(built_copy.url).get(f"{C}/trade-forum").text
    assert "Hold a trade forum in October" in page
    assert "Trade ministers from both countries held the trade forum" in page
    assert 'href="/documents/w-02#st-' in page
    assert "Forum readout" in page and "2022-10-20" in page and "Test newsroom" in page
    assert "Status history" in page and "proposed" in page


def test_as_of_shows_the_state_on_that_date(built_copy: Built) -> None:
    web = client(built_copy.url)
    before = web.get(f"{C}/trade-forum?as_of=2022-06-01").text
    assert "Trade ministers from both countries" not in before
    assert re.search(r'proposed: <span class="badge announced">', before)
    after = web.get(f"{C}/trade-forum?as_of=2022-12-01").text
    assert re.search(r'proposed: <span class="badge delivered">', after)
    assert "Trade ministers from both countries" in after


def test_filters_live_in_the_url_and_pages_keep_them(built_copy: Built) -> None:
    web = client(built_copy.url, per_page=1)
    page = web.get(f"{C}?party=MEX&as_of=2030-01-01").text
    assert "2 commitments as of 2030-01-01" in page
    assert 'href="/agendas/test-pact/commitments?party=MEX&amp;as_of=2030-01-01&amp;page=2"' in page
    second = web.get(f"{C}?party=MEX&as_of=2030-01-01&page=2").text
    assert "water-fund-pilot" in second and "trade-forum" not in second
    assert '<option value="MEX" selected>' in second


def test_document_page_marks_statements_and_links_only_web_addresses(built_copy: Built) -> None:
    web = client(built_copy.url)
    page = web.get("/documents/w-01").text
    marks = re.findall(r'<mark class="st st-(?:commitment|progress)" id="st-(\d+)"', page)
    recognised = web.get("/api/documents/w-01").json()["statements"]
    assert [int(m) for m in marks] == [s["id"] for s in recognised] and marks
    assert 'href="https://example.org/w-01"' in page
    hostile = web.get(HOSTILE_URL).text
    assert "javascript:window.__pwned=&#39;url&#39;" in hostile  # shown as text
    assert not [a for t, a in tags_of(hostile) if t == "a" and "javascript" in (a.get("href") or "")]
    assert "&lt;script&gt;window.__pwned=&#39;text&#39;&lt;/script&gt;" in hostile
    assert re.search(r'<mark class="st st-progress" id="st-\d+" title="progress"><a href="#st-\d+">'
                     r"The United States awarded \$3 million &lt;script&gt;", hostile)


def test_documents_list_links_reach_every_document(built_copy: Built) -> None:
    web = client(built_copy.url)
    listing = web.get("/documents").text
    links = [a["href"] for t, a in tags_of(listing) if t == "a" and (a.get("href") or "").startswith("/documents/")]
    assert len(links) == 6
    for link in links:
        assert web.get(link).status_code == 200, link
    assert "1 documents" in web.get("/documents?q=forum").text
    assert "0 documents" in web.get("/documents?as_of=2022-01-01").text


def test_language_follows_query_then_cookie_then_browser(built_copy: Built) -> None:
    web = client(built_copy.url)
    spanish = web.get("/agendas/test-pact?lang=es")
    assert '<html lang="es">' in spanish.text and "Estado por eje" in spanish.text
    assert "agenda_lang=es" in spanish.headers["set-cookie"]
    assert "Historial de estados" in web.get(f"{C}/trade-forum").text  # the cookie remembers
    assert "Status history" in web.get(f"{C}/trade-forum?lang=en").text
    browser = client(built_copy.url)
    page = browser.get("/", headers={"accept-language": "fr-FR,es;q=0.8,en;q=0.5"})
    assert '<html lang="es">' in page.text and "set-cookie" not in page.headers
    assert '<html lang="en">' in browser.get("/", headers={"accept-language": "de"}).text


def test_the_toggle_keeps_the_page_and_its_filters(built_copy: Built) -> None:
    page = client(built_copy.url).get(f"{C}?pillar=economy").text
    toggle = [a["href"] for t, a in tags_of(page) if t == "a" and a.get("class") == "lang-toggle"]
    assert toggle == [f"{C}?pillar=economy&lang=es"]


@pytest.mark.parametrize("path,status", [
    ("/agendas/nope", 404), (f"{C}/nope", 404), ("/documents/nope", 404), ("/no/such/page", 404),
    (f"{C}?status=finished", 422), (f"{C}?as_of=2021-13-01", 422), (f"{C}?page=0", 422), (f"{C}?overdue=maybe", 422),
])
def test_errors_are_pages_with_a_reason(path: str, status: int, built_copy: Built) -> None:
    response = client(built_copy.url).get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"Error {status}" in response.text


def test_editor_accepts_a_proposal_from_the_queue(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    queue = web.get("/review?agenda=test-pact").text
    forum = built_copy.evidence[("trade-forum", "w-02")]
    assert f'id="proposal-{forum}"' in queue
    done = web.post(f"/review/{forum}/accept", data={"csrf_token": form_token(web), "reason": "the readout says so",
                                                      "next": "/review?agenda=test-pact"})
    assert done.status_code == 303 and done.headers["location"] == f"/review?agenda=test-pact&msg=accepted&id={forum}"
    assert f"Evidence {forum} accepted." in web.get(done.headers["location"]).text
    page = web.get(f"{C}/trade-forum").text
    assert re.search(r'Status: <span class="badge delivered">', page)
    assert "the readout says so" in page and "<td>ed</td>" in page


def test_a_review_mistake_is_explained(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ed")
    forum = built_copy.evidence[("trade-forum", "w-02")]
    token = form_token(web)
    assert web.post(f"/review/{forum}/accept", data={"csrf_token": token}).status_code == 303
    again = web.post(f"/review/{forum}/accept", data={"csrf_token": token})
    assert again.status_code == 400 and "already accepted" in again.text
    missing = web.post(f"{C}/trade-forum/status", data={"csrf_token": token, "status": "stalled", "reason": " "})
    assert missing.status_code == 400 and "reason is required" in missing.text


def test_admin_edits_a_commitment_and_uploads_an_agenda(built_copy: Built) -> None:
    web = logged_in(built_copy.url, "ad")
    token = form_token(web)
    form = web.get(f"{C}/water-fund/edit").text
    assert 'value="40000000"' in form and 'value="USD"' in form
    saved = web.post(f"{C}/water-fund/edit", data={"csrf_token": token, "text": "Fund border water projects",
                                                    "due": "2024-03-01", "target_value": "40000000",
                                                    "target_unit": "USD", "reason": "shorter"})
    assert saved.headers["location"] == f"{C}/water-fund?msg=edited"
    assert "Fund border water projects" in web.get(f"{C}/water-fund").text
    bad = web.post("/admin/import", data={"csrf_token": token},
                   files={"file": ("notes.txt", b"hello", "text/plain")})
    assert bad.status_code == 400 and "notes.txt" in bad.text
    upload = (FIXTURES / "agenda_small.yaml").read_bytes().replace(b"agenda: test-pact", b"agenda: copy-pact")
    imported = web.post("/admin/import", data={"csrf_token": token},
                        files={"file": ("copy.yaml", upload, "application/x-yaml")})
    assert imported.status_code == 303
    assert "Agenda copy-pact imported: 3 commitments added" in web.get(imported.headers["location"]).text
    assert "copy-pact" in web.get("/").text  # several agendas now: the start page lists them


GET_SAMPLES = {
    "/": "/", "/agendas/{agenda_id}": "/agendas/test-pact", "/agendas/{agenda_id}/commitments": C,
    "/agendas/{agenda_id}/commitments/{key}": f"{C}/water-fund",
    "/agendas/{agenda_id}/commitments/{key}/edit": f"{C}/water-fund/edit", "/documents": "/documents",
    "/documents/{key:path}": "/documents/w-03", "/login": "/login", "/review": "/review", "/admin": "/admin",
    "/review/new": "/review/new?nearest=true", "/api/review/new-commitments": "/api/review/new-commitments",
    "/api/openapi.json": "/api/openapi.json", "/api/agendas": "/api/agendas",
    "/api/agendas/{agenda_id}": "/api/agendas/test-pact", "/api/agendas/{agenda_id}/commitments": f"/api{C}",
    "/api/agendas/{agenda_id}/commitments/{key}": f"/api{C}/trade-forum", "/api/documents": "/api/documents",
    "/api/documents/{key:path}": "/api/documents/w-02", "/api/statements": "/api/statements",
    "/api/status": "/api/status", "/api/me": "/api/me", "/api/review/proposals": "/api/review/proposals",
    "/api/audit": "/api/audit", "/api/users": "/api/users",
}


def test_every_readable_route_answers(built_copy: Built) -> None:
    from agenda.web.app import create_app, iter_api_routes
    from agenda.web.settings import WebSettings

    app = create_app(settings=WebSettings(database=built_copy.url))
    routes = {route.path for route in iter_api_routes(app) if "GET" in route.methods} | {"/api/openapi.json"}
    assert routes == set(GET_SAMPLES)
    web = client(built_copy.url)
    for template, url in GET_SAMPLES.items():
        response = web.get(url, headers={"authorization": f"Bearer {built_copy.tokens['ad']}"})
        assert response.status_code == 200, (template, response.text[:200])
        expected = "application/json" if url.startswith("/api/") else "text/html"
        assert response.headers["content-type"].startswith(expected), template
