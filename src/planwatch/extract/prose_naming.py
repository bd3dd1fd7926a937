"""The indicator name of one value in a sentence: the naming stage of the prose extractor.

The name is the subject before the value; when the value comes first (新建12公里供水管网)
the noun after it; a 分别 list is shared out over the values; a clause without a name of
its own borrows the previous figure's or the subject of the clause before; a generic word
(总投资, 累计) is completed by the subject named before it; ranks, ratio parts, shares
(约占…的一半), zero outcomes (零死亡) and amounts by which a target was beaten have names of
their own making.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from planwatch.core.normalise import fold
from planwatch.extract.cues import cues, words_re
from planwatch.extract.gap_named import gap_base
from planwatch.extract.list_heads import areas_share_noun, share_heads
from planwatch.extract.naming_aims import (
    HOLLOW_AIM_AFTER_RE,
    aim_in_brackets,
    aim_of_the_figure_before,
    quota_name,
)
from planwatch.extract.naming_compared import (
    average_frame_name,
    compare_frame_only,
    compared_head,
    compared_name,
    equivalent_name,
    gap_to_aim,
    level_compared_with,
    pace_change_name,
    quoted_area_name,
    ranked_in,
    unranked,
)
from planwatch.extract.naming_counts import (
    FARED_RE,
    REASON_RE,
    completion_rate_name,
    share_of_group,
    status_name,
)
from planwatch.extract.naming_each import (
    AIM_OR_RESULT_RE,
    after_each_clause,
    collective_parts,
    comma_listed,
    counted_list,
    each_aim_names,
    generic_only,
    list_parts,
    sector_items,
)
from planwatch.extract.naming_generic import complete_generic, firms_output_name
from planwatch.extract.naming_lines import (
    catalog_headed,
    item_label,
    name_line_before,
    numbered_figure,
    period_only,
)
from planwatch.extract.naming_people import people_outcome_name
from planwatch.extract.naming_places import places_only
from planwatch.extract.naming_progress import progress_share_name
from planwatch.extract.naming_roundup import month_only, part_share_name, roundup_name
from planwatch.extract.naming_shares import (
    borrowed_from_share,
    listed_share,
    share_name,
    shares_of,
)
from planwatch.extract.project_names import project_line, project_size
from planwatch.extract.prose_framing import unframed
from planwatch.extract.prose_names import (
    CJK,
    CLAUSE_DELIMS,
    SCOPE_ONLY_RE,
    SHARE_LEAD_RE,
    TRAILING_JUNK,
    SentenceState,
    clean_name,
    completed,
    hollow_name,
    move_end_only,
    movement_only,
    previous_clause_name,
    rank_name,
    sentence_subject,
    subject_phrase,
)
from planwatch.extract.prose_script import BLANK
from planwatch.extract.review_words import plan_reference_only
from planwatch.extract.time_forms import CHANGE_VERB, MONEY_MOVE, PACE_CHANGE

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_reader import Reading, SentenceReader

# (\ue000: junk blanked inside a word, extract.prose_script.BLANK.)
# (A bracketed list of kinds goes with its noun: 5个县（市、区）通过…, what real texts count.)
_AFTER_NOUN_RE = re.compile(
    r"^(?:[(（][\u4e00-\u9fff、]{1,8}[)）]|[\u4e00-\u9fff\ue000“”\"‘’A-Za-z0-9·()（） ]){2,30}"
)
_FLOW_START_RE = words_re("flow_start", "^(?:{})")
_PACE_MOVE_RE = re.compile(PACE_CHANGE)  # (after a base's figure: time_forms.PACE_CHANGE)
_AFTER_STOP_RE = re.compile(
    r"达到|实现|完成|增长|下降|提高|全部|全面|分别|均(?![衡匀])|投入|建成|开工|动工(?=建设)|(?<!规模)(?<!级)以上|以下|排名|位列|"
    r"位居|居全|调整|下调|上调|"
    r"方能|方可|才能|才可|即可|"  # (须年均增长8%方能实现目标: what the figure makes possible)
    r"中(?=[己已有共均]|$)"  # 20 家企业中已获认定的…, 10个县中7个… (the next figure cut it): "among", the items named after are others
)
# A figure by which a target was beaten (超上级下达目标, 超额完成任务): a change against it.
_EXCESS_RE = re.compile(
    r"^(?:超额?|超出|超过)(?:完成)?(?:上级|省|市|国家)?(?:下达)?(?:年度)?的?(?:计划目标|目标|任务|计划)(?:任务)?$"
)
_FLOW_LEAD_RE = re.compile(r"^(?:累计|共计|合计|总计|共)")
# A share of the year's plan or budget (占计划的100%, 占年度预算的98%), not of a larger whole.
_OF_PLAN_RE = re.compile(r"^占(?:年度|全年)?(?:计划|预算|任务|目标)")
# The structure of the three sectors (三次产业结构, 三次产业比例, 三产结构, 产业结构构成), whose
# shares a communiqué lists in percent, first to third (three listed: ``naming_shares.listed_share``).
_SECTORS_RE = re.compile(r"(?:三次产业|三产|产业)(?:的)?(?:结构|比例|比重|构成)")
_SECTOR_SHARE_RE = re.compile(r"第[一二三]产业比重")  # (the name the list's next shares inherit)
# A three-sector ratio of each sector's part in growth, not its share (三次产业可比价贡献率分别是
# -1.6:8.0:93.6, 分别拉动经济增长-0.1:0.4:4.3个百分点: a communiqué's contributions and pulls).
_SECTOR_PART_RE = re.compile(
    r"(?:第[一二三]产业|三次产业|三产|产业)?(?:的)?(?:分别)?(\S*?(?:贡献率|拉动)\S*)"
)


def _sector_part(base: str, k: int) -> str:
    """The name of the ``k``-th sector's part of a ratio the words ``base`` name."""
    m = _SECTOR_PART_RE.fullmatch(base)
    return f"第{'一二三'[k]}产业{m.group(1) if m else '比重'}"


