"""The dashboard over a small hand-made store: every page and its JSON twin, escaping, 404s, limits,
and that the server never writes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from faultline.model import (
    Actor,
    Analysis,
    Article,
    DateValue,
    Event,
    Issue,
    Mention,
    Quote,
    Split,
    Stance,
)

ISSUE = "negotiate-with:RUS"
SCRIPT = "<script>alert(1)</script>"


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _actor(text: str, actor_id: str, name: str, kind: str, words: list[str], **extra) -> Actor:
    mentions = tuple(Mention(*_at(text, w), w) for w in words if w in text)
    return Actor(actor_id, name, kind, mentions=mentions, **extra)


def _quote(text: str, qid: str, content: str, speaker: str, speaker_text: str, cue: str, cue_word: str,
           date: str) -> Quote:
    return Quote(qid, "direct", content, *_at(text, content), speaker=speaker, speaker_text=speaker_text,
                 speaker_span=_at(text, speaker_text), cue=cue, cue_span=_at(text, cue_word),
                 date=DateValue(date, "day"))


def first_article() -> Analysis:
    """France and Italy for talks with Russia, the United Kingdom against: a split in NATO."""
    text = ('Paris and Rome want a channel to Moscow. "The time has come to talk to Russia again," '
            'Emmanuel Macron said on Thursday. "Europe should be at the table," Giorgia Meloni added. '
            'London turned the idea down. "We do not see any sign that Moscow wants peace," '
            'Yvette Cooper told reporters.')
    published = "2025-12-04"
    q1 = _quote(text, "q1", "The time has come to talk to Russia again", "person:emmanuel-macron",
                "Emmanuel Macron", "say", "said", published)
    q2 = _quote(text, "q2", "Europe should be at the table", "person:giorgia-meloni", "Giorgia Meloni",
                "add", "added", published)
    q3 = _quote(text, "q3", "We do not see any sign that Moscow wants peace", "person:yvette-cooper",
                "Yvette Cooper", "tell", "told", published)
    sentence = _at(text, "London turned the idea down.")
    e1 = Event("e1", "REJECT", ("GBR",), ("FRA", "ITA"), ("RUS",), mode="proposal to negotiate",
               date=DateValue(published, "day"), text="London turned the idea down.", start=sentence[0],
               end=sentence[1], trigger="turned")
    actors = (
        _actor(text, "FRA", "France", "state", ["Paris"]),
        _actor(text, "ITA", "Italy", "state", ["Rome"]),
        _actor(text, "GBR", "United Kingdom", "state", ["London"]),
        _actor(text, "RUS", "Russia", "state", ["Moscow", "Russia"]),
        _actor(text, "person:emmanuel-macron", "Emmanuel Macron", "person", ["Emmanuel Macron"],
               country="FRA", role="head of state"),
        _actor(text, "person:giorgia-meloni", "Giorgia Meloni", "person", ["Giorgia Meloni"],
               country="ITA", role="head of government"),
        _actor(text, "person:yvette-cooper", "Yvette Cooper", "person", ["Yvette Cooper"],
               country="GBR", role="foreign minister"),
    )
    day = DateValue(published, "day")
    stances = (
        Stance("FRA", ISSUE, 1, day, ("q1",), via="person:emmanuel-macron"),
        Stance("person:emmanuel-macron", ISSUE, 1, day, ("q1",)),
        Stance("ITA", ISSUE, 1, day, ("q2",), via="person:giorgia-meloni"),
        Stance("person:giorgia-meloni", ISSUE, 1, day, ("q2",)),
        Stance("GBR", ISSUE, -1, day, ("q3", "e1"), via="person:yvette-cooper", spans=(sentence,)),
        Stance("person:yvette-cooper", ISSUE, -1, day, ("q3",)),
    )
    return Analysis(
        article=Article(id="", ref="first.txt", title="Paris and Rome seek a channel to Moscow",
                        url="https://news.example.org/channel", source="Example News", published=published),
        text=text, actors=actors, quotes=(q1, q2, q3), events=(e1,),
        issues=(Issue(ISSUE, "negotiations with Russia"),), stances=stances,
        splits=(Split(ISSUE, "NATO", ("FRA", "ITA"), ("GBR",), ("q1", "q2", "q3", "e1")),),
    )


def _german_article(ref: str, published: str, text: str, content: str, polarity: int,
                    title: str) -> Analysis:
    """Germany's chancellor on talks with Russia: two of these, a month apart, make a shift."""
    q1 = _quote(text, "q1", content, "person:friedrich-merz", "Friedrich Merz", "say", "said", published)
    actors = (
        _actor(text, "DEU", "Germany", "state", ["Berlin"]),
        _actor(text, "RUS", "Russia", "state", ["Moscow"]),
        _actor(text, "person:friedrich-merz", "Friedrich Merz", "person", ["Friedrich Merz"],
               country="DEU", role="head of government"),
    )
    day = DateValue(published, "day")
    return Analysis(
        article=Article(id="", ref=ref, title=title, published=published), text=text, actors=actors,
        quotes=(q1,), issues=(Issue(ISSUE, "negotiations with Russia"),),
        stances=(Stance("DEU", ISSUE, polarity, day, ("q1",), via="person:friedrich-merz"),
                 Stance("person:friedrich-merz", ISSUE, polarity, day, ("q1",))),
    )


