"""A model-backed extractor: facts proposed by an OpenAI-compatible model, grounded here.

The extractor (registered as ``llm``) sends the document, chunk by chunk, to a
chat completions endpoint that the user runs (llama.cpp ``llama-server``,
vLLM, Ollama's OpenAI API, or a hosted service) and asks for a JSON list of
facts in the DESIGN.md schema, each with its value and its clause copied
verbatim. Only the standard library is used (``urllib.request``).

The model's answer is untrusted input. Every proposed fact is **grounded**:

1. its ``quote`` is found in the chunk that was sent (exact match first, then a
   match that ignores whitespace and full-width/ASCII differences, mapped back
   to offsets of the stored text);
2. its ``value_text`` is found inside that quote the same way;
3. its ``value`` must be a number printed in the value text (or the % that
   三成 / 翻一番 states), its enums must be valid, years plausible.

A fact failing any check is dropped and counted; the counts are logged at
info level and kept in :attr:`ModelExtractor.last_stats`. What an answer can
make us allocate is bounded (response bytes, facts per chunk).

Failure policy (documented in docs/extractors.md):

* missing or invalid configuration -> :class:`~planwatch.core.errors.UsageError`
  naming the environment variable;
* server unreachable, timing out, answering an HTTP error or something that
  is not an OpenAI-style JSON completion, or an over-long answer ->
  :class:`ModelServerError` (the whole document fails: the next chunk would
  fail the same way);
* a completion whose *content* is not the JSON asked for -> that chunk is
  skipped with a warning (models slip now and then); if no chunk of a
  document gave a readable answer, :class:`ModelServerError`.

Configuration (environment): ``PLANWATCH_LLM_URL`` (API base such as
``http://127.0.0.1:8080/v1``; required), ``PLANWATCH_LLM_MODEL`` (default
``default``), ``PLANWATCH_LLM_KEY`` (bearer token, optional),
``PLANWATCH_LLM_TIMEOUT`` (seconds per request, default 120).
"""

from __future__ import annotations

import http.client
import json
import logging
import math
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from planwatch.core.data import (
    Binding,
    Comparator,
    ExtractContext,
    Fact,
    Kind,
    Measure,
    Span,
)
from planwatch.core.errors import PlanwatchError, UsageError
from planwatch.core.units import normalise_unit
from planwatch.extract.base import register
from planwatch.extract.numbers import find_numbers, to_view

log = logging.getLogger(__name__)

ENV_URL = "PLANWATCH_LLM_URL"
ENV_MODEL = "PLANWATCH_LLM_MODEL"
ENV_KEY = "PLANWATCH_LLM_KEY"
ENV_TIMEOUT = "PLANWATCH_LLM_TIMEOUT"

KiB = 1024


class ModelServerError(PlanwatchError):
    """The model server cannot be reached or does not answer like an OpenAI-compatible one."""


@dataclass(frozen=True, slots=True)
class ModelConfig:
    """Where the model server is and the bounds put on what it may send back."""

    url: str  # API base (…/v1) or the full …/chat/completions address
    model: str = "default"
    key: str | None = None
    timeout: float = 120.0
    # Requests stay bounded: a chunk is at most this many characters of the document.
    max_chunk_chars: int = 3_000
    # An answer is untrusted: bound what it can make us read and build.
    max_response_bytes: int = 1024 * KiB
    max_facts_per_chunk: int = 200
    max_quote_chars: int = 600
    max_value_chars: int = 40
    max_indicator_chars: int = 60

    @property
    def endpoint(self) -> str:
        """The chat completions address: ``{url}/chat/completions`` unless already given."""
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ModelConfig:
        """Configuration from ``PLANWATCH_LLM_*``; UsageError naming the variable at fault."""
        env = os.environ if environ is None else environ
        url = (env.get(ENV_URL) or "").strip()
        if not url:
            raise UsageError(
                f"the llm extractor needs {ENV_URL}: set it to the base URL of an "
                "OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1"
            )
        parsed = urllib.parse.urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise UsageError(
                f"{ENV_URL}={url!r} is not an http(s) URL such as http://127.0.0.1:8080/v1"
            )
        timeout_text = (env.get(ENV_TIMEOUT) or "").strip()
        timeout = 120.0
        if timeout_text:
            try:
                timeout = float(timeout_text)
            except ValueError:
                timeout = -1.0
            if not (timeout > 0 and math.isfinite(timeout)):
                raise UsageError(
                    f"{ENV_TIMEOUT}={timeout_text!r} is not a positive number of seconds"
                )
        return cls(
            url=url,
            model=(env.get(ENV_MODEL) or "").strip() or "default",
            key=(env.get(ENV_KEY) or "").strip() or None,
            timeout=timeout,
        )