# A projection's basis left before its figure (按照2023—2025年年均增长6.8%测算, 按此趋势预计到2025年),
# an adjustment (扣除留抵退税因素后同口径), a streak (连续多年) or an equivalence (相当于5.88万亿
# 美元, 相当于2005年的3倍): the figure is of the indicator its item or sentence names.
_BASIS_ONLY_RE = re.compile(
    r"(?:按照?|依据|根据|照此|按此)[^,，。;；]{0,20}?(?:测算|计算|推算)"
    r"|(?:按此|照此|按照?当前|按照?目前|按现有)(?:趋势|速度|态势|进度)(?:测算|推算)?"
    r"(?:预计)?(?:到?(?:19|20)\d\d年(?:底|末)?)?"
    r"|(?:扣除|剔除)[^,，。;；]{1,10}?因素后?(?:按?同口径)?|按?可比口径"
    r"|连续(?:多|[两二三四五六七八九十\d]+)年|(?:约|大约|大致)?相当于"
)


def choose_name(reader: SentenceReader, r: Reading, st: SentenceState, left: int) -> bool:
    """Fill ``r.name`` (and the quote's end); False when the value names nothing."""
    r.quote_end = r.v.end
    # (The names of the sentence before share out over a 分别 clause opening its sentence.)
    before = reader.prev_names if r.cs == reader.s else []
    _distribute(r, st, left, reader.para_name, before, reader.view[reader.s : r.cs])
    if r.v.fixed_name is None:
        _after_noun(reader.view, r)
        _examples_then_noun(reader.view, r)
    if r.after_name and not r.list_only:
        r.name = (r.name + r.after_name) if r.name else r.after_name
    elif (
        r.after_name
        and not any(ch in "(（)）" for ch in r.pre)
        and (
            st.prev_after or reader.view[r.v.start - 1] in "%％"  # (…增长2.7%810个省重点项目)
        )
    ):
        r.name = r.after_name  # 3.5万户农户、1万多名务工人员: each figure names its noun
    framed = any(x.rstrip().endswith(cues().frames) for x in (r.subject, r.pre))
    if not r.after_name and (not r.name or framed or _scope_paced(reader, r)):
        # 年均12.1%的GDP增速, 纲要提出了8%的经济增速目标: the noun after 的 names the value.
        r.name = _after_de_noun(reader.view, r) or r.name
    if r.name and REASON_RE.match(r.name):
        # (…4760.5亿元，受疫情影响比上年下降7.4%: a reason names nothing; 受疫情影响前三季度增长,
        # 受经济普查修订影响增速为: what is left after it may, or a generic word completed)
        r.name = clean_name(REASON_RE.sub("", r.name))
    if r.name and (_BASIS_ONLY_RE.fullmatch(r.name) or month_only(r.name)):
        r.name = ""  # (按照2023—2025年年均增长6.8%测算: how a projection is made names nothing)
    if r.name and st.prev_name and plan_reference_only(r.name) and not hollow_name(r.name):
        r.name = ""  # (…达到1.2%，规划原定1.5%的目标: the plan names no indicator)
    r.name = compared_head(r.name)  # (年均增速与规划目标相比还差: what is compared)
    if r.name and compare_frame_only(r.name):
        r.name = ""  # (对照2025年760亿元的目标; 按规划到2020年达到…: the indicator named before)
    if r.name and st.prev_name and move_end_only(r.name):
        r.name = ""  # (由…的186亿元增加到2020年预计的265亿元: the name of the value before)
    if r.name and reader.para_name and period_only(r.name):
        r.name = ""  # (——单位地区生产总值能耗。2021—2022年累计下降7.4%: the item's indicator)
    if not r.name:
        r.name = _trend_clause_name(reader, r, st)
    if not r.name:
        _name_from_before(reader, r, st)
    places_only(reader, r, st)
    if not r.inherited:
        r.name = item_label(reader.view, reader.s, r.name_start, r.name) or r.name
    complete_generic(reader, r, st)
    r.name = firms_output_name(r.name)
    if r.v.fixed_name:
        r.name = r.v.fixed_name
    _project_named(reader.view, r)
    _zero_name(reader.view, r)
    people_outcome_name(r)
    if "、" in r.name:
        # 三个产业园全部建成…、累计整治河道: a new clause after the list comma.
        last = r.name.rsplit("、", 1)[1]
        if _FLOW_START_RE.match(last) and len(last) >= 4:
            r.name = last
    _special_name(reader.view, r, st)
    pace_change_name(r, st)
    compared_name(reader.view, reader.s, r, st)
    average_frame_name(r, reader.para_name, st.prev_name)
    aim_of_the_figure_before(reader, r, st)
    quota_name(reader, r, st)
    gap_to_aim(reader, r, st)
    aim_in_brackets(reader, r, st)
    level_compared_with(reader, r, st)
    quoted_area_name(reader, r, st)
    status_name(reader, r)
    completion_rate_name(reader, r)
    progress_share_name(reader, r, st)
    share_of_group(reader, r)
    _unframe(r, st)
    roundup_name(reader, r, st)
    part_share_name(reader, r, st)
    st.prev_share = bool(r.name) and r.share_of_prev and not r.of_plan
    return bool(r.name)


