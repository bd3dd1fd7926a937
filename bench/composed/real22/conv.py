"""Tiny simplified->traditional converter for building mirror-style documents (c527).
Only characters in the map are converted; mirrors on the web are often mixed anyway.
Inside ⟦value¦indicator¦flags¦notes⟧ only value and indicator are converted."""
import re
PAIRS = ("规規 划劃 实實 进進 过過 项項 标標 预預 滞滯 后後 闻聞 报報 记記 晓曉 业業 长長 产產 总總 资資 际際 单單 区區 "
         "耗耗 岁歲 婴嬰 儿兒 数數 会會 议議 听聽 关關 国國 经經 济濟 发發 个個 远遠 纲綱 评評 况況 显顯 确確 镇鎮 盖蓋 "
         "养養 险險 参參 现現 称稱 达達 两兩 乡鄉 别別 当當 坚堅 态態 优優 断斷 质質 连連 续續 巩鞏 脱脫 贫貧 对對 "
         "举舉 责責 编編 辑輯 载載 识識 权權 许許 转轉 复複 制製 镜鏡 荐薦 阅閱 读讀 届屆 务務 员員 环環 动動 电電 "
         "网網 题題 东東 体體 间間 计計 统統 时時 这這 为為 将將 与與 门門 问問 应應 该該 说說 还還 内內 农農 户戶 "
         "万萬 亿億 点點 仅僅 较較 拥擁 于於 庄莊 欢歡 迎迎 页頁 页頁 频頻 视視 图圖 闻聞 苟苟 刊刊 华華 员員 络絡 "
         "虽雖 并並 从從 务務 积積 极極 设設 办辦 导導 执執 织織 组組 审審 针針 见見 议議 节節 约約 亚亞 兴興 众眾 "
         "缓緩 级級 础礎 创創 强強 义義 务務 诚誠 赛賽 话話 线線 级級 宽寬 带帶 广廣 开開 难難 压壓 质質 汇匯 风風 "
         "买買 卖賣 场場 费費 职職 阶階 获獲 级級 协協 调調 讯訊 处處 备備 录錄 号號 业業 营營 医醫 疗療 卫衛 饮飲 "
         "纳納 变變 际際 边邊 绿綠 树樹 稳穩 层層 岗崗 报報 馈饋 楼樓 库庫 术術 础礎 厂廠 蓝藍 韩韓 陈陳 树樹 杨楊 气氣")
M = {}
for p in PAIRS.split():
    if len(p) == 2: M[p[0]] = p[1]
def t(s):
    return "".join(M.get(c, c) for c in s)
FACT = re.compile(r"⟦([^⟧]*)⟧")
def convert(src):
    out = []; pos = 0
    for m in FACT.finditer(src):
        out.append(t(src[pos:m.start()]))
        parts = m.group(1).split("¦")
        parts[0] = t(parts[0])
        if len(parts) > 1: parts[1] = t(parts[1])
        out.append("⟦" + "¦".join(parts) + "⟧"); pos = m.end()
    out.append(t(src[pos:]))
    return "".join(out)
def junk(s, words):
    """Insert pinyin junk after the given words (first occurrences as listed: (word, junk, count))."""
    for w, j, n in words:
        s = s.replace(w, w + j, n)
    return s

PY = {"發": "(fā)", "關": "(guān)", "經": "(jīng)", "濟": "(jì)", "進": "(jìn)", "達": "(dá)", "項": "(xiàng)", "標": "(biāo)",
      "業": "(yè)", "農": "(nóng)", "產": "(chǎn)", "實": "(shí)", "規": "(guī)", "報": "(bào)", "鎮": "(zhèn)", "續": "(xù)",
      "滯": "(zhì)", "評": "(píng)", "質": "(zhì)", "積": "(jī)", "極": "(jí)", "舉": "(jǔ)", "東": "(dōng)"}
def pinyin_mirror(src):
    """convert(), then pinyin junk after PY characters outside fact markup; a fact whose value_text ends
    with such a character gets the junk right after the markup (value_text stops before the junk)."""
    s = convert(src)
    out = []; pos = 0
    for m in FACT.finditer(s):
        out.append("".join(c + PY.get(c, "") for c in s[pos:m.start()]))
        vt = m.group(1).split("¦")[0]
        out.append(m.group(0) + (PY.get(vt[-1], "") if vt else "")); pos = m.end()
    out.append("".join(c + PY.get(c, "") for c in s[pos:]))
    return "".join(out)
