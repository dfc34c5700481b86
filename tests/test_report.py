"""The static report: one self-contained HTML file with the stance matrix, a chart and the timeline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from faultline.store import Store
from faultline.web.report import render_report, window_counts
from faultline.web.svg import WindowCount, stance_chart
from test_web import ISSUE, SCRIPT, build_store


@pytest.fixture()
def html(tmp_path: Path) -> str:
    db = build_store(tmp_path / "report.db")
    with Store.open(str(db), readonly=True) as store:
        return render_report(store.conn, ISSUE)


def test_report_is_self_contained(html: str) -> None:
    assert html.lstrip().startswith("<!doctype html>")
    # no asset from elsewhere: no src= at all, no stylesheet links, no @import or url() in the CSS
    assert not re.search(r"""\bsrc\s*=""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert not re.search(r"""<script""", html)
    # the only http(s) hrefs are links to the articles themselves
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert all(h.startswith("#") or h == "https://news.example.org/channel" for h in hrefs), hrefs


def test_report_has_matrix_chart_and_timeline(html: str) -> None:
    assert 'class="matrix"' in html and "<svg" in html
    for window in ("2025-12", "2026-01", "2026-02"):
        assert f"<th scope=\"col\">{window}</th>" in html
    for name in ("France", "Italy", "United Kingdom", "Germany"):
        assert name in html
    assert 'class="timeline"' in html
    assert "The time has come to talk to Russia again" in html  # a quote in the timeline
    assert 'href="https://news.example.org/channel"' in html  # its article, by URL
    assert SCRIPT not in html and "&lt;script&gt;" in html  # titles escaped


def test_matrix_cells_link_to_statements_in_the_report(html: str) -> None:
    targets = set(re.findall(r'<td class="(?:pos|neg|mix)"[^>]*><a href="#([^"]+)"', html))
    assert targets
    for target in targets:
        assert f'id="{target}"' in html


def test_window_counts_and_chart() -> None:
    grid = {"windows": ["2025-12", "2026-01"],
            "rows": [{"cells": [{"cls": "pos"}, None]}, {"cells": [{"cls": "neg"}, {"cls": "neg"}]}]}
    counts = window_counts(grid, {"2026-01": 1.0})
    assert counts == [WindowCount("2025-12", 1, 1, None), WindowCount("2026-01", 0, 1, 1.0)]
    svg = str(stance_chart(counts, title="<b>x</b>"))
    assert svg.count("<rect") >= 3 and "<circle" in svg and "<b>" not in svg


def test_report_command_writes_the_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from faultline.cli import app, web_commands  # noqa: F401  (registers serve and report)

    db = build_store(tmp_path / "cli.db")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "--issue", ISSUE, "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert 'class="matrix"' in out.read_text(encoding="utf-8")
