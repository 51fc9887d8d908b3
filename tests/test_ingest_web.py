"""URLs, feeds and sitemaps against a real local HTTP server: redirects, limits, SSRF guard, politeness."""

from __future__ import annotations

import datetime as dt
import re
import socket
from pathlib import Path

import pytest

from agenda.ingest.fetch import Fetcher, FetchError
from agenda.ingest.network import Network
from agenda.ingest.options import IngestOptions
from agenda.ingest.runner import run_ingest

from .cli_runner import run_agenda
from .http_server import Route, Server, serve
from .ingest_helpers import INGEST, stored

PUBLIC_IP = "93.184.216.34"  # what our in-process resolver says news.example is


def _page(title: str, body: str, published: str = "2022-05-10") -> bytes:
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='{published}'>"
            f"</head><body><nav>Home | News</nav><article><h1>{title}</h1><p>{body}</p></article>"
            f"<footer>Copyright</footer></body></html>").encode()


PAGE = _page("Customs pilot begins", "The customs offices of both countries started the joint inspection pilot "
             "this week and will report on the first results in the autumn, officials said.")
OTHER = _page("Seed bank agreement", "The agriculture ministries signed an agreement to share seed samples and "
              "to train technicians in both countries over the next two years.", "2022-06-01")


def _public_network(server: Server, names: dict[str, str]) -> Network:
    """A resolver that gives names public or private addresses, and a dialler that routes the public one to
    the local server: the guard sees what it would see on the internet, the bytes stay on 127.0.0.1."""

    def resolve(host: str, port: int) -> list[str]:
        return [names[host]] if host in names else [host]

    def dial(address: str, port: int, timeout: float | None) -> socket.socket:
        if address == PUBLIC_IP:
            return socket.create_connection(("127.0.0.1", server.port), timeout)
        return socket.create_connection((address, port), timeout)

    return Network(allow_private=False, resolve=resolve, dial=dial)


def test_a_page_is_fetched_stored_and_named_by_its_url(sqlite_url: str) -> None:
    with serve({"/news/customs-pilot.html": Route(PAGE)}) as server:
        url = server.url("/news/customs-pilot.html")
        result = run_agenda("ingest", "--allow-private", url, db=sqlite_url)
        assert result.returncode == 0, result.stdout + result.stderr
        assert server.requests[0][1].startswith("AgendaTracker/")
    docs = stored(sqlite_url)["documents"]
    assert list(docs) == ["customs-pilot"]
    assert docs["customs-pilot"]["date"] == dt.date(2022, 5, 10)
    text = docs["customs-pilot"]["text"]
    assert "joint inspection pilot" in text and "Copyright" not in text


def test_the_charset_of_the_http_header_is_used(sqlite_url: str) -> None:
    body = ("<html><body><article><h1>Cooperación aduanera</h1><p>Las aduanas de ambos países compartirán "
            "los calendarios de inspección y publicarán los tiempos de espera en cada cruce.</p></article>"
            "</body></html>").encode("cp1252")
    with serve({"/nota": Route(body, content_type="text/html; charset=windows-1252")}) as server:
        report = run_ingest([server.url("/nota")], IngestOptions(allow_private=True), database=sqlite_url)
    assert report.failed == []
    document = stored(sqlite_url)["documents"]["nota"]
    assert "Las aduanas de ambos países compartirán" in document["text"] and document["lang"] == "es"


def test_private_addresses_are_refused_without_the_flag(sqlite_url: str) -> None:
    with serve({"/page.html": Route(PAGE)}) as server:
        url = server.url("/page.html")
        result = run_agenda("ingest", url, "http://10.20.30.40/x", "http://169.254.169.254/latest/meta-data/",
                            "http://[::1]:9/x", db=sqlite_url)
        assert server.requests == []  # refused before any connection
    assert result.returncode == 1
    assert f"failed {url}: refused: 127.0.0.1 is a loopback address (use --allow-private)" in result.stdout
    assert "failed http://10.20.30.40/x: refused: 10.20.30.40 is a private address" in result.stdout
    assert "failed http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local" in result.stdout
    assert "failed http://[::1]:9/x: refused: ::1 is a loopback address" in result.stdout


