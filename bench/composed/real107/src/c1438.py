META = dict(genre="work_report_news", published="2025-01-17", area_code="611026", jurisdiction="柞水县",
            what={"p1": "headline", "p2": "article body from 本報訊 to the last sentence; mirror-site header, date/source line, copyright and ICP footer excluded"})
TEXT = r"""
秦嶺資訊網 | 首頁 > 地方新聞
⟪p1⟫柞水縣政府工作報(bào)告：今年地區(qū)生產(chǎn)總值預(yù)期增長(zhǎng)⟦6%左右¦地區生產總值¦k=t y=2025 m=g core=1⟧⟪/p1⟫
2025-01-17 09:42 來源：商洛日報(bào)
⟪p2⟫⟨k=a y=2024 ps=- m=l core=1⟩本報(bào)訊(記者 劉曉峰)1月15日，柞水縣第十八屆人民代表大會第五次會議開幕，縣長代表縣人民政府作政府工作報(bào)告。
報(bào)告顯示，2024年全縣實(shí)現地區(qū)生產(chǎn)總值⟦86.35億元¦地區生產總值⟧，增長(zhǎng)⟦5.4%¦地區生產總值¦m=g⟧；規(guī)上工業(yè)增加值增長(zhǎng)⟦7.9%¦規上工業增加值¦m=g⟧；固定資產(chǎn)投資增長(zhǎng)⟦4.6%¦固定資產投資¦m=g⟧；社會消費(fèi)品零售總額⟦21.7億元¦社會消費品零售總額⟧，增長(zhǎng)⟦6.2%¦社會消費品零售總額¦m=g⟧；城鎮(zhèn)、農(nóng)村居民人均可支配收入分別達(dá)到⟦38240元¦城鎮居民人均可支配收入⟧、⟦14620元¦農村居民人均可支配收入⟧。全年接待遊客⟦1120萬¦接待遊客¦core=0 u=万人次¦junk (pinyin) after 萬: value_text stops at the junk, unit normalised to 万人次⟧(wàn)人次，旅遊綜合收入⟦63.8億元¦旅遊綜合收入¦core=0⟧；城鎮(zhèn)新增就業(yè)⟦2360人¦城鎮新增就業⟧，脫貧人口人均純收入增長(zhǎng)⟦12.1%¦脫貧人口人均純收入¦m=g core=0⟧。
⟨k=t y=2025⟩報(bào)告提出，2025年全縣發(fā)展的主要預(yù)期目標(biāo)是：地區(qū)生產(chǎn)總值增長(zhǎng)⟦6%左右¦地區生產總值¦m=g⟧，規(guī)上工業(yè)增加值增長(zhǎng)⟦8%¦規上工業增加值¦m=g⟧，固定資產(chǎn)投資增長(zhǎng)⟦6%¦固定資產投資¦m=g⟧，社會消費(fèi)品零售總額增長(zhǎng)⟦6.5%¦社會消費品零售總額¦m=g⟧，城鄉(xiāng)居民人均可支配收入分別增長(zhǎng)⟦5.5%¦城鎮居民人均可支配收入¦m=g⟧和⟦7.5%¦農村居民人均可支配收入¦m=g⟧，接待遊客突破⟦1200萬¦接待遊客¦core=0 u=万人次¦pinyin junk after 萬; value_text stops there, unit 万人次⟧(wàn)人次，城鎮(zhèn)新增就業(yè)⟦2200人以上¦城鎮新增就業⟧。⟪/p2⟫
新聞熱線：0914-4321000
版權所有 秦嶺資訊網 陝ICP備05012345號
"""