@dataclass(frozen=True, slots=True)
class ExtractStats:
    """What happened to one document's model answers (also logged at info level)."""

    chunks: int  # chunks sent to the model
    skipped_chunks: int  # answers whose content was not the JSON asked for
    proposed: int  # facts the model proposed (after the per-chunk cap)
    grounded: int  # facts kept
    dropped: dict[str, int]  # reason -> facts dropped for it


@dataclass(frozen=True, slots=True)
class Located:
    """Where a proposed fact's value and quote are in the stored text."""

    value: Span
    quote: Span


# ---- the prompt -------------------------------------------------------------

SYSTEM_PROMPT = """\
You extract quantified facts from Chinese local-government planning documents \
(五年规划纲要, 政府工作报告, 统计公报, news). Answer with one JSON object \
{"facts": [...]} and nothing else. Give one fact for every number in the text that \
states a measured or targeted quantity. Fields of a fact:
- value_text: the number exactly as printed, with its unit or % sign where adjacent \
(458.51亿元, 2.8%, 6左右, [1.98], 3.0以内). Copy it character for character.
- quote: the shortest clause around it that names the indicator, copied character for \
character from the text; it must contain value_text.
- indicator: what is measured, concise, in the document's words, without verbs (地区生产总值).
- kind: "actual" (achieved, or estimated 预计) or "target" (目标, 力争, 确保, 预期, 将, \
到2025年, 计划, a task list for a coming year, a table's target column).
- measure: "level" (an amount or a rate in its unit, shares included), "growth" (a relative \
% change: 增长/下降/年均增长 X%), "change" (an absolute difference against a base: \
提高X个百分点, 比2015年增加961亿元, bracketed cumulative [1.98] table values).
- year: the year the figure refers to (resolve 今年/去年/明年 against the document's year); \
for a period figure (年均, 累计, 五年来, 十三五期间) the period's last year; null if unknown.
- period_start: the first year of the period for period figures (十三五期间 -> 2016; \
比2015年增长 -> 2016), else null.
- value: the number as printed, in the unit given (458.51); negative for a decline stated \
with 下降/减少/降低; 三成 -> 30 with unit %; 翻一番 -> 100 with unit %.
- unit: the printed unit, normalised: 亿元, 万元, 元, %, 个百分点, 万人, 人, 个, 家, 项, 件, \
公顷, 亩, 公里, 位, 万吨标准煤 ...; null if none.
- comparator: "ge" (以上, 不少于, 超过, 突破, 至少), "le" (以内, 以下, 不超过, 控制在), \
"approx" (左右, 约, 近), else "eq".
- binding: "expected" (预期性) or "binding" (约束性) where the document says so, else null.
- jurisdiction: the area the figure is about when the text names one, else null.
A figure printed with two parts (458.51亿元,增长2.8%) is two facts; a 分别 list gives one \
fact per number. Ranks are facts with unit 位 (全国第59位 -> 59). Not facts: dates and years \
themselves, plan names (十四五), list and section numbers, phone numbers, numbers inside \
names (5G, 百县千镇万村), thresholds that define a category (亿元以上项目), streaks \
(连续五年). If the text states no such figure, answer {"facts": []}."""


