package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The regional rows of the bundled knowledge base (Bursa Malaysia technology and telecom names,
 * Malaysian brokers and outlets; Taiwan's listed electronics makers; Hong Kong and Singapore tech
 * names; chip and data-centre firms worldwide), read by the default pipeline in invented
 * sentences of the kind each region's news prints, and the everyday words among their short
 * names left alone.
 */
class RegionalKnowledgeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            据《星洲日报》报道,ViTrox与Inari Amertron的季度净利均按年上升。          | 星洲日报=sin-chew ViTrox=vitrox Inari Amertron=inari-amertron
            伟特科技和益纳利美昌今日领涨科技股,大华继显维持买进评级。              | 伟特科技=vitrox 益纳利美昌=inari-amertron 大华继显=uob-kay-hian
            肯纳格研究认为,Frontken、Greatech和Pentamaster将受惠于半导体复苏。   | 肯纳格研究=kenanga Frontken=frontken Greatech=greatech Pentamaster=pentamaster
            亚通集团与CelcomDigi宣布合作,马来西亚电讯也将参与。                  | 亚通集团=axiata CelcomDigi=celcomdigi 马来西亚电讯=telekom-malaysia
            YTL Power在柔佛兴建数据中心,MyEG则推出新的数码服务。                  | YTL Power=ytl-power MyEG=myeg
            大马交易所数据显示,友尼森和Malaysian Pacific Industries股价走高。     | 大马交易所=bursa-malaysia 友尼森=unisem Malaysian Pacific Industries=malaysian-pacific-industries
            據中央社報導,群創光電與友達光電上季虧損收斂,祥碩與力旺電子股價創新高。   | 中央社=cna 群創光電=innolux 友達光電=auo 祥碩=asmedia 力旺電子=ememory
            國泰創投與中經合參與Gogoro新一輪募資,元大創投也跟投。                  | 國泰創投=cathay-venture 中經合=wi-harper Gogoro=gogoro 元大創投=yuanta-venture
            鉅亨網報導,臻鼎-KY、健鼎和金像電受惠AI伺服器需求,營收年增兩成。       | 鉅亨網=anue 臻鼎-KY=zhen-ding 健鼎=tripod-technology 金像電=gold-circuit
            富邦媒與網家公布11月營收,momo成長優於PChome。                           | 富邦媒=momo-taiwan 網家=pchome momo=momo-taiwan PChome=pchome
            台經院與中經院同日上修今年經濟成長率預測。                              | 台經院=tier 中經院=cier
            據香港01報道,微盟與有贊的商戶數增長,萬國數據則擴建數據中心。            | 香港01=hk01 微盟=weimob 有贊=youzan 萬國數據=gds-holdings
            數碼港與香港科技園聯手,鴻騰精密和偉易達也參與計劃。                     | 數碼港=cyberport 香港科技園=hkstp 鴻騰精密=fit-hon-teng 偉易達=vtech
            新加坡电信旗下的Nxera与Equinix、Digital Realty竞逐数据中心市场。       | 新加坡电信=singtel Nxera=nxera Equinix=equinix Digital Realty=digital-realty
            联合早报报道,DayOne和STT GDC在柔佛扩建,AEM Holdings股价上涨。          | 联合早报=zaobao DayOne=dayone STT GDC=stt-gdc AEM Holdings=aem-holdings
            智路资本旗下的UTAC与银河-联昌签署协议,新加坡交易所公布数据。           | 智路资本=wise-road-capital UTAC=utac 银河-联昌=cgs-international 新加坡交易所=sgx
            安靠与日月光扩充先进封装产能,库力索法和泰瑞达的设备订单增加。            | 安靠=amkor 日月光=ase 库力索法=kulicke-soffa 泰瑞达=teradyne
            Amkor、Lattice和Credo公布财报,韩美半导体的HBM设备供不应求。             | Amkor=amkor Lattice=lattice Credo=credo 韩美半导体=hanmi-semiconductor
            量子位和机器之心报道,AI科技评论也关注了麻省理工科技评论的榜单。       | 量子位=qbitai 机器之心=jiqizhixin AI科技评论=ai-tech-review 麻省理工科技评论=mit-tech-review
            据光锥智能和字母榜报道,爱普生与京瓷将合作。                             | 光锥智能=guangzhui-ai 字母榜=zimubang 爱普生=seiko-epson 京瓷=kyocera
            """)
    void linksRegionalNames(String text, String expected) {
        assertEquals(expected, OutletsAndIndustryTest.companies(text));
    }

    /** Short names that are also words or parts of words stay words without a company context. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "这项技术可成为新的增长点。",
            "他们的动力旺盛,社群创作者越来越多。",
            "这个单元太大了,需要拆分。",
            "今日新闻摘要如下。",
            "交易所将统一证券交易规则。",
            "各地需及时上报数据。",
            "精神达到新高度,朋友达成共识。",
            "汉唐文化源远流长。",
            "这是中美晶片竞争的新阶段。",
            "互联网家电销量增长。",
            "高意向客户占比提高。",
            "大模型的智能涌现让人惊讶。",
            "他们靠团队配合取胜高难度的比赛。",
    })
    void leavesEverydayWordsAlone(String text) {
        assertEquals("", OutletsAndIndustryTest.companies(text));
    }

    @ParameterizedTest(name = "{0} within {1}")
    @CsvSource({
            "carsem, hong-leong-my", "silterra, dnex", "nxera, singtel", "stt-gdc, temasek", "cgs-international, china-galaxy-securities",
            "samsung-electro-mechanics, samsung", "ansys, synopsys", "appso, ifanr", "maybank-ib, maybank", "astro-awani, astro-malaysia",
    })
    void subsidiariesReachTheirGroup(String unit, String group) {
        assertTrue(KnowledgeBase.standard().isWithin(unit, group), unit + " within " + group);
    }
}
