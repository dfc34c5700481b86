"""The static report: one self-contained HTML file about one issue (inline CSS, inline SVG, no assets).

    from faultline.web.report import render_report
    html = render_report(store.conn, "negotiate-with:RUS")

It holds the stance matrix (actors x months), a chart of for vs against per month with the cohesion of
the bloc the issue splits most often, and the timeline of statements with their quotes, linked to the
articles' URLs where the store knows them. Built from the same ``faultline.analysis`` queries as the
dashboard, rendered with the same autoescaped templates.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from fastapi.encoders import jsonable_encoder
from markupsafe import Markup

from faultline import analysis

from .svg import WindowCount, stance_chart
from .templating import STATIC, template_env
from .views import Namer, group_splits, load_default_kb, matrix_view

MAX_STATEMENTS = 500


def report_href(article_id: str, ref: str | None) -> str:
    """Inside the report, evidence links point at the statement in the report's own timeline."""
    return "#" + statement_anchor(article_id, ref)


def statement_anchor(article_id: Any, ref: Any) -> str:
    return f"s-{str(article_id)[:12]}-{ref or 'article'}"


def window_counts(grid: Mapping[str, Any], cohesion: Mapping[str, float | None] | None = None) -> list[WindowCount]:
    """For/against counts per window from a ``matrix_view`` grid, with cohesion where known."""
    cohesion = cohesion or {}
    counts = []
    for i, window in enumerate(grid.get("windows") or []):
        cells = [row["cells"][i] for row in grid.get("rows") or [] if row["cells"][i]]
        counts.append(WindowCount(window,
                                  n_for=sum(1 for c in cells if c.get("cls") == "pos"),
                                  n_against=sum(1 for c in cells if c.get("cls") == "neg"),
                                  cohesion=cohesion.get(window)))
    return counts


def _main_bloc(splits: list[dict[str, Any]]) -> str | None:
    """The bloc to chart cohesion for: the one whose split holds the most divided actors (ties: the
    query's order, smallest bloc first), or None when the issue splits no bloc."""
    best: tuple[int, int, str] | None = None
    for i, row in enumerate(splits):
        size = len(row.get("for") or []) + len(row.get("against") or [])
        if row.get("bloc") and (best is None or (-size, i) < (best[0], best[1])):
            best = (-size, i, row["bloc"])
    return best[2] if best else None


def _cohesion_by_window(rows: list[dict[str, Any]]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for row in rows:
        window = row.get("window")
        value = row.get("cohesion")
        if window is not None and isinstance(value, int | float):
            out[str(window)] = float(value)
    return out


def report_data(conn: Any, issue: str, kb: Any = None) -> dict[str, Any]:
    """Everything the report shows, as plain data (also what a JSON export of the report would hold)."""
    kb = kb if kb is not None else load_default_kb()
    namer = Namer(kb, conn)
    label = next((row.get("label") for row in jsonable_encoder(analysis.issues(conn, limit=5000))
                  if row.get("id") == issue), None)
    matrix = jsonable_encoder(analysis.stance_matrix(conn, issue, window="month"))
    grid = matrix_view(matrix, namer.name, href=report_href)
    timeline = jsonable_encoder(analysis.timeline(conn, issue=issue, limit=MAX_STATEMENTS))
    splits = jsonable_encoder(analysis.splits(conn, issue=issue, kb=kb))
    bloc = _main_bloc(splits)
    cohesion = jsonable_encoder(analysis.cohesion(conn, bloc, issue, window="month", kb=kb)) if bloc else []
    return {"issue": {"id": issue, "label": label or issue}, "grid": grid, "timeline": timeline,
            "splits": splits, "split_groups": group_splits(splits, namer.name, href=report_href), "bloc": bloc, "cohesion": cohesion,
            "counts": window_counts(grid, _cohesion_by_window(cohesion)), "names": namer}


def render_report(conn: Any, issue: str, kb: Any = None) -> str:
    """The report on ``issue`` as one HTML string with no external references."""
    data = report_data(conn, issue, kb)
    namer: Namer = data.pop("names")
    chart = stance_chart(data["counts"], title="Actors for and against, per month"
                         + (f"; cohesion of {namer.name(data['bloc'])}" if data["bloc"] else ""))
    env = template_env()
    return env.get_template("report.html").render(
        **data, title=data["issue"]["label"], name=namer.name, chart=chart,
        css=Markup((STATIC / "style.css").read_text(encoding="utf-8")), anchor=statement_anchor,
        generated=date.today().isoformat(), link_actors=False)