def user_prompt(chunk: str, ctx: ExtractContext, section: str) -> str:
    """The user message: what the document is, where the chunk sits, and the chunk."""
    meta = ctx.meta
    about = [f"document: {ctx.doc}"]
    if meta.area is not None:
        about.append(f"area: {meta.area.name}")
    about.append(f"type: {meta.doc_type.value}")
    if meta.year is not None:
        about.append(f"year: {meta.year}")
    if meta.period_start is not None and meta.period_end is not None:
        about.append(f"plan period: {meta.period_start}-{meta.period_end}")
    lines = ["; ".join(about)]
    if section:
        lines.append(f"section: {section}")
    lines.append("text:")
    lines.append(chunk)
    return "\n".join(lines)


# ---- chunking ---------------------------------------------------------------

_SENTENCE_ENDS = "。；;！!？?"
_NUMERAL_RE = re.compile(r"[0-9０-９零〇一二三四五六七八九十百千万亿两]")


def chunk_spans(text: str, max_chars: int) -> list[Span]:
    """``text`` cut into consecutive spans of at most ``max_chars`` characters.

    Cuts fall after a line break where one lies in the second half of the
    window, else after a sentence end, else at the limit, so that a clause is
    rarely split between two requests.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    spans: list[Span] = []
    pos, n = 0, len(text)
    while pos < n:
        end = min(pos + max_chars, n)
        if end < n:
            lo = pos + max_chars // 2
            cut = text.rfind("\n", lo, end)
            if cut == -1:
                cut = max(text.rfind(ch, lo, end) for ch in _SENTENCE_ENDS)
            if cut != -1:
                end = cut + 1
        spans.append(Span(pos, end))
        pos = end
    return spans


# ---- grounding ----------------------------------------------------------------

# Differences a model introduces when it copies text: full-width forms made
# ASCII, curly quotes made straight. One character for one, so offsets survive.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x201C: 0x22, 0x201D: 0x22, 0x2018: 0x27, 0x2019: 0x27})
_MAX_OCCURRENCES = 50  # candidate positions examined per string (bounds the work)


def fold(s: str) -> tuple[str, list[int]]:
    """``s`` without whitespace and with full-width forms made ASCII, and where each char was.

    ``fold('地区生产总值 249.03 亿元')`` gives ``('地区生产总值249.03亿元', [0, 1, …])``:
    the second list maps each folded character to its index in ``s``.
    """
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(s.translate(_FOLD)):
        if ch.isspace():
            continue
        chars.append(ch)
        where.append(i)
    return "".join(chars), where


def _find_all(hay: str, needle: str) -> Iterator[int]:
    i = hay.find(needle)
    found = 0
    while i != -1 and found < _MAX_OCCURRENCES:
        yield i
        found += 1
        i = hay.find(needle, i + 1)


def find_verbatim(hay: str, needle: str) -> list[Span]:
    """Spans of ``hay`` showing ``needle``: exact matches, else whitespace/width-insensitive ones.

    A fallback match is mapped back to ``hay``'s offsets and covers exactly the
    characters from the first to the last matched one (inner spaces included).
    """
    if not needle:
        return []
    exact = [Span(i, i + len(needle)) for i in _find_all(hay, needle)]
    if exact:
        return exact
    folded_needle, _ = fold(needle)
    if not folded_needle:
        return []
    folded_hay, where = fold(hay)
    return [
        Span(where[i], where[i + len(folded_needle) - 1] + 1)
        for i in _find_all(folded_hay, folded_needle)
    ]


_ARABIC_PART = set("0123456789")
_CHINESE_PART = set("零〇两一二三四五六七八九十百千")


def whole_number_at(view: str, span: Span) -> bool:
    """Whether ``view[span]`` does not cut a printed number: ``5%`` in ``15%`` does.

    ``view`` is the text with full-width digits made ASCII (:func:`to_view`).
    """
    first, last = view[span.start], view[span.end - 1]
    before = view[span.start - 1] if span.start > 0 else ""
    after = view[span.end : span.end + 2]
    if first in _ARABIC_PART and before and before in _ARABIC_PART | {".", ","}:
        return False
    if first in _CHINESE_PART and before and before in _CHINESE_PART:
        return False
    if (
        last in _ARABIC_PART
        and after
        and (after[0] in _ARABIC_PART or (after[0] in ".," and after[1:2] in _ARABIC_PART))
    ):
        return False
    return not (last in _CHINESE_PART and after and after[0] in _CHINESE_PART)


def locate(chunk: str, offset: int, quote: str, value_text: str) -> list[Located]:
    """Every place in ``chunk`` where ``quote`` shows and ``value_text`` shows inside it.

    A value that would cut a longer printed number (``29.4`` inside ``229.4``)
    is no place. Spans are offsets of the stored text (``offset`` is where the
    chunk starts).
    """
    found: list[Located] = []
    view = to_view(chunk)
    for q in find_verbatim(chunk, quote):
        for v in find_verbatim(chunk[q.start : q.end], value_text):
            if not whole_number_at(view, Span(q.start + v.start, q.start + v.end)):
                continue
            found.append(
                Located(
                    value=Span(offset + q.start + v.start, offset + q.start + v.end),
                    quote=Span(offset + q.start, offset + q.end),
                )
            )
    return found


def printed_values(value_text: str) -> set[float]:
    """The values a printed figure can stand for: its numbers, and the % of 成 and 番.

    ``'三成'`` -> {3, 30}; ``'翻一番'`` -> {1, 100}; ``'458.51亿元'`` -> {458.51}.
    """
    view = to_view(value_text)
    values: set[float] = set()
    for n in find_numbers(view):
        v = abs(n.value)
        values.add(v)
        after = view[n.span.end : n.span.end + 1]
        if after == "成":  # tenths, read as a share in %
            values.add(v * 10)
        elif after == "番" and v < 20:  # 翻n番: growth to 2**n times, (2**n - 1) * 100 %
            values.update({v * 100, (2**v - 1) * 100})
    return values


def value_is_printed(value: float, value_text: str) -> bool:
    """Whether ``value`` (sign aside: declines are negated) is a number ``value_text`` prints."""
    return any(
        math.isclose(abs(value), v, rel_tol=1e-9, abs_tol=1e-9) for v in printed_values(value_text)
    )


# ---- coercion of one proposed fact ---------------------------------------------

_KIND = {"actual": Kind.ACTUAL, "target": Kind.TARGET, "实际": Kind.ACTUAL, "目标": Kind.TARGET}
_MEASURE = {m.value: m for m in Measure}
_COMPARATOR = {
    **{c.value: c for c in Comparator},
    "=": Comparator.EQ,
    "==": Comparator.EQ,
    ">=": Comparator.GE,
    "≥": Comparator.GE,
    ">": Comparator.GE,
    "<=": Comparator.LE,
    "≤": Comparator.LE,
    "<": Comparator.LE,
    "~": Comparator.APPROX,
    "≈": Comparator.APPROX,
}
_BINDING = {b.value: b for b in Binding} | {"预期性": Binding.EXPECTED, "约束性": Binding.BINDING}
_YEARS = range(1949, 2101)


class _Reject(Exception):
    """A proposed fact is dropped; ``reason`` is the counter it goes to."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _text_field(raw: Mapping[str, Any], name: str, limit: int) -> str:
    v = raw.get(name)
    if not isinstance(v, str) or not v.strip() or len(v) > limit:
        raise _Reject(f"bad {name}")
    return v.strip()