def _name_from_before(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """A figure naming nothing itself: the figure's before it in the sentence (a growth after a
    share of that figure, its subject's: naming_shares.borrowed_from_share), else its clause's
    subject, a name line above it or its paragraph's."""
    if st.prev_name:
        said = reader.view[r.cs : r.v.start]
        borrowed = borrowed_from_share(st.prev_name, said, r.v.unit) if st.prev_share else ""
        # (…高于全省平均水平7.8个百分点，两年平均增长20.0%: the indicator's, not the gap's)
        before = st.prev_name if r.v.unit == "个百分点" else gap_base(st.prev_name)
        r.name = unranked(borrowed or before, r.v.unit)
        r.inherited = True
    else:
        # (全区常住人口与2010年相比，增加…: the clause's subject, not its comparison)
        r.name = compared_head(previous_clause_name(reader.view, reader.s, r.cs))
        if hollow_name(r.name) or REASON_RE.fullmatch(r.name) or movement_only(r.name):
            # (年度目标保持稳定，预计下降2.8%: the aim's words name nothing; nor does a
            # reason, 受疫情影响，2020年下降至63.2万人次: the paragraph's figure fell; nor
            # a movement, …；2017年止跌回升，增长2.1%)
            r.name = ""
        if not r.name and (r.cs <= reader.s + 1 or numbered_figure(reader.view, reader.s)):
            r.name = name_line_before(reader.view, reader.s)
        r.name = r.name or unranked(reader.para_name, r.v.unit)


def _trend_clause_name(reader: SentenceReader, r: Reading, st: SentenceState) -> str:
    """The subject of a clause right before the value's that says only which way it goes
    (粮食综合生产能力稳步提升，到2030年达到1.2亿吨) or is an indicator without a figure: the
    value is that subject's, not the last figure's; "" when there is no such clause (or no
    figure before it in the sentence: then the clause before names it anyway)."""
    if not st.prev_name or r.cs <= reader.s:
        return ""
    view = reader.view
    ps = max(view.rfind(d, reader.s, r.cs - 1) for d in CLAUSE_DELIMS)
    ps = reader.s if ps < reader.s else ps + 1
    if ps < st.consumed_end:
        return ""  # the clause before holds the last figure
    clause = view[ps : r.cs - 1].replace(BLANK, "").strip()
    subject = "" if any(ch.isdigit() for ch in clause) else subject_phrase(clause)
    if not subject or not (_TREND_END_RE().search(clause) or catalog_headed(subject)):
        return ""  # (…收入扣除留抵退税，同口径增长9.9%: an indicator the catalog knows names it)
    return "" if movement_only(subject) else subject  # (随后企稳回升: a movement names nothing)


@lru_cache(maxsize=1)
def _TREND_END_RE() -> re.Pattern[str]:
    """A clause ending in a change verb, maybe with 了 (稳步提升, 持续下降了)."""
    C = cues()
    verbs = sorted(C.by_role["up"] | C.by_role["down"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, verbs)) + ")了?$")


