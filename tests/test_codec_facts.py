"""The stored whole evaluation writes each fact as the array of its values."""

from __future__ import annotations

import dataclasses
import json

from planwatch.core.data import Fact
from planwatch.core.evidence import from_json as evidence_from_json
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
        as_object["evidence"] = [dataclasses.asdict(e) for e in f.evidence]
        assert _decode(Fact, as_object) == f == _decode(Fact, values)


def test_evidence_read_from_the_store_is_written_as_the_store_holds_it(sample_store):
    ev = evaluate_area(sample_store, "440784")
    read = [f for f in ev.unmatched if f.evidence]
    assert read
    at = list(Fact.__dataclass_fields__).index("evidence")
    for f in read[:20]:
        written = json.loads(json.dumps(_encode_fact(f)))[at]
        assert isinstance(written, str)  # not decoded only to be written again
        assert evidence_from_json(written) == tuple(f.evidence)
        back = _decode(Fact, json.loads(json.dumps(_encode_fact(f))))
        assert back == f and back.evidence == tuple(f.evidence)
    # Evidence made in memory (never stored) is still written item by item.
    made = read[0].with_(evidence=tuple(read[0].evidence))
    items = _encode_fact(made)[at]
    assert isinstance(items, list) and len(items) == len(made.evidence)
    assert _decode(Fact, json.loads(json.dumps(_encode_fact(made)))) == made


def test_a_whole_number_in_a_float_field_reads_as_a_float(sample_store):
    f = evaluate_area(sample_store, "440784").unmatched[0].with_(value=3)
    back = _decode(Fact, json.loads(json.dumps(_encode_fact(f))))
    assert back.value == 3 and isinstance(back.value, float)
