"""The model-backed extractor against a fake OpenAI-compatible server.

The fake server (``ThreadingHTTPServer`` on 127.0.0.1, port 0) answers each
chat completion with canned facts built from real corpus sentences; the
tests check that what comes back is grounded to the stored text, that what
cannot be grounded is dropped, that server failures are clear errors, and
that ``planwatch.score.score`` scores this extractor's facts like any other.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from planwatch.core.data import DocumentMeta, ExtractContext, Outline, Span
from planwatch.core.errors import UsageError
from planwatch.export import read_records, write_facts
from planwatch.extract import base
from planwatch.extract.llm import (
    ModelConfig,
    ModelExtractor,
    ModelServerError,
    chunk_spans,
    find_verbatim,
    parse_answer,
    value_is_printed,
    whole_number_at,
)
from planwatch.options import Options
from planwatch.pipeline import analyse_text
from planwatch.score import score

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _corpus_text(prefix: str) -> tuple[str, str]:
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    with open(path, encoding="utf-8", newline="") as fh:  # the stored text: no newline mapping
        return path.name, fh.read()


DOC_002, TEXT_002 = _corpus_text("002")
DOC_001, TEXT_001 = _corpus_text("001")

Responder = Callable[[dict[str, Any]], tuple[int, Any]]


# ---- the fake server ----------------------------------------------------------


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakeServer:
    url: str
    requests: list[Recorded] = field(default_factory=list)
    responder: Responder | None = None


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        fake: FakeServer = self.server.fake  # type: ignore[attr-defined]
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        fake.requests.append(Recorded(self.path, dict(self.headers), body))
        assert fake.responder is not None
        status, payload = fake.responder(body)
        data = (
            payload
            if isinstance(payload, bytes)
            else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        )
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def log_message(self, *args: Any) -> None:  # keep pytest output clean
        pass


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    fake = FakeServer(url=f"http://127.0.0.1:{httpd.server_address[1]}/v1")
    httpd.fake = fake  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        httpd.shutdown()
        httpd.server_close()


def completion(content: str) -> dict[str, Any]:
    """An OpenAI chat completion envelope around ``content``."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content},
            }
        ],
    }


def _squash(s: str) -> str:
    return "".join(s.split()).replace("，", ",")


def answering(facts: list[dict[str, Any]], loose: bool = False) -> Responder:
    """A responder that returns, for each chunk, the facts whose quote the chunk holds.

    ``loose`` compares quote and chunk without spaces and with ASCII commas.
    """

    def respond(body: dict[str, Any]) -> tuple[int, Any]:
        user = body["messages"][-1]["content"]
        if loose:
            chosen = [f for f in facts if _squash(f["quote"]) in _squash(user)]
        else:
            chosen = [f for f in facts if f["quote"] in user]
        return 200, completion(json.dumps({"facts": chosen}, ensure_ascii=False))

    return respond


def fact(
    value_text: str,
    quote: str,
    indicator: str,
    value: float,
    unit: str | None,
    kind: str = "actual",
    measure: str = "level",
    year: int | None = 2022,
    **more: Any,
) -> dict[str, Any]:
    """One fact as a model would propose it."""
    return {
        "value_text": value_text,
        "quote": quote,
        "indicator": indicator,
        "kind": kind,
        "measure": measure,
        "year": year,
        "value": value,
        "unit": unit,
        **more,
    }


def ctx(doc: str) -> ExtractContext:
    return ExtractContext(doc=doc, meta=DocumentMeta(year=2023), outline=Outline())


def extractor(fake: FakeServer, **config: Any) -> ModelExtractor:
    return ModelExtractor(ModelConfig(url=fake.url, model="qwen-test", key="sk-test", **config))


GDP_LEVEL = fact("458.51亿元", "全年地区生产总值458.51亿元", "地区生产总值", 458.51, "亿元")
GDP_GROWTH = fact(
    "2.8%", "全年地区生产总值458.51亿元,增长2.8%", "地区生产总值", 2.8, "%", measure="growth"
)


# ---- grounding ------------------------------------------------------------------


def test_facts_are_grounded_to_the_stored_text(fake_server: FakeServer) -> None:
    fake_server.responder = answering([GDP_LEVEL, GDP_GROWTH])
    ex = extractor(fake_server)
    facts = ex.extract(TEXT_002, ctx(DOC_002))
    assert [(f.start, f.end, f.value, f.unit, f.measure.value) for f in facts] == [
        (313, 321, 458.51, "亿元", "level"),
        (324, 328, 2.8, "%", "growth"),
    ]
    for f in facts:
        assert TEXT_002[f.start : f.end] in ("458.51亿元", "2.8%")
        assert f.quote_start <= f.start < f.end <= f.quote_end
        assert f.origin == "llm" and f.doc == DOC_002 and f.year == 2022
    assert (
        TEXT_002[facts[1].quote_start : facts[1].quote_end] == "全年地区生产总值458.51亿元,增长2.8%"
    )
    assert ex.last_stats is not None and ex.last_stats.grounded == 2


