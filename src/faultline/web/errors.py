"""Errors of the web layer and the one mapping from errors to HTTP status codes.

    FaultlineError (faultline.errors)
    └── WebError              [E6xx] a request the dashboard cannot answer
        ├── NotFoundError         E604 unknown article, actor or issue id
        ├── BadRequestError       E600 a parameter is malformed (a date, a limit, a window)
        └── TooLargeRequestError  E613 a request line or body over the size limit
"""

from __future__ import annotations

from faultline.errors import ConfigError, FaultlineError, InputError, StoreError


class WebError(FaultlineError):
    code = "E600"
    status = 400


class BadRequestError(WebError):
    code = "E600"
    status = 400


class NotFoundError(WebError):
    code = "E604"
    status = 404


class TooLargeRequestError(WebError):
    code = "E613"
    status = 413


def status_for(error: Exception) -> int:
    """The HTTP status of an error: web errors carry theirs; bad input 400; a broken store 503."""
    if isinstance(error, WebError):
        return error.status
    if isinstance(error, ConfigError | InputError | ValueError):
        return 400
    if isinstance(error, StoreError):
        return 503
    return 500