def _enum(raw: Mapping[str, Any], name: str, table: Mapping[str, Any], default: Any = None) -> Any:
    v = raw.get(name)
    if v is None or v == "":
        if default is None:
            raise _Reject(f"bad {name}")
        return default
    found = table.get(str(v).strip().lower()) if isinstance(v, str) else None
    if found is None:
        raise _Reject(f"bad {name}")
    return found


def _number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        f = float(v)
    elif isinstance(v, str) and len(v) <= 40:
        try:
            f = float(to_view(v).replace(",", "").replace(" ", ""))
        except ValueError:
            return None
    else:
        return None
    return f if math.isfinite(f) else None


def _year(v: Any) -> int | None:
    f = _number(v)
    if f is None or not f.is_integer() or int(f) not in _YEARS:
        return None
    return int(f)


def _optional_binding(v: Any) -> Binding | None:
    return _BINDING.get(v.strip().lower()) if isinstance(v, str) else None


def _unit(v: Any) -> str | None:
    if not isinstance(v, str) or not v.strip() or len(v) > 16:
        return None
    return normalise_unit(v) or v.strip()


# ---- the extractor ------------------------------------------------------------


class ModelExtractor:
    """Facts proposed by an OpenAI-compatible chat model, each grounded in the stored text.

    ``ModelExtractor()`` reads :class:`ModelConfig` from the environment and
    raises UsageError when ``PLANWATCH_LLM_URL`` is missing.
    """

    name = "llm"

    def __init__(self, config: ModelConfig | None = None) -> None:
        self.config = config or ModelConfig.from_env()
        # Servers that refuse ``response_format`` get requests without it from then on.
        self._json_mode = True
        self.last_stats: ExtractStats | None = None

    # -- the Extractor protocol --

    def extract(self, text: str, ctx: ExtractContext) -> list[Fact]:
        """Grounded facts of ``text``; raises ModelServerError when the server fails."""
        facts: list[Fact] = []
        dropped: Counter[str] = Counter()
        chunks = skipped = proposed = 0
        for span in chunk_spans(text, self.config.max_chunk_chars):
            chunk = span.of(text)
            if not _NUMERAL_RE.search(chunk):
                continue  # no number, no fact: spare the request
            chunks += 1
            section = " > ".join(h.title for h in ctx.outline.headings_at(span.start))
            content = self.complete(
                SYSTEM_PROMPT, user_prompt(chunk, ctx, section[:200]), doc=ctx.doc
            )
            answer = parse_answer(content)
            if answer is None:
                skipped += 1
                log.warning(
                    "%s: the model's answer for characters [%d, %d) is not the JSON "
                    "asked for; chunk skipped",
                    ctx.doc,
                    span.start,
                    span.end,
                )
                continue
            if len(answer) > self.config.max_facts_per_chunk:
                dropped["over per-chunk limit"] += len(answer) - self.config.max_facts_per_chunk
                answer = answer[: self.config.max_facts_per_chunk]
            proposed += len(answer)
            facts.extend(self._ground_chunk(answer, text, span, ctx, dropped))
        if chunks and skipped == chunks:
            raise ModelServerError(
                f"{ctx.doc}: none of the model's {chunks} answers was the JSON list of facts "
                f"asked for (model {self.config.model!r} at {self.config.endpoint}); "
                "try a model that follows JSON instructions"
            )
        facts.sort(key=lambda f: (f.start, f.end))
        self.last_stats = ExtractStats(chunks, skipped, proposed, len(facts), dict(dropped))
        log.info(
            "%s: llm extractor: %d chunks (%d skipped), %d facts proposed, %d grounded, dropped %s",
            ctx.doc,
            chunks,
            skipped,
            proposed,
            len(facts),
            dict(dropped) or "none",
        )
        return facts

    # -- grounding one chunk's answer --

    def _ground_chunk(
        self,
        answer: list[dict[str, Any]],
        text: str,
        span: Span,
        ctx: ExtractContext,
        dropped: Counter[str],
    ) -> list[Fact]:
        chunk = span.of(text)
        used: set[Span] = set()  # value spans already given to a fact
        seen: set[tuple[int, int, Measure, str]] = set()
        kept: list[Fact] = []
        for raw in answer:
            try:
                fact = self._ground_one(raw, text, chunk, span.start, ctx, used)
            except _Reject as rej:
                dropped[rej.reason] += 1
                log.debug("%s: dropped a proposed fact (%s): %r", ctx.doc, rej.reason, raw)
                continue
            key = (fact.start, fact.end, fact.measure, fact.indicator)
            if key in seen:
                dropped["duplicate"] += 1
                continue
            seen.add(key)
            used.add(fact.span)
            kept.append(fact)
        return kept

    def _ground_one(
        self,
        raw: dict[str, Any],
        text: str,
        chunk: str,
        offset: int,
        ctx: ExtractContext,
        used: set[Span],
    ) -> Fact:
        cfg = self.config
        value_text = _text_field(raw, "value_text", cfg.max_value_chars)
        quote = _text_field(raw, "quote", cfg.max_quote_chars)
        places = locate(chunk, offset, quote, value_text)
        if not places:
            raise _Reject("not in text")
        # The same clause can hold the same printed value twice (分别增长5%、5%):
        # the first place no earlier fact took.
        place = next((p for p in places if p.value not in used), places[0])
        printed = place.value.of(text)
        value = _number(raw.get("value"))
        if value is None:
            raise _Reject("bad value")
        if not value_is_printed(value, printed):
            raise _Reject("value not printed")
        indicator = _text_field(raw, "indicator", cfg.max_indicator_chars)
        kind = _enum(raw, "kind", _KIND)
        measure = _enum(raw, "measure", _MEASURE)
        comparator = _enum(raw, "comparator", _COMPARATOR, default=Comparator.EQ)
        year = _year(raw.get("year"))
        period_start = _year(raw.get("period_start"))
        if period_start is not None and (year is None or period_start > year):
            period_start = None
        jurisdiction = raw.get("jurisdiction")
        # A named area is kept only when the document names it too.
        if not (
            isinstance(jurisdiction, str) and 2 <= len(jurisdiction) <= 20 and jurisdiction in text
        ):
            jurisdiction = None
        return Fact(
            doc=ctx.doc,
            start=place.value.start,
            end=place.value.end,
            quote_start=place.quote.start,
            quote_end=place.quote.end,
            indicator=indicator,
            kind=kind,
            measure=measure,
            value=value,
            unit=_unit(raw.get("unit")),
            year=year,
            period_start=period_start,
            comparator=comparator,
            binding=_optional_binding(raw.get("binding")),
            jurisdiction=jurisdiction,
            origin="llm",
        )

    # -- talking to the server --

    def complete(self, system: str, user: str, *, doc: str = "") -> str:
        """The content of the model's reply to one system + user message pair."""
        body: dict[str, Any] = {
            "model": self.config.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
        }
        if self._json_mode:
            body["response_format"] = {"type": "json_object"}
        try:
            envelope = self._post(body, doc)
        except _Refused:
            # Some servers reject response_format; ask once more without it.
            log.info("%s: the model server refused response_format; retrying without it", doc)
            self._json_mode = False
            body.pop("response_format")
            envelope = self._post(body, doc)  # without response_format: never _Refused
        return completion_content(envelope, self.config.endpoint, doc)

    def _post(self, body: dict[str, Any], doc: str) -> Any:
        cfg = self.config
        where = f"{doc}: " if doc else ""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if cfg.key:
            headers["Authorization"] = f"Bearer {cfg.key}"
        request = urllib.request.Request(
            cfg.endpoint,
            data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            headers=headers,
            method="POST",
        )
        try:
            with _opener_for(cfg.endpoint).open(request, timeout=cfg.timeout) as resp:
                data = resp.read(cfg.max_response_bytes + 1)
        except urllib.error.HTTPError as exc:
            detail = _short(exc.read(2000).decode("utf-8", "replace")) if exc.fp else ""
            message = f"{where}model server at {cfg.endpoint} answered HTTP {exc.code}: {detail}"
            if exc.code in (401, 403):
                message += f"; check the token in {ENV_KEY}"
            elif exc.code == 404:
                message += f"; {ENV_URL} should be the API base, e.g. http://127.0.0.1:8080/v1"
            elif exc.code in (400, 422) and "response_format" in body:
                raise _Refused(message) from None
            raise ModelServerError(message) from None
        except (TimeoutError, urllib.error.URLError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            if isinstance(reason, TimeoutError):
                raise ModelServerError(
                    f"{where}model server at {cfg.endpoint} did not answer within "
                    f"{cfg.timeout:g} s; raise {ENV_TIMEOUT} or use a faster model"
                ) from None
            raise ModelServerError(
                f"{where}cannot reach the model server at {cfg.endpoint} ({reason}); "
                f"start it or fix {ENV_URL}"
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            raise ModelServerError(
                f"{where}the connection to the model server at {cfg.endpoint} failed "
                f"({type(exc).__name__}: {exc})"
            ) from None
        if len(data) > cfg.max_response_bytes:
            raise ModelServerError(
                f"{where}model server at {cfg.endpoint} sent more than "
                f"{cfg.max_response_bytes} bytes for one chunk; refused"
            )
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ModelServerError(
                f"{where}model server at {cfg.endpoint} did not answer with JSON "
                f"(it sent {_short(data.decode('utf-8', 'replace'))!r}); is {ENV_URL} the "
                "address of an OpenAI-compatible API?"
            ) from None


class _Refused(Exception):
    """The server refused a request with response_format (HTTP 400/422)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _opener_for(url: str) -> urllib.request.OpenerDirector:
    # A server on this machine is reached directly even when a proxy is configured.
    if urllib.parse.urlparse(url).hostname in _LOOPBACK:
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _short(s: str, limit: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[:limit] + "…"


def completion_content(envelope: Any, endpoint: str, doc: str = "") -> str:
    """``choices[0].message.content`` of a chat completion; ModelServerError if it has none."""
    where = f"{doc}: " if doc else ""
    if isinstance(envelope, dict) and "error" in envelope and "choices" not in envelope:
        err = envelope["error"]
        msg = err.get("message") if isinstance(err, dict) else err
        raise ModelServerError(
            f"{where}model server at {endpoint} reported an error: {_short(str(msg))}"
        )
    try:
        content = envelope["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise ModelServerError(
            f"{where}model server at {endpoint} answered JSON that is not a chat completion "
            "(no choices[0].message.content)"
        ) from None
    # A null content (some servers, on refusal) reads as an empty, unusable answer.
    return content if isinstance(content, str) else ""


_FENCE_RE = re.compile(r"^```[a-zA-Z]*\s*|\s*```$")


def parse_answer(content: str) -> list[dict[str, Any]] | None:
    """The fact objects of a model's reply, or None when it is not the JSON asked for.

    Accepted: ``{"facts": [...]}``, a bare list, either inside a Markdown code
    fence or with prose around it (the outermost ``{…}`` / ``[…]`` is tried).
    Items that are not objects are ignored.
    """
    s = _FENCE_RE.sub("", content.strip())
    parsed: Any = None
    try:
        parsed = json.loads(s)
    except json.JSONDecodeError:
        for open_, close in (("{", "}"), ("[", "]")):
            i, j = s.find(open_), s.rfind(close)
            if 0 <= i < j:
                try:
                    parsed = json.loads(s[i : j + 1])
                    break
                except json.JSONDecodeError:
                    continue
        else:
            return None
    if isinstance(parsed, dict):
        if isinstance(parsed.get("facts"), list):
            parsed = parsed["facts"]
        elif "value_text" in parsed:
            parsed = [parsed]
        else:
            return None
    if not isinstance(parsed, list):
        return None
    return [item for item in parsed if isinstance(item, dict)]


register("llm", ModelExtractor)