def second_article() -> Analysis:
    """Germany against talks in February; the text carries markup that must be shown, not run."""
    text = (f'A reader wrote {SCRIPT} in a comment. Berlin has changed its tone. "Talks with Moscow are '
            'not useful now," Friedrich Merz said.')
    return _german_article("second.txt", "2026-02-10", text, "Talks with Moscow are not useful now", -1,
                           f"Berlin changes tone {SCRIPT}")


def third_article() -> Analysis:
    """Germany for talks in January (before its February turn)."""
    text = 'Berlin looks east. "A conversation with Moscow could help," Friedrich Merz said.'
    return _german_article("third.txt", "2026-01-15", text, "A conversation with Moscow could help", 1,
                           "Berlin looks east")


def build_store(path: Path) -> Path:
    """A store with the three hand-made articles, written through ``Store.write``."""
    from faultline.store import Store

    with Store.open(str(path)) as store:
        store.write([first_article(), second_article(), third_article()])
    return path


def article_ids(path: Path) -> dict[str, str]:
    """ref -> article id (read with plain sqlite3, outside the app)."""
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT ref, id FROM articles").fetchall())


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "web.db")


@pytest.fixture()
def client(store_path: Path):
    from fastapi.testclient import TestClient

    from faultline.web import create_app

    with TestClient(create_app(str(store_path))) as c:
        yield c


def pages(store_path: Path) -> list[str]:
    ids = article_ids(store_path)
    return ["/issues", f"/issues/{ISSUE}", "/splits", f"/splits?bloc=NATO&issue={ISSUE}&as_of=2025-12-31",
            "/timeline", f"/timeline?issue={ISSUE}&actor=GBR&since=2025-01&until=2026-12-31", "/actors",
            "/actors?q=ital", "/actors/GBR", "/actors/person:giorgia-meloni", f"/articles/{ids['first.txt']}",
            f"/articles/{ids['second.txt']}", "/search?q=Moscow", "/search", "/actors/DEU"]


def test_every_page_and_its_json_twin_answer(client, store_path: Path) -> None:
    for url in pages(store_path):
        path, _, query = url.partition("?")
        html = client.get(url)
        assert html.status_code == 200, (url, html.text[:500])
        assert html.headers["content-type"].startswith("text/html"), url
        assert "<html" in html.text
        twin = client.get(path + ".json" + ("?" + query if query else ""))
        assert twin.status_code == 200, (url, twin.text[:500])
        assert twin.headers["content-type"].startswith("application/json"), url
        assert isinstance(twin.json(), dict)


def test_root_redirects_to_issues(client) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307)
    assert response.headers["location"] == "/issues"


def _side(split: dict) -> list[str]:
    return sorted(x["actor"] if isinstance(x, dict) else x for x in split)


def test_splits_json_has_the_split(client) -> None:
    splits = client.get("/splits.json?as_of=2025-12-31&bloc=NATO").json()["splits"]
    assert [(s["issue"], _side(s["for"]), _side(s["against"])) for s in splits] == [
        (ISSUE, ["FRA", "ITA"], ["GBR"])]
    later = client.get("/splits.json?bloc=NATO").json()["splits"]  # Germany has joined the against side
    assert [(_side(s["for"]), _side(s["against"])) for s in later] == [(["FRA", "ITA"], ["DEU", "GBR"])]


def test_splits_page_names_the_sides(client) -> None:
    text = client.get("/splits").text
    for name in ("France", "Italy", "United Kingdom"):
        assert name in text
    assert "/actors/GBR" in text and f"/issues/{ISSUE}" in text


def test_issue_page_shows_matrix_with_evidence_links(client, store_path: Path) -> None:
    ids = article_ids(store_path)
    data = client.get(f"/issues/{ISSUE}.json").json()
    assert data["issue"]["id"] == ISSUE
    rows = {row["actor"]: row for row in data["grid"]["rows"]}
    assert {"FRA", "ITA", "GBR"} <= set(rows)
    html = client.get(f"/issues/{ISSUE}").text
    assert 'class="matrix"' in html
    assert f"/articles/{ids['first.txt']}#q1" in html  # a cell goes through to its evidence
    assert 'class="neg"' in html and 'class="pos"' in html
    shifts = [(s["actor"], s["from"]["polarity"], s["to"]["polarity"]) for s in data["shifts"]]
    assert shifts == [("DEU", 1, -1)]


