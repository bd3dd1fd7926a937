# 绥化市 十四五 生态环境保护规划 中期评估 (sector plan, city) on a forum mirror. Structure after
# http://www.chuanbowang.net/thread-64618-1-1.html (专栏“十三五”生态环境保护主要指标 on a Discuz mirror: pipe-separated cells,
# anti-scrape junk strings after cells, '。' in place of the decimal point, 〔累计〕 column, 属性 column).
META = {"jurisdiction": "绥化市", "genre": "plan_midterm_evaluation", "published": "2023-09-14", "area_code": "231200",
        "passages": {"p1": "evaluation prose", "p2": "pipe table with junk (header through last row)"}}
TEXT = """绥化市“十四五”生态环境保护规划实施中期评估报告(公开版)  [复制链接]
楼主 | 发表于 2023-9-14 10:37:52 | 只看该作者
⟪p1⟫⟦@a L y2022 p-⟧一、规划实施总体情况
　　《绥化市“十四五”生态环境保护规划》实施以来，全市生态环境质量持续改善。规划确定的18项主要指标中，⟦7项§已提前完成的指标§c0⟧已提前完成，⟦9项§符合预期进度的指标§c0⟧符合预期进度，⟦2项§滞后的指标§c0⟧滞后。
　　空气质量。2022年全市细颗粒物（PM2.5）平均浓度为⟦27微克/立方米§细颗粒物（PM2.5）平均浓度⟧，比2020年下降⟦15.6%§细颗粒物（PM2.5）平均浓度§G p2021⟧，好于全省平均水平（⟦28微克/立方米§细颗粒物（PM2.5）平均浓度§j=黑龙江省§<全市细颗粒物（PM2.5）平均浓度⟧）；空气质量优良天数比率⟦94.2%§空气质量优良天数比率⟧，高于规划目标⟦1.7个百分点§空气质量优良天数比率高于规划目标§C⟧。秸秆露天焚烧仍是春秋季污染的主要成因，今年1—8月优良天数比率为⟦91.6%§空气质量优良天数比率§y2023⟧，同比下降⟦0.8个百分点§空气质量优良天数比率§C y2023⟧。
　　水环境质量。国控断面水质优良（达到或好于Ⅲ类）比例为⟦66.7%§国控断面水质优良比例⟧，较2020年提高⟦16.7个百分点§国控断面水质优良比例§C p2021⟧，提前达到规划目标；劣Ⅴ类水体比例降为⟦0§劣Ⅴ类水体比例§u%⟧。县级及以上城市集中式饮用水水源水质达标率保持⟦100%§集中式饮用水水源水质达标率⟧。
　　减排任务。两年累计完成化学需氧量重点工程减排量⟦1.36万吨§化学需氧量重点工程减排量§p2021⟧、氨氮⟦0.09万吨§氨氮重点工程减排量§p2021⟧，分别完成“十四五”任务的⟦45.3%§化学需氧量重点工程减排量完成进度§§<化学需氧量重点工程减排量⟧和⟦39.1%§氨氮重点工程减排量完成进度§§<氨氮⟧，氨氮减排进度滞后。⟪/p1⟫
⟪p2⟫专栏1 “十四五”生态环境保护主要指标进展- ?7 D( R- u' J7 p
|
指标- k7 u) h% z8 i: s) d* b
| 2020年
1 x: M& J3 k) k2 y4 ]9 e | 2025年
0 m" w- ]# |2 b% X& o: ~ | 2022年
6 ]& c; @, H9 k4 M | 属性- S ^- a" d( r B
|
细颗粒物（PM2.5）浓度（微克/立方米）$ `! k6 u2 K6 V7 @9 O
| ⟦32§细颗粒物（PM2.5）浓度§y2020 uug/m3 bb§<细颗粒物（PM2.5）浓度⟧' t. {( b; u0 S5 ?: ^
| ⟦30§细颗粒物（PM2.5）浓度§t y2025 uug/m3 bb§<细颗粒物（PM2.5）浓度⟧
; N1 D! B6 z' R, u9 Y" b | ⟦27§细颗粒物（PM2.5）浓度§uug/m3 bb§<细颗粒物（PM2.5）浓度⟧* _+ _! z* l8 W M+ G' ~'
| 约束性
/ W& q3 p8 U9 b$ _ |
空气质量优良天数比率（%）
* L' I0 p0 F- [# h( I | ⟦90。5§空气质量优良天数比率§y2020 u% v90.5 bb§<空气质量优良天数比率§'。' printed in place of the decimal point⟧
3 |8 R9 ?. |( n, X7 N- d7 l4 l | ⟦92。5§空气质量优良天数比率§t y2025 u% v92.5 bb§<空气质量优良天数比率§'。' printed in place of the decimal point⟧' h. L J% r8 `
| ⟦94。2§空气质量优良天数比率§u% v94.2 bb§<空气质量优良天数比率§'。' printed in place of the decimal point⟧
5 P8 T1 S( b/ _. `9 Z, D2 s | 约束性7 H4 v; [; ]0 M5 p
|
地表水达到或好于Ⅲ类水体比例（%）
/ O0 y; Y0 {& ? | ⟦50§地表水达到或好于Ⅲ类水体比例§y2020 u% bb§<地表水达到或好于Ⅲ类水体比例⟧! h. R. e9 D9 P9 c
| ⟦66。7§地表水达到或好于Ⅲ类水体比例§t y2025 u% v66.7 bb§<地表水达到或好于Ⅲ类水体比例§'。' printed in place of the decimal point⟧
! s$ D9 v( x0 e0 k( w7 F6 P9 x5 @+ n | ⟦66。7§地表水达到或好于Ⅲ类水体比例§u% v66.7 bb§<地表水达到或好于Ⅲ类水体比例§'。' printed in place of the decimal point⟧; ?5 i H( |+ x" d* B6 [
| 约束性
$ G1 ~7 p& m# Z- h# ^# L; B( ] |
森林覆盖率（%）
" ?1 t$ y5 y& L; _) t5 b. A | ⟦17。9§森林覆盖率§y2020 u% v17.9 be§<森林覆盖率§'。' printed in place of the decimal point⟧
| ⟦18。5§森林覆盖率§t y2025 u% v18.5 be§<森林覆盖率§'。' printed in place of the decimal point⟧
. n6 s7 I% H' o8 X$ P' }' b | ⟦18。2§森林覆盖率§u% v18.2 be§<森林覆盖率§'。' printed in place of the decimal point⟧
: b/ ~" m3 @3 u1 Z | 预期性
|
化学需氧量重点工程减排量（万吨）
2 ?' Q6 Z5 x1 ] Y& I1 v2 X | -
| ⟦〔3。0〕§化学需氧量重点工程减排量§t C y2025 p2021 u万吨 v3.0 bb§<化学需氧量重点工程减排量§cumulative bracket; '。' printed in place of the decimal point⟧
. v3 o+ {3 k& b/ O1 X1 ?; u | ⟦〔1。36〕§化学需氧量重点工程减排量§C p2021 u万吨 v1.36 bb§<化学需氧量重点工程减排量§cumulative bracket; '。' printed in place of the decimal point⟧
| 约束性⟪/p2⟫
, x# Y/ d( T2 c% E. C
回复

使用道具 举报
"""
