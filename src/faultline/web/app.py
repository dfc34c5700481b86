"""The dashboard: FastAPI over a read-only store; every page has a JSON twin built from the same query.

    from faultline.web import create_app
    app = create_app("faultline.db")          # uvicorn.run(app) — or: faultline serve --db faultline.db

Each page is one function returning plain data from ``faultline.analysis``; ``_page`` registers it
twice, at ``/path`` (rendered with a Jinja template, autoescaped) and ``/path.json`` (the same data as
JSON, listed in ``/openapi.json``). The server never writes: every request opens the store with
``Store.open(db, readonly=True)`` (SQLite ``mode=ro`` and ``query_only``). One set of exception handlers
maps faultline errors, unknown ids and bad parameters to status codes, never a traceback page.
"""


import functools
import inspect
import logging
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from faultline import analysis
from faultline.errors import FaultlineError
from faultline.store import Store

from .errors import BadRequestError, NotFoundError, TooLargeRequestError, status_for
from .highlight import marks_for, segments
from .templating import STATIC, template_env
from .views import Namer, group_splits, load_default_kb, matrix_view

MAX_LIMIT = 500  # no page lists more rows than this, whatever ?limit= asks
MAX_QUERY_STRING = 2048  # bytes of the query string
MAX_BODY = 64 * 1024  # the dashboard takes no bodies; refuse big ones early
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD
WINDOWS = ("month", "quarter", "year")

log = logging.getLogger("faultline.web")

Limit = Annotated[int, Query(ge=1, description=f"rows to return (capped at {MAX_LIMIT})")]
DateParam = Annotated[str | None, Query(pattern=DATE, max_length=10, description="YYYY[-MM[-DD]]")]
IdParam = Annotated[str | None, Query(max_length=200)]


def cap(limit: int) -> int:
    """The limit actually used: at most ``MAX_LIMIT``."""
    return max(1, min(int(limit), MAX_LIMIT))


