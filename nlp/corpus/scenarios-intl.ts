/**
 * Hand-written scenarios in English, Turkish, Polish, Arabic and Ukrainian (authors' own text).
 * English is frequent among expats and students; the others are the largest resident language
 * groups (domain.md §5). Dutch institution names stay in Dutch, as residents write them.
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

const en = (b: string, k: Parameters<typeof S>[1], u: Parameters<typeof S>[2], lines: string[]) => S(b, k, u, lines, undefined, 'en');
const tr = (b: string, k: Parameters<typeof S>[1], u: Parameters<typeof S>[2], lines: string[]) => S(b, k, u, lines, undefined, 'tr');
const pl = (b: string, k: Parameters<typeof S>[1], u: Parameters<typeof S>[2], lines: string[]) => S(b, k, u, lines, undefined, 'pl');
const ar = (b: string, k: Parameters<typeof S>[1], u: Parameters<typeof S>[2], lines: string[]) => S(b, k, u, lines, undefined, 'ar');
const uk = (b: string, k: Parameters<typeof S>[1], u: Parameters<typeof S>[2], lines: string[]) => S(b, k, u, lines, undefined, 'uk');

export const INTL: Scenario[] = [
  en('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'The home care agency keeps sending a different cleaner every week and half the time nobody shows up at all.',
    'My mother is supposed to get 3 hours of household help, but the carer leaves after one hour.',
  ]),
  en('gemeente-wmo', 'bezwaar', 'normaal', [
    'The municipality rejected my application for a mobility scooter. I disagree with the decision and want to object.',
    'I received a decision letter cutting my support hours under the Wmo. How do I appeal?',
  ]),
  en('gemeente-wmo', 'vraag', 'normaal', [
    'How do I apply for a wheelchair or home adaptation through the municipality?',
    'Can I get help at home after my surgery? Who do I contact at the gemeente?',
  ]),
  en('gemeente-werk-inkomen', 'klacht', 'hoog', [
    'My welfare payment did not arrive this month and nobody at the municipality answers the phone. I have no money for rent.',
    'I applied for social assistance six weeks ago and still have no decision and no advance payment.',
  ]),
  en('gemeente-werk-inkomen', 'bezwaar', 'normaal', [
    'The municipality says I have to pay back 2,000 euros of my benefit. I do not agree with this decision.',
  ]),
  en('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'Can I work part-time while receiving bijstand? How much am I allowed to earn?',
  ]),
  en('gemeente-schuldhulp', 'vraag', 'normaal', [
    'I have debts with several companies and I do not know where to start. Can the municipality help me with debt counselling?',
  ]),
  en('gemeente-schuldhulp', 'klacht', 'normaal', [
    'I registered for debt help three months ago and still have not had an intake meeting.',
  ]),
  en('gemeente-jeugd', 'klacht', 'normaal', [
    'My son has been on the waiting list for youth mental health care for eight months and the municipality does nothing.',
  ]),
  en('gemeente-jeugd', 'vraag', 'normaal', [
    'Where can I get youth care for my daughter? The school says she needs a referral.',
  ]),
  en('vervoerder', 'klacht', 'normaal', [
    'The regiotaxi did not pick me up again today and I missed my hospital appointment.',
    'The school taxi driver is rude to my son and often arrives 40 minutes late.',
  ]),
  en('wijkteam', 'klacht', 'normaal', [
    'I have called the neighbourhood team four times and nobody ever calls me back.',
  ]),
  en('toeslagen', 'klacht', 'normaal', [
    'The tax office wants me to repay my healthcare allowance and I cannot reach anyone there.',
  ]),
  en('toeslagen', 'vraag', 'normaal', [
    'Am I entitled to rent benefit as an international student?',
  ]),
  en('uwv', 'klacht', 'normaal', [
    'UWV still has not paid my unemployment benefit after five weeks.',
  ]),
  en('svb', 'klacht', 'normaal', [
    'The SVB has not paid my carer from my personal budget for two months.',
  ]),
  en('cak', 'vraag', 'normaal', [
    'Why do I get an invoice from CAK for a personal contribution? I thought the help was free.',
  ]),
  en('gemeente-overig', 'vraag', 'normaal', [
    'How do I make an appointment to renew my passport?',
    'When will the bulky waste be collected in my street?',
    'I just moved here, how do I register at the municipality?',
  ]),
  en('gemeente-overig', 'klacht', 'normaal', [
    'I got a parking fine even though I have a valid permit.',
    'The staff member at the town hall desk was very rude to me.',
  ]),
  en('gemeente-overig', 'vraag', 'normaal', [
    'When does my civic integration course start and who pays for the language lessons?',
  ]),
  en('woningcorporatie+gemeente-schuldhulp', 'klacht', 'hoog', [
    'My landlord sent an eviction notice because of rent arrears and the debt help team is not responding.',
  ]),
  en('veilig-thuis', 'signaal', 'normaal', [
    'I often hear screaming and crying from the neighbours and I am worried about the children. Where can I report this?',
  ]),
  en('jeugdbescherming', 'klacht', 'normaal', [
    'Our family guardian cancels every visit with my daughter and does not reply to my emails.',
  ]),
  en('wlz', 'klacht', 'normaal', [
    'My father has been waiting a year for a nursing home place and the care office says there is nothing available.',
  ]),
  en('onbekend', 'vraag', 'normaal', [
    'Hello, I have a question.',
    'My health insurer refuses to pay for my physiotherapy.',
  ]),
  tr('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'Annem için gelen temizlik yardımı her hafta değişiyor ve bazen hiç gelmiyor. Belediyeye şikayet etmek istiyorum.',
  ]),
  tr('gemeente-werk-inkomen', 'klacht', 'hoog', [
    'Bu ay yardım parası (bijstand) yatmadı, kira ödeyemiyorum ve belediyede kimse telefonu açmıyor.',
  ]),
  tr('gemeente-wmo', 'bezwaar', 'normaal', [
    'Belediye tekerlekli sandalye başvurumu reddetti. Bu karara itiraz etmek istiyorum.',
  ]),
  tr('gemeente-schuldhulp', 'vraag', 'normaal', [
    'Çok borcum var ve icra geliyor. Belediye bana borç konusunda nasıl yardım edebilir?',
  ]),
  tr('gemeente-jeugd', 'klacht', 'normaal', [
    'Oğlum aylardır gençlik yardımı (jeugdhulp) için bekleme listesinde, belediyeden kimse aramadı.',
  ]),
  tr('vervoerder', 'klacht', 'normaal', [
    'Taksi bugün yine gelmedi, babam doktora gidemedi. Şoför de çok kaba.',
  ]),
  pl('gemeente-werk-inkomen', 'klacht', 'normaal', [
    'Od dwóch miesięcy czekam na decyzję w sprawie zasiłku (bijstand) i nikt z gminy nie odpowiada na moje maile.',
  ]),
  pl('toeslagen', 'bezwaar', 'normaal', [
    'Urząd skarbowy (Belastingdienst) chce zwrotu dodatku mieszkaniowego. Nie zgadzam się z tą decyzją i chcę złożyć odwołanie.',
  ]),
  pl('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'Pomoc domowa dla mojej mamy nie przychodzi od trzech tygodni. Chcę złożyć skargę.',
  ]),
  pl('gemeente-schuldhulp', 'vraag', 'normaal', [
    'Mam długi i komornik przysłał list. Jak mogę dostać pomoc od gminy?',
  ]),
  ar('gemeente-werk-inkomen', 'klacht', 'hoog', [
    'لم تصل المساعدة الاجتماعية (bijstand) هذا الشهر ولا أستطيع دفع الإيجار. لا أحد يرد في البلدية.',
  ]),
  ar('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'المساعدة المنزلية لأمي لا تأتي منذ أسبوعين. أريد تقديم شكوى.',
  ]),
  ar('gemeente-wmo', 'bezwaar', 'normaal', [
    'رفضت البلدية طلب الكرسي المتحرك لوالدي. أريد تقديم اعتراض على هذا القرار.',
  ]),
  ar('gemeente-schuldhulp', 'vraag', 'normaal', [
    'عندي ديون كثيرة. كيف يمكن للبلدية أن تساعدني؟',
  ]),
  uk('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'Я з України. Як отримати соціальну допомогу від громади (gemeente)? Куди звертатися?',
  ]),
  uk('gemeente-overig', 'vraag', 'normaal', [
    'Коли починаються мовні курси для українців? Хто їх оплачує?',
  ]),
  uk('zorgaanbieder+gemeente-wmo', 'klacht', 'normaal', [
    'Допомога вдома для моєї мами не приходить вже два тижні. Хочу подати скаргу.',
  ]),
];
