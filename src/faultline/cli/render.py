"""A readable report of one analysis for a person: actors, quotes, events, timeline, stances, splits."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Analysis, DateValue


def _date(d: DateValue | None) -> str:
    if d is None or not d.value:
        return ""
    return d.value if d.precision in ("day", "month", "quarter", "year") else f"{d.value} ({d.precision})"


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_analysis(a: Analysis, console: Console) -> None:
    names = {x.id: x.name for x in a.actors}

    def name(actor_id: str | None) -> str:
        return names.get(actor_id or "", actor_id or "?")

    head = a.article.title or a.article.ref or a.article.id[:12]
    meta = " · ".join(x for x in (a.article.ref, a.article.published, a.article.source) if x)
    parts: list = [Text(meta, style="dim")] if meta else []

    actors = Table(title="Actors", header_style="bold", expand=True)
    for col in ("id", "name", "type", "country", "role", "mentions"):
        actors.add_column(col, overflow="fold")
    for x in a.actors:
        actors.add_row(x.id, x.name, x.type, x.country or "", x.role or "",
                       f"{len(x.mentions)}: " + ", ".join(sorted({m.text for m in x.mentions}))[:80])
    parts.append(actors)

    quotes = Table(title="Quotes", header_style="bold", expand=True)
    for col in ("id", "kind", "speaker", "cue", "date", "text"):
        quotes.add_column(col, overflow="fold")
    for q in a.quotes:
        speaker = name(q.speaker) if q.speaker else f"[dim]{q.speaker_text or '—'}[/dim]"
        if q.speaker and q.speaker_text and q.speaker_text != name(q.speaker):
            speaker += f" [dim]({_short(q.speaker_text, 40)})[/dim]"
        quotes.add_row(q.id, q.kind, speaker, q.cue or "", _date(q.date), _short(q.text))
    parts.append(quotes)

    events = Table(title="Events (PLOVER)", header_style="bold", expand=True)
    for col in ("id", "type", "mode", "source", "target", "about", "date", "in"):
        events.add_column(col, overflow="fold")
    for e in a.events:
        typ = f"not {e.type}" if e.negated else e.type
        events.add_row(e.id, typ, e.mode or "", ", ".join(map(name, e.source)), ", ".join(map(name, e.target)),
                       ", ".join(map(name, e.about)), _date(e.date), e.quote or "")
    parts.append(events)

    dated = [(q.date, f"{name(q.speaker)}: “{_short(q.text, 80)}”") for q in a.quotes if q.date and q.date.value]
    dated += [(e.date, f"{', '.join(map(name, e.source))} {e.type} {', '.join(map(name, e.target))}")
              for e in a.events if e.date and e.date.value]
    if dated:
        timeline = Table(title="Timeline", header_style="bold", expand=True)
        timeline.add_column("when")
        timeline.add_column("what", overflow="fold")
        for d, what in sorted(dated, key=lambda x: (x[0].precision == "relative", x[0].value or "")):
            timeline.add_row(_date(d), what)
        parts.append(timeline)

    labels = {i.id: i.label for i in a.issues}
    stances = Table(title="Stances", header_style="bold", expand=True)
    for col in ("actor", "issue", "stance", "date", "evidence"):
        stances.add_column(col, overflow="fold")
    sign = {1: "[green]for[/green]", -1: "[red]against[/red]", 0: "[yellow]mixed[/yellow]"}
    for s in a.stances:
        stances.add_row(name(s.actor), labels.get(s.issue, s.issue), sign.get(s.polarity, str(s.polarity)),
                        _date(s.date), ", ".join(s.evidence))
    parts.append(stances)

    if a.splits:
        for sp in a.splits:
            parts.append(Text.from_markup(
                f"[bold]Split[/bold] in {sp.bloc} on {labels.get(sp.issue, sp.issue)}: "
                f"[green]{', '.join(map(name, sp.for_))}[/green] for, "
                f"[red]{', '.join(map(name, sp.against))}[/red] against"))
    else:
        parts.append(Text("No split found.", style="dim"))
    for w in a.warnings:
        parts.append(Text(f"warning: {w}", style="yellow"))
    console.print(Panel(Group(*parts), title=head, title_align="left"))
