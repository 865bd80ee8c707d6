import type { DemoText } from './canalHeiressEpisodes';

/**
 * 《运河千金》: the Chinese edition of the demo, for a Chinese interface. Text only, laid over
 * the shared shots of canalHeiressEpisodes.ts in the same order (one entry per episode and per
 * shot, one line per shared line: the test checks it). Written as a 竖屏短剧 script rather
 * than translated word for word: short lines, each shot ending on its hook.
 *
 * Scene headings follow Chinese microdrama scripts, 集-场 时间 内外 地点 (1-1 晨 外 货船甲板),
 * the layout the script importer reads (src/io/script/chineseLines.ts). Names match the
 * Chinese sample used across the project's tests: 林玥, 周浩, 梅姨.
 */

const DECK = '1-1 晨 外 货船甲板';
const TEA_BOAT = '1-2 日 外 临平船闸 茶船';
const CABIN = '2-1 日 内 货船船舱';
const THIRD_LOCK = '2-2 夜 外 运河第三道闸';
const AUCTION = '3-1 日 内 拍卖大厅';

export const CANAL_HEIRESS_ZH: DemoText = {
  meta: {
    title: '运河千金',
    logline: '航运世家的千金隐姓埋名当水手，一巴掌扇在来收船的少爷脸上——她要证明，失踪的父亲从没欠过任何人。',
    language: 'zh-CN',
  },
  characters: {
    lin: {
      name: '林玥',
      bio: '24岁，林家航运的千金。父亲失踪后隐姓埋名，在货船上当水手。话少，做事精准，从不提高嗓门。',
      voice: '句子短，语气平。只摆事实，不争辩；越安静，越危险。',
    },
    zhou: {
      name: '周浩',
      bio: '27岁，对手物流集团的少爷。人前风度翩翩，人后冷若冰霜。',
      voice: '人前圆滑，话里带刺，爱明知故问；没人看着时，字字冰冷。',
    },
    mei: {
      name: '梅姨',
      bio: '五十多岁，在临平船闸开茶船。知道的，比说出口的多。',
      voice: '温和，不紧不慢。爱拿一句俗话或反问作答，再让沉默替她说完。',
    },
    wu: {
      name: '吴船长',
      bio: '60岁，林玥父亲最老的朋友。脾气粗，心眼实。',
      voice: '话少，船家的直脾气；爱打趣，好藏住心里的担心。',
    },
    auctioneer: {
      name: '拍卖师',
      bio: '主持拍卖大厅的拍卖会，只盼这个下午顺顺当当。',
      voice: '语速快，套话熟：只报拍品号和价钱，从不表态。',
    },
  },
  episodes: [
    {
      title: '码头',
      synopsis: '钩子：打工女当着整个码头，扇了少爷一巴掌。',
      shots: [
        { scene: DECK, action: '雨落运河。林玥穿着湿透的工装，低头盘缆绳。手上全是疤，却稳得很。',
          sound: '雨打铁皮；远处一声汽笛。' },
        { scene: DECK, action: '周浩带着两个保镖登船，皮鞋一尘不染。',
          notes: '机位贴着湿甲板放低，让锃亮的皮鞋先入画。' },
        { scene: DECK, action: '周浩打量着货船，像在看自家的东西。',
          lines: [['这船是谁的？告诉船主，周家要买了。']] },
        { scene: DECK, action: '林玥手上没停，继续盘绳。',
          lines: [['船主不卖。', '头也不抬']] },
        { scene: DECK, action: '越过周浩的肩，俯拍林玥。',
          lines: [['你算什么东西？']] },
        { scene: DECK, action: '他一脚踢飞她手里的缆绳。缆绳掉进运河。',
          sound: '扑通一声水响。' },
        { scene: DECK, action: '林玥站起身。停顿良久。她一巴掌扇了过去。',
          sound: '雨声骤停；一记响亮的耳光。', notes: '巴掌前的停顿要拖住；不上音乐。' },
        { scene: DECK, action: '码头工人全僵住了。人群里，有手机在拍。',
          sound: '手机拍照的咔嚓声。' },
        { scene: TEA_BOAT, action: '梅姨给吴船长倒茶。他手机里正放着那一巴掌。',
          sound: '手机外放，又是那声耳光，细细的。' },
        { scene: TEA_BOAT, action: '吴船长差点笑出声。',
          lines: [['这脾气，跟她爹一个样。']] },
        { scene: TEA_BOAT, action: '梅姨放下茶壶。',
          lines: [['那她爹的仇家，她也一个不少。']] },
        { scene: TEA_BOAT, action: '一辆黑车停在岸边。周浩下车，半边脸还红着，手里捏着一张旧照片。',
          lines: [['林玥……淹死的千金，原来会游泳。', '自言自语']] },
      ],
    },
    {
      title: '照片',
      synopsis: '钩子：少爷知道她是谁了。',
      shots: [
        { scene: CABIN, action: '林玥往铁盒里数硬币。门开了。周浩把照片甩在桌上：十岁的女孩站在林父身旁，身后是林家航运的招牌。',
          notes: '先拍照片拍在桌上，再拉出她的脸。' },
        { scene: CABIN, action: '周浩双手撑住桌子。',
          lines: [['你爸欠我们周家十一条船。你，欠我一个解释。']] },
        { scene: CABIN, action: '林玥看都不看那张照片。',
          lines: [['我爸谁都不欠。']] },
        { scene: CABIN, action: '周浩直起身，笑了。',
          lines: [['那明天来拍卖会，证明给我看。']] },
        { scene: CABIN, action: '他走了。林玥把照片翻过来。',
          sound: '门砰地关上；雨声又起。' },
        { scene: CABIN, action: '照片背面，是父亲的字迹：“账本在第三道闸下。”' },
        { scene: THIRD_LOCK, action: '石拱闸下，林玥和吴船长一声不吭地划船。水面漂着灯笼。',
          sound: '桨声；水拍石岸。' },
        { scene: THIRD_LOCK, action: '吴船长盯着水面。',
          lines: [['账本要是真有，周家会为它杀人。']] },
        { scene: THIRD_LOCK, action: '林玥把桨划得更狠。',
          lines: [['那也得他们先找到。']] },
        { scene: THIRD_LOCK, action: '一道手电光扫过水面。',
          sound: '手电开关的咔哒声。' },
        { scene: THIRD_LOCK, action: '另一条船。划桨的，是周浩的保镖。' },
      ],
    },
    {
      title: '拍卖会',
      synopsis: '钩子：女水手穿着母亲的旗袍，走进了拍卖会。',
      shots: [
        { scene: AUCTION, action: '水晶吊灯。林家的货船挂成7号拍品。周浩懒洋洋地举牌。' },
        { scene: AUCTION, action: '拍卖师站在台上，举起拍卖槌。',
          lines: [['7号拍品，原林氏航运货船，共十一艘。两百万，有没有？']],
          sound: '场内低声竞价。' },
        { scene: AUCTION, action: '大门推开。林玥一身蓝色丝绸旗袍走进来。满场回头。',
          sound: '开门声；全场安静。', notes: '慢推；她正对镜头走来。' },
        { scene: AUCTION, action: '梅姨跟在后面，抱着一本湿透的皮面账本。' },
        { scene: AUCTION, action: '林玥在过道中央站定，直面拍卖台。',
          lines: [['7号拍品不卖。这些船，从来不是抵押品。']] },
        { scene: AUCTION, action: '她把账本摊在拍卖台上。每一页，都盖着周家的印章。' },
        { scene: AUCTION, action: '周浩侧身对保镖开口，眼睛没离开她。',
          lines: [['谁放她进来的？', '低声，对保镖']] },
        { scene: AUCTION, action: '林玥转向满场买家。',
          lines: [['我父亲不是失踪。他是收了钱，才消失的。', '对全场']] },
        { scene: AUCTION, action: '满场哗然。周浩缓缓站起。',
          sound: '惊呼；椅子刮过地板。' },
        { scene: AUCTION, action: '周浩第一次笑了。',
          lines: [['那你不如亲自问他。']] },
        { scene: AUCTION, action: '他抬手，指向二楼看台。' },
        { scene: AUCTION, action: '一个白发男人从阴影里走出来。是林父。他还活着。',
          sound: '一声低沉的弦乐长音。' },
      ],
    },
  ],
};