def create_app(db: str, *, kb: Any = None) -> FastAPI:
    """The dashboard over the store at ``db`` (opened read-only for every request)."""
    Store.open(db, readonly=True).close()  # fail now, with a clear StoreError, if it is not a store
    kb = kb if kb is not None else load_default_kb()
    env = template_env()
    app = FastAPI(title="faultline", version="0.1.0",
                  description="Who is for and who is against what, in political news: read-only JSON "
                              "twins of the dashboard's pages.", docs_url=None, redoc_url=None)
    app.state.db = db
    app.state.kb = kb
    app.state.open_store = lambda: Store.open(db, readonly=True)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    def conn() -> Iterator[Any]:
        with app.state.open_store() as store:
            yield store.conn

    Conn = Annotated[Any, Depends(conn)]

    def render(request: Request, template: str, data: dict[str, Any], status: int = 200,
               namer: Namer | None = None) -> HTMLResponse:
        ctx = {"request": request, "path": request.url.path, "data": data, **data,
               "name": (namer or Namer(kb)).name, "json_url": _json_url(request)}
        return HTMLResponse(env.get_template(template).render(ctx), status_code=status)

    def page(path: str, template: str) -> Callable[[Callable[..., dict[str, Any]]], Callable[..., Any]]:
        """Register ``fn`` at ``path`` (HTML) and ``path.json`` (JSON): the same data, two renderings."""

        def register(fn: Callable[..., dict[str, Any]]) -> Callable[..., Any]:
            sig = inspect.signature(fn)
            params = [p for p in sig.parameters.values() if p.name != "request"]
            request_param = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                              annotation=Request)

            def make(as_json: bool) -> Callable[..., Response]:
                @functools.wraps(fn)
                def endpoint(request: Request, **kwargs: Any) -> Response:
                    namer = Namer(kb, kwargs.get("db"))
                    data = jsonable_encoder(fn(namer=namer, **kwargs) if "namer" in sig.parameters
                                            else fn(**kwargs))
                    if as_json:
                        return JSONResponse(data)
                    return render(request, template, data, namer=namer)

                endpoint.__signature__ = sig.replace(  # type: ignore[attr-defined]
                    parameters=[request_param, *[p for p in params if p.name != "namer"]])
                endpoint.__name__ = fn.__name__ + ("_json" if as_json else "")
                return endpoint

            # the JSON route first, so ``/issues/{id}.json`` is not read as an id ending in ".json"
            app.add_api_route(path + ".json", make(True), methods=["GET"], response_class=JSONResponse,
                              summary=(fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else None)
            app.add_api_route(path, make(False), methods=["GET"], response_class=HTMLResponse,
                              include_in_schema=False)
            return fn

        return register

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/issues", status_code=307)

    @page("/issues", "issues.html")
    def issues_page(db: Conn, limit: Limit = 100) -> dict[str, Any]:
        """Issues, with how many actors are for and against each and how divided it is."""
        return {"title": "Issues", "limit": cap(limit), "issues": analysis.issues(db, limit=cap(limit))}

    @page("/issues/{issue_id}", "issue.html")
    def issue_page(db: Conn, namer: Namer, issue_id: str, window: str = "month", since: DateParam = None,
                   until: DateParam = None, limit: Limit = 200) -> dict[str, Any]:
        """One issue: the stance matrix (actors x windows), its splits, shifts and timeline."""
        if window not in WINDOWS:
            raise BadRequestError(f"unknown window {window!r}", hint="use " + ", ".join(WINDOWS))
        issue = _find_issue(db, issue_id)
        matrix = analysis.stance_matrix(db, issue_id, window=window, since=since, until=until)
        timeline = analysis.timeline(db, issue=issue_id, since=since, until=until, limit=cap(limit))
        splits = analysis.splits(db, issue=issue_id, kb=kb)
        if issue is None and not timeline and not matrix_view(matrix, namer.name)["rows"]:
            raise NotFoundError(f"no issue {issue_id!r} in this store", hint="see /issues")
        return {"title": (issue or {}).get("label") or issue_id,
                "issue": issue or {"id": issue_id, "label": issue_id},
                "filters": {"window": window, "since": since, "until": until}, "limit": cap(limit),
                "matrix": matrix, "grid": matrix_view(matrix, namer.name),
                "splits": splits, "split_groups": group_splits(splits, namer.name),
                "shifts": analysis.shifts(db, issue=issue_id), "timeline": timeline}

    @page("/splits", "splits.html")
    def splits_page(db: Conn, namer: Namer, bloc: IdParam = None, issue: IdParam = None, as_of: DateParam = None,
                    since: DateParam = None) -> dict[str, Any]:
        """Allies on opposite sides of an issue, as of a date."""
        rows = analysis.splits(db, bloc=bloc or None, issue=issue or None, as_of=as_of, since=since, kb=kb)
        return {"title": "Splits", "filters": {"bloc": bloc, "issue": issue, "as_of": as_of, "since": since},
                "splits": rows[:MAX_LIMIT], "groups": group_splits(rows[:MAX_LIMIT], namer.name),
                "issues": analysis.issues(db, limit=MAX_LIMIT),
                "blocs": _bloc_choices(kb, rows)}

    @page("/timeline", "timeline.html")
    def timeline_page(db: Conn, issue: IdParam = None, actor: IdParam = None, since: DateParam = None,
                      until: DateParam = None, limit: Limit = 200) -> dict[str, Any]:
        """Quotes and events in date order, with their articles."""
        rows = analysis.timeline(db, issue=issue or None, actor=actor or None, since=since, until=until,
                                 limit=cap(limit))
        return {"title": "Timeline", "limit": cap(limit), "timeline": rows,
                "filters": {"issue": issue, "actor": actor, "since": since, "until": until}}

    @page("/actors", "actors.html")
    def actors_page(db: Conn, q: Annotated[str | None, Query(max_length=200)] = None,
                    limit: Limit = 200) -> dict[str, Any]:
        """Actors in the store (states, people, blocs, bodies), optionally filtered by name."""
        return {"title": "Actors", "q": q, "limit": cap(limit),
                "actors": analysis.actors(db, q=q or None, limit=cap(limit))}

    @page("/actors/{actor_id}", "actor.html")
    def actor_page(db: Conn, actor_id: str) -> dict[str, Any]:
        """One actor: office, country, blocs, and what they said and did."""
        row = analysis.actor(db, actor_id)
        if row is None:
            raise NotFoundError(f"no actor {actor_id!r} in this store", hint="see /actors")
        entry = kb.get(actor_id) if kb is not None else None
        blocs: list[str] = []
        if kb is not None and hasattr(kb, "blocs_of"):
            try:
                blocs = list(kb.blocs_of(actor_id, None))
            except Exception:  # noqa: BLE001 - blocs are a nicety; the page stands without them
                blocs = []
        labels = {i["id"]: i["label"] for i in jsonable_encoder(analysis.issues(db, limit=MAX_LIMIT))}
        return {"title": row.get("name") or actor_id, "actor": row, "blocs": blocs, "issue_labels": labels,
                "kb": {"name": getattr(entry, "name", None), "role": getattr(entry, "role", None),
                       "country": getattr(entry, "country", None),
                       "wikidata": getattr(entry, "wikidata", None)} if entry else None}

    @page("/articles/{article_id}", "article.html")
    def article_page(db: Conn, namer: Namer, article_id: str) -> dict[str, Any]:
        """One article: its text with actors, quotes, cues and event triggers marked; the record beside."""
        row = analysis.article(db, article_id)
        if row is None:
            raise NotFoundError(f"no article {article_id!r} in this store", hint="see /search")
        names = {a["id"]: a.get("name") or a["id"] for a in row.get("actors") or [] if a.get("id")}
        labels = {s["issue"]: s.get("label") or s["issue"] for s in row.get("stances") or []}
        return {"title": row.get("title") or row.get("ref") or article_id[:12], "article": row,
                "issue_labels": labels,
                "segments": segments(row.get("text") or "", marks_for(row, names))}

    @page("/search", "search.html")
    def search_page(db: Conn, q: Annotated[str | None, Query(max_length=200)] = None,
                    limit: Limit = 50) -> dict[str, Any]:
        """Search actors, speakers and words."""
        rows = analysis.search(db, q, limit=cap(limit)) if q and q.strip() else []
        return {"title": "Search", "q": q, "limit": cap(limit), "results": rows}

    _install_guards(app, render)
    return app


def _json_url(request: Request) -> str:
    path = request.url.path
    if path.endswith(".json") or path.startswith("/static"):
        return path
    return path + ".json" + (("?" + request.url.query) if request.url.query else "")


def _find_issue(db: Any, issue_id: str) -> dict[str, Any] | None:
    for row in analysis.issues(db, limit=MAX_LIMIT * 10):
        row = jsonable_encoder(row)
        if row.get("id") == issue_id:
            return row
    return None


def _bloc_choices(kb: Any, rows: list[Any]) -> list[dict[str, str]]:
    """Blocs for the filter: the knowledge base's, else those seen in the splits."""
    seen: dict[str, str] = {}
    if kb is not None and hasattr(kb, "blocs"):
        try:
            for entry in kb.blocs():
                seen[entry.id] = entry.name
        except Exception:  # noqa: BLE001 - a filter list is a nicety
            pass
    for row in jsonable_encoder(rows):
        if row.get("bloc"):
            seen.setdefault(row["bloc"], row["bloc"])
    return [{"id": k, "name": v} for k, v in sorted(seen.items(), key=lambda kv: kv[1])]


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or "application/json" in request.headers.get("accept", "")


def _install_guards(app: FastAPI, render: Callable[..., HTMLResponse]) -> None:
    """Size limits, and the one mapping from errors to status codes (JSON or an HTML error page)."""

    def reply(request: Request, status: int, message: str, code: str | None = None) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": message, "code": code, "status": status}, status_code=status)
        return render(request, "error.html", {"title": f"Error {status}", "status": status,
                                              "message": message, "code": code}, status=status)

    @app.middleware("http")
    async def limit_sizes(request: Request, call_next: Callable[..., Any]) -> Response:
        if len(request.scope.get("query_string", b"")) > MAX_QUERY_STRING:
            return reply(request, 414, f"query string over {MAX_QUERY_STRING} bytes", "E613")
        length = request.headers.get("content-length")
        if (length and (not length.isdigit() or int(length) > MAX_BODY)) or (
                request.headers.get("transfer-encoding") and request.method not in ("GET", "HEAD")):
            error = TooLargeRequestError(f"request body over {MAX_BODY} bytes")
            return reply(request, error.status, str(error), error.code)
        return await call_next(request)

    @app.exception_handler(FaultlineError)
    async def faultline_error(request: Request, exc: FaultlineError) -> Response:
        return reply(request, status_for(exc), str(exc), exc.code)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}"
                             for e in exc.errors())
        return reply(request, 400, f"[E600] bad parameters: {problems}", "E600")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return reply(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        status = status_for(exc)
        return reply(request, status, "bad parameter" if status == 400 else "internal error (see the log)")
