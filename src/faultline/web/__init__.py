"""faultline's web layer: the read-only dashboard (``create_app``) and the static report (``render_report``)."""

from .report import render_report


def create_app(db: str, *, kb=None):  # noqa: ANN201 - FastAPI is imported only when the app is built
    """The dashboard over the store at ``db`` (see ``faultline.web.app.create_app``)."""
    from .app import create_app as _create_app

    return _create_app(db, kb=kb)


__all__ = ["create_app", "render_report"]
