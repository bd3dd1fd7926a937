"""The word classes of data/prose_words.csv: every class the stages read is there."""

from planwatch.extract.cues import words, words_re

CLASSES = (
    "rank_word", "people_noun", "visits_noun", "money_noun", "keeps_last_char", "flow_start",
    "de_noun_stop", "fared", "reviewed", "years_ok", "time_ok", "round_lead",
)  # fmt: skip


def test_every_class_the_stages_read_has_words():
    for role in CLASSES:
        assert words(role), role


def test_a_class_becomes_a_pattern_longest_word_first():
    ranked = words("rank_word")
    assert [len(w) for w in ranked] == sorted((len(w) for w in ranked), reverse=True)
    assert "跃升至" in ranked and ranked.index("跃升至") < ranked.index("居")
    assert words_re("flow_start", "^(?:{})").match("新增就业").group() == "新增"
    assert words_re("no_such_class").search("任何文字") is None
