META = dict(genre="communique", published="2025-04-15", area_code="620421", jurisdiction="靖远县",
            what={"p1": "document title and section 一、综合 of the shared copy, up to the first chunk marker",
                  "p2": "sections 二 and 三 between the first and second chunk markers", "p3": "section 四 after the second chunk marker; sharing-site chrome, page markers and download prompts excluded"})
TEXT = r"""
文档分享平台　首页 > 行业资料 > 统计公报
靖远县2024年国民经济和社会发展统计公报.docx　　页数：6　　上传时间：2025-04-15　　浏览：312　　下载：17
⟪p1⟫靖远县２０２４年国民经济和社会发展统计公报
靖远县统计局
⟨y=2024⟩一、综合
初步核算，全年全县实现地区生产总值⟦１６８．３２亿元¦地区生产总值¦¦full-width digits as printed; value parsed from them⟧，按不变价格计算，比上年增长⟦６．０％¦地区生产总值¦m=g¦full-width digits and full-width point as printed; value read across the point⟧。其中，第一产业增加值⟦４２．１５亿元¦第一产业增加值¦¦full-width digits and full-width point as printed; value read across the point⟧，增长⟦５．７％¦第一产业增加值¦m=g¦full-width digits and full-width point as printed; value read across the point⟧；第二产业增加值⟦５１．０６亿元¦第二产业增加值¦¦full-width digits and full-width point as printed; value read across the point⟧，增长⟦７．３％¦第二产业增加值¦m=g¦full-width digits and full-width point as printed; value read across the point⟧；第三产业增加值⟦７５．１１亿元¦第三产业增加值¦¦full-width digits and full-width point as printed; value read across the point⟧，增长⟦５．２％¦第三产业增加值¦m=g¦full-width digits and full-width point as printed; value read across the point⟧。人均地区生产总值⟦４２０８０元¦人均地区生产总值⟧，增长⟦６．６％¦人均地区生产总值¦m=g¦full-width digits and full-width point as printed; value read across the point⟧。年末常住人口⟦３９．８６万人¦年末常住人口¦¦full-width digits and full-width point as printed; value read across the point⟧，城镇化率⟦３７．２４％¦常住人口城镇化率¦¦full-width digits and full-width point as printed; value read across the point⟧，比上年末提高⟦０．９１个百分点¦常住人口城镇化率¦m=c¦full-width digits and full-width point as printed; value read across the point⟧。⟪/p1⟫
—— 第１页／共６页 ——
⟪p2⟫二、农业
全年粮食产量⟦２６．８４万吨¦粮食产量¦core=0¦full-width digits and full-width point as printed; value read across the point⟧，比上年增长⟦２．１％¦粮食产量¦m=g core=0¦full-width digits and full-width point as printed; value read across the point⟧；蔬菜产量⟦９８．６万吨¦蔬菜产量¦core=0¦full-width digits and full-width point as printed; value read across the point⟧，增长⟦４．８％¦蔬菜产量¦m=g core=0¦full-width digits and full-width point as printed; value read across the point⟧。年末羊存栏⟦１０２．３万只¦羊存栏¦u=万只 core=0¦full-width digits and full-width point as printed; value read across the point⟧，增长⟦３．５％¦羊存栏¦m=g core=0¦full-width digits and full-width point as printed; value read across the point⟧。
三、工业和投资
全年规模以上工业增加值比上年增长⟦９．４％¦规模以上工业增加值¦m=g¦full-width digits and full-width point as printed; value read across the point⟧。固定资产投资增长⟦６．７％¦固定资产投资¦m=g¦full-width digits and full-width point as printed; value read across the point⟧，其中工业投资增长⟦１８．２％¦工业投资¦m=g core=0¦full-width digits and full-width point as printed; value read across the point⟧，房地产开发投资下降⟦１４．６％¦房地产开发投资¦m=g core=0¦full-width digits and full-width point as printed; value read across the point⟧。⟪/p2⟫
—— 第２页／共６页 ——
⟪p3⟫四、消费和居民收入
全年社会消费品零售总额⟦４６．２５亿元¦社会消费品零售总额¦¦full-width digits and full-width point as printed; value read across the point⟧，增长⟦５．９％¦社会消费品零售总额¦m=g¦full-width digits and full-width point as printed; value read across the point⟧。城镇居民人均可支配收入⟦３５２１４元¦城镇居民人均可支配收入⟧，增长⟦５．３％¦城镇居民人均可支配收入¦m=g¦full-width digits and full-width point as printed; value read across the point⟧；农村居民人均可支配收入⟦１５６８７元¦农村居民人均可支配收入⟧，增长⟦７．６％¦农村居民人均可支配收入¦m=g¦full-width digits and full-width point as printed; value read across the point⟧。⟪/p3⟫
免费预览已结束，剩余４页可下载查看
点击下载本文档　　　相关推荐：会宁县统计公报　景泰县统计公报
"""
