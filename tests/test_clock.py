"""Times of day: one reading for the describe stage's posting lines and the extractor's ratios."""

from planwatch.core.clock import clock_at
from planwatch.pipeline import analyse_text


def test_a_time_of_day_is_read_with_either_colon_and_optional_seconds():
    assert clock_at(" 09:30").group(0).strip() == "09:30"
    assert clock_at("14：22：31").group(0) == "14：22：31"
    assert clock_at("07:05 来源").group(0) == "07:05"


def test_numbers_out_of_a_clocks_range_are_no_time_of_day():
    assert clock_at("25:10") is None
    assert clock_at("12:75") is None
    assert clock_at("58:420") is None  # a ratio, three digits after the colon
    assert clock_at("1:1") is None  # a one-digit part: a ratio (医护比1:1), not 01:01


def test_a_clock_after_a_posting_date_is_no_ratio_but_a_ratio_is_kept():
    text = (
        "发布时间：2024-01-09 14:22:31\n"
        "全县三次产业结构调整为12.5:38.1:49.4，城乡居民收入比缩小到1.98:1。\n"
    )
    records = [f.to_record() for f in analyse_text("t.txt", text).facts]
    clock = text.index("14:22:31")
    assert not [r for r in records if clock <= r["start"] < clock + 8]
    assert [r["value"] for r in records][:3] == [12.5, 38.1, 49.4]
