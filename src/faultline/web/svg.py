"""Inline SVG charts (no JavaScript, no external assets): for vs against per window, and cohesion.

Pure functions from plain numbers to an SVG string (``markupsafe.Markup``); every label is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

POS, NEG, LINE = "#2f6fb3", "#c0392b", "#1f2a3d"


@dataclass(frozen=True)
class WindowCount:
    """How many actors were for and against in one window, and the bloc's cohesion then (0..1 or None)."""

    window: str
    n_for: int = 0
    n_against: int = 0
    cohesion: float | None = None


def stance_chart(counts: Sequence[WindowCount], *, title: str = "For vs against over time",
                 width: int = 720, height: int = 260) -> Markup:
    """Bars up (for) and down (against) per window; a line for cohesion (right axis, 0..1) when known."""
    left, right, top, bottom = 40, 44, 28, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(len(counts), 1)
    peak = max([1, *(max(c.n_for, c.n_against) for c in counts)])
    mid = top + plot_h / 2
    slot = plot_w / n
    bar = max(4.0, min(36.0, slot * 0.5))
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="{escape(title)}">',
             f'<title>{escape(title)}</title>',
             f'<text x="{left}" y="16" font-weight="600">{escape(title)}</text>',
             f'<line x1="{left}" y1="{mid:.1f}" x2="{left + plot_w}" y2="{mid:.1f}" stroke="#9aa3b2"/>',
             f'<text x="{left - 6}" y="{top + 8}" text-anchor="end">{peak}</text>',
             f'<text x="{left - 6}" y="{mid + 4:.1f}" text-anchor="end">0</text>',
             f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end">{peak}</text>']
    points: list[str] = []
    for i, c in enumerate(counts):
        x = left + slot * i + slot / 2
        h_for = (plot_h / 2) * c.n_for / peak
        h_against = (plot_h / 2) * c.n_against / peak
        label = escape(c.window)
        if c.n_for:
            parts.append(f'<rect x="{x - bar / 2:.1f}" y="{mid - h_for:.1f}" width="{bar:.1f}" '
                         f'height="{h_for:.1f}" fill="{POS}"><title>{label}: {c.n_for} for</title></rect>')
        if c.n_against:
            parts.append(f'<rect x="{x - bar / 2:.1f}" y="{mid:.1f}" width="{bar:.1f}" height="{h_against:.1f}" '
                         f'fill="{NEG}"><title>{label}: {c.n_against} against</title></rect>')
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle">{label}</text>')
        if c.cohesion is not None:
            y = top + plot_h * (1 - max(0.0, min(1.0, c.cohesion)))
            points.append(f"{x:.1f},{y:.1f}")
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{LINE}">'
                         f'<title>{label}: cohesion {c.cohesion:.2f}</title></circle>')
    if len(points) > 1:
        parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="{LINE}" stroke-width="2"/>')
    if points:
        parts += [f'<text x="{left + plot_w + 6}" y="{top + 8}">1.0</text>',
                  f'<text x="{left + plot_w + 6}" y="{top + plot_h}">0.0</text>']
    legend_y = height - 8
    parts += [f'<rect x="{left}" y="{legend_y - 9}" width="10" height="10" fill="{POS}"/>',
              f'<text x="{left + 14}" y="{legend_y}">for</text>',
              f'<rect x="{left + 50}" y="{legend_y - 9}" width="10" height="10" fill="{NEG}"/>',
              f'<text x="{left + 64}" y="{legend_y}">against</text>']
    if points:
        parts += [f'<line x1="{left + 130}" y1="{legend_y - 4}" x2="{left + 150}" y2="{legend_y - 4}" '
                  f'stroke="{LINE}" stroke-width="2"/>',
                  f'<text x="{left + 155}" y="{legend_y}">cohesion (right axis)</text>']
    parts.append("</svg>")
    return Markup("".join(parts))
