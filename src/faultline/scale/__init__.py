"""Scale: analyse here, in local processes (``workers``) or on Dask (``engine="dask"``); the caller is
always the one writer to the store.

    from faultline.scale import analyze_stream, ingest_inputs
    summary = ingest_inputs(["corpus/"], db="faultline.db", workers=4)
"""

from .engines import ENGINES, analyze_stream
from .local import IngestSummary, ingest_inputs, ingest_records

__all__ = ["ENGINES", "IngestSummary", "analyze_stream", "ingest_inputs", "ingest_records"]
