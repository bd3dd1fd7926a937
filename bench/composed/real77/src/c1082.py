META = dict(genre="communique", published="2020-04-10", area_code="140430", jurisdiction="沁县",
            what={"p1": "communique from its title to the crawler's cut in section 二 (stray spaces inside figures, full-width digits); site header and 发布时间 line excluded"})
TEXT = r"""
沁县人民政府门户网站
首页 > 政务公开 > 统计公报
发布时间：2020-04-10 08:55  来源：沁县统计局  阅读次数：
⟪p1⟫沁县2019年国民经济和社会发展统计公报
沁县统计局
一、综合
⟨k=a y=2019 ps=- m=l core=1⟩经长治市统计局统一核算，2019年全县实现地区生产总值⟦46. 83亿元¦地区生产总值¦¦stray space inside the printed figure; value read without it⟧，按可比价格计算，比上年增长⟦７.１％¦地区生产总值¦m=g⟧。其中，第一产业增加值⟦８.６５亿元¦第一产业增加值⟧，增长⟦3. 2%¦第一产业增加值¦m=g¦stray space inside the printed figure; value read without it⟧；第二产业增加值⟦1 5.42亿元¦第二产业增加值¦¦stray space inside the printed figure; value read without it⟧，增长⟦８.９％¦第二产业增加值¦m=g⟧；第三产业增加值⟦22.7 6亿元¦第三产业增加值¦¦stray space inside the printed figure; value read without it⟧，增长⟦7.4%¦第三产业增加值¦m=g⟧。三次产业结构为⟦１８.５¦第一产业比重¦u=%⟧:⟦32. 9¦第二产业比重¦u=%¦stray space inside the printed figure; value read without it⟧:⟦４８.６¦第三产业比重¦u=%⟧。人均地区生产总值⟦31 426元¦人均地区生产总值¦¦stray space inside the printed figure; value read without it⟧，增长⟦６.７％¦人均地区生产总值¦m=g⟧。
全年一般公共预算收入⟦２.９６亿元¦一般公共预算收入⟧，增长⟦1 2.3%¦一般公共预算收入¦m=g¦stray space inside the printed figure; value read without it⟧，完成年度预算的⟦１０５.２％¦一般公共预算收入完成年度预算比例¦core=0⟧。全社会固定资产投资比上年增长⟦１１. 6％¦全社会固定资产投资¦m=g¦stray space inside the printed figure; value read without it⟧，高于年度目标⟦1.6个百分点¦全社会固定资产投资增速高于年度目标¦m=c core=0⟧。社会消费品零售总额⟦18. 52亿元¦社会消费品零售总额¦¦stray space inside the printed figure; value read without it⟧，增长⟦７.８％¦社会消费品零售总额¦m=g⟧。城镇居民人均可支配收入⟦29 875元¦城镇居民人均可支配收入¦¦stray space inside the printed figure; value read without it⟧，增长⟦6. 9%¦城镇居民人均可支配收入¦m=g¦stray space inside the printed figure; value read without it⟧；农村居民人均可支配收入⟦11 203元¦农村居民人均可支配收入¦¦stray space inside the printed figure; value read without it⟧，增长⟦９.６％¦农村居民人均可支配收入¦m=g⟧。
二、农业
全年粮食播种面积⟦35. 2万亩¦粮食播种面积¦core=0¦stray space inside the printed figure; value read without it⟧，粮食总产量⟦1 2.46万吨¦粮食总产量¦core=0¦stray space inside the printed figure; value read without it⟧，比上年增长⟦４.３％¦粮食总产量¦m=g core=0⟧。全年农林牧渔业总产值⟦15. 27亿元¦农林牧渔业总产值¦core=0¦stray space inside the printed figure; value read without it⟧，增长⟦3.6%¦农林牧渔业总产值¦m=g core=0⟧。年末生猪存栏⟦１０.８万头¦年末生猪存栏¦u=万头 core=0⟧，增长⟦2 1.5%¦年末生猪存栏¦m=g core=0¦stray space inside the printed figure; value read without it⟧；全年出栏生猪⟦1 3.6万头¦出栏生猪¦u=万头 core=0¦stray space inside the printed figure; value read without it⟧，增长⟦１８.２％¦出栏生猪¦m=g core=0⟧。
三、工业
全年规模以上工业增加值比上年增长８⟪/p1⟫"""
