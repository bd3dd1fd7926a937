"""The stored whole evaluation writes each fact as the array of its values."""

from __future__ import annotations

import json

from planwatch.core.data import Fact
from planwatch.evaluate import evaluate_area
from planwatch.evaluate.codec import _decode, _encode_fact, from_json, to_json


def test_facts_are_arrays_and_objects_still_read(sample_store):
    ev = evaluate_area(sample_store, "440784")
    assert ev.unmatched and any(f.evidence for f in ev.unmatched)
    raw = json.loads(to_json(ev))
    first = raw["unmatched"][0]
    assert isinstance(first, list) and first[0] == ev.unmatched[0].doc
    assert from_json(to_json(ev)) == ev
    # A whole stored before (each fact an object with its field names) reads the same.
    for f in ev.unmatched[:20]:
        values = _encode_fact(f)
        names = list(Fact.__dataclass_fields__)
        as_object = dict(zip(names, values, strict=True))
        as_object["evidence"] = [
            dict(zip(("field", "basis", "text", "start", "end"), e, strict=True))
            for e in values[names.index("evidence")]
        ]
        assert _decode(Fact, as_object) == f == _decode(Fact, values)


def test_a_whole_number_in_a_float_field_reads_as_a_float(sample_store):
    f = evaluate_area(sample_store, "440784").unmatched[0].with_(value=3)
    back = _decode(Fact, json.loads(json.dumps(_encode_fact(f))))
    assert back.value == 3 and isinstance(back.value, float)
