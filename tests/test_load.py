"""The dashboard under load: ``faultline serve`` on loopback answers 50 concurrent clients for 20 s
on /splits.json and an article page with zero errors (p50/p95/p99 printed and written to
artifacts/load.json). Also the load generator itself (benchmarks/load.py): loopback only, bounded,
counting right.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
FAULTLINE = Path(sys.executable).parent / "faultline"  # the console script beside the interpreter
CLIENTS, SECONDS = 50, 20.0


def _load_module() -> ModuleType:
    """benchmarks/load.py (a script, not a package) as a module."""
    spec = importlib.util.spec_from_file_location("faultline_bench_load", REPO / "benchmarks" / "load.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


load = _load_module()


# -- the load generator ------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "http://localhost:8000/splits.json", "http://10.0.0.1/", "http://example.org/", "https://127.0.0.1/",
    "ftp://127.0.0.1/", "http://127.0.0.2/", "http://user:pw@127.0.0.1/", "http://[::1]:8000/",
    "http://127.0.0.1.example.org/", "//127.0.0.1/x",
])
def test_only_loopback_http_is_accepted(url: str) -> None:
    with pytest.raises(ValueError, match="refusing"):
        load.parse_target(url)
    with pytest.raises(ValueError):
        load.run_load([url], clients=1, seconds=0.1)


def test_loopback_target_keeps_path_and_query() -> None:
    target = load.parse_target("http://127.0.0.1:8123/splits.json?bloc=NATO&as_of=2026-01-01")
    assert (target.port, target.path) == (8123, "/splits.json?bloc=NATO&as_of=2026-01-01")
    assert load.parse_target("http://127.0.0.1").path == "/"


@pytest.mark.parametrize("kwargs", [{"clients": 0}, {"clients": 10_000}, {"seconds": 0}, {"seconds": 3600},
                                    {"max_requests": 0}])
def test_runs_are_bounded(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        load.run_load(["http://127.0.0.1:9/"], **{"clients": 1, "seconds": 1.0, **kwargs})


@pytest.mark.parametrize(("values", "q", "expected"), [
    ([], 99, 0.0), ([5.0], 50, 5.0), ([1.0, 2.0, 3.0, 4.0], 50, 2.0), ([1.0, 2.0, 3.0, 4.0], 95, 4.0),
    (list(map(float, range(1, 101))), 99, 99.0), (list(map(float, range(1, 101))), 100, 100.0),
])
def test_percentile_is_nearest_rank(values: list[float], q: float, expected: float) -> None:
    assert load.percentile(values, q) == expected


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the dashboard's server does

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        status, body = (200, b'{"ok": true}') if self.path.startswith("/ok") else (404, b"no")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def tiny_server() -> Iterator[int]:
    """A server this test starts on 127.0.0.1 (port chosen by the OS)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def test_request_budget_and_error_counts(tiny_server: int) -> None:
    ok, missing = f"http://127.0.0.1:{tiny_server}/ok?x=1", f"http://127.0.0.1:{tiny_server}/missing"
    report = load.run_load([ok, missing], clients=4, seconds=30.0, max_requests=40)
    assert report.requests == 40  # the budget, not the clock, ended the run
    by_url = {u.url: u for u in report.urls}
    assert by_url[ok].requests + by_url[missing].requests == 40
    assert by_url[ok].requests > 0 and by_url[ok].errors == 0
    assert by_url[missing].errors == by_url[missing].requests > 0
    assert by_url[missing].error_kinds == {"HTTP 404": by_url[missing].requests}
    assert report.errors == by_url[missing].errors
    assert 0 < by_url[ok].p50 <= by_url[ok].p95 <= by_url[ok].p99 <= by_url[ok].max
    assert json.loads(json.dumps(report.to_dict()))["urls"][0]["url"] == ok


def test_no_answer_is_an_error() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    report = load.run_load([f"http://127.0.0.1:{port}/"], clients=2, seconds=5.0, max_requests=6, timeout=2)
    assert report.requests == report.errors == 6
    assert set(report.urls[0].error_kinds) == {"ConnectionRefusedError"}


def test_script_refuses_another_host(capsys: pytest.CaptureFixture[str]) -> None:
    assert load.main(["http://example.org/", "--seconds", "1"]) == 2
    assert "refusing" in capsys.readouterr().err


# -- the dashboard under load --------------------------------------------------------------------------

def build_store(path: Path, n: int = 40) -> list[str]:
    """A store of ``n`` realistic hand-made analyses (actors with mentions, quotes, events, stances,
    splits) written through ``Store.write``; returns the article ids."""
    from faultline.scale.synthetic import synthetic_analyze, synthetic_articles
    from faultline.store import Store

    analyses = synthetic_analyze(list(synthetic_articles(n)))
    with Store.open(str(path)) as store:
        assert store.write(analyses).added == n
    return [a.article.id for a in analyses]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_available() -> bool:
    if not FAULTLINE.exists():
        return False
    done = subprocess.run([str(FAULTLINE), "serve", "--help"], capture_output=True, text=True, timeout=60)
    return done.returncode == 0


def wait_until_up(proc: subprocess.Popen, url: str, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"faultline serve exited with {proc.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"faultline serve did not answer {url} within {timeout:g} s: {log.read_text()[-2000:]}")


@pytest.fixture()
def dashboard(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    """``faultline serve`` over a small store, on a free loopback port; stopped afterwards."""
    if not serve_available():
        pytest.skip("`faultline serve` is not available (the web command is not registered yet)")
    db = tmp_path / "load.db"
    ids = build_store(db)
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as sink:
        proc = subprocess.Popen([str(FAULTLINE), "serve", "--db", str(db), "--port", str(port)],
                                stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, f"{base}/splits.json", log)
        yield base, ids
        assert proc.poll() is None, f"the server died under load: {log.read_text()[-2000:]}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.mark.slow
def test_dashboard_under_load(dashboard: tuple[str, list[str]]) -> None:
    base, ids = dashboard
    urls = [f"{base}/splits.json", f"{base}/articles/{ids[len(ids) // 2]}"]
    for url in urls:  # both pages answer with content before the load starts
        with urllib.request.urlopen(url, timeout=30) as response:
            assert response.status == 200 and response.read()
    report = load.run_load(urls, clients=CLIENTS, seconds=SECONDS, timeout=30.0)
    print("\n" + load.format_report(report))
    out = REPO / "artifacts" / "load.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"test": "tests/test_load.py::test_dashboard_under_load", **report.to_dict()},
                              indent=1) + "\n", encoding="utf-8")
    for stats in report.urls:
        print(f"p99 {stats.p99:.1f} ms  {stats.url}")
        assert stats.requests > 0, stats
        assert stats.errors == 0, stats
    assert report.errors == 0
