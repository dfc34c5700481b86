"""The public door: analyse one text, or a stream of articles, into :class:`~faultline.model.Analysis`.

    >>> import faultline
    >>> result = faultline.analyze("Britain rejected the plan, Cooper said.", published="2026-01-05")
    >>> result.to_dict()["article"]["published"]
    '2026-01-05'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError, FaultlineError
from .model import Analysis, Article, article_id, normalise_text


@dataclass(frozen=True)
class Failure:
    """An article the pipeline could not analyse: the batch goes on."""

    ref: str
    stage: str
    error: str


def parse_date(value: str | dt.date | None, *, what: str = "--published") -> dt.date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) to a date; a clear error otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    from .ingest import parse_published

    try:
        return dt.date.fromisoformat(parse_published(str(value)))
    except ConfigError as e:
        raise ConfigError(f"{what} must be a date like 2026-01-31, not {str(value).strip()!r}") from e


def get_nlp(model: str | None = None) -> Any:
    """The full faultline pipeline for ``model`` (cached)."""
    from .nlp import build_nlp

    return build_nlp(model)


def _prepare(nlp: Any, text: str, published: dt.date | None, kb: Any, quote_scope: str | None = None) -> Any:
    from .pipeline.components import state

    doc = nlp.make_doc(text)
    st = state(doc)
    st["published"] = published
    if quote_scope:
        st["quote_scope"] = quote_scope
    if kb is not None:
        st["kb"] = kb
    return doc


def to_analysis(doc: Any, article: Article) -> Analysis:
    """Convert the pipeline's results on ``doc`` into the contract's frozen dataclasses."""
    from .pipeline.components import state

    st = state(doc)
    actors = st.get("actors")
    issues, stances, splits = st.get("stances") or ((), (), ())
    return Analysis(
        article=article,
        text=doc.text,
        actors=actors.to_actors() if actors is not None else (),
        quotes=tuple(st.get("quote_objects") or ()),
        events=tuple(st.get("events") or ()),
        issues=tuple(issues),
        stances=tuple(stances),
        splits=tuple(splits),
        warnings=tuple(st.get("warnings") or ()),
    )


def analyze(text: str, *, published: str | dt.date | None = None, ref: str | None = None,
            title: str | None = None, url: str | None = None, source: str | None = None,
            model: str | None = None, kb: Any = None, quote_scope: str | None = None) -> Analysis:
    """Analyse one article's text. ``published`` anchors relative dates ("last week") and offices
    ("the foreign secretary" on that day); without it, relative dates stay relative.
    ``quote_scope``: "speech" (default) or "learned" (PolNeAR-style attributions of beliefs and
    intentions as well, scored by a model trained on PolNeAR train)."""
    date = parse_date(published)
    text = normalise_text(text)
    nlp = get_nlp(model)
    doc = nlp(_prepare(nlp, text, date, kb, quote_scope))
    if title is None:
        first = text.split("\n", 1)[0].strip()
        title = first if 0 < len(first) < 300 and "\n" in text else None
    article = Article(id=article_id(text), ref=ref, title=title, url=url, source=source,
                      published=date.isoformat() if date else None)
    return to_analysis(doc, article)


def analyze_records(records: Iterable[Any], *, model: str | None = None, batch_size: int = 16,
                    kb: Any = None, quote_scope: str | None = None) -> Iterator[Analysis | Failure]:
    """Analyse a stream of articles (objects with ``ref, text, title, url, source, published``,
    such as :class:`faultline.ingest.RawArticle`) in input order, batched through ``nlp.pipe``.

    One bad article never stops the stream: it comes out as a :class:`Failure`.
    """
    nlp = get_nlp(model)

    def docs() -> Iterator[tuple[Any, Article] | Failure]:
        for rec in records:
            try:
                text = normalise_text(rec.text)
                published = parse_date(getattr(rec, "published", None), what="published")
            except FaultlineError as e:  # a bad record (e.g. its date): report it, go on
                yield Failure(ref=rec.ref, stage="load", error=str(e))
                continue
            article = Article(id=article_id(text), ref=rec.ref, title=getattr(rec, "title", None),
                              url=getattr(rec, "url", None), source=getattr(rec, "source", None),
                              published=published.isoformat() if published else None)
            yield _prepare(nlp, text, published, kb, quote_scope), article

    pending = docs()
    while True:
        batch: list[tuple[Any, Article]] = []
        for item in pending:
            if isinstance(item, Failure):
                yield item
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                break
        if not batch:
            return
        try:
            processed: list[Any] = list(nlp.pipe([d for d, _ in batch], batch_size=batch_size))
        except Exception:  # noqa: BLE001 - isolate the failing article: redo the batch one by one
            processed = []
            for d, art in batch:
                try:
                    processed.append(nlp(d))
                except Exception as e:  # noqa: BLE001 - one article's error is reported, not raised
                    processed.append(None)
                    yield Failure(ref=art.ref or art.id, stage="analyze", error=f"{type(e).__name__}: {e}")
        for doc, (_, art) in zip(processed, batch, strict=True):
            if doc is not None:
                yield to_analysis(doc, art)