def test_article_text_is_escaped_and_marked(client, store_path: Path) -> None:
    ids = article_ids(store_path)
    html = client.get(f"/articles/{ids['second.txt']}").text
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    first = client.get(f"/articles/{ids['first.txt']}").text
    assert '<mark class="quote"' in first and 'id="q1"' in first
    assert "actor actor-person" in first and "cue" in first and "trigger" in first
    # a stance's evidence words are anchored in the text and linked from the stance
    start = first_article().text.index("London turned the idea down.")
    anchor = f"at-{start}-{start + len('London turned the idea down.')}"
    assert f'href="#{anchor}"' in first and f'id="{anchor}"' in first
    data = client.get(f"/articles/{ids['first.txt']}.json").json()
    gbr = next(s for s in data["article"]["stances"] if s["actor"] == "GBR")
    assert gbr["evidence_spans"] == [[start, start + len("London turned the idea down.")]]


def test_search_finds_words_and_escapes_the_query(client) -> None:
    response = client.get("/search", params={"q": SCRIPT})
    assert response.status_code == 200
    assert SCRIPT not in response.text
    assert client.get("/search.json", params={"q": "Moscow"}).json()["results"]


@pytest.mark.parametrize("url", ["/articles/0000", "/articles/0000.json", "/actors/XXX", "/actors/XXX.json",
                                 "/issues/no-such:issue", "/no/such/page"])
def test_unknown_ids_are_404(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert "Traceback" not in response.text


@pytest.mark.parametrize("url", ["/splits?as_of=yesterday", "/timeline?since=2025-13-45x", "/issues?limit=0",
                                 "/timeline.json?limit=abc", f"/issues/{ISSUE}?window=fortnight"])
def test_bad_parameters_are_400(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.text[:300]
    assert "Traceback" not in response.text


def test_limit_is_capped(client) -> None:
    from faultline.web.app import MAX_LIMIT

    data = client.get("/timeline.json?limit=100000").json()
    assert data["limit"] == MAX_LIMIT
    assert len(data["timeline"]) <= MAX_LIMIT
    assert client.get("/actors.json?limit=1").json()["actors"].__len__() == 1


def test_request_sizes_are_bounded(client) -> None:
    assert client.get("/search", params={"q": "x" * 5000}).status_code in (400, 414)
    assert client.get("/search?q=" + "x" * 300).status_code == 400


def test_openapi_lists_the_json_twins(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/splits.json" in paths and "/issues/{issue_id}.json" in paths


def test_server_never_writes(store_path: Path) -> None:
    from fastapi.testclient import TestClient

    from faultline.web import create_app

    before = (store_path.stat().st_mtime_ns, store_path.stat().st_size)
    app = create_app(str(store_path))
    with TestClient(app) as client:
        for url in pages(store_path):
            assert client.get(url).status_code == 200
    with app.state.open_store() as store:
        with pytest.raises(sqlite3.Error):
            store.conn.execute("DELETE FROM articles")
        with pytest.raises(sqlite3.Error):
            store.conn.execute("CREATE TABLE x (a)")
    assert (store_path.stat().st_mtime_ns, store_path.stat().st_size) == before
    assert not os.path.exists(str(store_path) + "-journal")


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    from faultline.errors import StoreError
    from faultline.web import create_app

    with pytest.raises(StoreError):
        create_app(str(tmp_path / "absent.db"))


def test_cli_commands_have_examples() -> None:
    from faultline.cli import web_commands

    for command in (web_commands.serve, web_commands.report):
        assert "Example: faultline" in (command.__doc__ or "")


@pytest.mark.parametrize(("marks", "expected"), [
    # an actor inside a quote: three segments, the middle one carries both classes and the label
    ([(0, 10, "quote", "q1"), (4, 9, "actor", "FRA")],
     [("Yes ", ("quote",), ()), ("Paris", ("quote", "actor"), ("FRA",)), ("!", ("quote",), ("q1",)),
      (" she said", (), ())]),
    # offsets outside the text or empty are dropped, not guessed at
    ([(5, 99, "quote", "q1"), (3, 3, "actor", "X")], [("Yes Paris! she said", (), ())]),
])
def test_segments_cut_at_every_boundary(marks, expected) -> None:
    from faultline.web.highlight import Mark, segments

    text = "Yes Paris! she said"
    got = segments(text, [Mark(s, e, cls, label=label) for s, e, cls, label in marks])
    assert [(g.text, g.classes, g.labels) for g in got] == expected
    assert "".join(g.text for g in got) == text
