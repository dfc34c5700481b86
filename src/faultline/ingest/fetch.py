"""Fetch one URL safely: http/https only, public addresses only, timeouts, a size limit, few redirects.

Every hop (the URL and each redirect) is checked before connecting: the scheme must be http or
https and every address the host resolves to must be public (no loopback, private, link-local,
multicast or reserved ranges) unless ``allow_private=True``. The connection then goes to the
address that was checked (the host name is kept for the Host header and TLS SNI/certificate check),
so a DNS answer that changes between check and connect (DNS rebinding) cannot redirect it.
Environment proxies are ignored (``trust_env=False``): a proxy would resolve names itself and
defeat the address check.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from faultline.errors import FetchError, TooLargeError

MAX_REDIRECTS = 5
USER_AGENT = "faultline/0.1 (+https://github.com/faultline)"
ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
          "application/xml;q=0.9, application/json;q=0.9, text/plain;q=0.8, */*;q=0.1")


@dataclass(frozen=True)
class Fetched:
    """A fetched body: ``url`` as asked, ``final_url`` after redirects."""

    url: str
    final_url: str
    content_type: str | None
    body: bytes


def is_url(value: str) -> bool:
    """True for anything with a ``scheme://`` prefix (http, https, file, ftp, ...)."""
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").replace("-", "").isalnum()


def check_address(ip: str, *, allow_private: bool = False) -> None:
    """Raise ``FetchError`` unless ``ip`` is a public address (or private ones are allowed)."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    if allow_private:
        return
    if not addr.is_global or addr.is_multicast or addr.is_reserved or addr.is_unspecified:
        raise FetchError(f"refusing a non-public address ({addr})", input_name=ip,
                         hint="only public http(s) addresses are fetched")


def resolve(host: str, port: int, *, allow_private: bool = False) -> str:
    """The first address of ``host`` after checking every address it resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as e:
        raise FetchError(f"cannot resolve host {host!r}", input_name=host) from e
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}", input_name=host)
    for address in addresses:
        check_address(address, allow_private=allow_private)
    return addresses[0]


def _checked_target(url: str, allow_private: bool) -> tuple[str, str, str]:
    """(URL to connect to with the checked IP, Host header, host name for SNI) for one hop."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refusing the {parts.scheme or 'empty'}:// scheme", input_name=url,
                         hint="only http:// and https:// URLs are fetched")
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host", input_name=url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as e:
        raise FetchError("URL has an invalid port", input_name=url) from e
    try:
        ip = resolve(host, port, allow_private=allow_private)
    except FetchError as e:
        raise FetchError(e.message, input_name=url, hint=e.hint) from e
    netloc_ip = f"[{ip}]" if ":" in ip else ip
    if parts.port:
        netloc_ip += f":{parts.port}"
    host_header = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, netloc_ip, parts.path or "/", parts.query, "")), host_header, host


def fetch(url: str, *, max_bytes: int = 20_000_000, timeout: float = 10.0,
          max_redirects: int = MAX_REDIRECTS, allow_private: bool = False) -> Fetched:
    """GET ``url`` (following at most ``max_redirects`` redirects) and return its body.

    Raises ``FetchError`` (bad scheme, non-public address, HTTP error, timeout, too many redirects)
    or ``TooLargeError`` (body over ``max_bytes``). ``timeout`` bounds each network operation, and
    three times it bounds the whole download.
    """
    import httpx

    deadline = time.monotonic() + 3 * timeout
    current = url
    with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False) as client:
        for _hop in range(max_redirects + 1):
            target, host_header, host = _checked_target(current, allow_private)
            headers = {"Host": host_header, "User-Agent": USER_AGENT, "Accept": ACCEPT}
            extensions = {"sni_hostname": host} if target.startswith("https:") else {}
            try:
                with client.stream("GET", target, headers=headers, extensions=extensions) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code}", input_name=url)
                    body = _read_limited(response, url, max_bytes, deadline)
                    return Fetched(url=url, final_url=current,
                                   content_type=response.headers.get("content-type"), body=body)
            except httpx.HTTPError as e:
                raise FetchError(f"fetch failed ({type(e).__name__}: {e})", input_name=url) from e
    raise FetchError(f"more than {max_redirects} redirects", input_name=url)


def _read_limited(response, url: str, max_bytes: int, deadline: float) -> bytes:
    """The (decoded) body, refused as soon as it passes ``max_bytes`` or the overall deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLargeError(f"body of {int(declared)} bytes is over the {max_bytes}-byte limit",
                            input_name=url, hint="raise the limit with --max-bytes")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLargeError(f"body is over the {max_bytes}-byte limit", input_name=url,
                                hint="raise the limit with --max-bytes")
        if time.monotonic() > deadline:
            raise FetchError("download took too long", input_name=url)
        chunks.append(chunk)
    return b"".join(chunks)
