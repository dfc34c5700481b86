"""Fuzzing ``faultline.analyze``: random news-like text and adversarial fixed cases never raise, never
hang, and every offset in the Analysis points inside the text it was read from.

The contract checked (SCHEMA.md): offsets index ``analysis.text`` (the normalised input), with
``0 <= start <= end <= len(text)``; ``text[start:end]`` is the quote's text for quotes and the mention's
text for actor mentions; speaker and cue spans, and event spans, lie inside the text too.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faultline.model import Analysis, normalise_text

HANG_GUARD_SECONDS = 20  # far above a short text's time: only a hang (or a quadratic blow-up) trips it
BIG_GUARD_SECONDS = 60  # the adversarial cases run to 20,000 tokens in one sentence (bare spaCy: ~5-13 s)

QUOTE_MARKS = ('"', "“", "”", "«", "»", "‘", "’", "'", "„", "‹", "›", "「", "」")
NAMES = ("Britain", "France", "Germany", "Russia", "Ukraine", "Poland", "Moscow", "Kyiv", "Washington",
         "the Kremlin", "NATO", "the EU", "Emmanuel Macron", "Yvette Cooper", "Friedrich Merz",
         "Vladimir Putin", "Keir Starmer", "Giorgia Meloni", "the foreign minister", "the prime minister")
VERBS = ("said", "told reporters", "added", "warned", "insisted", "according to", "claimed", "rejected",
         "accused", "agreed", "threatened", "urged", "denied", "says", "stated")
WORDS = ("the", "talks", "sanctions", "would", "not", "peace", "plan", "that", "on", "Monday", "last week",
         "in", "a", "ceasefire", "troops", "and", "of", "will", "we", "they", "is", "no", "deal", "2026",
         "December", "to", "with", "against", "support", "Mr", "Dr.", "U.S.", "e.g.")
PUNCT = (".", ",", ";", ":", "!", "?", "—", "–", "-", "(", ")", "...", "…", "/", "&")
SPACES = (" ", "\n", "\n\n", "\t", " \u00a0", "\r\n", "\u2028", "  ")

TOKENS = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(QUOTE_MARKS),
    st.sampled_from(PUNCT), st.sampled_from(SPACES),
    st.integers(min_value=-10**6, max_value=10**9).map(str),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6),  # any unicode
)
TEXTS = st.lists(st.tuples(TOKENS, st.sampled_from(("", " ", " ", " ", "\n"))), max_size=120).map(
    lambda parts: "".join(token + sep for token, sep in parts))


class Hang(Exception):
    """The hang guard fired."""


@contextmanager
def hang_guard(seconds: int = HANG_GUARD_SECONDS) -> Iterator[None]:
    """Raise ``Hang`` if the block runs longer than ``seconds`` (SIGALRM: main thread, POSIX)."""

    fired: list[bool] = []

    def fire(signum: int, frame: object) -> None:
        fired.append(True)
        raise Hang(f"analyze ran over {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    if fired:  # raised inside native code (spaCy's Cython tokenizer), the exception can be swallowed
        raise Hang(f"analyze ran over {seconds} s (the alarm's exception was swallowed in native code)")


def _inside(text: str, start: int, end: int, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), (what, start, end)
    assert 0 <= start <= end <= len(text), f"{what}: span ({start}, {end}) outside a text of {len(text)} chars"


def check_offsets(analysis: Analysis) -> None:
    """Every offset of ``analysis`` lies inside its text; spans that carry text carry exactly that text."""
    text = analysis.text
    for actor in analysis.actors:
        for m in actor.mentions:
            _inside(text, m.start, m.end, f"mention of {actor.id}")
            assert text[m.start:m.end] == m.text, (actor.id, m, text[m.start:m.end])
    for q in analysis.quotes:
        _inside(text, q.start, q.end, f"quote {q.id}")
        assert text[q.start:q.end] == q.text, (q.id, q.text, text[q.start:q.end])
        if q.speaker_span is not None:
            _inside(text, *q.speaker_span, f"speaker_span of quote {q.id}")
        if q.cue_span is not None:
            _inside(text, *q.cue_span, f"cue_span of quote {q.id}")
    for e in analysis.events:
        _inside(text, e.start, e.end, f"event {e.id}")


def run(text: str, seconds: int = HANG_GUARD_SECONDS) -> Analysis:
    """``analyze`` under the hang guard, with the checks every input must pass."""
    import faultline

    with hang_guard(seconds):
        analysis = faultline.analyze(text, published="2026-01-15")
    assert analysis.text == normalise_text(text)
    check_offsets(analysis)
    return analysis


@pytest.fixture(scope="module")
def warm() -> None:
    """Load the pipeline once, outside any example's hang guard."""
    import faultline

    faultline.analyze("Britain said talks would go on.")


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(text=TEXTS)
def test_random_news_like_text(warm: None, text: str) -> None:
    run(text)


