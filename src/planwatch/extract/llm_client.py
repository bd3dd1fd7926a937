"""The model server's client: configuration, one chat completion over HTTP, and its failures.

Only the standard library is used (``urllib.request``). What an answer can make
us allocate is bounded (response bytes). The failure policy is in
``planwatch.extract.llm`` and docs/extractors.md: a server that cannot be reached,
times out, answers an HTTP error or something that is not an OpenAI-style JSON
completion, or sends an over-long answer -> :class:`ModelServerError`.
"""

from __future__ import annotations

import http.client
import json
import logging
import math
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planwatch.core.errors import PlanwatchError, UsageError

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


class ModelClient:
    """Chat completions from one OpenAI-compatible server.

    Servers that refuse ``response_format`` get requests without it from then on.
    """

    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self._json_mode = True

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
