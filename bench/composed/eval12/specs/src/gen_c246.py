#!/usr/bin/env python3
"""Render specs/src/c246.src into docs/c246.txt as PDF-extracted text: hard wraps at
34 characters (never inside a number with its unit), page marks every 26 lines."""
import re, pathlib
HERE = pathlib.Path(__file__).parent
src = (HERE/'c246.src').read_text(encoding='utf-8')
TABLE = """表1　2018年主要指标计划执行情况及2019年主要预期目标
指标名称                 单位    2018年      2018年      2019年
                                 计划        执行        计划
地区生产总值增长         %       6.5左右     5.5         6左右
规模以上工业增加值增长   %       6           4.6         5
固定资产投资增长         %       9           8.3         8
社会消费品零售总额增长   %       7.5         6.9         7
外贸进出口总额增长       %       8           12.4        10
一般公共预算收入增长     %       5           6.2         5
城镇新增就业             万人    3.3         3.46        3.3
城镇登记失业率           %       4.5以内     3.4         4.5以内
居民消费价格涨幅         %       3左右       2.1         3左右"""
PROT = re.compile(r'[\[\d][\d.:\]]*(?:万亿|亿|万|千)?(?:美元|元|人次|人|个百分点|个|户|家|吨|千瓦时|千瓦|公里|亩|斤|所|项|微克/立方米|%)?(?:以上|左右|以内)?|“[^”]{1,6}”|（PM2\.5）|PM2\.5')
W = 34
lines = []
for raw in src.split('\n'):
    if raw.startswith('@@'):
        lines.append(raw[2:]); continue
    if raw == '##TABLE':
        lines.extend(TABLE.split('\n')); continue
    if not raw:
        continue
    text = '　　' + raw
    prot = set()
    for m in PROT.finditer(text):
        prot.update(range(m.start()+1, m.end()))   # no break before these positions
    i = 0
    while i < len(text):
        j = min(i + W, len(text))
        while j < len(text) and j in prot and j > i + 10:
            j -= 1
        # avoid starting a line with closing punctuation
        while j < len(text) and text[j] in '，。；、：）”％' and j > i + 10:
            j -= 1
        lines.append(text[i:j]); i = j
out, page = [], 1
for k, ln in enumerate(lines, 1):
    out.append(ln)
    if k % 26 == 0:
        page += 1
        out.append(''); out.append(f'— {page - 1} —'); out.append('')
out.append(''); out.append(f'— {page} —')
(HERE.parent.parent/'docs'/'c246.txt').write_text('\n'.join(out) + '\n', encoding='utf-8')