def _unframe(r: Reading, st: SentenceState) -> None:
    """The name without the place it is said of and the aim words it ends with
    (:func:`.prose_framing.unframed`); a generic word left behind is completed by the
    figure named before it (深圳的GDP增速…，石家庄市的增速 -> GDP增速), and a rate of change
    left behind keeps a % a growth."""
    if not r.name or r.v.fixed_name or r.v.unit == "位":
        return
    name, grew = unframed(r.name)
    if name != r.name and cues().generic_re.match(name):
        name = completed(name, sentence_subject(st))
    r.name = name
    if grew and r.v.unit == "%":
        r.roles = r.roles | {"rate"}


def _distribute(
    r: Reading,
    st: SentenceState,
    left: int,
    heading: str = "",
    before: list[str] = (),
    clause_before: str = "",
) -> None:
    """分别: the values share out the names listed before it (or the figures named first, or
    the item's run-in heading when only an aim or result word stands before 分别: 6.城镇、
    农村居民人均可支配收入：计划分别增长6%、8%, how annual plan reports set out each item;
    or, with only a time before 分别 and the sentence's first figure, the names of as many
    figures of the sentence before: an evaluation's aims then its results, …达到A、B的目标；
    两年多来分别实现a、b)."""
    if "分别" in r.subject or "each" in r.roles:
        items_src = r.subject.split("分别")[0]
        # (A、B、C三个行业增加值增势较好，分别增长…: the list closing the clause before)
        counted = [] if items_src.strip() else counted_list(clause_before, left)
        if heading and "、" in heading and AIM_OR_RESULT_RE.fullmatch(items_src.strip()):
            items_src = heading
        items = [clean_name(x, min_cjk=1) for x in list_parts(items_src, left)]
        items = comma_listed(clause_before, sector_items([x for x in items if x], left), left)
        items = counted or share_heads(areas_share_noun(items, r.subject.split("分别", 1)[-1]))
        if len(items) < 2 and len(st.dist_items) >= 2 and generic_only(items_src):
            items = st.dist_items  # (A和B分别增长8.6%和8.9%，年均增速分别为8.7%和9.1%)
        if len(items) == 1:  # (城乡居民人均可支配收入分别增长a和b: 城镇…, 农村…)
            items = collective_parts(items[0], left) or items
        if len(items) < 2:
            items = each_aim_names(r.subject, st.names, left)  # (…，分别完成目标的a%、b%)
        if len(items) < 2 and not r.name and not st.names and len(before) == left >= 2:
            items = list(before)
        if len(items) >= 2:  # (一、二、三产业增加值分别占生产总值的a、b、c: their shares)
            st.dist_items, st.dist_index, st.dist_clause = shares_of(items, r.subject), 0, r.cs
            r.name = st.dist_items[0]
        elif left >= 2 and len(st.names) >= left and SHARE_LEAD_RE.match(r.name):
            # (男性人口a，女性人口b，分别占总人口的c和d: the share of each figure named first)
            st.dist_items = [share_name(n, r.name) for n in st.names[-left:]]
            st.dist_index, st.dist_clause = 0, r.cs
            r.name = st.dist_items[0]
        elif (
            (not r.name or SCOPE_ONLY_RE.fullmatch(r.name) or _BASE_ONLY_RE.fullmatch(r.name))
            and left >= 2
            and len(st.names) >= left
        ):
            # The figures came first (A 120个, B 860亿元, 分别增长6.3%和3.9%): one each; the
            # area alone before 分别 names none (全省…6.7%，…62.07%，我市分别低0.1个和4.21个百分点).
            st.dist_items, st.dist_index, st.dist_clause = st.names[-left:], 0, r.cs
            r.name = st.dist_items[0]
    elif (
        st.dist_items
        and st.dist_clause == r.cs
        and (r.list_only or (not r.name and st.dist_index + 1 < len(st.dist_items)))
    ):
        # (分别增长a、b; 分别下降a、下降b、提高c; 分别实现a、年均增长b: each figure after a 分别
        # in its clause, with or without its own move word, takes the next name)
        st.dist_index += 1
        if st.dist_index < len(st.dist_items):
            r.name = st.dist_items[st.dist_index]
    elif (
        st.dist_items
        and st.dist_clause == r.cs
        and st.dist_index == len(st.dist_items) - 1
        and (not r.name or move_end_only(r.name))
    ):
        # 分别由a、b下降到c、d: a run of values reached shares out the names again.
        st.dist_index = 0
        r.name = st.dist_items[0]
    elif (
        st.dist_items
        and not r.name
        and left == len(st.dist_items)
        and st.dist_index == left - 1
        and after_each_clause(clause_before)
    ):
        # (A和B分别达到a、b，增长c、d: the clause right after shares them out again.)
        st.dist_index, st.dist_clause = 0, r.cs
        r.name = st.dist_items[0]


