import type { BeatType, Emotion } from '../../../src/model';

/**
 * The offline engine's words: draft lines and craft reasons per beat, in English and
 * Simplified Chinese. `{to}` is the person spoken to. Drafts to rewrite, not final dialogue.
 */
export type Language = 'en' | 'zh';

export const LINES: Record<Language, Record<BeatType, string[]>> = {
  en: {
    hook: ['You were never supposed to come back, {to}.', 'Why does that ring have my mother’s name on it?', 'Someone in this house is lying to you.'],
    setup: ['We do this my way, or not at all.', 'Tomorrow, at the pier. Come alone.', 'Keep your head down until I say so.'],
    reveal: ['I know what you did that night, {to}.', 'The letter was never lost. I kept it.', 'She is not your sister. She never was.'],
    reversal: ['You think you own this place? Read the deed, {to}.', 'I was never working for you.', 'Sign it. Or everyone sees the photographs.'],
    'face-slap': ['Kneel, {to}. You’ll want to be polite to the new owner.', 'Remember the girl you threw out? Look closer.', 'Say that again, now that you know who I am.'],
    humiliation: ['Get out. You don’t belong here.', 'Clean it up, {to}. On your knees.', 'Nobody is coming to save you.'],
    confrontation: ['Look me in the eye and tell me it wasn’t you.', 'Enough, {to}. This ends tonight.', 'Then say it. Say what you really think of me.'],
    romance: ['Stay. Just tonight.', 'I kept every letter, {to}.', 'You still look at me like that.'],
    betrayal: ['I trusted you with everything, {to}.', 'You sold us out for a wedding ring.', 'It was you. All along, it was you.'],
    comic: ['That is not a goat. That is my inheritance.', 'Did you just propose to the wrong twin?', 'Act natural. Natural, {to}!'],
    payoff: ['Now everyone knows whose name is on the gate.', 'I told you I would come back for it, {to}.', 'It’s over. It’s finally over.'],
    cliffhanger: ['Then who is buried in my grave?', 'Open the door, {to}. I know you’re in there.', 'If I’m the heiress… who are you?'],
  },
  zh: {
    hook: ['{to}，你本不该回来的。', '这枚戒指上，为什么刻着我母亲的名字？', '这个家里，有人一直在骗你。'],
    setup: ['照我的办法来，不然就算了。', '明天，码头见。一个人来。', '在我开口之前，别出声。'],
    reveal: ['{to}，那天晚上你做了什么，我都知道。', '那封信从来没丢，是我留着。', '她不是你妹妹，从来都不是。'],
    reversal: ['你以为这里是你的？{to}，看清楚房契。', '我从来就不是替你做事的。', '签字。不然所有人都会看到那些照片。'],
    'face-slap': ['{to}，跪下吧，对新主人客气点。', '还记得被你赶出门的那个女孩吗？看清楚。', '现在知道我是谁了，你再说一遍？'],
    humiliation: ['滚出去，这里没有你的位置。', '{to}，跪下，擦干净。', '没有人会来救你。'],
    confrontation: ['看着我的眼睛，说不是你。', '{to}，够了，今晚就做个了断。', '那你说啊，说你心里到底怎么看我。'],
    romance: ['留下来，就今晚。', '{to}，你写的每一封信我都留着。', '你看我的眼神，还是和从前一样。'],
    betrayal: ['{to}，我把一切都交给了你。', '你为了一枚婚戒出卖了我们。', '是你，从头到尾都是你。'],
    comic: ['那不是山羊，那是我的遗产。', '你刚才是向双胞胎里错的那个求婚了？', '自然点，{to}，自然点！'],
    payoff: ['现在所有人都知道大门上写的是谁的名字了。', '{to}，我说过我会回来拿回属于我的东西。', '结束了，终于结束了。'],
    cliffhanger: ['那我坟里埋的是谁？', '{to}，开门，我知道你在里面。', '如果我才是真正的继承人……那你是谁？'],
  },
};

