import sys, os; sys.path.insert(0, os.path.dirname(__file__)); from lib import F, build
# Structure followed: https://j637.cn/politics/2018lh/2018-03/22/c_1122575453.htm (traditional-script
# mirror with pinyin after characters, doubled punctuation ",," ",;"), footer like
# http://neijiangzixun.com/2023-03/15/c_1310702754.htm (版權所有 / 熱線 phone numbers / address / ICP line).
T = """首頁(yè) > 區縣新聞 > 綦江
綦江區(qū)政府工作報(bào)告:今年地區(qū)生產(chǎn)總值預(yù)期增長(zhǎng)9%左右
2018-01-12 08:41 來(lái)源:綦江日報(bào) 編輯:周 琳
  本報(bào)訊(記者 陳曉) 1月11日,,綦江區(qū)第十七屆人民代表大會(huì)第三次會(huì)議開(kāi)幕,區(qū)長(zhǎng)代表區(qū)人民政府作《政府工作報(bào)告》。
  報(bào)告回顧,,2017年全區(qū)實(shí)現(xiàn)地區(qū)生產(chǎn)總值396.2億元,增長(zhǎng)10.6%;規(guī)模以上工業(yè)增加值增長(zhǎng)12.1%;固定資產(chǎn)投資完成418億元,增長(zhǎng)13.5%;社會(huì)消費(fèi)品零售總額138.4億元,增長(zhǎng)11.2%;一般公共預(yù)算收入25.7億元,增長(zhǎng)9.4%;城鄉(xiāng)常住居民人均可支配收入分別達(dá)到31620元、13280元,分別增長(zhǎng)8.9%、9.6%。全年新增城鎮(zhèn)就業(yè)1.26萬(wàn)人,,減少農(nóng)村貧困人口4870人。
  報(bào)告指出,,2018年全區(qū)發(fā)展主要預(yù)期目標(biāo)是:地區(qū)生產(chǎn)總值增長(zhǎng)9%左右,;規(guī)模以上工業(yè)增加值增長(zhǎng)11%,;固定資產(chǎn)投資增長(zhǎng)12%,;社會(huì)消費(fèi)品零售總額增長(zhǎng)10.5%,;一般公共預(yù)算收入增長(zhǎng)6%,;城鄉(xiāng)常住居民人均可支配收入分別增長(zhǎng)8.5%和9.5%,;城鎮(zhèn)登記失業(yè)率控制在4%以內(nèi),;單位地區(qū)生產(chǎn)總值能耗下降3.2%。
  報(bào)告提出,,今年將實(shí)施重點(diǎn)項(xiàng)目120個(gè),,完成投資160億元以上。
綦江日報社版權所有 未經協議授權,禁止轉載使用
新聞線索提供熱線:023-48661234 48662345 報社地址:重慶市綦江區文龍街道沿河路88號
渝ICP備12003456號
"""
J = "綦江区"
P = [("p1", "綦江區(qū)政府工作報(bào)告:今年", "預(yù)期增長(zhǎng)9%左右", "headline"),
     ("p2", "  本報(bào)訊", "完成投資160億元以上。", "news body; date/source line and footer excluded")]