def test_redirects_are_followed_and_each_hop_is_checked() -> None:
    routes = {
        "/page.html": Route(PAGE),
        "/moved": Route(status=301, headers={"Location": "/moved-again"}),
        "/moved-again": Route(status=302, headers={"Location": "http://news.example/page.html"}),
        "/to-loopback": Route(status=302, headers={"Location": "PLACEHOLDER"}),
        "/to-metadata": Route(status=307, headers={"Location": "http://metadata.example/latest"}),
        "/to-intranet": Route(status=302, headers={"Location": "http://intranet.example/wiki"}),
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/to-ftp": Route(status=302, headers={"Location": "ftp://news.example/file"}),
    }
    with serve(routes) as server:
        routes["/to-loopback"].headers["Location"] = server.url("/page.html")
        network = _public_network(server, {"news.example": PUBLIC_IP, "metadata.example": "169.254.169.254",
                                           "intranet.example": "10.1.2.3"})
        with Fetcher(IngestOptions(timeout=5), network) as fetcher:
            fetched = fetcher.fetch("http://news.example/moved")
            assert fetched.body == PAGE and fetched.url == "http://news.example/page.html"
            for path, refusal in (("/to-loopback", "127.0.0.1 is a loopback address"),
                                  ("/to-metadata", "metadata.example (169.254.169.254) is a link-local address"),
                                  ("/to-intranet", "intranet.example (10.1.2.3) is a private address"),
                                  ("/loop", "more than 5 redirects"),
                                  ("/to-ftp", "unsupported URL scheme 'ftp'")):
                with pytest.raises(FetchError, match=re.escape(refusal)):
                    fetcher.fetch(f"http://news.example{path}")
        paths = [path for path, _ in server.requests]
        assert paths[:3] == ["/moved", "/moved-again", "/page.html"]
        # the redirect to 127.0.0.1 was refused before connecting: the page was served once only
        assert paths.count("/page.html") == 1


def test_timeouts_404_and_size_caps() -> None:
    routes = {
        "/slow": Route(PAGE, delay=3),
        "/trickle": Route(PAGE * 4, trickle=10),
        "/gone": Route(b"no", status=404, content_type="text/plain"),
        "/announced-huge": Route(b"", declared_length=300 * 1024 * 1024),
        "/endless": Route(stream_bytes=3 * 1024 * 1024),
    }
    with serve(routes) as server:
        options = IngestOptions(allow_private=True, timeout=1.0, max_bytes=1024 * 1024)
        with Fetcher(options) as fetcher:
            for path, reason in (("/slow", "timed out after 1 s"), ("/trickle", "too slow|timed out"),
                                 ("/gone", "HTTP 404"),
                                 ("/announced-huge", r"too large: 314,572,800 bytes \(limit 1,048,576"),
                                 ("/endless", r"too large: more than 1,048,576 bytes")):
                with pytest.raises(FetchError, match=reason):
                    fetcher.fetch(server.url(path))


def test_dead_and_slow_urls_fail_alone_in_a_batch(sqlite_url: str) -> None:
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    dead_port = dead.getsockname()[1]
    dead.close()  # nothing listens there any more
    with serve({"/slow": Route(PAGE, delay=4), "/ok": Route(OTHER)}) as server:
        result = run_agenda("ingest", "--allow-private", "--timeout", "1", server.url("/slow"),
                            f"http://127.0.0.1:{dead_port}/x", server.url("/ok"), db=sqlite_url)
    assert result.returncode == 1
    assert f"failed {server.url('/slow')}: timed out after 1 s" in result.stdout
    dead_url = f"http://127.0.0.1:{dead_port}/x"
    assert f"failed {dead_url}: ConnectError: cannot connect to 127.0.0.1:{dead_port}" in result.stdout
    assert "1 new" in result.stdout and "2 failed" in result.stdout
    assert list(stored(sqlite_url)["documents"]) == ["ok"]


def _rss(server: Server) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link><guid>{path}</guid>"
        f"<pubDate>{date}</pubDate><description>Short teaser.</description></item>"
        for title, path, date in (("Customs", "/news/customs.html", "Tue, 10 May 2022 09:00:00 GMT"),
                                  ("Seeds", "/news/seeds.html", "Wed, 01 Jun 2022 09:00:00 GMT"),
                                  ("Old", "/news/old.html", "Mon, 04 Jan 2016 09:00:00 GMT")))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ministry newsroom</title>'
            f"<link>{server.url('/')}</link>{items}</channel></rss>").encode()


FULL_TEXT = ("<p>The water fund steering group approved twelve projects along the border on Thursday.</p>"
             "<p>Each project will receive equipment before the rainy season, and the group will publish a list "
             "of the towns that benefit, with the amount each one receives and the date of the first works.</p>"
             "<p>The ministers of both countries will review progress at the trade forum in October, where "
             "local councils are invited to present proposals for the second round of funding.</p>") * 2

ATOM = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Joint desk</title>'
        f"<id>urn:desk</id><updated>2022-07-01T00:00:00Z</updated>"
        f"<entry><title>Steering group approves projects</title><id>urn:desk:1</id>"
        f'<link href="http://127.0.0.1/never-fetched/steering"/><published>2022-07-01T10:00:00Z</published>'
        f"<updated>2022-07-01T10:00:00Z</updated>"
        f'<content type="html"><![CDATA[{FULL_TEXT}]]></content></entry></feed>').encode()


