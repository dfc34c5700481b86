"""One fast component in place of spaCy's ``attribute_ruler`` + ``lemmatizer``: same output, cached.

Why: in ``en_core_web_*`` the attribute ruler runs a ``Matcher`` of ~180 patterns (several with
Python ``IN``/``REGEX`` predicates) over every token, and the lemmatizer runs Python per token; the two
together cost about a fifth of the whole pipeline. Yet what they write on a token (POS, MORPH,
LEMMA, and TAG/DEP on whitespace) is a pure function of the token's text, tag and dependency label,
except for a handful of two-token patterns ("gon na", "there is"). So this component:

- compiles the ruler's one-token patterns into plain Python checks, evaluated once per distinct
  ``(orth, tag, dep)`` and cached with the lemma the model's own lemmatizer gives for the result;
- runs a small ``Matcher`` holding only the multi-token patterns, and redoes those tokens exactly as
  the ruler would (every matching rule in rule order), then the lemmatizer;
- applies the cached attributes with spaCy's own ``set_token_attrs``.

:func:`compile_rules` refuses (returns None) whenever a pattern uses a feature it does not model, and
:func:`faultline.nlp.build_nlp` then keeps the official components: never a silent difference.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Warnings
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.lemmatizer import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

#: Token-pattern keys whose value depends only on (orth, tag, dep): the ones the cache may key on.
_KEYS = ("ORTH", "TEXT", "LOWER", "TAG", "DEP", "IS_SPACE")
_OPS = ("IN", "NOT_IN", "REGEX")

Check = Callable[[str, str, str, bool], bool]


@dataclass(frozen=True)
class Rules:
    """The ruler's rules split by kind: one-token checks (rule index, check) and the multi-token
    patterns (rule index -> patterns), plus each rule's attributes and target index."""

    single: tuple[tuple[int, Check, tuple[str, frozenset[str]] | None], ...]
    multi: dict[int, list[list[dict[str, Any]]]]
    attrs: tuple[dict[int, Any], ...]
    indices: tuple[int, ...]


def _value_test(value: Any) -> Callable[[Any], bool] | None:
    """A test for one pattern value (a literal, or ``{"IN"|"NOT_IN"|"REGEX": ...}``); None if unknown."""
    if isinstance(value, (str, bool, int)):
        return lambda got: got == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda got: got in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda got: got not in banned
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda got: isinstance(got, str) and rx.search(got) is not None
    return None


def _token_check(spec: dict[str, Any]) -> Check | None:
    """A check over (text, tag, dep, is_space) for one token pattern; None if it uses anything else."""
    tests: list[tuple[int, Callable[[Any], bool]]] = []
    for key, value in spec.items():
        if key == "OP" and value in ("1", "!"):
            if value == "!":
                return None
            continue
        if key not in _KEYS:
            return None
        test = _value_test(value)
        if test is None:
            return None
        slot = {"ORTH": 0, "TEXT": 0, "LOWER": 4, "TAG": 1, "DEP": 2, "IS_SPACE": 3}[key]
        tests.append((slot, test))

    def check(text: str, tag: str, dep: str, is_space: bool) -> bool:
        values = (text, tag, dep, is_space, text.lower())
        return all(test(values[slot]) for slot, test in tests)

    return check