def test_hallucinated_and_inconsistent_facts_are_dropped(fake_server: FakeServer) -> None:
    invented = fact("600亿元", "全年地区生产总值600亿元", "地区生产总值", 600, "亿元")
    value_not_in_quote = fact("460亿元", "全年地区生产总值458.51亿元", "地区生产总值", 460, "亿元")
    wrong_number = fact("458.51亿元", "全年地区生产总值458.51亿元", "地区生产总值", 999, "亿元")
    bad_kind = fact(
        "2.8%",
        "全年地区生产总值458.51亿元,增长2.8%",
        "地区生产总值",
        2.8,
        "%",
        kind="forecast",
        measure="growth",
    )
    # 29.4亿元 is printed only as part of 229.4亿元 (外贸进出口总额229.4亿元).
    cut_number = fact("29.4亿元", "外贸进出口总额229.4亿元", "外贸进出口总额", 29.4, "亿元")
    proposed = [
        invented,
        value_not_in_quote,
        wrong_number,
        bad_kind,
        cut_number,
        GDP_LEVEL,
        GDP_LEVEL,
    ]

    def respond(body: dict[str, Any]) -> tuple[int, Any]:
        # Everything is proposed for the chunk that holds the GDP sentence.
        chosen = proposed if "全年地区生产总值" in body["messages"][-1]["content"] else []
        return 200, completion(json.dumps({"facts": chosen}, ensure_ascii=False))

    fake_server.responder = respond
    ex = extractor(fake_server)
    facts = ex.extract(TEXT_002, ctx(DOC_002))
    assert [(TEXT_002[f.start : f.end], f.value) for f in facts] == [("458.51亿元", 458.51)]
    assert ex.last_stats is not None
    assert ex.last_stats.dropped == {
        "not in text": 3,
        "value not printed": 1,
        "bad kind": 1,
        "duplicate": 1,
    }


def test_whitespace_insensitive_match_maps_back_to_offsets(fake_server: FakeServer) -> None:
    # 001 prints "地区生产总值 249.03 亿元,年均增长 7.4% "; a model copies it without spaces.
    sentence = "地区生产总值 249.03 亿元,年均增长 7.4%"
    assert sentence in TEXT_001
    fake_server.responder = answering(
        [
            fact("249.03亿元", "地区生产总值249.03亿元", "地区生产总值", 249.03, "亿元", year=2020),
            fact(
                "7.4%",
                "地区生产总值249.03亿元，年均增长7.4%",
                "地区生产总值",
                7.4,
                "%",
                year=2020,
                measure="growth",
                period_start=2016,
            ),
        ],
        loose=True,
    )
    facts = extractor(fake_server).extract(TEXT_001, ctx(DOC_001))
    assert [TEXT_001[f.start : f.end] for f in facts] == ["249.03 亿元", "7.4%"]
    at = TEXT_001.index(sentence)
    assert facts[0].start == at + len("地区生产总值 ")
    assert TEXT_001[facts[1].quote_start : facts[1].quote_end] == sentence
    assert facts[1].period_start == 2016 and facts[1].measure.value == "growth"


def test_value_checks_read_the_printed_number() -> None:
    assert value_is_printed(458.51, "458.51亿元")
    assert value_is_printed(-3.4, "3.4%")  # a decline stated with 下降 is negated
    assert value_is_printed(30, "三成")
    assert value_is_printed(100, "翻一番")
    assert value_is_printed(6600, "六千六百")
    assert value_is_printed(1234.5, "１,２３４.５万元")
    assert not value_is_printed(45851, "458.51亿元")
    assert not value_is_printed(1, "首位")


def test_find_verbatim_exact_then_folded() -> None:
    assert find_verbatim("增长5%、5%", "5%") == [Span(2, 4), Span(5, 7)]
    (span,) = find_verbatim("技能人才 1.2 万人", "1.2万人")
    assert "技能人才 1.2 万人"[span.start : span.end] == "1.2 万人"
    assert find_verbatim("技能人才 1.2 万人", "1.3万人") == []


def test_a_value_never_cuts_a_longer_number() -> None:
    view = "外贸进出口总额229.4亿元,增长15%,三十个"
    assert whole_number_at(view, Span(7, 14))  # 229.4亿元
    assert not whole_number_at(view, Span(8, 14))  # 29.4亿元
    assert not whole_number_at(view, Span(7, 10))  # 229 of 229.4
    five = view.index("5%")
    assert not whole_number_at(view, Span(five, five + 2))  # 5% of 15%
    assert whole_number_at(view, Span(five - 1, five + 2))  # 15%
    ten = view.index("十个")
    assert not whole_number_at(view, Span(ten, ten + 2))  # 十个 of 三十个