def test_feeds_links_full_text_and_since(sqlite_url: str) -> None:
    routes = {"/news/customs.html": Route(PAGE), "/news/seeds.html": Route(OTHER), "/news/old.html": Route(PAGE),
              "/atom.xml": Route(ATOM, content_type="application/atom+xml"), "/not-a-feed": Route(PAGE)}
    with serve(routes) as server:
        routes["/rss.xml"] = Route(_rss(server), content_type="application/rss+xml")
        result = run_agenda("ingest", "--allow-private", "--feed", "--since", "2020-01-01", server.url("/rss.xml"),
                            server.url("/atom.xml"), server.url("/not-a-feed"), db=sqlite_url)
        fetched = {path for path, _ in server.requests}
    assert result.returncode == 1
    assert f"failed {server.url('/not-a-feed')}: not an RSS/Atom feed (XML with root <html>)" in result.stdout
    assert "3 new" in result.stdout and "1 older than --since" in result.stdout
    assert "/news/old.html" not in fetched and "/never-fetched/steering" not in fetched
    docs = stored(sqlite_url)["documents"]
    assert set(docs) == {"customs", "seeds", "steering"}
    assert docs["steering"]["date"] == dt.date(2022, 7, 1) and docs["steering"]["date_origin"] == "metadata"
    assert docs["steering"]["title"] == "Steering group approves projects"
    assert "twelve projects along the border" in docs["steering"]["text"]


def test_a_feed_that_is_not_xml_is_one_failure(sqlite_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "news.rss"
    bad.write_text("this is { not xml at all")
    result = run_agenda("ingest", "--feed", str(bad), str(INGEST / "briefing.md"), db=sqlite_url)
    assert result.returncode == 1
    assert f"failed {bad}: not an RSS/Atom feed (not XML)" in result.stdout
    assert "1 new" in result.stdout


def _sitemap(server: Server, pages: list[tuple[str, str]]) -> bytes:
    urls = "".join(f"<url><loc>{server.url(path)}</loc><lastmod>{day}</lastmod></url>" for path, day in pages)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def test_sitemap_index_and_sitemaps(db_url: str) -> None:
    routes = {"/a/customs.html": Route(PAGE), "/b/seeds.html": Route(OTHER), "/b/old.html": Route(PAGE)}
    with serve(routes) as server:
        routes["/sitemap-a.xml"] = Route(_sitemap(server, [("/a/customs.html", "2022-05-10")]),
                                         content_type="application/xml")
        routes["/sitemap-b.xml"] = Route(_sitemap(server, [("/b/seeds.html", "2022-06-01"),
                                                           ("/b/old.html", "2015-01-01")]),
                                         content_type="application/xml")
        index = ("<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                 f"<sitemap><loc>{server.url('/sitemap-a.xml')}</loc></sitemap>"
                 f"<sitemap><loc>{server.url('/sitemap-b.xml')}</loc></sitemap></sitemapindex>")
        routes["/sitemap.xml"] = Route(index.encode(), content_type="text/xml")
        report = run_ingest([server.url("/sitemap.xml")],
                            IngestOptions(allow_private=True, since=dt.date(2020, 1, 1)), database=db_url)
    assert report.failed == []
    assert (report.counts.new, report.older) == (2, 1)
    assert [label for label, _ in report.expanded] == [server.url(p) for p in
                                                        ("/sitemap.xml", "/sitemap-a.xml", "/sitemap-b.xml")]
    assert set(stored(db_url)["documents"]) == {"customs", "seeds"}


def test_per_host_concurrency_is_limited() -> None:
    routes = {f"/p{n}.html": Route(_page(f"Story {n}", f"Story number {n} tells what happened on day {n} of the "
                                         "border inspection pilot, in a few sentences of its own."), delay=0.3)
              for n in range(8)}
    with serve(routes) as server, Fetcher(IngestOptions(allow_private=True, workers=4, per_host=2)) as fetcher:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(6) as pool:
            bodies = list(pool.map(lambda n: fetcher.fetch(server.url(f"/p{n}.html")).body, range(8)))
        assert all(b"Story number" in body for body in bodies)
        assert server.max_active <= 2


def test_refresh_turns_a_changed_page_into_a_new_version(db_url: str) -> None:
    routes = {"/news/status.html": Route(PAGE)}
    with serve(routes) as server:
        url = server.url("/news/status.html")
        options = IngestOptions(allow_private=True)
        assert run_ingest([url], options, database=db_url).counts.new == 1
        routes["/news/status.html"] = Route(_page("Customs pilot begins", "The customs offices of both countries "
                                                  "started the joint inspection pilot and found the first "
                                                  "problems, which they will fix before the autumn report."))
        assert run_ingest([url], options, database=db_url).already_done == 1  # no --refresh: not fetched again
        refreshed = run_ingest([url], IngestOptions(allow_private=True, refresh=True), database=db_url)
        assert refreshed.counts.versions == 1
        unchanged = run_ingest([url], IngestOptions(allow_private=True, refresh=True), database=db_url)
        assert unchanged.counts.duplicate == 1
    docs = stored(db_url)["documents"]
    assert docs["status-2"]["version_of"] == "status"
    assert "found the first problems" in docs["status-2"]["text"]
