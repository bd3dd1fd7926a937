META = dict(genre="plan_midterm_evaluation", published="2023-12-22", area_code="511900", jurisdiction="巴中市",
            what={"p1": "headline (mirror in traditional script with pinyin junk after some characters)", "p2": "lead summary paragraph naming the lagging indicators; the byline/timestamp lines before it are excluded", "p3": "story body from 【巴中新闻网】 to the end of the report summary; 责任编辑 line, copyright notice and 推荐阅读 excluded"})
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from conv import pinyin_mirror
RAW = r"""
巴中新闻网
巴中日报
⟪p1⟫巴中“十四五”规划实施进度过半 ⟦19项¦基本符合或快于预期的主要指标¦k=a y=2022 core=0¦headline status count; data through 2022 (evaluation reported Dec 2023)⟧指标符合或快于预期⟦5项¦滞后的主要指标¦k=a y=2022 core=0⟧滞后⟪/p1⟫

文|巴中日报全媒体记者 苟晓燕
2023年12月22日 17:35

⟪p2⟫滞后的⟦5项¦滞后的主要指标¦k=a y=2022 core=0¦lead summary repeating the count⟧指标分别是规模以上工业增加值增长、全社会固定资产投资增长、实际利用外资、单位地区生产总值能源消耗降低和每千人口拥有3岁以下婴幼儿托位数⟪/p2⟫

⟪p3⟫　　【巴中新闻网】12月21日，市五届人大常委会第十五次会议听取了市政府关于《巴中市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（下称《纲要》）实施中期评估情况的报告。
⟨k=a y=2022 ps=- m=l core=1⟩
　　报告显示，《纲要》确定的24项主要指标中，⟦19项¦基本符合或快于预期的主要指标¦core=0⟧基本符合或快于预期，其中常住人口城镇化率、森林覆盖率、基本养老保险参保率等⟦4项¦提前实现的主要指标¦core=0⟧指标已提前实现；规模以上工业增加值增长等⟦5项¦滞后的主要指标¦core=0⟧指标进展滞后。

　　报告称，2022年全市地区生产总值达到⟦812.6亿元¦地区生产总值⟧，“十四五”前两年年均增长⟦5.4%¦地区生产总值¦m=g ps=2021⟧，比《纲要》确定的⟦7.5%¦地区生产总值年均增长¦k=t m=g y=2025 ps=2021⟧低⟦2.1个百分点¦地区生产总值年均增速低于规划目标¦m=c ps=2021⟧；今年前三季度，全市地区生产总值同比增长⟦6.7%¦地区生产总值¦m=g y=2023¦first three quarters of 2023⟧，增速居全省第⟦5¦地区生产总值增速全省位次¦y=2023 u=位 core=0¦rank, first three quarters of 2023⟧位。常住人口城镇化率达到⟦48.3%¦常住人口城镇化率⟧，提前实现⟦48%¦常住人口城镇化率¦k=t y=2025⟧的目标。城乡居民人均可支配收入分别达到⟦39587元¦城镇居民人均可支配收入⟧、⟦17826元¦农村居民人均可支配收入⟧，年均分别增长⟦5.6%¦城镇居民人均可支配收入¦m=g ps=2021⟧、⟦7.8%¦农村居民人均可支配收入¦m=g ps=2021⟧。

　　“固定资产投资和工业是当前最突出的短板。”报告坦言，2022年全市固定资产投资下降⟦6.2%¦固定资产投资¦m=g⟧，规模以上工业增加值两年平均增长⟦3.9%¦规模以上工业增加值¦m=g ps=2021⟧，均明显低于规划预期；单位地区生产总值能耗两年累计仅下降⟦2.3%¦单位地区生产总值能耗¦m=g ps=2021⟧，距五年下降⟦13.5%¦单位地区生产总值能耗¦k=t m=g y=2025 ps=2021⟧的目标差距较大。

　　生态方面，全市森林覆盖率达到⟦64.6%¦森林覆盖率⟧，空气质量优良天数率⟦96.7%¦空气质量优良天数率⟧，国、省考断面水质优良率连续两年保持⟦100%¦国省考断面水质优良率¦¦连续两年 is a streak, not a fact⟧。民生方面，两年累计新增城镇就业⟦3.86万¦新增城镇就业¦ps=2021 u=万人¦value_text stops at the pinyin junk (萬(wàn)人); unit normalised⟧(wàn)人，巩固脱贫攻坚成果，全市未发生规模性返贫。

　　会议要求，市政府要对标对表滞后指标，拿出更加管用的举措，确保《纲要》目标任务如期完成。⟪/p3⟫

责任编辑：李欣 | 版面编辑：张蓉

巴中日报社所刊载内容之知识产权为巴中日报社所有。未经许可，禁止转载、摘编、复制及建立镜像等任何使用。

推荐阅读
"""
TEXT = pinyin_mirror(RAW)
