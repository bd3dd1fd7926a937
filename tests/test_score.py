"""The scorer on small constructed cases."""

import json

from planwatch.score import score, similar_names

GOLD = {
    "doc": "d.txt",
    "jurisdiction": "鹤山市",
    "passages": [{"id": "p1", "start": 0, "end": 100, "what": "start"}],
    "facts": [
        {
            "passage": "p1",
            "value_text": "458.51亿元",
            "start": 10,
            "quote": "",
            "indicator": "地区生产总值",
            "kind": "actual",
            "measure": "level",
            "year": 2022,
            "period_start": None,
            "value": 458.51,
            "unit": "亿元",
            "comparator": "eq",
            "binding": None,
            "core": True,
        },
        {
            "passage": "p1",
            "value_text": "2.8%",
            "start": 30,
            "quote": "",
            "indicator": "地区生产总值",
            "kind": "actual",
            "measure": "growth",
            "year": 2022,
            "period_start": None,
            "value": 2.8,
            "unit": "%",
            "comparator": "eq",
            "binding": None,
            "core": False,
        },
    ],
}


def pred(start, end, value, unit, indicator="地区生产总值", **kw):
    rec = {
        "doc": "d.txt",
        "start": start,
        "end": end,
        "value": value,
        "unit": unit,
        "indicator": indicator,
        "kind": "actual",
        "measure": "level",
        "year": 2022,
        "period_start": None,
        "comparator": "eq",
        "binding": None,
    }
    rec.update(kw)
    return rec


def gold_file(tmp_path):
    p = tmp_path / "d.gold.json"
    p.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return p


def test_perfect_prediction_scores_one(tmp_path):
    preds = [pred(10, 18, 458.51, "亿元"), pred(30, 34, 2.8, "%", measure="growth")]
    r = score(preds, [gold_file(tmp_path)])
    assert (r.precision, r.recall, r.f1, r.core_recall) == (1.0, 1.0, 1.0, 1.0)
    assert r.misses == () and r.false_positives == ()
    assert r.to_dict()["strict"] == 2


def test_wrong_year_is_located_not_strict(tmp_path):
    preds = [pred(10, 18, 458.51, "亿元", year=2021)]
    r = score(preds, [gold_file(tmp_path)])
    assert r.located == 1 and r.strict == 0
    assert r.field_accuracy["year"] == 0.0 and r.field_accuracy["kind"] == 1.0
    miss = next(m for m in r.misses if m.gold["start"] == 10)
    assert miss.differs == ("year",)


def test_unit_scaling(tmp_path):
    preds = [pred(10, 18, 4585100, "万元")]
    r = score(preds, [gold_file(tmp_path)])
    assert r.strict == 1
    preds = [pred(10, 18, 458.51, "万元")]
    assert score(preds, [gold_file(tmp_path)]).located == 0


def test_precision_ignores_predictions_outside_passages(tmp_path):
    preds = [
        pred(10, 18, 458.51, "亿元"),
        pred(30, 34, 2.8, "%", measure="growth"),
        pred(150, 155, 7.0, "%"),
        pred(20, 22, 1.0, "个", indicator="别的"),
    ]
    r = score(preds, [gold_file(tmp_path)])
    assert r.predictions_in_passages == 3
    assert r.strict == 2 and abs(r.precision - 2 / 3) < 1e-9 and r.recall == 1.0
    assert [p["start"] for p in r.false_positives] == [20]


def test_one_to_one_matching(tmp_path):
    # One prediction covering both gold values can match only one of them.
    preds = [pred(10, 34, 458.51, "亿元")]
    r = score(preds, [gold_file(tmp_path)])
    assert r.strict == 1 and r.recall == 0.5


def test_similar_names():
    assert similar_names("工业项目动工", "动工工业项目")
    assert similar_names("高标准农田", "建设高标准农田")
    assert similar_names("“工改工”项目", "工改工项目")
    assert not similar_names("地区生产总值", "森林覆盖率")
    assert not similar_names("", "地区生产总值")