def _anchor(spec: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    """What a token must be for ``spec`` to match it, as an index key: ("lower", words) when the
    pattern names its words, else ("tag", tags) when it names its tags, else None (check always)."""
    for key, kind in (("LOWER", "lower"), ("ORTH", "lower"), ("TEXT", "lower"), ("TAG", "tag")):
        value = spec.get(key)
        if isinstance(value, dict) and set(value) == {"IN"}:
            value = value["IN"]
        elif isinstance(value, str):
            value = [value]
        else:
            continue
        words = frozenset(str(v).lower() if kind == "lower" else str(v) for v in value)
        return kind, words
    return None


def compile_rules(ruler: Any) -> Rules | None:
    """Split an ``AttributeRuler``'s rules into cached one-token checks and multi-token patterns;
    None when a pattern needs something the cache cannot key on (then keep the official ruler)."""
    try:
        attrs = tuple(ruler.attrs)
        indices = tuple(ruler.indices)
        single: list[tuple[int, Check, tuple[str, frozenset[str]] | None]] = []
        multi: dict[int, list[list[dict[str, Any]]]] = {}
        for rule in range(len(attrs)):
            entry = ruler.matcher.get(str(rule))
            if entry is None:
                continue
            for pattern in entry[1]:
                if any(spec.get("OP", "1") != "1" for spec in pattern):
                    return None
                if len(pattern) == 1:
                    check = _token_check(pattern[0])
                    if check is None or indices[rule] not in (0, -1):
                        return None
                    single.append((rule, check, _anchor(pattern[0])))
                else:
                    multi.setdefault(rule, []).append(pattern)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    return Rules(tuple(single), multi, attrs, indices)


class PosLemma:
    """``attribute_ruler`` + ``lemmatizer`` as one cached pass (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, rules: Rules, lemmatizer: Any):
        self.name = name
        self.vocab = nlp.vocab
        self.rules = rules
        self.lemmatizer = lemmatizer
        self.overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self.multi = Matcher(nlp.vocab)
        for rule, patterns in rules.multi.items():
            self.multi.add(str(rule), patterns)
        self._multi_cols = _column_patterns(rules.multi)
        self._regex_memo: dict[tuple[int, int], bool] = {}
        self._by_lower: dict[str, list[tuple[int, Check]]] = {}
        self._by_tag: dict[str, list[tuple[int, Check]]] = {}
        self._always: list[tuple[int, Check]] = []
        for rule, check, anchor in rules.single:
            if anchor is None:
                self._always.append((rule, check))
                continue
            index = self._by_lower if anchor[0] == "lower" else self._by_tag
            for word in anchor[1]:
                index.setdefault(word, []).append((rule, check))
        self._matches: dict[tuple[int, int, int], tuple[int, ...]] = {}
        self._index_sets: dict[str, frozenset[str]] = {}
        # spaCy's own rule lemmatizer, unchanged, is redone here with set lookups (see
        # _rule_lemmatize); any other lemmatizer (a subclass's own rules, lookup mode) is called as is
        plain_rule = (getattr(lemmatizer, "mode", None) == "rule"
                      and getattr(type(lemmatizer), "rule_lemmatize", None) is Lemmatizer.rule_lemmatize
                      and getattr(lemmatizer, "lemmatize", None) == lemmatizer.rule_lemmatize)
        self._lemmatize = self._rule_lemmatize if plain_rule else lemmatizer.lemmatize
        self._final: dict[tuple[int, int, int], tuple[Any, ...]] = {}

    def _rules_for(self, token: Token, key: tuple[int, int, int]) -> tuple[int, ...]:
        """Indices of the one-token rules matching this (orth, tag, dep), in rule order (cached)."""
        found = self._matches.get(key)
        if found is None:
            text, tag, dep, space = token.text, token.tag_, token.dep_, token.is_space
            candidates = [*self._by_lower.get(text.lower(), ()), *self._by_tag.get(tag, ()), *self._always]
            found = tuple(sorted({rule for rule, check in candidates if check(text, tag, dep, space)}))
            self._matches[key] = found
        return found

    def _lemma(self, token: Token) -> None:
        if self.overwrite or token.lemma == 0:
            token.lemma_ = self._lemmatize(token)[0]

    def _rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy's ``Lemmatizer.rule_lemmatize``, line for line, but testing ``form in index`` on a
        set instead of the table's list (tens of thousands of words): same lemmas, same cache."""
        lem = self.lemmatizer
        cache_key = (token.orth, token.pos, token.morph.key)
        if cache_key in lem.cache:
            return lem.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if lem.is_base_form(token):
            return [string.lower()]
        index_table = lem.lookups.get_table("lemma_index", {})
        exc_table = lem.lookups.get_table("lemma_exc", {})
        rules_table = lem.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            if univ_pos == "propn":
                return [string]
            else:
                return [string.lower()]
        index = self._index_sets.get(univ_pos)
        if index is None:
            index = self._index_sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        lem.cache[cache_key] = forms
        return forms

    def _apply(self, token: Token, rules: list[int] | tuple[int, ...]) -> None:
        """Exactly what the ruler then the lemmatizer do to one token."""
        for rule in rules:
            set_token_attrs(token, self.rules.attrs[rule])
        self._lemma(token)

    def _special(self, doc: Doc, arr: Any) -> dict[int, list[int]]:
        """Token index -> the multi-token rules that set it, as the ``Matcher`` finds them; read
        from the doc's ORTH/TAG/DEP/LOWER columns (``arr``) when :func:`_column_patterns` could
        model every pattern."""
        special: dict[int, list[int]] = {}
        if not self.rules.multi:
            return special
        if self._multi_cols is None or arr is None:
            for match_id, start, end in self.multi(doc, allow_missing=True):
                rule = int(self.vocab.strings[match_id])
                special.setdefault(doc[start:end][self.rules.indices[rule]].i, []).append(rule)
            return special
        n = arr.shape[0]
        found: list[tuple[int, int]] = []
        for rule, specs in self._multi_cols:
            width = len(specs)
            if width > n:
                continue
            ok = numpy.ones(n - width + 1, dtype=bool)
            regexes = []
            for k, tests in enumerate(specs):
                for test in tests:
                    if test[1] == "regex":  # tested last, on the few starts still possible
                        regexes.append((k, test))
                    else:
                        ok &= self._column_test(arr, test)[k:k + n - width + 1]
            starts = numpy.nonzero(ok)[0].tolist()
            for k, (col, _, rx) in regexes:
                starts = [i for i in starts if self._regex_test(rx, int(arr[i + k, col]))]
            for start in starts:
                idx = self.rules.indices[rule]
                found.append((start + idx if idx >= 0 else start + width + idx, rule))
        for i, rule in found:
            special.setdefault(i, []).append(rule)
        return special

    def _column_test(self, arr: Any, test: tuple[Any, ...]) -> Any:
        col, kind, value = test
        column = arr[:, col]
        if kind == "eq":
            return column == value
        if kind == "in":
            return numpy.isin(column, value)
        return ~numpy.isin(column, value)  # "not_in"

    def _regex_test(self, rx: re.Pattern[str], value: int) -> bool:
        """``rx`` searched in the string of an attribute value (memoised across docs)."""
        got = self._regex_memo.get((id(rx), value))
        if got is None:
            got = self._regex_memo[(id(rx), value)] = rx.search(self.vocab.strings[value]) is not None
        return got

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        final = self._final
        arr = doc.to_array([ORTH, TAG, DEP, LEMMA, POS, MORPH, LOWER])
        special = self._special(doc, arr)
        out = arr[:, 3:6]
        # tokens done one by one exactly as before (their results read back): those a multi-token
        # rule sets and those with a preset lemma
        single = numpy.ones(len(doc), dtype=bool)
        for i in sorted({*special, *numpy.nonzero(arr[:, 3])[0].tolist()}):
            single[i] = False
            token = doc[i]
            key = (int(arr[i, 0]), int(arr[i, 1]), int(arr[i, 2]))
            self._apply(token, sorted([*self._rules_for(token, key), *special.get(i, ())]))
            out[i] = (token.lemma, token.pos, token.morph.key)
        # the rest: the cached POS, MORPH, LEMMA of each distinct (orth, tag, dep), looked up once
        # per distinct key (a key not seen before is done on its first token, as before) and
        # written for all its tokens at once
        rows = numpy.nonzero(single)[0]
        if len(rows):
            keys, first, which = numpy.unique(arr[rows, 0:3], axis=0, return_index=True, return_inverse=True)
            which = which.reshape(-1)
            n = len(keys)
            lemma = numpy.zeros(n, dtype="uint64")
            pos = numpy.zeros(n, dtype="uint64")
            morph = numpy.zeros(n, dtype="uint64")
            set_pos = numpy.zeros(n, dtype=bool)
            set_morph = numpy.zeros(n, dtype=bool)
            wide: list[int] = []
            firsts = rows[first].tolist()
            for k, key in enumerate(map(tuple, keys.tolist())):
                values = final.get(key)
                if values is None:
                    values = self._fill(doc[firsts[k]], key)
                if len(values) == 2:
                    wide.append(k)
                    continue
                new_pos, new_morph, lemma[k] = values
                if new_pos is not None:
                    pos[k], set_pos[k] = new_pos, True
                if new_morph is not None:
                    morph[k], set_morph[k] = new_morph, True
            out[rows, 0] = lemma[which]
            out[rows, 1] = numpy.where(set_pos[which], pos[which], out[rows, 1])
            out[rows, 2] = numpy.where(set_morph[which], morph[which], out[rows, 2])
            if wide:  # rules that write more than POS/MORPH/LEMMA: set them on each token
                for i in rows[numpy.isin(which, wide)].tolist():
                    token = doc[i]
                    key = (int(arr[i, 0]), int(arr[i, 1]), int(arr[i, 2]))
                    set_token_attrs(token, final[key][1])
                    out[i] = (token.lemma, token.pos, token.morph.key)
        doc.from_array([LEMMA, POS, MORPH], out)
        return doc

    def _fill(self, token: Token, key: tuple[int, int, int]) -> tuple[Any, ...]:
        """Apply the rules and lemmatizer to a token not seen before; cache what they wrote: (pos or
        None, morph key or None, lemma) when they write only those, else (None, attrs dict)."""
        rules = self._rules_for(token, key)
        self._apply(token, rules)
        values: dict[int, Any] = {}
        for rule in rules:
            values.update(self.rules.attrs[rule])
        values[LEMMA] = token.lemma
        if set(values) <= {POS, MORPH, LEMMA}:
            cached: tuple[Any, ...] = (token.pos if POS in values else None,
                                       token.morph.key if MORPH in values else None, token.lemma)
        else:
            cached = (None, values)
        self._final[key] = cached
        return cached


#: Pattern keys the column matcher models: the doc array column (in ``PosLemma.__call__``'s array).
_COLUMNS = {"ORTH": 0, "TEXT": 0, "TAG": 1, "DEP": 2, "LOWER": 6}


def _column_patterns(multi: dict[int, list[list[dict[str, Any]]]]
                     ) -> list[tuple[int, list[list[tuple[Any, ...]]]]] | None:
    """The multi-token patterns as tests over the doc's columns: per rule (in rule order), per token
    of its one pattern, (column, "eq"|"in"|"not_in"|"regex", hash(es) or regex). None when a rule
    has several patterns or a pattern uses anything else (then the ``Matcher`` runs)."""
    out = []
    for rule in sorted(multi):
        patterns = multi[rule]
        if len(patterns) != 1:
            return None
        specs = []
        for spec in patterns[0]:
            tests: list[tuple[Any, ...]] = []
            for key, value in spec.items():
                if key == "OP" and value == "1":
                    continue
                if key not in _COLUMNS:
                    return None
                col = _COLUMNS[key]
                if isinstance(value, str):
                    tests.append((col, "eq", get_string_id(value)))
                elif isinstance(value, dict) and len(value) == 1:
                    (op, arg), = value.items()
                    if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                        hashes = numpy.array([get_string_id(v) for v in arg], dtype="uint64")
                        tests.append((col, "in" if op == "IN" else "not_in", hashes))
                    elif op == "REGEX" and isinstance(arg, str):
                        tests.append((col, "regex", re.compile(arg)))
                    else:
                        return None
                else:
                    return None
            specs.append(tests)
        if not specs:
            return None
        out.append((rule, specs))
    return out


def replace_ruler_and_lemmatizer(nlp: Language) -> bool:
    """Put one ``faultline_pos_lemma`` where ``attribute_ruler`` was and drop it and the lemmatizer.
    Returns False (and changes nothing) when either is missing, something sits between them, or the
    ruler uses a pattern feature :func:`compile_rules` does not model."""
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return False
    if not hasattr(nlp.get_pipe("lemmatizer"), "lemmatize"):
        return False
    if compile_rules(nlp.get_pipe("attribute_ruler")) is None:
        return False
    nlp.add_pipe("faultline_pos_lemma", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    return True


@Language.factory("faultline_pos_lemma")
def make_pos_lemma(nlp: Language, name: str) -> PosLemma:
    """Built from the pipeline's own ``attribute_ruler`` and ``lemmatizer`` (which it then replaces:
    see :func:`replace_ruler_and_lemmatizer`)."""
    from ..errors import ConfigError

    try:
        ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    except KeyError as e:
        raise ConfigError("faultline_pos_lemma needs the model's attribute_ruler and lemmatizer") from e
    rules = compile_rules(ruler)
    if rules is None:
        raise ConfigError("this attribute_ruler uses patterns faultline_pos_lemma cannot cache")
    if not getattr(lemmatizer, "_validated", True):
        lemmatizer._validate_tables()
    return PosLemma(nlp, name, rules, lemmatizer)
