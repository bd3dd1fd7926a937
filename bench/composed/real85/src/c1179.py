META = dict(genre="work_report_news", published="2015-02-11", area_code="530381", jurisdiction="宣威市",
            what={"p1": "headline and story to the crawler's cut; news-site header, breadcrumb, 时间/来源 line and 分享到 row excluded"})
TEXT = r"""
曲靖新闻网 | 首页 | 时政 | 县市区 | 民生 | 专题 | 图片
曲靖新闻网 > 县市区 > 宣威
时间：2015-02-11 07:48:06   来源：曲靖日报   分享到：  【字号：大 中 小】  【纠错】  【关闭窗口】
⟪p1⟫宣威市政府工作报告：今年GDP预期增长⟦１０％¦地区生产总值¦k=t m=g y=2015¦full-width digits⟧
⟨k=a y=2014 ps=- m=l core=1⟩
本报讯（通讯员 李云华）2月9日，宣威市第八届人民代表大会第五次会议开幕。市长在政府工作报告中说，2014年，全市完成地区生产总值⟦２ 0 6.8亿元¦地区生产总值¦¦full-width digits and stray space inside the figure; value read as 206.8⟧，增长⟦9. 1%¦地区生产总值¦m=g¦stray space after the decimal point; value 9.1⟧；规模以上工业增加值⟦７８.５亿元¦规模以上工业增加值¦¦full-width digits; value 78.5⟧，增长⟦８.６％¦规模以上工业增加值¦m=g¦full-width digits; value 8.6⟧；全社会固定资产投资⟦1 65.3亿元¦全社会固定资产投资¦¦stray space inside the figure; value 165.3⟧，增长⟦2 2.4%¦全社会固定资产投资¦m=g¦stray space inside the figure; value 22.4⟧；社会消费品零售总额⟦5 2.7亿元¦社会消费品零售总额¦¦stray space inside the figure; value 52.7⟧，增长⟦1３.２%¦社会消费品零售总额¦m=g¦mixed half/full-width digits; value 13.2⟧；地方公共财政预算收入⟦１１.０４亿元¦地方公共财政预算收入¦¦full-width digits; value 11.04⟧，增长⟦1 0.7%¦地方公共财政预算收入¦m=g¦stray space; value 10.7⟧；城镇居民人均可支配收入⟦2 4 163元¦城镇居民人均可支配收入¦¦stray spaces; value 24163⟧，农村常住居民人均可支配收入⟦７ 9 ８ ２元¦农村常住居民人均可支配收入¦¦full-width digits with stray spaces; value 7982⟧，分别增长⟦９．２％¦城镇居民人均可支配收入¦m=g¦full-width digits and point; value 9.2⟧和⟦1 2.6%¦农村常住居民人均可支配收入¦m=g¦stray space; value 12.6⟧。
报告提出，⟨k=t y=2015⟩2015年全市经济社会发展主要预期目标为：地区生产总值增长⟦１０％¦地区生产总值¦m=g¦full-width digits⟧，规模以上工业增加值增长⟦1 1%¦规模以上工业增加值¦m=g¦stray space; value 11⟧，全社会固定资产投资增长⟦2 0%¦全社会固定资产投资¦m=g¦stray space; value 20⟧，社会消费品零售总额增长⟦１３％¦社会消费品零售总额¦m=g¦full-width digits⟧，地方公共财政预算收入增长⟦1 0%¦地方公共财政预算收入¦m=g¦stray space; value 10⟧，城乡居民收入分别增长⟦１０％¦城镇居民人均可支配收入¦m=g¦full-width digits⟧和⟦1 3%¦农村常住居民人均可支配收入¦m=g¦stray space; value 13⟧，城镇登记失业率控制在⟦４．２％以内¦城镇登记失业率¦¦full-width digits; value 4.2⟧，人口自然增长率控制在⟦6.８‰以内¦人口自然增长率¦¦mixed width; value 6.8⟧。
报告同时提出，今年将实施重点项目⟦１ 2 6个¦实施重点项目¦core=0¦full-width digits with stray spaces; value 126⟧，完成投资⟦8 5亿元以上¦重点项目完成投资¦core=0¦stray space inside the figure; value 85⟧，新建农村公路⟦３５０公里¦新建农村公路¦core=0¦full-width digits; value 350⟧，新增城镇就业⟦4 8 00人¦新增城镇就业¦¦stray spaces; value 4800⟧，力争城镇化率达到⟦3８%¦城镇化率¦¦mixed width digits; value 38⟧。市长表示，将全力推进宣威火腿产业园建设，今年火腿产业产值力争突破2⟪/p1⟫
"""
