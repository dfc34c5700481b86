"""The Jinja environment shared by the dashboard and the static report: autoescaped, package templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape

from .highlight import LEGEND, evidence_anchor
from .views import evidence_links, polarity_word

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def quote_id(value: Any) -> str:
    """A path segment for an id (``negotiate-with:RUS`` keeps its colon, ``person:x`` too)."""
    return quote(str(value), safe=":")


def qs(**params: Any) -> str:
    """``?a=1&b=2`` from the parameters that are set (for links that keep the filters)."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return "?" + urlencode(kept) if kept else ""


def template_env() -> Environment:
    """Autoescaping everywhere (an article's ``<script>`` is shown as text), helpers as globals."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(polarity_word=polarity_word, LEGEND=LEGEND, quote_id=quote_id, qs=qs,
                       evidence_links=evidence_links, evidence_anchor=evidence_anchor)
    return env
