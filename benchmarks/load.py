"""Load generator for the dashboard: N concurrent clients for T seconds against URLs on 127.0.0.1.

    .venv/bin/python benchmarks/load.py http://127.0.0.1:8000/splits.json http://127.0.0.1:8000/articles/ID \\
        --clients 50 --seconds 20 [--max-requests 200000] [--out artifacts/load.json]

Each client is a thread with its own keep-alive HTTP/1.1 connection (``http.client``); it cycles
through the URLs (each client starting at a different one) until the time or the request budget is
spent. Reports, per URL: requests, errors (status >= 400, or no answer) and p50/p95/p99/max latency
in milliseconds (the time to the last byte of the body).

Only ``http://127.0.0.1`` is accepted: this drives load against a server you run yourself, never
against anyone else's. Clients, duration and request count are bounded.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"
MAX_CLIENTS = 500
MAX_SECONDS = 600.0
MAX_REQUESTS = 10_000_000


@dataclass(frozen=True)
class Target:
    """One URL to load, split for ``http.client``."""

    url: str
    port: int
    path: str  # path and query


@dataclass(frozen=True)
class UrlStats:
    """What one URL answered under load; latencies in milliseconds."""

    url: str
    requests: int
    errors: int
    p50: float
    p95: float
    p99: float
    max: float
    error_kinds: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "requests": self.requests, "errors": self.errors,
                "p50_ms": round(self.p50, 2), "p95_ms": round(self.p95, 2), "p99_ms": round(self.p99, 2),
                "max_ms": round(self.max, 2), "error_kinds": dict(self.error_kinds)}


@dataclass(frozen=True)
class LoadReport:
    """The whole run: settings, totals and one ``UrlStats`` per URL (in the order given)."""

    clients: int
    seconds: float
    elapsed: float
    requests: int
    errors: int
    urls: tuple[UrlStats, ...]

    @property
    def rate(self) -> float:
        """Requests per second over the run."""
        return self.requests / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"clients": self.clients, "seconds": self.seconds, "elapsed_s": round(self.elapsed, 2),
                "requests": self.requests, "errors": self.errors, "requests_per_s": round(self.rate, 1),
                "urls": [u.to_dict() for u in self.urls]}


def parse_target(url: str) -> Target:
    """``url`` as a Target; ``ValueError`` unless it is plain http on 127.0.0.1."""
    parts = urlsplit(url)
    if parts.scheme != "http":
        raise ValueError(f"refusing {url!r}: only http:// URLs (load is for a server you run yourself)")
    if parts.hostname != LOOPBACK or parts.username or parts.password:
        raise ValueError(f"refusing {url!r}: the host must be {LOOPBACK}")
    try:
        port = parts.port or 80
    except ValueError as e:
        raise ValueError(f"refusing {url!r}: bad port") from e
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(url=url, port=port, path=path)


def percentile(ordered: Sequence[float], q: float) -> float:
    """Nearest-rank percentile ``q`` (0..100) of ascending ``ordered`` values; 0.0 when empty."""
    if not ordered:
        return 0.0
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return float(ordered[min(rank, len(ordered)) - 1])


def summarise(url: str, latencies: list[float], errors: Counter[str]) -> UrlStats:
    """Latencies (seconds, of answered requests) and error kinds (``HTTP 503``, or the exception's
    name for a request with no answer) into a UrlStats in milliseconds."""
    ordered = sorted(x * 1000 for x in latencies)
    unanswered = sum(n for kind, n in errors.items() if not kind.startswith("HTTP "))
    return UrlStats(url=url, requests=len(latencies) + unanswered, errors=sum(errors.values()),
                    p50=percentile(ordered, 50), p95=percentile(ordered, 95), p99=percentile(ordered, 99),
                    max=ordered[-1] if ordered else 0.0, error_kinds=dict(errors))


class _Budget:
    """The shared request budget (thread-safe): ``take()`` is False once it is spent."""

    def __init__(self, total: int):
        self._left = total
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self._left <= 0:
                return False
            self._left -= 1
            return True


def _client(n: int, targets: Sequence[Target], deadline: float, budget: _Budget, timeout: float,
            latencies: list[list[float]], errors: list[Counter[str]], lock: threading.Lock) -> None:
    """One client: a keep-alive connection, cycling through the targets until time or budget runs out."""
    port = targets[0].port
    conn: http.client.HTTPConnection | None = None
    mine: list[list[float]] = [[] for _ in targets]
    my_errors: list[Counter[str]] = [Counter() for _ in targets]
    i = n
    try:
        while time.monotonic() < deadline and budget.take():
            k = i % len(targets)
            i += 1
            target = targets[k]
            if conn is None or target.port != port:
                if conn is not None:
                    conn.close()
                port = target.port
                conn = http.client.HTTPConnection(LOOPBACK, port, timeout=timeout)
            start = time.perf_counter()
            try:
                conn.request("GET", target.path, headers={"Accept-Encoding": "identity"})
                response = conn.getresponse()
                response.read()
                elapsed = time.perf_counter() - start
                mine[k].append(elapsed)
                if response.status >= 400:
                    my_errors[k][f"HTTP {response.status}"] += 1
                if response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:  # no answer: count it, reconnect
                my_errors[k][type(e).__name__] += 1
                conn.close()
                conn = None
    finally:
        if conn is not None:
            conn.close()
        with lock:
            for k in range(len(targets)):
                latencies[k].extend(mine[k])
                errors[k].update(my_errors[k])


def run_load(urls: Sequence[str], *, clients: int = 50, seconds: float = 20.0,
             max_requests: int = 1_000_000, timeout: float = 30.0) -> LoadReport:
    """Drive ``clients`` concurrent clients for ``seconds`` (or ``max_requests`` in all) against
    ``urls`` (http://127.0.0.1 only) and report per-URL latencies and errors."""
    if not urls:
        raise ValueError("give at least one URL")
    targets = [parse_target(u) for u in urls]
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValueError(f"clients must be 1..{MAX_CLIENTS}, not {clients}")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"seconds must be in (0, {MAX_SECONDS:g}], not {seconds}")
    if not 1 <= max_requests <= MAX_REQUESTS:
        raise ValueError(f"max_requests must be 1..{MAX_REQUESTS}, not {max_requests}")
    latencies: list[list[float]] = [[] for _ in targets]
    errors: list[Counter[str]] = [Counter() for _ in targets]
    lock = threading.Lock()
    budget = _Budget(max_requests)
    started = time.monotonic()
    deadline = started + seconds
    threads = [threading.Thread(target=_client, name=f"load-{n}", daemon=True,
                                args=(n, targets, deadline, budget, timeout, latencies, errors, lock))
               for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 2 * timeout + 5)  # a request in flight at the deadline may finish
    elapsed = time.monotonic() - started
    stats = tuple(summarise(t.url, latencies[k], errors[k]) for k, t in enumerate(targets))
    return LoadReport(clients=clients, seconds=seconds, elapsed=elapsed,
                      requests=sum(s.requests for s in stats), errors=sum(s.errors for s in stats), urls=stats)


def format_report(report: LoadReport) -> str:
    """A plain-text table of the report."""
    lines = [f"{report.clients} clients, {report.elapsed:.1f} s: {report.requests} requests "
             f"({report.rate:.0f}/s), {report.errors} errors",
             f"{'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}  url"]
    for u in report.urls:
        lines.append(f"{u.requests:>9} {u.errors:>7} {u.p50:>8.1f} {u.p95:>8.1f} {u.p99:>8.1f} {u.max:>8.1f}  {u.url}")
        if u.error_kinds:
            lines.append(" " * 10 + ", ".join(f"{k}: {v}" for k, v in sorted(u.error_kinds.items())))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="+", help="http://127.0.0.1:PORT/... URLs")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=30.0, help="per request, seconds")
    parser.add_argument("--out", type=Path, help="also write the report as JSON here")
    args = parser.parse_args(argv)
    try:
        report = run_load(args.urls, clients=args.clients, seconds=args.seconds,
                          max_requests=args.max_requests, timeout=args.timeout)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(format_report(report))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report.to_dict(), indent=1) + "\n", encoding="utf-8")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