# A count printed right after another in a second counter, both counting the noun after
# them (全年764户2713人建档立卡贫困人口实现脱贫: households and people).
_TWIN_COUNT_RE = re.compile(r"\d+(?:\.\d+)?\s*万?(?:户|人次|人|名|个|家)(?=[\u4e00-\u9fff])")


_MOVE_AFTER_RE = re.compile(rf"\s*{CHANGE_VERB}")
_MONEY_MOVE_RE = re.compile(rf"\s*{MONEY_MOVE}了?\s*\d")


def _after_noun(view: str, r: Reading) -> None:
    """The noun after the value (新建12公里供水管网, 推动25个项目开工)."""
    k = r.v.after_end
    rest = view[k : r.ce]
    if rest[:1] in ")）" and _MOVE_AFTER_RE.match(rest, 1) or _MONEY_MOVE_RE.match(rest):
        # (比上年(134908吨)减少3.3%: a bracket's figure names nothing past the bracket; nor a
        # base's figure the change by an amount follows, 比上年同期144987万元增收1858万元)
        return
    if rest[:1] in "(（":
        close = re.match(r"[(（][^()（）]{0,40}[)）]", rest)
        if not close:
            return  # an aside running on past the clause: no noun to read after it
        k += close.end()
        rest = view[k : r.ce]
    twin = _TWIN_COUNT_RE.match(rest)
    if twin:  # (764户2713人建档立卡贫困人口: one count in households and in people)
        k += twin.end()
        rest = view[k : r.ce]
    am = _AFTER_NOUN_RE.match(rest)
    if rest.startswith(("人民币", "人民幣")):  # (100亿元人民币: the amount's currency, its own)
        r.consumed_extra = k + 3 - r.v.after_end
        return
    if cues().milestone_re.match(rest.lstrip('”" ')):
        return  # 突破200万大关: the mark passed, not what was counted
    if not am or rest.startswith(("的", "、", "和", " ", "”")):
        return
    nxt = re.search(r"\d+(?:\.\d+)?(?![\dA-Za-z.])", am.group())
    cand = am.group()[: nxt.start()] if nxt else am.group()  # up to the next figure
    if nxt and view[r.v.after_end - 1] in "%％" and len(cand) > 3 and rest[:1] not in ")）":
        return  # (增长5.5%固定资产投资增长15.2%, run on with no stop: the next figure's)
    stop = _AFTER_STOP_RE.search(cand)
    among = 0  # 高新企业中: the 中 goes with this noun, not with the next name
    if stop:
        among = 1 if stop.group() == "中" else 0
        cand = cand[: stop.start()]
    # (Before 为 goes as a particle: 调整为; over blanked junk: 下调(diào)到.)
    cue = cues().token_re.match(cand.replace(BLANK, ""))
    cand = TRAILING_JUNK.sub("", cand)
    cand = re.sub(r"[和及与、\s]+$", "", cand)
    if cue and (len(cue.group()) >= 2 or cue.group() in "至到为") or _PACE_MOVE_RE.fullmatch(cand):
        cand = ""  # 由 3 家增至 7家: a cue word; 较上年的13.9%明显回落: the pace moved; no noun
    if len(cand.replace(" ", "")) >= 2 and CJK.search(cand) or _level_all_did(view, k, am, cand):
        r.after_name = cand.replace(" ", "")
        r.quote_end = k + am.start() + len(cand)
        if among and cand == am.group()[: len(cand)]:
            r.consumed_extra = among


