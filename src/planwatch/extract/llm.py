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

import json
import logging
import math
import re
from collections import Counter
from collections.abc import Mapping
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
from planwatch.core.units import normalise_unit
from planwatch.extract.base import register
from planwatch.extract.llm_client import (
    ENV_KEY,
    ENV_MODEL,
    ENV_TIMEOUT,
    ENV_URL,
    ModelClient,
    ModelConfig,
    ModelServerError,
    completion_content,
)
from planwatch.extract.llm_locate import (
    Located,
    find_verbatim,
    fold,
    locate,
    printed_values,
    value_is_printed,
    whole_number_at,
)
from planwatch.extract.numbers import to_view

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExtractStats:
    """What happened to one document's model answers (also logged at info level)."""

    chunks: int  # chunks sent to the model
    skipped_chunks: int  # answers whose content was not the JSON asked for
    proposed: int  # facts the model proposed (after the per-chunk cap)
    grounded: int  # facts kept
    dropped: dict[str, int]  # reason -> facts dropped for it


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
        self.client = ModelClient(self.config)
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
        return self.client.complete(system, user, doc=doc)


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


# Names of the model's client and the grounding, importable from here as before the split.
__all__ = [
    "ENV_KEY",
    "ENV_MODEL",
    "ENV_TIMEOUT",
    "ENV_URL",
    "ExtractStats",
    "Located",
    "ModelConfig",
    "ModelExtractor",
    "ModelServerError",
    "chunk_spans",
    "completion_content",
    "find_verbatim",
    "fold",
    "locate",
    "parse_answer",
    "printed_values",
    "user_prompt",
    "value_is_printed",
    "whole_number_at",
]