def test_names_and_areas_compare_across_scripts(tmp_path):
    # A traditional-script mirror: the extractor keeps the page's characters, an annotator
    # may write the simplified ones (or the other way round); the name is the same.
    assert similar_names("地區生產總值", "地区生产总值")
    assert similar_names("規模以上工業增加值", "规模以上工业增加值")
    assert not similar_names("地區生產總值", "森林覆盖率")
    preds = [
        pred(10, 18, 458.51, "亿元", indicator="地區生產總值", jurisdiction="鶴山市"),
        pred(30, 34, 2.8, "%", measure="growth", jurisdiction="江門市"),
    ]
    r = score(preds, [gold_file(tmp_path)])
    assert r.strict == 2
    assert r.field_accuracy["jurisdiction"] == 0.5  # 鶴山市 is 鹤山市; 江門市 is not


def test_breakdown_by_genre_and_document_fields(tmp_path):
    a = dict(GOLD, doc="a.txt", genre="work_report", published="2024-01-10", area_code="440784")
    b = dict(GOLD, doc="b.txt", genre="communique", published=None, area_code="440700")
    paths = []
    for g in (a, b):
        p = tmp_path / f"{g['doc'][0]}.gold.json"
        p.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    preds = [
        dict(pred(10, 18, 458.51, "亿元"), doc="a.txt", jurisdiction="鹤山市"),
        dict(pred(10, 18, 458.51, "亿元"), doc="b.txt", jurisdiction="江门市"),
    ]
    docs = {
        "a.txt": {"genre": "work_report", "reference_year": 2024, "area_code": "440784"},
        "b.txt": {"genre": "work_report_news", "reference_year": 2023, "area_code": "440700"},
    }
    r = score(preds, paths, docs)
    assert set(r.by_genre) == {"communique", "work_report"}
    assert r.by_genre["work_report"]["strict"] == 1 and r.by_genre["work_report"]["gold_facts"] == 2
    assert r.by_genre["communique"]["field_accuracy"]["jurisdiction"] == 0.0
    assert r.field_accuracy["jurisdiction"] == 0.5  # gold facts take the file's jurisdiction
    assert r.documents["genre"] == {"right": 1, "total": 2, "accuracy": 0.5}
    assert r.documents["reference_year"]["total"] == 1  # b states no published date
    assert r.documents["area_code"]["accuracy"] == 1.0
    assert {(e["doc"], e["field"]) for e in r.document_errors} == {("b.txt", "genre")}
    assert "document accuracy" in r.summary()


def test_units_compare_in_either_script(tmp_path):
    # The unit is compared normalised: 項 written from a traditional page is the unit 项,
    # 萬人 is 万人 (and so scales like it); 个 is not 项.
    gold = json.loads(json.dumps(GOLD, ensure_ascii=False))
    gold["facts"][0].update(value_text="24項", value=24, unit="項")
    gold["facts"][1].update(value_text="1.2萬人", value=1.2, unit="萬人", measure="level")
    p = tmp_path / "d.gold.json"
    p.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert score([pred(10, 13, 24, "项"), pred(30, 35, 12000, "人")], [p]).strict == 2
    assert score([pred(10, 13, 24, "个")], [p]).located == 0


def test_a_similar_name_is_strict_but_not_the_golds_name(tmp_path):
    # (全市地区生产总值 is similar to 地区生产总值: strict; only one of the two names is the gold's.)
    preds = [
        pred(10, 18, 458.51, "亿元"),
        pred(30, 34, 2.8, "%", indicator="全市地区生产总值", measure="growth"),
    ]
    r = score(preds, [gold_file(tmp_path)])
    assert r.strict == 2
    assert r.field_accuracy["name"] == 0.5
    assert "name 0.500" in r.summary()