def _level_all_did(view: str, k: int, am: re.Match[str], cand: str) -> bool:
    """A one-character level of area that all did something (3个县全部脱贫摘帽): a noun."""
    levels = cues().by_role.get("area_level", ())
    return cand in levels and _ALL_DID_RE.match(view, k + am.start() + len(cand)) is not None


# The other values of a list before the 的 that names them all (12.1%、11.4%的GDP增速).
_LIST_VALUE_RE = re.compile(r"(?:[、和及与]\s*[\d.]+\s*(?:%|％|‰|个百分点)?(?:左右|以上|以内)?)*的")


def _scope_paced(reader: SentenceReader, r: Reading) -> bool:
    """Whether a % figure's name is only the area's scope (全市保持了年均6.8%的经济增长) or the
    tail of the figure before it (以年均2.3%的能源消费增长支撑了年均6.8%的经济增长): the noun
    after 的, if any, names it."""
    return r.v.unit == "%" and bool(SCOPE_ONLY_RE.fullmatch(r.name) or r.name.startswith("的"))


def _after_de_noun(view: str, r: Reading) -> str:
    """The noun after ``的`` that a value without a name of its own describes (纲要提出了8%的
    经济增速预期目标, 年均12.1%、11.4%的GDP增速); "" when it is only a generic word
    (13.1%的速度: whose speed?)."""
    m = _LIST_VALUE_RE.match(view, r.v.after_end)
    if not m or m.end() >= r.ce or HOLLOW_AIM_AFTER_RE.match(view, m.end()):
        return ""  # (9%的目标基本相当: 目标 says only that the value is an aim)
    am = _AFTER_NOUN_RE.match(view[m.end() : r.ce])
    if not am:
        return ""
    cand = am.group()
    stop = _AFTER_STOP_RE.search(cand) or _DE_NOUN_STOP_RE.search(cand)
    cand = clean_name(cand[: stop.start()] if stop else cand)
    if len(_HOLLOW_TAIL_RE.sub("", cand)) < 2 or cues().generic_re.match(cand):
        return ""
    return cand


