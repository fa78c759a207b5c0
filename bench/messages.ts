/**
 * Resident messages for the load benchmark: invented, in the register residents write in
 * (B1 Dutch, some English), across the social domain (Wmo, youth care, income support, debt,
 * care providers). Written for the benchmark; no real person or case.
 */
export const RESIDENT_MESSAGES: readonly string[] = [
  'De thuiszorg is deze week twee keer niet gekomen en mijn moeder kan zich niet zelf douchen.',
  'Ik wacht al zes weken op een beslissing over mijn traplift, niemand belt me terug.',
  'Mijn bijstandsuitkering is deze maand niet op mijn rekening gestort. Ik kan de huur niet betalen.',
  'De taxi naar de dagbesteding was vanochtend weer anderhalf uur te laat, mijn zoon stond buiten te wachten.',
  'Ik heb een brief gekregen dat mijn pgb stopt, maar ik snap niet waarom. Wie kan mij dit uitleggen?',
  'Onze dochter staat al negen maanden op de wachtlijst voor jeugdhulp. Het gaat steeds slechter met haar.',
  'Ik heb schulden bij de energiemaatschappij en de deurwaarder komt volgende week. Kan de gemeente helpen?',
  'De huishoudelijke hulp is gestopt zonder dat iemand het ons vertelde. Mijn vader is 87.',
  'Bij het Wmo-loket zeiden ze dat ik bij het zorgkantoor moet zijn, en daar sturen ze me terug. Wat nu?',
  'Mijn rolstoel is al drie weken kapot en de leverancier reageert niet op mijn mails.',
  'Ik moet € 240 terugbetalen aan de gemeente maar ik weet niet waarvoor. Er staat niets in de brief.',
  'Het keukentafelgesprek is twee keer afgezegd. Ik wil gewoon dat er iemand langskomt.',
  'Mijn aanvraag voor bijzondere bijstand voor een nieuwe koelkast is afgewezen zonder uitleg.',
  'De jeugdconsulent reageert niet meer sinds de zomer. We weten niet wie nu ons aanspreekpunt is.',
  'Ik ben mantelzorger voor mijn man en ik kan het niet meer aan. Is er respijtzorg mogelijk?',
  'Het schuldhulpverleningstraject loopt al een jaar en ik heb nog steeds geen overzicht gekregen.',
  'Sinds de nieuwe aanbieder komt er elke keer iemand anders. Mijn moeder met dementie raakt in de war.',
  'Ik kreeg een boete van de sociale dienst omdat ik een formulier te laat zou hebben ingeleverd, maar ik heb het op tijd gestuurd.',
  'My benefit has not been paid this month and I do not understand the letter in Dutch. Can someone help me?',
  'The home care did not come today and my father cannot get out of bed alone.',
  'De woningaanpassing is goedgekeurd in maart maar de aannemer is nog steeds niet begonnen.',
  'Mijn zoon heeft autisme en de school zegt dat hij thuis moet blijven tot er begeleiding is. Dat duurt al maanden.',
  'Ik heb een klacht over hoe de medewerker aan de telefoon tegen mij praatte. Ik voelde me niet serieus genomen.',
  'Er is een beslag gelegd op mijn loon en ik houd minder over dan de beslagvrije voet. Klopt dat wel?',
  'Mijn indicatie voor begeleiding loopt volgende maand af en ik heb nog niets gehoord over verlenging.',
  'We zijn verhuisd naar deze gemeente en nu moet alle zorg opnieuw aangevraagd worden. Kan dat sneller?',
  'Ik wil graag weten hoe het staat met mijn melding van vorige week over de hulp bij het huishouden.',
  'De re-integratiecoach heeft mijn afspraken drie keer verzet en nu krijg ik een korting op mijn uitkering.',
  'Mijn buurvrouw van 92 krijgt geen eten meer gebracht sinds de maaltijdservice is gestopt. Wie kan dit regelen?',
  'Ik begrijp de eigen bijdrage van het CAK niet, het bedrag is veel hoger dan de gemeente had gezegd.',
];

/** Short follow-ups residents send in a conversation that is under way. */
export const FOLLOW_UPS: readonly string[] = [
  'Hallo? Is er al iemand die dit leest?',
  'Dank u wel, ik wacht op uw bericht.',
  'Het gaat om mijn vader, hij woont alleen.',
  'Mijn telefoonnummer is hetzelfde gebleven.',
  'Vandaag is het weer niet goed gegaan.',
  'Kunt u mij morgen na 14.00 uur bellen?',
  'Ik heb de brief ook als foto, kan ik die sturen?',
  'Oké, duidelijk.',
];

/**
 * The `i`-th message of a deterministic mix: mostly stories, one in four a follow-up, each ending
 * with an (invented) client number, as residents often quote one. The number makes every text of
 * a run different (for i < 900 000), as real residents' texts are: the classifier keeps its last
 * results, and a bench that repeated thirty texts would measure that memo, not classifying.
 */
export function residentText(i: number): string {
  const base = i % 4 === 3 ? FOLLOW_UPS[i % FOLLOW_UPS.length]! : RESIDENT_MESSAGES[i % RESIDENT_MESSAGES.length]!;
  return `${base} Mijn klantnummer is ${100_000 + i}.`;
}
