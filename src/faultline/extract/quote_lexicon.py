"""The reporting-cue lexicon: a data file (``faultline/data/reporting_verbs.json``) plus a loader.

Users extend it with their own JSON files of the same shape (lists are merged, dict entries added).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeBaseError


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]      # lowercase tokens ("according", "to")
    cue: str                    # what QuoteMatch.cue reports
    source: str                 # "after": the speaker is the object of the phrase's last word


@dataclass(frozen=True)
class Lexicon:
    """Precomputed sets of cue lemmas, by the kind of complement that carries the content."""

    clause: frozenset[str]
    object: frozenset[str]
    infinitive: frozenset[str]
    preposition: dict[str, frozenset[str]]
    phrases: tuple[Phrase, ...]
    finding_nouns: frozenset[str] = frozenset()   # "In a CNN poll, …": the poll is the source
    label_topics: frozenset[str] = frozenset()    # "Delegate Update:", "Sahel:": not a speaker
    clause_nouns: frozenset[str] = frozenset()    # "his warning that …", "claims that …"
    clause_adjectives: frozenset[str] = frozenset()       # "she is confident (that) …"
    infinitive_adjectives: frozenset[str] = frozenset()   # "Britain is ready to send …"
    #: verb + particle -> the reporting lemma it stands for ("shot back that …": "retort")
    particle_verbs: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def lemmas(self) -> frozenset[str]:
        """Every verb lemma that may be a cue."""
        return self.clause | self.object | self.infinitive | frozenset(self.preposition)

    @property
    def adjectives(self) -> frozenset[str]:
        """Every adjective that may be a cue."""
        return self.clause_adjectives | self.infinitive_adjectives

    @property
    def other_lemmas(self) -> frozenset[str]:
        """The lemmas of noun and adjective cues."""
        return self.clause_nouns | self.adjectives

    @property
    def particle_bases(self) -> frozenset[str]:
        """The verb lemmas that are cues with a particle only ("shoot" in "shot back")."""
        return frozenset(verb for verb, _ in self.particle_verbs)

    @property
    def phrase_heads(self) -> frozenset[str]:
        return frozenset(p.words[0] for p in self.phrases)


def _read(path: Path | None) -> dict:
    try:
        if path is None:
            raw = resources.files("faultline.data").joinpath("reporting_verbs.json").read_text("utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as e:
        raise KnowledgeBaseError(f"cannot read reporting-verb lexicon {path or 'bundled'}",
                                 hint="the file must be JSON with lists 'clause', 'object', "
                                      "'infinitive', a dict 'preposition' and a list 'phrases'") from e
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"reporting-verb lexicon {path or 'bundled'} is not a JSON object",
                                 hint="see faultline/data/reporting_verbs.json for the shape")
    return data


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """Load the bundled lexicon merged with ``extra`` JSON files (same shape)."""
    sets: dict[str, set[str]] = {"clause": set(), "object": set(), "infinitive": set(),
                                 "finding_nouns": set(), "label_topics": set(), "clause_nouns": set(),
                                 "clause_adjectives": set(), "infinitive_adjectives": set()}
    preps: dict[str, set[str]] = {}
    phrases: list[Phrase] = []
    particles: dict[tuple[str, str], str] = {}
    for data in [_read(None), *(_read(Path(p)) for p in extra)]:
        for key, bucket in sets.items():
            bucket.update(str(w).lower() for w in data.get(key, []))
        for lemma, ps in data.get("preposition", {}).items():
            preps.setdefault(lemma.lower(), set()).update(p.lower() for p in ps)
        for ph in data.get("phrases", []):
            words = tuple(ph["text"].lower().split())
            phrases.append(Phrase(words, ph.get("cue", ph["text"]), ph.get("source", "after")))
        for verb_particle, lemma in data.get("particle_verbs", {}).items():
            verb, _, particle = verb_particle.lower().partition(" ")
            particles[(verb, particle)] = lemma.lower()
    return Lexicon(frozenset(sets["clause"]), frozenset(sets["object"]),
                   frozenset(sets["infinitive"]),
                   {k: frozenset(v) for k, v in preps.items()}, tuple(phrases),
                   frozenset(sets["finding_nouns"]), frozenset(sets["label_topics"]),
                   frozenset(sets["clause_nouns"]), frozenset(sets["clause_adjectives"]),
                   frozenset(sets["infinitive_adjectives"]), particles)