def test_chunks_are_bounded_and_cut_at_line_ends() -> None:
    spans = chunk_spans(TEXT_001, 3000)
    assert spans[0].start == 0 and spans[-1].end == len(TEXT_001)
    assert all(a.end == b.start for a, b in pairwise(spans))
    assert all(len(s) <= 3000 for s in spans)
    assert all(TEXT_001[s.end - 1] in "\n。；;！!？?" for s in spans[:-1])


# ---- the request ------------------------------------------------------------------


def test_request_carries_model_token_and_json_mode(fake_server: FakeServer) -> None:
    fake_server.responder = answering([GDP_LEVEL])
    extractor(fake_server).extract(TEXT_002, ctx(DOC_002))
    assert len(fake_server.requests) == 3  # 6,195 characters in chunks of at most 3,000
    req = fake_server.requests[0]
    assert req.path == "/v1/chat/completions"
    assert req.headers["Authorization"] == "Bearer sk-test"
    assert req.body["model"] == "qwen-test"
    assert req.body["temperature"] == 0
    assert req.body["response_format"] == {"type": "json_object"}
    system, user = req.body["messages"]
    assert system["role"] == "system" and "value_text" in system["content"]
    assert user["role"] == "user" and "year: 2023" in user["content"]
    assert all(len(r.body["messages"][1]["content"]) < 3300 for r in fake_server.requests)


def test_server_refusing_response_format_is_asked_again_without(fake_server: FakeServer) -> None:
    inner = answering([GDP_LEVEL])

    def respond(body: dict[str, Any]) -> tuple[int, Any]:
        if "response_format" in body:
            return 400, {"error": {"message": "response_format is not supported"}}
        return inner(body)

    fake_server.responder = respond
    facts = extractor(fake_server).extract(TEXT_002, ctx(DOC_002))
    assert [f.value for f in facts] == [458.51]
    assert "response_format" in fake_server.requests[0].body
    assert all("response_format" not in r.body for r in fake_server.requests[1:])


def test_config_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in (
        "PLANWATCH_LLM_URL",
        "PLANWATCH_LLM_MODEL",
        "PLANWATCH_LLM_KEY",
        "PLANWATCH_LLM_TIMEOUT",
    ):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(UsageError, match="PLANWATCH_LLM_URL"):
        base.get("llm")
    monkeypatch.setenv("PLANWATCH_LLM_URL", "127.0.0.1:8080")
    with pytest.raises(UsageError, match="PLANWATCH_LLM_URL"):
        ModelConfig.from_env()
    monkeypatch.setenv("PLANWATCH_LLM_URL", "http://127.0.0.1:8080/v1/")
    monkeypatch.setenv("PLANWATCH_LLM_TIMEOUT", "soon")
    with pytest.raises(UsageError, match="PLANWATCH_LLM_TIMEOUT"):
        ModelConfig.from_env()
    monkeypatch.setenv("PLANWATCH_LLM_TIMEOUT", "30")
    monkeypatch.setenv("PLANWATCH_LLM_KEY", "sk-x")
    ex = base.get("llm")
    assert isinstance(ex, ModelExtractor) and ex.name == "llm"
    assert ex.config.endpoint == "http://127.0.0.1:8080/v1/chat/completions"
    assert (ex.config.model, ex.config.key, ex.config.timeout) == ("default", "sk-x", 30.0)
    assert "llm" in base.available()


# ---- failures -------------------------------------------------------------------------


def test_server_down_is_a_clear_error() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ex = ModelExtractor(ModelConfig(url=f"http://127.0.0.1:{port}/v1"))
    with pytest.raises(
        ModelServerError,
        match=r"cannot reach the model server at "
        rf"http://127\.0\.0\.1:{port}/v1/chat/completions.*PLANWATCH_LLM_URL",
    ):
        ex.extract(TEXT_002, ctx(DOC_002))


def test_garbage_envelope_is_a_clear_error(fake_server: FakeServer) -> None:
    fake_server.responder = lambda body: (200, b"<html>It works!</html>")
    with pytest.raises(ModelServerError, match="did not answer with JSON"):
        extractor(fake_server).extract(TEXT_002, ctx(DOC_002))
    fake_server.responder = lambda body: (200, {"object": "list", "data": []})
    with pytest.raises(ModelServerError, match="not a chat completion"):
        extractor(fake_server).extract(TEXT_002, ctx(DOC_002))
    fake_server.responder = lambda body: (401, {"error": {"message": "invalid api key"}})
    with pytest.raises(ModelServerError, match="HTTP 401.*PLANWATCH_LLM_KEY"):
        extractor(fake_server).extract(TEXT_002, ctx(DOC_002))