# Where the noun after 的 ends: its predicate (的目标有所下调, 的速度保持平稳衔接).
_DE_NOUN_STOP_RE = words_re("de_noun_stop")
# Words after 的 that say what a figure is, not what it measures (控制目标, 规划目标要求,
# 速度); a name left with fewer than two characters without them is no name.
# (从7万亿元到11万亿元的跨越: the leap a change makes, no measure either.)
_HOLLOW_TAIL_RE = re.compile(
    r"(?:预期|规划|控制|年度|发展)?(?:目标|水平|速度|要求|预期|进度)+$|^(?:历史性)?(?:跨越|飞跃|跃升)$"
)


# Counters of a figure that opens its clause and counts the noun after it (14个省份未完成…).
_COUNTERS = frozenset({"个", "家", "项", "所", "座", "条", "名"})
# How counted things fared, for a count that opens its clause (未完成, 超额完成, 滞后).
# What a noun after a list of examples does, up to the clause's end (…等5项指标提前完成规划目标).
_PREDICATE_RE = re.compile(r"[\u4e00-\u9fff\ue000“”]{2,14}(?=[,，。;；\n]|$)")


def _examples_then_noun(view: str, r: Reading) -> None:
    """A figure after a list of examples ending in 等 (A、B等5项指标提前完成规划目标, …等74家
    企业落户园区), or opening its clause (14个省份未完成年初目标), counts the noun after it
    that did what the clause says: the noun and its predicate are its name."""
    examples = r.subject.rstrip().endswith("等")
    opens = not r.subject.strip(" ，,、:：") and r.v.unit in _COUNTERS  # 14个省份未完成…
    if r.after_name and r.v.unit in _COUNTERS and not examples and _all_did(view, r):
        return
    if not r.after_name or not (examples or opens):
        return
    pm = _PREDICATE_RE.match(view, r.quote_end, r.ce)
    if opens and not examples and not (pm and FARED_RE.search(pm.group())):
        return  # 70家工业企业实现“小升规”: the noun alone, unless it says how they fared
    r.name = ""
    if pm:
        r.after_name += pm.group().replace(BLANK, "")
        r.quote_end = pm.end()


# A count whose things all did one thing (全省21个地级以上市全部通高铁, 5364个建制村全部通
# 硬化路、通客车): the word saying "all", before the predicate that names what they did.
_ALL_DID_RE = re.compile(r"全部|全都|均已|均")
_ALL_PREDICATE_RE = re.compile(r"[\u4e00-\u9fff\ue000、]{2,14}(?=[,，。;；\n]|$)")


def _all_did(view: str, r: Reading) -> bool:
    """A count of things that all did what the clause says: named by the things and what
    they did (建制村通硬化路、通客车), not by the area before the count (全市)."""
    am = _ALL_DID_RE.match(view, r.quote_end, r.ce)
    pm = _ALL_PREDICATE_RE.match(view, am.end(), r.ce) if am else None
    if pm is None or FARED_RE.search(pm.group()):
        return False  # (均未完成: how counted things fared, read as such)
    r.name = ""
    r.after_name += pm.group().replace(BLANK, "")
    r.quote_end = pm.end()
    return True


def _zero_name(view: str, r: Reading) -> None:
    """零填埋: the outcome named after 零 belongs to the name."""
    v = r.v
    if not (v.fixed_measure is not None and v.value == 0 and v.unit == ""):
        return
    zm = re.match(r"[\u4e00-\u9fff]{1,4}", view[v.end : v.end + 4])
    if zm:
        r.name = clean_name(r.subject) + zm.group()
        if zm.group().startswith(tuple(cues().by_role.get("zero_people", ()))):
            r.zero_unit = "人"  # 零死亡, 零感染 count people
        closing = 1 if view[v.end + zm.end() : v.end + zm.end() + 1] == "”" else 0
        r.quote_end = v.end + zm.end() + closing


