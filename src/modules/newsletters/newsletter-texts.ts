import type { EditionItem, NewsletterLanguage } from './newsletters.tables.ts';

/** The words of the newsletter's e-mails in the platform's six languages (B1); Dutch is the fallback. */
interface Words {
  confirmSubject: (pass: string) => string;
  confirmBody: (pass: string, link: string, hours: number) => string;
  hello: (name: string) => string;
  stories: string;
  providers: string;
  events: string;
  routes: string;
  campaigns: string;
  figures: string;
  tips: string;
  nothing: string;
  readMore: string;
  unsubscribe: (link: string) => string;
  why: (pass: string) => string;
}

const WORDS: Record<NewsletterLanguage, Words> = {
  nl: {
    confirmSubject: (pass) => `Bevestig uw aanmelding voor de nieuwsbrief van de ${pass}`,
    confirmBody: (pass, link, hours) =>
      `Hallo,\n\nU wilt de nieuwsbrief van de ${pass} krijgen. Klik op deze link om dat te bevestigen:\n\n${link}\n\nDe link werkt ${hours} uur en maar één keer. Heeft u zich niet aangemeld? Dan hoeft u niets te doen: u krijgt dan niets van ons.`,
    hello: (name) => `Hallo ${name},`,
    stories: 'Verhalen',
    providers: 'Nieuw op de pas',
    events: 'Binnenkort',
    routes: 'Routes',
    campaigns: 'Campagnes in de kalender',
    figures: 'De pas in cijfers',
    tips: 'Tips',
    nothing: 'Deze keer is er geen nieuws over uw onderwerpen.',
    readMore: 'Lees verder',
    unsubscribe: (link) => `Wilt u deze nieuwsbrief niet meer? Meld u af met één klik:\n${link}`,
    why: (pass) => `U krijgt deze e-mail omdat u zich heeft aangemeld voor de nieuwsbrief van de ${pass}.`,
  },
  en: {
    confirmSubject: (pass) => `Confirm your subscription to the ${pass} newsletter`,
    confirmBody: (pass, link, hours) =>
      `Hello,\n\nYou want to receive the ${pass} newsletter. Click this link to confirm:\n\n${link}\n\nThe link works for ${hours} hours and only once. Did you not sign up? Then you do not need to do anything: you will not get anything from us.`,
    hello: (name) => `Hello ${name},`,
    stories: 'Stories',
    providers: 'New on the pass',
    events: 'Coming up',
    routes: 'Routes',
    campaigns: 'Campaigns in the calendar',
    figures: 'The pass in figures',
    tips: 'Tips',
    nothing: 'There is no news about your topics this time.',
    readMore: 'Read more',
    unsubscribe: (link) => `No longer want this newsletter? Unsubscribe with one click:\n${link}`,
    why: (pass) => `You receive this e-mail because you subscribed to the ${pass} newsletter.`,
  },
  tr: {
    confirmSubject: (pass) => `${pass} bültenine kaydınızı onaylayın`,
    confirmBody: (pass, link, hours) =>
      `Merhaba,\n\n${pass} bültenini almak istiyorsunuz. Onaylamak için bu bağlantıya tıklayın:\n\n${link}\n\nBağlantı ${hours} saat ve yalnızca bir kez çalışır. Kaydolmadınız mı? O zaman hiçbir şey yapmanız gerekmez: bizden hiçbir şey almazsınız.`,
    hello: (name) => `Merhaba ${name},`,
    stories: 'Hikâyeler',
    providers: 'Paste yeni',
    events: 'Yakında',
    routes: 'Rotalar',
    campaigns: 'Takvimdeki kampanyalar',
    figures: 'Rakamlarla pas',
    tips: 'İpuçları',
    nothing: 'Bu kez konularınızla ilgili haber yok.',
    readMore: 'Devamını okuyun',
    unsubscribe: (link) => `Bu bülteni artık istemiyor musunuz? Tek tıkla abonelikten çıkın:\n${link}`,
    why: (pass) => `Bu e-postayı ${pass} bültenine kaydolduğunuz için alıyorsunuz.`,
  },
  ar: {
    confirmSubject: (pass) => `أكّد اشتراكك في النشرة الإخبارية لـ ${pass}`,
    confirmBody: (pass, link, hours) =>
      `مرحبًا،\n\nتريد أن تصلك النشرة الإخبارية لـ ${pass}. انقر على هذا الرابط للتأكيد:\n\n${link}\n\nيعمل الرابط ${hours} ساعة ولمرة واحدة فقط. لم تشترك؟ لا داعي لفعل أي شيء: لن يصلك منا شيء.`,
    hello: (name) => `مرحبًا ${name}،`,
    stories: 'قصص',
    providers: 'جديد على البطاقة',
    events: 'قريبًا',
    routes: 'مسارات',
    campaigns: 'حملات في التقويم',
    figures: 'البطاقة بالأرقام',
    tips: 'نصائح',
    nothing: 'لا توجد أخبار عن مواضيعك هذه المرة.',
    readMore: 'اقرأ المزيد',
    unsubscribe: (link) => `لم تعد تريد هذه النشرة؟ ألغِ الاشتراك بنقرة واحدة:\n${link}`,
    why: (pass) => `تصلك هذه الرسالة لأنك اشتركت في النشرة الإخبارية لـ ${pass}.`,
  },
  pl: {
    confirmSubject: (pass) => `Potwierdź zapis na newsletter ${pass}`,
    confirmBody: (pass, link, hours) =>
      `Dzień dobry,\n\nChcesz otrzymywać newsletter ${pass}. Kliknij ten link, aby potwierdzić:\n\n${link}\n\nLink działa ${hours} godzin i tylko raz. Nie zapisywałeś się? Nie musisz nic robić: nic od nas nie dostaniesz.`,
    hello: (name) => `Dzień dobry ${name},`,
    stories: 'Historie',
    providers: 'Nowe na karcie',
    events: 'Wkrótce',
    routes: 'Trasy',
    campaigns: 'Kampanie w kalendarzu',
    figures: 'Karta w liczbach',
    tips: 'Wskazówki',
    nothing: 'Tym razem nie ma wiadomości na Twoje tematy.',
    readMore: 'Czytaj dalej',
    unsubscribe: (link) => `Nie chcesz już tego newslettera? Wypisz się jednym kliknięciem:\n${link}`,
    why: (pass) => `Otrzymujesz ten e-mail, ponieważ zapisałeś się na newsletter ${pass}.`,
  },
  uk: {
    confirmSubject: (pass) => `Підтвердьте підписку на розсилку ${pass}`,
    confirmBody: (pass, link, hours) =>
      `Вітаємо,\n\nВи хочете отримувати розсилку ${pass}. Натисніть це посилання, щоб підтвердити:\n\n${link}\n\nПосилання діє ${hours} годин і лише один раз. Ви не підписувалися? Тоді нічого не робіть: ви нічого від нас не отримаєте.`,
    hello: (name) => `Вітаємо, ${name}!`,
    stories: 'Історії',
    providers: 'Нове на картці',
    events: 'Незабаром',
    routes: 'Маршрути',
    campaigns: 'Кампанії в календарі',
    figures: 'Картка в цифрах',
    tips: 'Поради',
    nothing: 'Цього разу немає новин на ваші теми.',
    readMore: 'Читати далі',
    unsubscribe: (link) => `Більше не хочете цієї розсилки? Відпишіться одним кліком:\n${link}`,
    why: (pass) => `Ви отримали цей лист, бо підписалися на розсилку ${pass}.`,
  },
};

