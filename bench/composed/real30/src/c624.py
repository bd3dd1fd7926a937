META = dict(genre="work_report_news", published="2026-01-16", area_code="430922", jurisdiction="桃江县",
            what={"p1": "county TV-station story on the 桃江县 2026 government work report with interviews of deputies and CPPCC members quoting figures; title, author/timestamp line, the list of interviewed names and the 编辑/审核 lines are excluded; town and company figures keep the county as jurisdiction"})
TEXT = r"""
《两会直通车》代表委员热议政府工作报告：数字里看桃江底气

桃江县融媒体中心 刘芳 胡洋 2026-01-16 19:42:07

⟪p1⟫1月16日上午，桃江县第十八届人民代表大会第六次会议开幕，县长代表县人民政府作政府工作报告。⟨k=a y=2025 ps=- m=l core=1⟩报告显示，2025年全县地区生产总值预计达到⟦412.8亿元¦地区生产总值¦¦预计 + 2025 -> actual⟧，增长⟦5.6%¦地区生产总值¦m=g⟧；“十四五”时期，全县地区生产总值年均增长⟦6%¦地区生产总值¦m=g ps=2021⟧，竹产业综合产值由⟦186亿元¦竹产业综合产值¦y=2020 core=0⟧提高到⟦302亿元¦竹产业综合产值¦core=0⟧。⟨k=t y=2026 m=g⟩今年全县主要预期目标是：地区生产总值增长⟦6%左右¦地区生产总值⟧，规模工业增加值增长⟦8%¦规模工业增加值⟧，固定资产投资增长⟦5%¦固定资产投资⟧，社会消费品零售总额增长⟦6%¦社会消费品零售总额⟧。会后，记者第一时间采访了部分县人大代表和政协委员。

县人大代表、桃花江镇党委书记表示：“报告提到竹产业，我们镇感受最深。⟨k=a y=2025 m=l core=0⟩去年我们镇竹木加工企业达到⟦58家¦竹木加工企业¦¦a town inside the county keeps the county as jurisdiction⟧，其中规模企业⟦14家¦竹木加工规模企业⟧，带动⟦3200多人¦竹木加工企业带动就业¦u=人 c=ge¦多 -> ge⟧就业。⟨k=t y=2026⟩今年我们力争再引进竹加工项目⟦5个¦引进竹加工项目⟧，竹产业产值突破⟦40亿元¦竹产业产值¦c=ge⟧。”

县政协委员、一家茶企负责人说：“⟨k=a y=2025 core=0⟩去年全县黑茶产量突破⟦1.2万吨¦黑茶产量¦c=ge⟧，综合产值⟦36.5亿元¦黑茶综合产值⟧。报告提出，⟨k=t y=2026⟩今年新增茶园⟦5000亩¦新增茶园⟧，茶产业综合产值增长⟦10%以上¦茶产业综合产值¦m=g⟧，这让我们企业更有信心。”

县人大代表、县人民医院医生关注民生：“⟨k=a y=2025 core=0⟩报告里说，过去五年全县新增医疗卫生床位⟦620张¦新增医疗卫生床位¦ps=2021⟧，每千人口执业（助理）医师数达到⟦3.1人¦每千人口执业（助理）医师数¦u=人⟧。⟨k=t y=2026 core=0⟩今年还要完成⟦12个¦村卫生室标准化建设¦¦12个村卫生室标准化建设: the count of clinics to be upgraded⟧村卫生室标准化建设、新增养老床位⟦200张¦新增养老床位⟧，老百姓看病养老会越来越方便。”

县政协委员、返乡创业青年表示：“⟨k=a y=2025⟩去年全县农村居民人均可支配收入达到⟦24680元¦农村居民人均可支配收入¦core=1⟧，增长⟦6.8%¦农村居民人均可支配收入¦m=g core=1⟧。⟨k=t y=2026⟩今年目标是城乡居民收入增长与经济增长同步，我希望在电商带动农户增收上多出一份力，⟦100户¦带动农户增收¦u=户 core=0¦personal aim of the interviewed member, about the county; kept as a target⟧是我今年的小目标。”⟪/p1⟫

编辑：曹敏　审核：周建
"""
