"""The store: SQLite by default, PostgreSQL by URL (``postgresql://user@host/db``), one table per
kind of the analysis contract, one schema for both (numbered migrations, a dialect layer).

    from faultline.store import Store
    with Store.open("faultline.db") as store:
        result = store.write(analyses)      # WriteResult(added, skipped)
        store.conn.execute('SELECT actor, issue, polarity FROM stances')

Tables: articles, actors, mentions, quotes, events, issues, stances, splits, failures and
schema_migrations. Lists and objects are JSON text; ``"start"``, ``"end"``, ``"for"``, ``"date"`` and
``"trigger"`` are SQL keywords and need double quotes in queries.
"""

from .store import TABLES, Store, WriteResult

__all__ = ["TABLES", "Store", "WriteResult"]
