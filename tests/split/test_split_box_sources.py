"""An index's head alone on its line (`导 读`, letter-spaced or not) is furniture on a page
with no blank lines too, never a story's headline over the text that follows it."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import tight

_LEAD = ("全县早稻收割进度过半", "本报讯（记者 邓晓川）",
         "7月8日，记者从县农业农村局获悉，全县已收割早稻",
         "6.2万亩，占种植面积的53%。连日来，各乡镇抢抓晴",
         "好天气，组织农机服务队分片作业。")
_SECOND = ("城区新增两处停车场", "本报讯（通讯员 韦小岚）",
           "近日，城区滨江路、东门街两处公共停车场建成投用，",
           "新增停车位420个，前30分钟免费。")


def test_an_index_head_alone_heads_no_story() -> None:
    """Under a lead whose text a photo cut in two and which jumps to another page, the
    index's head is not the headline of the lead's text after the photo."""
    photo = ("荷塘月色", "7月7日晚，游客在青溪湿地公园赏荷纳凉。", "本报记者 岑小舟 摄")
    rest = ("截至目前，全县投入收割机1200余台，预计", "7月20日前全面完成早稻收割。",
            "　　县农业农村局提醒，各地要及时组织晾晒", "烘干，防止稻谷霉变。", "（下转第2版）")
    index = ("导 读", "●城区新增两处停车场　3版", "●青溪中学新校区开工　4版")
    res = split_page(tight("zh", *_LEAD, *photo, *rest, *index, *_SECOND, page_no=1))
    assert [s.headline for s in res.stories] == ["全县早稻收割进度过半", "荷塘月色", "城区新增两处停车场"]
    assert "预计7月20日前" in "".join(res.stories[0].paragraphs)
