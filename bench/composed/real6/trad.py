#!/usr/bin/env python3
"""Make a traditional-script mirror source (src/NAME.src) from a simplified one (src/NAME.in):
characters are mapped to traditional forms and, as on the mirror page followed, some characters get
their pinyin inserted after them (地區(qū)). Inside fact markup the value_text is converted too; if
pinyin lands inside it, the value_text stops before the junk and the unit is fixed with u=."""
import re, sys
S = "万业个为乡产亩亿会体农冲击别务区医压参发坚头实对导开总户报数来构栏桦济浏渔猪现疗础种积稳筑筹粮经结统综网规览计记设调贸费资运进链镇长险页项额黄吨国内"
T = "萬業個為鄉產畝億會體農衝擊別務區醫壓參發堅頭實對導開總戶報數來構欄樺濟瀏漁豬現療礎種積穩築籌糧經結統綜網規覽計記設調貿費資運進鏈鎮長險頁項額黃噸國內"
assert len(S) == len(T)
M = str.maketrans(S, T)
PY = {"區": "qū", "產": "chǎn", "長": "zhǎng", "業": "yè", "農": "nóng", "濟": "jì", "實": "shí", "計": "jì",
      "統": "tǒng", "構": "gòu", "調": "diào", "開": "kāi", "現": "xiàn", "發": "fā", "資": "zī", "務": "wù",
      "設": "shè", "運": "yùn", "險": "xiǎn", "導": "dǎo", "礎": "chǔ", "積": "jī", "費": "fèi", "貿": "mào",
      "鎮": "zhèn"}
def conv(s, pinyin=True):
    t = s.translate(M)
    if pinyin:
        t = re.sub("[" + "".join(PY) + "]", lambda m: m.group() + "(" + PY[m.group()] + ")", t)
        t = re.sub("萬(?=[畝人])", "萬(wàn)", t)
    return t
name = sys.argv[1]
out = []
for ln in open(f"src/{name}.in", encoding="utf-8").read().split("\n"):
    if ln.startswith("@@"): out.append(ln); continue
    parts = re.split(r"(«[^»]*»|⟦[^⟧]*⟧)", ln)
    res = ""
    for p in parts:
        if p.startswith("⟦"): res += p; continue
        if not p.startswith("«"): res += conv(p); continue
        f = p[1:-1].split("|")
        vt = conv(f[0]); ind = conv(f[1], pinyin=False)
        toks = f[2] if len(f) > 2 else ""
        tail = ""
        m = re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", vt)
        if m:
            tail = vt[m.start():]; vt = vt[:m.start()]
            if "u=" not in toks:
                unit = re.sub(r"[\d.%]+", "", f[0], count=1)
                for w in ("左右", "以上", "以内", "以下"): unit = unit.replace(w, "")
                toks = (toks + " u=" + unit).strip()
            note = "junk pinyin inside the figure: value_text stops at the junk, unit normalised"
            f = [vt, ind, toks] + ([f[3] + "; " + note] if len(f) > 3 else [note])
        else:
            f = [vt, ind] + f[2:]
        res += "«" + "|".join(f) + "»" + tail
    out.append(res)
open(f"src/{name}.src", "w", encoding="utf-8").write("\n".join(out))