export const wordsFor = (language: string): Words => WORDS[language as NewsletterLanguage] ?? WORDS.nl;

/** What a subscriber is interested in; an empty list means everything of that kind. */
export interface Interests {
  wijken: readonly string[];
  routes: readonly string[];
  categories: readonly string[];
}

const overlaps = (tags: readonly string[], chosen: readonly string[]) =>
  tags.length === 0 || chosen.length === 0 || tags.some((t) => chosen.includes(t));

/**
 * Whether an item is news for these interests: for wijken, routes and categories alike, an item
 * about some of them reaches only those who chose one of them (or chose none of that kind); an item
 * about none of them reaches everyone.
 */
export const matches = (item: EditionItem, interests: Interests) =>
  overlaps(item.wijken, interests.wijken) &&
  overlaps(item.routes, interests.routes) &&
  overlaps(item.categories, interests.categories);

const SECTIONS: { kind: EditionItem['kind']; heading: (w: Words) => string }[] = [
  { kind: 'story', heading: (w) => w.stories },
  { kind: 'provider', heading: (w) => w.providers },
  { kind: 'event', heading: (w) => w.events },
  { kind: 'route', heading: (w) => w.routes },
  { kind: 'campaign', heading: (w) => w.campaigns },
  { kind: 'figure', heading: (w) => w.figures },
];

/**
 * The plain text of an edition for one reader: only the items that match their interests, and
 * the unsubscribe link at the end. No images and no tracking: plain text has neither.
 */
export function editionText(input: {
  language: string;
  passName: string;
  publicUrl: string;
  title: string;
  intro: string;
  tips: string;
  items: readonly EditionItem[];
  interests: Interests;
  name: string | null;
  unsubscribeUrl: string;
}): { text: string; items: EditionItem[] } {
  const w = wordsFor(input.language);
  const chosen = input.items.filter((item) => matches(item, input.interests));
  const parts: string[] = [];
  if (input.name) parts.push(w.hello(input.name));
  parts.push(input.title.toUpperCase());
  if (input.intro.trim()) parts.push(input.intro.trim());
  for (const section of SECTIONS) {
    const items = chosen.filter((item) => item.kind === section.kind);
    if (items.length === 0) continue;
    const lines = items.map((item) => {
      const link = item.path ? `\n  ${w.readMore}: ${input.publicUrl}${item.path}` : '';
      return `- ${item.title}${item.summary ? `\n  ${item.summary}` : ''}${link}`;
    });
    parts.push(`${section.heading(w)}\n${lines.join('\n')}`);
  }
  if (chosen.length === 0) parts.push(w.nothing);
  if (input.tips.trim()) parts.push(`${w.tips}\n${input.tips.trim()}`);
  parts.push(`--\n${w.why(input.passName)}\n${w.unsubscribe(input.unsubscribeUrl)}`);
  return { text: parts.join('\n\n'), items: chosen };
}