export const REASONS: Record<Language, Record<BeatType, string>> = {
  en: {
    hook: 'Opening shot: pose a question the viewer needs answered within three seconds.',
    setup: 'Plant what a later shot pays off; keep it short so the tension keeps climbing.',
    reveal: 'Turn what the viewer believed; a reveal lands hardest right after its setup.',
    reversal: 'Flip who holds the power; the episode needs a turn before its peak.',
    'face-slap': 'Pay off the humiliation: the underestimated one strikes back, publicly.',
    humiliation: 'Push the protagonist down so the coming face-slap feels earned.',
    confrontation: 'Bring the conflict into one room; raise the stakes face to face.',
    romance: 'Let the tension breathe for a beat; warmth makes the next blow hurt.',
    betrayal: 'Break trust the viewer shared; the deepest cut comes from an ally.',
    comic: 'Release after a peak: a laugh resets the viewer for the next climb.',
    payoff: 'Deliver what the episode promised; the viewer has waited for this.',
    cliffhanger: 'Last shot: leave it unresolved so the next episode is a must-watch.',
  },
  zh: {
    hook: '开场镜头：三秒内抛出观众必须知道答案的问题。',
    setup: '为后面的回报埋下伏笔；要短，让张力继续攀升。',
    reveal: '推翻观众以为的真相；紧接铺垫之后揭晓最有力。',
    reversal: '权力关系反转；高潮之前本集需要一次转折。',
    'face-slap': '回报之前的屈辱：被看轻的人当众反击，打脸。',
    humiliation: '把主角压到谷底，让接下来的打脸更解气。',
    confrontation: '把冲突推到同一场景，正面对峙，抬高赌注。',
    romance: '让张力喘口气；温情会让下一次打击更痛。',
    betrayal: '打破观众也相信的信任；最深的刀来自盟友。',
    comic: '高潮之后的释放：一个笑点让观众准备好下一次攀升。',
    payoff: '兑现本集的承诺，观众等的就是这一刻。',
    cliffhanger: '最后一个镜头：悬而未决，让观众非看下一集不可。',
  },
};

/** A paywall episode's closing shot must sell the next episode. */
export const PAYWALL_REASON: Record<Language, string> = {
  en: ' This is the paywall episode: end on the strongest open question of the season so far.',
  zh: '这是付费卡点集：以本季至今最强的悬念收尾。',
};

/** The emotions each beat type carries, most typical first. */
export const EMOTIONS_OF: Record<BeatType, Emotion[]> = {
  hook: ['surprise', 'anticipation', 'fear'],
  setup: ['anticipation', 'trust', 'fear'],
  reveal: ['surprise', 'fear', 'anger'],
  reversal: ['surprise', 'anger', 'joy'],
  'face-slap': ['joy', 'anger', 'surprise'],
  humiliation: ['sadness', 'disgust', 'anger'],
  confrontation: ['anger', 'fear', 'anticipation'],
  romance: ['joy', 'trust', 'anticipation'],
  betrayal: ['sadness', 'anger', 'disgust'],
  comic: ['joy', 'surprise', 'trust'],
  payoff: ['joy', 'trust', 'surprise'],
  cliffhanger: ['fear', 'surprise', 'anticipation'],
};

/** How a voice note shapes a line: crude keyword matching, on purpose visible. */
export type Register = 'formal' | 'brash' | 'soft' | 'plain';

export function registerOf(voice: string): Register {
  const text = voice.toLowerCase();
  if (/formal|clipped|cold|polite|precise|curt|冷|简短|正式|客气/.test(text)) return 'formal';
  if (/loud|boast|brash|crude|swagger|shout|嚣张|大声|粗|吹嘘/.test(text)) return 'brash';
  if (/soft|gentle|shy|quiet|hesitant|whisper|温柔|轻声|害羞|犹豫/.test(text)) return 'soft';
  return 'plain';
}

export function voiceLine(line: string, register: Register, language: Language): string {
  if (register === 'formal') {
    // Clipped: the first sentence only, no exclamations.
    const first = language === 'zh' ? (line.split(/(?<=[。？！])/)[0] ?? line) : (line.split(/(?<=[.?!])\s/)[0] ?? line);
    return first.replace(/!/g, '.').replace(/！/g, '。');
  }
  if (register === 'brash') return language === 'zh' ? `听好了，${line.replace(/。$/, '！')}` : `Listen. ${line.replace(/\.$/, '!')}`;
  if (register === 'soft') return language === 'zh' ? `也许……${line}` : `Maybe… ${line.charAt(0).toLowerCase()}${line.slice(1)}`;
  return line;
}

export const PARENTHETICALS: Record<Language, { melodrama: string[]; restraint: string[] }> = {
  en: { melodrama: ['through tears', 'shaking', 'breaking'], restraint: ['quietly', 'flat', 'barely a whisper'] },
  zh: { melodrama: ['泪流满面', '颤抖着', '崩溃地'], restraint: ['低声', '平静地', '几乎听不见'] },
};
