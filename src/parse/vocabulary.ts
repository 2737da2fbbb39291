// The words that make a line a header, a byline or a credit. Kept in one place
// so that a newsroom can extend them (config `vocabulary`) without touching the
// patterns that use them.

export interface Vocabulary {
  /** Words an organisation name ends with: 苏村社区, 赛鱼街道, 南楼小学. */
  organisationSuffixes: readonly string[];
  /** Contributor roles; a role names no one by itself: 本报通讯员, 记者. */
  roles: readonly string[];
  /** Words that close a credit line: 雷 洁摄, 本报通讯员撰. */
  creditVerbs: readonly string[];
}

/**
 * A government's offices by their department, which running text names with its place or alone (`临河县民政局`,
 * `市文明办`, `民政局`): the one character (局, 办, 委) is an organisation's suffix only in a header, so the
 * department's whole word is one here. The convention writes such an office without its place (`市民政局` → `民政局`).
 */
export const DEPARTMENT_OFFICES: readonly string[] = [
  '民政局', '教育局', '公安局', '财政局', '农业农村局', '交通运输局', '自然资源局', '生态环境局', '卫生健康局', '卫健局', '文旅局', '城管局', '住建局',
  '人社局', '应急管理局', '市场监管局', '退役军人事务局', '文明办', '综治办', '扶贫办', '保健院', '卫健委', '政法委',
  // Culture's bureau under the names its mergers gave it (culture, broadcasting, the press, tourism, sport).
  '文广旅体局', '文广新旅局', '文广新局', '文广旅局', '文广局', '文体局', '文体旅局', '文体广电局',
  // The committees for the young that school news names first: the elders' (关工委), the Youth League's of a place
  // (a province's too, `共青团省委`).
  '关工委', '少工委', '团省委', '团市委', '团县委', '团区委',
  // The bureau for retired cadres (`县老干部局`), which organises the elders' volunteering that community news reports.
  '老干部局',
];

/**
 * Culture's houses that a county or a town runs (`东湖县文化馆`, `东湖县图书馆`, `柳岸镇文化站`): named in running text as a school
 * is, and, as a department's office is, written without the county's name before them. Alone (`在图书馆里`) they are a
 * kind of place, not an office.
 */
export const CULTURE_HOUSES: readonly string[] = ['文化馆', '图书馆', '文化站', '博物馆'];