@pytest.mark.model
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), verb=st.sampled_from(VERBS), body=TEXTS,
       marks=st.tuples(st.sampled_from(QUOTE_MARKS), st.sampled_from(QUOTE_MARKS)))
def test_random_quotes_with_speakers(warm: None, name: str, verb: str, body: str, marks: tuple[str, str]) -> None:
    """Text shaped like a quotation, so the quote extractor's span arithmetic is exercised."""
    run(f"{marks[0]}{body}{marks[1]} {name} {verb}.\n\n{name} {verb} that {body}.")


def _long_article() -> str:
    sentence = ('Britain said that France would send more troops, and "we will not accept this," '
                "the foreign minister told reporters in Kyiv on Monday. ")
    return sentence * (200_000 // len(sentence) + 1)  # one paragraph of about 200 KB


ADVERSARIAL = {
    "10000 straight quotes, none closed": "He said " + '"' * 10_000 + " and left.",
    "10000 curly openers": "Macron said “" + "“ talks " * 10_000,
    "10000 guillemets": "France said " + "« " * 10_000,
    "10000 mixed marks": "".join(QUOTE_MARKS[i % len(QUOTE_MARKS)] + " x " for i in range(10_000)),
    "only punctuation": ".,;:!?—()[]{}\"'“”«»‘’…-/&*" * 200,
    "only whitespace": " \n\t \n\n   \u00a0\u2003\n",
    "whitespace runs inside": "Britain said talks would go on." + " \n\t\n\n   \u00a0 " * 500
                              + '"We will not talk," Cooper said.',
    "a NUL char": 'Britain said\x00 that "talks\x00 will resume," Cooper said.\x00',
    "RTL text": 'قال وزير الخارجية إن المحادثات ستستمر. Britain said "שלום עכשיו" would come, '
                "Cooper said. \u202eRussia rejected the plan.\u202c",
    "emoji": '🇬🇧 Britain said "we 🤝 stand with Ukraine 🇺🇦🔥" on Monday, 👩🏽‍💼 Cooper said. 😀' * 20,
    "combining marks": "Bri\u0301tain said \u201cZ\u0335\u0321a\u0336lgo\u0327\u201d, Cooper said.",
    "CRLF and lone CR": 'Britain said\r\n"talks will go on,"\rCooper said.\r\n',
}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_fixed_cases(warm: None, name: str) -> None:
    run(ADVERSARIAL[name], seconds=BIG_GUARD_SECONDS)


@pytest.mark.model
def test_a_200_kb_article_of_one_paragraph(warm: None) -> None:
    text = _long_article()
    assert len(text.encode()) >= 200_000 and "\n" not in text
    analysis = run(text, seconds=3 * BIG_GUARD_SECONDS)
    assert analysis.actors  # it was read, not skipped


def test_the_offset_check_catches_a_bad_span() -> None:
    """The checker itself can fail (no model needed)."""
    from faultline.model import Actor, Article, Mention, Quote

    text = "Britain said no."
    good = Analysis(article=Article(id="x"), text=text,
                    actors=(Actor("GBR", "United Kingdom", "state", mentions=(Mention(0, 7, "Britain"),)),))
    check_offsets(good)
    for bad in (
        Analysis(article=Article(id="x"), text=text,
                 actors=(Actor("GBR", "UK", "state", mentions=(Mention(1, 8, "Britain"),)),)),
        Analysis(article=Article(id="x"), text=text, quotes=(Quote("q1", "direct", "no", 13, 99),)),
        Analysis(article=Article(id="x"), text=text,
                 quotes=(Quote("q1", "direct", "no", 13, 15, cue_span=(8, 5)),)),
    ):
        with pytest.raises(AssertionError):
            check_offsets(bad)


def test_the_hang_guard_fires() -> None:
    import time

    with pytest.raises(Hang), hang_guard(1):
        time.sleep(3)
