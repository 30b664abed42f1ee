import type { SchemeRow } from './schemes.repository.ts';

const TEXTS = {
  nl: {
    subject: 'Uw uitkomst van de check: regelingen die bij u passen',
    intro: 'U deed de check op de website van de Zaanse Pas. Deze regelingen passen misschien bij u:',
    none: 'Uit de check kwam geen regeling. Vraag het wijkteam of er toch iets voor u is.',
    online: (url: string) => `Vraag aan via: ${url}`,
    person: (who: string) => `Vraag aan via: ${who}`,
    discretion: (who: string) => `U hoeft niets aan te vragen. Dit beslist: ${who}`,
    more: 'Meer over deze regeling',
    contact: 'Contact',
    footer: 'Wij hebben uw antwoorden niet bewaard. Dit e-mailadres gebruiken wij alleen voor dit bericht.',
  },
  en: {
    subject: 'Your check result: schemes that may suit you',
    intro: 'You did the check on the Zaanse Pas website. These schemes may suit you:',
    none: 'The check found no scheme. Ask the wijkteam whether there is something for you after all.',
    online: (url: string) => `Apply at: ${url}`,
    person: (who: string) => `Apply through: ${who}`,
    discretion: (who: string) => `No application needed. Decided by: ${who}`,
    more: 'More about this scheme',
    contact: 'Contact',
    footer: 'We did not store your answers. We use this e-mail address for this message only.',
  },
  tr: {
    subject: 'Kontrol sonucunuz: size uygun olabilecek destekler',
    intro: 'Zaanse Pas web sitesinde kontrolü yaptınız. Bu destekler size uygun olabilir:',
    none: 'Kontrol bir destek bulamadı. Yine de sizin için bir şey olup olmadığını mahalle ekibine (wijkteam) sorun.',
    online: (url: string) => `İnternetten başvurun: ${url}`,
    person: (who: string) => `Şu kişi üzerinden başvurun: ${who}`,
    discretion: (who: string) => `Başvuru gerekmez. Karar veren: ${who}`,
    more: 'Bu destek hakkında daha fazla bilgi',
    contact: 'İletişim',
    footer: 'Cevaplarınızı saklamadık. Bu e-posta adresini yalnızca bu mesaj için kullanıyoruz.',
  },
  ar: {
    subject: 'نتيجة الفحص: أنظمة دعم قد تناسبك',
    intro: 'قمت بالفحص على موقع Zaanse Pas. قد تناسبك أنظمة الدعم هذه:',
    none: 'لم يجد الفحص أي نظام دعم. اسأل فريق الحي (wijkteam) إن كان هناك شيء لك.',
    online: (url: string) => `قدّم الطلب عبر الإنترنت: ${url}`,
    person: (who: string) => `قدّم الطلب عن طريق: ${who}`,
    discretion: (who: string) => `لا حاجة لتقديم طلب. من يقرر: ${who}`,
    more: 'المزيد عن هذا النظام',
    contact: 'التواصل',
    footer: 'لم نحفظ إجاباتك. نستخدم هذا البريد الإلكتروني لهذه الرسالة فقط.',
  },
  pl: {
    subject: 'Wynik testu: formy pomocy, które mogą do Ciebie pasować',
    intro: 'Zrobiłeś test na stronie Zaanse Pas. Te formy pomocy mogą do Ciebie pasować:',
    none: 'Test nie znalazł żadnej formy pomocy. Zapytaj zespół dzielnicowy (wijkteam), czy jest coś dla Ciebie.',
    online: (url: string) => `Złóż wniosek przez internet: ${url}`,
    person: (who: string) => `Złóż wniosek przez: ${who}`,
    discretion: (who: string) => `Nie trzeba składać wniosku. Decyduje: ${who}`,
    more: 'Więcej o tej formie pomocy',
    contact: 'Kontakt',
    footer: 'Nie zapisaliśmy Twoich odpowiedzi. Używamy tego adresu e-mail tylko do tej wiadomości.',
  },
  uk: {
    subject: 'Ваш результат перевірки: програми, які можуть вам підійти',
    intro: 'Ви пройшли перевірку на сайті Zaanse Pas. Ці програми можуть вам підійти:',
    none: 'Перевірка не знайшла жодної програми. Запитайте районну команду (wijkteam), чи є щось для вас.',
    online: (url: string) => `Подайте заявку онлайн: ${url}`,
    person: (who: string) => `Подайте заявку через: ${who}`,
    discretion: (who: string) => `Заявка не потрібна. Рішення приймає: ${who}`,
    more: 'Більше про цю програму',
    contact: 'Контакт',
    footer: 'Ми не зберегли ваші відповіді. Ми використовуємо цю адресу лише для цього листа.',
  },
} as const;

export type CheckEmailLanguage = keyof typeof TEXTS;

/** The e-mail with the check's result, in the reader's language: each scheme with its next step and a link to its page. */
export function checkEmail(found: SchemeRow[], language: CheckEmailLanguage, publicUrl: string) {
  const t = TEXTS[language];
  const absolute = (url: string) => (url.startsWith('/') ? `${publicUrl}${url}` : url);
  const blocks = found.map((s) => {
    const step =
      s.apply_route === 'online_form'
        ? t.online(absolute(s.apply_url ?? ''))
        : s.apply_route === 'through_person'
          ? t.person(s.apply_person ?? '')
          : t.discretion(s.apply_person ?? '');
    return [
      `* ${s.title}`,
      `  ${s.summary}`,
      `  ${step}`,
      ...(s.contact ? [`  ${t.contact}: ${s.contact}`] : []),
      `  ${t.more}: ${publicUrl}/regelingen/${s.slug}`,
    ].join('\n');
  });
  const body = [t.intro, '', ...(blocks.length ? blocks : [t.none]), '', t.footer].join('\n');
  return { subject: t.subject, bodyText: body };
}