_PACE_WORD_RE = re.compile(r"增速|增幅")
# A 分别 with only the base the figures are multiples of (分别是五年前的6倍和2.7倍, 分别是2010年的):
# no name of its own, the figures named first share out over it.
_BASE_ONLY_RE = re.compile(
    r"分别(?:是|为|相当于)?(?:(?:19|20)\d{2}\s*年|[一二三四五六七八九十两\d]{1,2}\s*年前|上年|去年)?(?:同期)?的?"
)


def _special_name(view: str, r: Reading, st: SentenceState) -> None:
    """Names of ranks, ratio parts, shares of the previous figure and excess amounts."""
    v = r.v
    if v.unit == "位" and (v.fixed_measure is not None or not r.after_name):
        if st.dist_items and st.dist_clause == r.cs and r.name in st.dist_items:
            # (A、B、C分别增长a、b、c，增速分别排在全市第五、第四和第四: each one's rank.)
            paced = _PACE_WORD_RE.search(view, r.cs, v.start)
            r.name = r.name + (paced.group() if paced else "") + "排名"
            return
        # 第5位 and 居全国16位 alike: what is ranked, named before the rank words.
        r.name = ranked_in(rank_name(r.subject, st), r.subject) or r.name
    elif (
        v.part < 0
        and v.unit == "%"
        and (
            _SECTORS_RE.search(fold(r.name.replace(BLANK, "")))
            or (r.inherited and _SECTOR_SHARE_RE.fullmatch(r.name))
        )
    ):
        # 三次产业结构由上年的8.1%、40.2%和51.7%调整为…: the three sectors' shares, listed
        # in order as a ratio prints them (8.1:40.2:51.7).
        k = listed_share(view, v.start)
        if k >= 0:
            r.name = f"第{'一二三'[k]}产业比重"
    elif v.part >= 0:
        if v.part == 0 and r.name and not r.inherited:  # (三次产业协调发展，结构比由14:68:18)
            sectors = "产业" not in r.name and "三次产业" in view[max(0, v.start - 40) : v.start]
            st.ratio_name = ("三次产业" if sectors else "") + r.name
        base = st.ratio_name or r.name
        if v.parts == 3 and ("产业" in base or _SECTORS_RE.search(base)):  # (三产结构比 too)
            r.name = _sector_part(base, v.part)  # 三次产业比重 2.4:58.9:38.7
        else:
            r.name = base
    elif "相当于" in r.name:
        r.name = equivalent_name(r.name, st.prev_name if not r.inherited else "")
    elif SHARE_LEAD_RE.match(r.name) and st.prev_name and not r.inherited:
        # 约占全县税收的一半: the share of the figure named before.
        share = r.name[SHARE_LEAD_RE.match(r.name).end() - 1 :]  # type: ignore[union-attr]
        r.name = share_name(st.prev_name, r.name)
        r.share_of_prev = True
        r.of_plan = _OF_PLAN_RE.match(share) is not None  # (占计划的100%, 占年度预算的98%)
    r.excess = bool(r.name) and _EXCESS_RE.match(r.name) is not None and not r.inherited
    if r.excess:
        # 超上级下达任务0.6万亩: by how much the figure before beat its target.
        subj = _FLOW_LEAD_RE.sub("", sentence_subject(st) or st.prev_name)
        r.name = subj + r.name if subj and not r.name.startswith(subj) else r.name


def _project_named(view: str, r: Reading) -> None:
    """A project's size in a box of key projects (1.甲乙高速铁路：线路全长约48公里) is
    named with the project its line opens with."""
    if project_size(r.name):
        project = project_line(view, r.v.start)
        if project and not r.name.startswith(project):
            r.name = project + r.name
