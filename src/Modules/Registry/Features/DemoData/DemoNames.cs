namespace Jiafu.Registry.Features.DemoData;

/// <summary>Word lists for realistic, deterministic demo data of a Baotou district.</summary>
internal static class DemoNames
{
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
        "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "乌兰", "巴特尔", "其其格", "包", "白", "云", "奇",
    ];

    public static readonly string[] GivenNames =
    [
        "秀英", "桂英", "秀兰", "玉兰", "桂兰", "淑珍", "丽娟", "海燕", "春梅", "红霞", "丽华", "凤英", "建华", "玉梅", "淑华",
        "晓红", "美玲", "雪梅", "慧敏", "静", "敏", "丽", "艳", "娟", "霞", "芳", "燕", "军", "伟", "强", "磊", "洋", "勇",
        "建国", "志强", "海军", "文博", "晓东", "春燕", "亚楠", "婷婷", "欣怡", "子涵", "萨仁", "娜仁", "图雅", "乌云",
    ];

    public static readonly string[] BrandWords =
    [
        "安康", "福满家", "巧手", "贴心", "鹿城", "钢城", "阿尔丁", "昆都仑", "幸福里", "爱心", "康乐", "和美", "暖阳", "佳佳",
        "惠民", "金管家", "好帮手", "如意", "吉祥", "家和", "百合", "蒲公英", "红枫", "青山", "昆仑", "草原", "春晖", "馨怡",
    ];

    public static readonly (string Format, string Suffix)[] Kinds =
    [
        ("Housekeeping", "家政服务有限公司"),
        ("Housekeeping", "家庭服务有限责任公司"),
        ("ElderlyCare", "居家养老服务中心"),
        ("MaternalInfantCare", "母婴护理服务有限公司"),
        ("CommunityCare", "社区照料服务中心"),
        ("PatientEscort", "医疗陪护服务有限公司"),
        ("FamilyHealth", "家庭保健服务有限公司"),
    ];

    public static readonly string[] Roads =
    [
        "钢铁大街", "阿尔丁大街", "团结大街", "友谊大街", "少先路", "林荫路", "鞍山道", "前进道", "市府东路", "白云路",
        "黄河西路", "昆工路", "青年路", "民族东路", "乌兰道", "文化路",
    ];

    /// <summary>Region codes of Baotou's districts and banners, for demo ID numbers.</summary>
    public static readonly string[] RegionCodes = ["150203", "150202", "150204", "150205", "150207", "150221", "150222"];
}