export const DEFAULT_VOCABULARY: Vocabulary = {
  organisationSuffixes: [
    '社区', '街道', '办事处', '小区', '村', '镇', '乡',
    // Inner Mongolia's township and village: `红格尔苏木`, `巴彦敖包嘎查`.
    '苏木', '嘎查',
    '学校', '中学', '小学', '幼儿园', '大学', '学院',
    // A secondary vocational school, 中等专业学校 cut short (`江城职业中专`, `东湖卫生中专`); a full primary school, 完全小学
    // (`柳岸完小`), a village's school of all six grades.
    '中专', '完小',
    // Middle schools by number: `德兴一中`, `城关二中`.
    '一中', '二中', '三中', '四中', '五中', '六中', '七中', '八中', '九中', '十中',
    '中心小学', '中心幼儿园', '中心校', '医院', '卫生院', '养老院', '敬老院', '福利院', '中心', '局', '委', '委员会', '公司', '集团', '站', '所', '办', '队', '馆', '院',
    // Words ending in 所, 会 and 区 that name a body in running text too, where the one character alone is read
    // only in a header: `柳岸派出所`, `临河书法研究会`, a management district `青石山管理区` (管理 is no verb there), and
    // a residents' area, a neighbourhood committee's ground in Shanghai (`柳岸居民区`), a Party committee's research office
    // (`江城市委党史研究室`, `县委政策研究室`); so do a brigade and a detachment
    // (`柳岸县消防救援大队`, `临河市武警支队`), where 队 alone is read only in a header.
    '派出所', '大队', '支队', '研究会', '研究室', '促进会', '联合会', '管理区', '居民区',
    // A college's department of engineering (`电气工程系`, `土木工程系`), which its volunteers' news names first: 系
    // alone is a word of relation (`关系`, `联系`).
    '工程系',
    // A corps of volunteers or speakers (`青年志愿服务团`, `青年宣讲团`): 团 alone is a tour's or a group's.
    '服务团', '宣讲团',
    // A state farm or forest farm, a unit of a township's rank (`柳城华侨农场`, `青石林场`).
    '农场', '林场',
    // A railway station, a unit with its staff and its volunteers (`东湾火车站`, `柳岸火车站团委`), where 站 alone is read
    // only in a header.
    '火车站',
    ...CULTURE_HOUSES,
    // A neighbourhood committee named by its compound, where no 社区 is named (`丽园居委会`; a village's, 村委会, is its
    // 村's).
    '居委会',
    // A management committee of a zone, a scenic area or a community (`柳岸开发区管委会`, `青石山景区管委会`): 管委会, as
    // 管理委员会 cut short.
    '管委会',
    // A democratic party's committee of a place (`农工党江城市委会`, `民盟临河县委会`): 委会, as 委员会 cut short.
    '省委会', '市委会', '县委会', '区委会',
    // A working committee (`九三学社江城市青工委`, `柳岸街道工委`), where 委 alone is read only in a header.
    '工委',
    ...DEPARTMENT_OFFICES,
    // The mass organisations of a place beside its women's federation: the disabled persons', writers and artists', returned
    // overseas Chinese federations and the science association (`柳岸镇残联`, `临河县文联`).
    // (A sports association, its elders' too: `柳岸镇老体协`.)
    // (The Red Cross of a place too: `东湾区红十字会`.)
    // A department of a Party committee, named after it (`县委宣传部`, `市委社会工作部`); the department's word alone is no
    // name (`宣传部/摄` credits a unit's own).
    '委宣传部', '委组织部', '委统战部', '委社会工作部', '委老干部局',
    // A general branch, of the Party or of a democratic party or league (`民建直属总支`, `团总支`).
    // A branch of an association, its volunteers' included (`青年志愿者分会`, `柳岸镇老年体协分会`).
    '分会',
    // A supply and marketing co-op and a volunteers' society (`东湾区供销社`, `柳岸义工社`): 社 alone is a newspaper's, a
    // club's or a village group's (`报社`, `文学社`, `沙联社`).
    '义工社', '供销社',
    '协会', '计生协', '体协', '党委', '党支部', '党总支', '总支', '支部', '团支部', '工会', '妇联', '残联', '文联', '侨联', '科协', '团委', '红十字会', '区', '县', '市',
  ],
  roles: [
    '本报记者', '本报通讯员', '本报实习生', '本报特约记者', '特约通讯员', '特约记者', '见习记者', '首席记者',
    '全媒体记者', '融媒体记者', '实习记者', '摄影记者', '小记者', '记者', '通讯员', '实习生', '撰稿人', '撰稿', '指导老师', '指导教师',
    // A government office's drafter, who writes its notice or report (`拟稿人:X`, above `核稿人:` and `审签人:`).
    '拟稿人',
    // What portals that may not call anyone 记者 print in its place in a copied story: `新华社采访人员 X 摄`.
    '采访人员',
    // A contracted contributor unnamed (`特约摄影`: the credit names no one).
    '特约',
    // A contracted photographer as a role before the names and the verb: `特约摄影 X 摄`.
    '特约摄影',
    // An intern, the word cut short (`记者 A B 实习 C`).
    '实习',
    // A volunteer who records a charity's work for its site (`(公益记录者 X)`), in a reporter's place.
    '公益记录者', '记录者',
    // The correspondent's role as typed with its homophone (讯 → 迅), a common slip: `通迅员 石文 摄影报道`.
    '通迅员',
    // The same roles in traditional characters, as Hong Kong and Taiwan sites print mainland news: `(記者 王琳)`.
    '本報記者', '本報通訊員', '特約記者', '見習記者', '記者', '通訊員', '實習生',
  ],
  // `白沙村供图`: a unit supplied the picture.
  creditVerbs: ['摄影报道', '摄影', '供图', '摄', '撰', '攝影', '攝'],
};

export interface VocabularyExtension {
  organisationSuffixes?: readonly string[];
  roles?: readonly string[];
  creditVerbs?: readonly string[];
}

/** Adds a configuration's words to the defaults; longer words first so that regex alternations prefer them. */
export function extendVocabulary(extension: VocabularyExtension = {}, base: Vocabulary = DEFAULT_VOCABULARY): Vocabulary {
  const merge = (a: readonly string[], b: readonly string[] = []) =>
    [...new Set([...a, ...b].filter((word) => word.length > 0))].sort((x, y) => y.length - x.length);
  return {
    organisationSuffixes: merge(base.organisationSuffixes, extension.organisationSuffixes),
    roles: merge(base.roles, extension.roles),
    creditVerbs: merge(base.creditVerbs, extension.creditVerbs),
  };
}
