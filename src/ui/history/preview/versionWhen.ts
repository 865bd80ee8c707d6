/**
 * When a version was made, short, for a banner: "3 Dec 14:02" (English), "12月3日 14:02"
 * (Chinese); the year only when it is not this year's.
 */
export function versionWhen(createdAt: number, language: string, now = Date.now()): string {
  const locale = language.startsWith('zh') ? 'zh-CN' : 'en-GB';
  const sameYear = new Date(createdAt).getFullYear() === new Date(now).getFullYear();
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric' }).format(createdAt);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(createdAt);
  return `${date} ${time}`;
}
