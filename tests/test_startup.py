"""What a default analysis imports: only the extractors it runs.

The model-backed extractor (``llm``) brings an HTTP client and its JSON
machinery; a default run (``table`` + ``prose``) never needs them, so neither
a worker process nor a one-file ingest should pay for importing them.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
from planwatch.pipeline import analyse_text
a = analyse_text("a.txt", "全市地区生产总值412.5亿元，比上年增长6.3%。")
print(len(a.facts), "planwatch.extract.llm" in sys.modules)
from planwatch.extract import base
print(",".join(base.available()), "planwatch.extract.llm" in sys.modules)
"""


def test_a_default_analysis_leaves_the_model_extractor_unimported():
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    facts, imported = out[0].split()
    assert int(facts) >= 1 and imported == "False"
    assert out[1] == "llm,prose,table True"  # listed, it is still there
