"""The one mapping from errors to HTTP status codes (the web errors live in ``faultline.errors``)."""

from __future__ import annotations

from faultline.errors import (
    BadRequestError,
    ConfigError,
    InputError,
    NotFoundError,
    StoreError,
    TooLargeRequestError,
    WebError,
)

__all__ = ["BadRequestError", "NotFoundError", "TooLargeRequestError", "WebError", "status_for"]


def status_for(error: Exception) -> int:
    """The HTTP status of an error: web errors carry theirs; bad input 400; a broken store 503."""
    if isinstance(error, WebError):
        return error.status
    if isinstance(error, ConfigError | InputError | ValueError):
        return 400
    if isinstance(error, StoreError):
        return 503
    return 500