def test_malformed_content_skips_the_chunk(fake_server: FakeServer) -> None:
    good = answering([GDP_LEVEL])
    calls = {"n": 0}

    def respond(body: dict[str, Any]) -> tuple[int, Any]:
        calls["n"] += 1
        if calls["n"] == 1:
            return good(body)
        return 200, completion('{"facts": [{"value_text": "5%", "quote": ')  # cut off

    fake_server.responder = respond
    ex = extractor(fake_server)
    facts = ex.extract(TEXT_002, ctx(DOC_002))
    assert [f.value for f in facts] == [458.51]
    assert ex.last_stats is not None and ex.last_stats.skipped_chunks == 2

    fake_server.responder = lambda body: (200, completion("Sorry, I cannot help with that."))
    with pytest.raises(ModelServerError, match="none of the model's 3 answers"):
        extractor(fake_server).extract(TEXT_002, ctx(DOC_002))


def test_answers_are_bounded(fake_server: FakeServer) -> None:
    fake_server.responder = lambda body: (200, completion("x" * 5000))
    with pytest.raises(ModelServerError, match="more than 4096 bytes"):
        extractor(fake_server, max_response_bytes=4096).extract(TEXT_002, ctx(DOC_002))
    fake_server.responder = answering([GDP_LEVEL] * 30)
    ex = extractor(fake_server, max_facts_per_chunk=10)
    assert len(ex.extract(TEXT_002, ctx(DOC_002))) == 1
    assert ex.last_stats is not None and ex.last_stats.dropped["over per-chunk limit"] == 20


def test_slow_server_times_out(fake_server: FakeServer) -> None:
    def slow(body: dict[str, Any]) -> tuple[int, Any]:
        time.sleep(0.6)
        return 200, completion('{"facts": []}')

    fake_server.responder = slow
    with pytest.raises(ModelServerError, match="within 0.2 s.*PLANWATCH_LLM_TIMEOUT"):
        extractor(fake_server, timeout=0.2).extract(TEXT_002, ctx(DOC_002))


def test_parse_answer_accepts_common_shapes() -> None:
    one = {"value_text": "5%", "quote": "固定资产投资增长5%"}
    assert parse_answer(json.dumps({"facts": [one]})) == [one]
    assert parse_answer("```json\n" + json.dumps([one, 3]) + "\n```") == [one]
    assert parse_answer("Here you are: " + json.dumps({"facts": [one]}) + " Done.") == [one]
    assert parse_answer(json.dumps({"answer": "none"})) is None
    assert parse_answer("not json") is None


# ---- the same scorer ---------------------------------------------------------------------


def _gold_as_answers(gold: dict[str, Any]) -> list[dict[str, Any]]:
    keep = (
        "value_text",
        "quote",
        "indicator",
        "kind",
        "measure",
        "year",
        "period_start",
        "value",
        "unit",
        "comparator",
        "binding",
        "jurisdiction",
    )
    return [{k: g.get(k) for k in keep} for g in gold["facts"]]


def test_score_applies_to_model_output_through_the_pipeline(
    fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, gold_dir: Path
) -> None:
    gold_path = gold_dir / f"{DOC_002.removesuffix('.txt')}.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    fake_server.responder = answering(_gold_as_answers(gold))
    monkeypatch.setenv("PLANWATCH_LLM_URL", fake_server.url)
    monkeypatch.setenv("PLANWATCH_LLM_MODEL", "qwen-test")
    monkeypatch.delenv("PLANWATCH_LLM_KEY", raising=False)
    analysed = analyse_text(DOC_002, TEXT_002, options=Options(extractors=("llm",)))
    facts = analysed.facts
    assert facts and all(f.origin == "llm" for f in facts)
    assert all(TEXT_002[f.start : f.end] for f in facts)
    report = score([f.to_record() for f in facts], [gold_path])
    assert report.gold_facts == len(gold["facts"])
    # Answers copied from the gold, grounded here, land on the gold's characters.
    assert report.recall >= 0.95 and report.precision >= 0.95, report.summary()
    assert report.field_accuracy["kind"] == 1.0
    # `planwatch score FILE` reads an export: the same figures come out of it.
    export = tmp_path / "llm.jsonl"
    with export.open("w", encoding="utf-8", newline="") as out:
        write_facts(facts, "jsonl", out)
    again = score(list(read_records(export)), [gold_path])
    assert (again.strict, again.precision, again.recall) == (
        report.strict,
        report.precision,
        report.recall,
    )
