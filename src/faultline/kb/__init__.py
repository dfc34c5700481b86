"""faultline's knowledge base: states, blocs, bodies, parties, office holders and roles, as data.

    from faultline.kb import KnowledgeBase, default_kb
    kb = default_kb()
    kb.lookup("the Kremlin")                         # [Entry(id="RUS", ...)]
    kb.holder("GBR", "foreign minister", "2026-01-01")

Data files live in ``kb/data`` (schema in ``data/README.md``); users add or override entries with
JSON files in ``$FAULTLINE_KB_DIR`` (default ``~/.local/share/faultline/kb``).
"""

from __future__ import annotations

from functools import lru_cache

from .base import KnowledgeBase
from .describe import describe
from .loader import user_dir
from .phoenix import import_phoenix, write_user_kb
from .types import Alias, Entry, RoleInfo

__all__ = [
    "Alias", "Entry", "KnowledgeBase", "RoleInfo", "default_kb", "describe", "import_phoenix",
    "user_dir", "write_user_kb",
]


def default_kb() -> KnowledgeBase:
    """The bundled + user knowledge base, loaded once per user-dir state (see ``KnowledgeBase.load``)."""
    return _default(str(user_dir()))


@lru_cache(maxsize=4)
def _default(_udir: str) -> KnowledgeBase:
    return KnowledgeBase.load()