Y, N = 2017, 2018
X = [
 F("今年地區(qū)生產(chǎn)總值預(yù)期增長(zhǎng)9%左右", "9%左右", "地区生产总值", "target", "growth", N, None, 9, "%", "approx", notes="headline repeats the target; 今年 = 2018 from the page date"),
 F("實(shí)現(xiàn)地區(qū)生產(chǎn)總值396.2億元", "396.2億元", "地区生产总值", "actual", "level", Y, None, 396.2, "亿元"),
 F("地區(qū)生產(chǎn)總值396.2億元,增長(zhǎng)10.6%", "10.6%", "地区生产总值", "actual", "growth", Y, None, 10.6, "%"),
 F("規(guī)模以上工業(yè)增加值增長(zhǎng)12.1%", "12.1%", "规模以上工业增加值", "actual", "growth", Y, None, 12.1, "%"),
 F("固定資產(chǎn)投資完成418億元", "418億元", "固定资产投资", "actual", "level", Y, None, 418, "亿元"),
 F("固定資產(chǎn)投資完成418億元,增長(zhǎng)13.5%", "13.5%", "固定资产投资", "actual", "growth", Y, None, 13.5, "%"),
 F("社會(huì)消費(fèi)品零售總額138.4億元", "138.4億元", "社会消费品零售总额", "actual", "level", Y, None, 138.4, "亿元"),
 F("社會(huì)消費(fèi)品零售總額138.4億元,增長(zhǎng)11.2%", "11.2%", "社会消费品零售总额", "actual", "growth", Y, None, 11.2, "%"),
 F("一般公共預(yù)算收入25.7億元", "25.7億元", "一般公共预算收入", "actual", "level", Y, None, 25.7, "亿元"),
 F("一般公共預(yù)算收入25.7億元,增長(zhǎng)9.4%", "9.4%", "一般公共预算收入", "actual", "growth", Y, None, 9.4, "%"),
 F("人均可支配收入分別達(dá)到31620元", "31620元", "城镇常住居民人均可支配收入", "actual", "level", Y, None, 31620, "元"),
 F("人均可支配收入分別達(dá)到31620元、13280元", "13280元", "农村常住居民人均可支配收入", "actual", "level", Y, None, 13280, "元"),
 F("分別增長(zhǎng)8.9%", "8.9%", "城镇常住居民人均可支配收入", "actual", "growth", Y, None, 8.9, "%"),
 F("分別增長(zhǎng)8.9%、9.6%", "9.6%", "农村常住居民人均可支配收入", "actual", "growth", Y, None, 9.6, "%"),
 F("新增城鎮(zhèn)就業(yè)1.26萬(wàn)人", "1.26萬", "新增城镇就业", "actual", "level", Y, None, 1.26, "万人", notes="pinyin junk inside the unit: value_text stops at the junk, unit normalised to 万人"),
 F("減少農(nóng)村貧困人口4870人", "4870人", "减少农村贫困人口", "actual", "level", Y, None, 4870, "人", core=False),
 F("地區(qū)生產(chǎn)總值增長(zhǎng)9%左右,;", "9%左右", "地区生产总值", "target", "growth", N, None, 9, "%", "approx"),
 F("規(guī)模以上工業(yè)增加值增長(zhǎng)11%", "11%", "规模以上工业增加值", "target", "growth", N, None, 11, "%"),
 F("固定資產(chǎn)投資增長(zhǎng)12%", "12%", "固定资产投资", "target", "growth", N, None, 12, "%"),
 F("社會(huì)消費(fèi)品零售總額增長(zhǎng)10.5%", "10.5%", "社会消费品零售总额", "target", "growth", N, None, 10.5, "%"),
 F("一般公共預(yù)算收入增長(zhǎng)6%", "6%", "一般公共预算收入", "target", "growth", N, None, 6, "%"),
 F("人均可支配收入分別增長(zhǎng)8.5%", "8.5%", "城镇常住居民人均可支配收入", "target", "growth", N, None, 8.5, "%"),
 F("人均可支配收入分別增長(zhǎng)8.5%和9.5%", "9.5%", "农村常住居民人均可支配收入", "target", "growth", N, None, 9.5, "%"),
 F("城鎮(zhèn)登記失業(yè)率控制在4%以內(nèi)", "4%以內", "城镇登记失业率", "target", "level", N, None, 4, "%", "le", notes="value_text stops before the pinyin (nèi)"),
 F("單位地區(qū)生產(chǎn)總值能耗下降3.2%", "3.2%", "单位地区生产总值能耗", "target", "growth", N, None, -3.2, "%"),
 F("實(shí)施重點(diǎn)項(xiàng)目120個(gè)", "120個", "实施重点项目", "target", "level", N, None, 120, "个", core=False),
 F("完成投資160億元以上", "160億元以上", "重点项目完成投资", "target", "level", N, None, 160, "亿元", "ge", core=False),
]
build("c342", T, J, "work_report_news", "2018-01-12", "500110", P, X)
