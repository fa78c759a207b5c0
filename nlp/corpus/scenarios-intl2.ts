/**
 * Second batch of non-Dutch scenarios (authors' own text): mostly questions (residents new to the
 * Dutch system ask how things work), plus youth protection, home help and signals, so that kind
 * and body are not learnt from Dutch alone. Dutch institution names stay as residents write them.
 */
import type { Scenario } from './scenario.js';
import { S } from './scenario.js';

type K = Parameters<typeof S>[1];
type U = Parameters<typeof S>[2];
const L = (lang: string) => (b: string, k: K, u: U, lines: string[]) => S(b, k, u, lines, undefined, lang);
const en = L('en');
const tr = L('tr');
const pl = L('pl');
const ar = L('ar');

export const INTL2: Scenario[] = [
  en('gemeente-wmo', 'vraag', 'normaal', [
    'My father lives alone and can no longer manage the cleaning and shopping. Can the municipality arrange some help at home? How do we start?',
    'We just moved to the Netherlands with my grandmother. She uses a walker and needs a handrail in the bathroom. Who should we contact?',
    'Does my wife need to be registered at the town hall before she can apply for help around the house?',
  ]),
  en('gemeente-jeugd', 'vraag', 'normaal', [
    'Our son has ADHD and struggles a lot at school. The teacher mentioned youth care. How does it work here and do we need a referral?',
    'Who do we talk to about therapy for our teenage daughter? We are new here and do not know the system.',
  ]),
  en('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'I lost my job and have no savings left. Can I apply for social assistance, and will it affect my residence permit?',
    'Am I allowed to study part-time while on bijstand?',
  ]),
  en('gemeente-overig', 'vraag', 'normaal', [
    'Is there a discount pass for families with a low income, for things like sports clubs or the swimming pool?',
    'How do I apply for a disabled parking card?',
  ]),
  en('gemeente-overig', 'klacht', 'normaal', [
    'My bins have not been emptied for three weeks and nobody at the municipality responds to my reports.',
    'The person at the front desk of the town hall laughed at my Dutch and refused to help me in English.',
  ]),
  en('wijkteam', 'signaal', 'normaal', [
    'Just to let you know: my elderly neighbour seems confused lately and I never see anyone visiting her. Maybe someone from the neighbourhood team could check on her.',
  ]),
  en('onbekend', 'vraag', 'normaal', [
    'My GP will not refer me to a psychologist. Can the municipality help with that?',
    'Hi, can someone call me back please?',
  ]),
  en('uwv', 'vraag', 'normaal', [
    'My unemployment benefit ends next month. Do I need to apply for something else with UWV?',
  ]),
  en('jeugdbescherming', 'klacht', 'normaal', [
    'The family guardian keeps changing the visiting arrangement with my kids without explaining why. I want to file a complaint.',
  ]),
  tr('gemeente-wmo', 'vraag', 'normaal', [
    'Babam 80 yaşında ve evde tek başına temizlik yapamıyor. Belediyeden ev yardımı alabilir miyiz? Nasıl başvuru yapılır?',
    'Annem yürümekte zorlanıyor, tekerlekli sandalye için belediyeye nasıl başvurabiliriz?',
  ]),
  tr('gemeente-jeugd', 'vraag', 'normaal', [
    'Oğlum okulda çok zorlanıyor ve öğretmeni gençlik yardımı önerdi. Nereye başvurmamız gerekiyor?',
  ]),
  tr('jeugdbescherming', 'klacht', 'normaal', [
    'Çocuklarım koruyucu aileye verildi ve gezinsvoogd benimle hiç konuşmuyor. Şikayet etmek istiyorum.',
  ]),
  tr('gemeente-schuldhulp', 'vraag', 'hoog', [
    'Elektrik şirketi borç yüzünden gelecek hafta elektriği kesecek. Belediye borçlar için yardım edebilir mi?',
  ]),
  pl('gemeente-wmo', 'vraag', 'normaal', [
    'Dzień dobry, moja mama ma 75 lat i nie daje rady sprzątać. Czy gmina może pomóc z pomocą domową? Jak złożyć wniosek?',
  ]),
  pl('jeugdbescherming', 'klacht', 'normaal', [
    'Mój syn jest pod nadzorem i kurator rodziny nie odpowiada na moje wiadomości od miesiąca. Chcę złożyć skargę.',
    'Opiekunka rodziny podejmuje decyzje o moich dzieciach bez rozmowy ze mną.',
  ]),
  pl('gemeente-werk-inkomen', 'vraag', 'normaal', [
    'Straciłem pracę przez agencję. Czy mogę dostać zasiłek z gminy i jak długo to trwa?',
  ]),
  pl('uwv', 'klacht', 'normaal', [
    'UWV od sześciu tygodni nie wypłaca mi zasiłku chorobowego (ziektewet) i nikt nie oddzwonił.',
  ]),
  ar('gemeente-wmo', 'vraag', 'normaal', [
    'والدتي كبيرة في السن ولا تستطيع التنظيف في البيت. هل يمكن أن تساعدنا البلدية بمساعدة منزلية؟ كيف نقدم الطلب؟',
  ]),
  ar('gemeente-jeugd', 'vraag', 'normaal', [
    'ابني عنده صعوبات في المدرسة والمعلمة نصحتنا بطلب رعاية الشباب. كيف نبدأ؟',
  ]),
  ar('jeugdbescherming', 'klacht', 'normaal', [
    'أخذوا أطفالي إلى أسرة حاضنة والوصي لا يرد على اتصالاتي. أريد تقديم شكوى.',
  ]),
  ar('wijkteam', 'vraag', 'normaal', [
    'المدرسة قالت لي أن أتصل بفريق الحي لأن ابنتي حزينة كثيراً. كيف أتواصل معهم؟',
  ]),
];
