import type { InfoTopic } from './volunteering.tables.ts';

/**
 * The information pages of the demo, in Dutch at B1 level. General guidance that points to the
 * places that decide (the municipality, Justis, the Belastingdienst); the pass organisation
 * rewrites them in Beheer → Vrijwilligers.
 */
export const DEMO_INFO_PAGES: { slug: string; topic: InfoTopic; title: string; summary: string; body: string }[] = [
  {
    slug: 'verzekering',
    topic: 'insurance',
    title: 'Verzekerd als vrijwilliger',
    summary: 'Gaat er iets mis tijdens vrijwilligerswerk? Dan bent u vaak verzekerd via de gemeente.',
    body: `De gemeente Zaanstad heeft een **vrijwilligersverzekering** voor vrijwilligers in Zaanstad. U hoeft zich daarvoor niet aan te melden.

## Wat is verzekerd?

- schade die u per ongeluk aan een ander toebrengt (aansprakelijkheid);
- een ongeluk dat u zelf overkomt tijdens het vrijwilligerswerk;
- spullen die kapotgaan tijdens het werk, in sommige gevallen.

## Wat moet u doen?

1. Kijk eerst of uw organisatie zelf een verzekering heeft. Die gaat voor.
2. Meld schade zo snel mogelijk bij uw organisatie.
3. Twijfelt u? Vraag het aan Zaankanters voor Elkaar: [mail ons](mailto:info@zaankantersvoorelkaar.demo).`,
  },
  {
    slug: 'vog',
    topic: 'vog',
    title: 'Verklaring Omtrent het Gedrag (VOG)',
    summary:
      'Werkt u met kinderen of kwetsbare mensen? Dan vraagt uw organisatie vaak om een VOG. Die is meestal gratis.',
    body: `Een **VOG** laat zien dat u geen strafbare feiten heeft gedaan die uw werk in de weg staan.

## Wanneer heeft u een VOG nodig?

- als u werkt met kinderen, zoals bij huiswerkhulp of een kinderkookclub;
- als u werkt met mensen met een beperking of met ouderen.

## Gratis VOG

Veel organisaties kunnen een **gratis VOG** voor hun vrijwilligers aanvragen bij Justis. De organisatie vraagt de VOG aan, u krijgt een e-mail en rondt de aanvraag af met DigiD.

1. Vraag uw organisatie of zij meedoet aan de regeling Gratis VOG.
2. Zo niet: Zaankanters voor Elkaar helpt haar op weg.`,
  },
  {
    slug: 'vergunningen-en-checklist',
    topic: 'permits',
    title: 'Een activiteit of buurtfeest organiseren',
    summary: 'Wanneer heeft u een vergunning nodig, en wat regelt u vooraf? Met een checklist.',
    body: `Voor een klein buurtfeest is een **melding** bij de gemeente vaak genoeg. Voor een groter evenement heeft u een **evenementenvergunning** nodig. Vraag die op tijd aan: minstens 8 weken van tevoren.

## Checklist

- Datum, tijd en plek vastgelegd?
- Melding of vergunning aangevraagd bij de gemeente Zaanstad?
- Buren op de hoogte gebracht?
- Materiaal gereserveerd, zoals een partytent of geluid? Dat kan bij het **Materialendepot Zaanstad** in Krommenie.
- EHBO geregeld?
- Afval: vuilniszakken en een afspraak over opruimen?
- Verzekering nagekeken? Zie [Verzekerd als vrijwilliger](/vrijwilligers/info/verzekering).`,
  },
  {
    slug: 'cursussen',
    topic: 'courses',
    title: 'Cursussen en trainingen voor vrijwilligers',
    summary: 'Gratis of goedkoop leren: EHBO, omgaan met geld in een vereniging, werken met jongeren.',
    body: `Vrijwilligers in Zaanstad kunnen cursussen volgen, vaak gratis. Denk aan:

- **EHBO** en reanimatie;
- penningmeester van een vereniging of stichting;
- werken met kinderen en jongeren;
- taalmaatje worden.

Willen meer initiatieven dezelfde cursus? Zeg het op uw partnerpagina bij **Samen inkopen of leren**. Dan ziet u wie dezelfde cursus zoekt, en kunt u hem samen organiseren.`,
  },
  {
    slug: 'rechtsvorm',
    topic: 'legal_forms',
    title: 'Vereniging, stichting of los initiatief?',
    summary: 'Welke rechtsvorm past bij uw initiatief, en wanneer heeft u er een nodig?',
    body: `Veel initiatieven beginnen zonder rechtsvorm. Dat mag. Maar voor **geld aanvragen** of een **bankrekening** is een rechtsvorm vaak nodig.

- **Stichting**: een bestuur van minstens één persoon, geen leden. Handig voor een buurthuis of een fonds.
- **Vereniging**: leden kiezen het bestuur. Handig voor een club.
- **Geen rechtsvorm**: kan prima voor een klein initiatief. Een partnerorganisatie kan dan het geld voor u beheren.

U richt een stichting of vereniging op bij de notaris en schrijft haar in bij de Kamer van Koophandel.`,
  },
  {
    slug: 'financien',
    topic: 'finances',
    title: 'Geld voor uw initiatief',
    summary: 'Het actiebudget van de Zaanse Pas, de budgetten van de gemeente en hoe u de boeken bijhoudt.',
    body: `Er zijn verschillende potjes voor initiatieven. U vindt ze op één plek: de **regelingen voor initiatieven**, met hun voorwaarden en hoe u aanvraagt.

- **Actiebudget van de Zaanse Pas**: steun voor activiteiten in de wijk, zoals trainingen, workshops en cursussen. U vraagt aan in een ronde, bijvoorbeeld bij de opening van het cursusseizoen.
- **Budgetten van de gemeente** voor vrijwilligers en bewonersinitiatieven.

## De boeken bijhouden

1. Bewaar alle bonnen.
2. Houd inkomsten en uitgaven bij in een eenvoudige lijst.
3. Een vrijwilligersvergoeding is onbelast tot een maximum per jaar. Kijk op de site van de Belastingdienst voor het bedrag van dit jaar.`,
  },
  {
    slug: 'wijkmanager',
    topic: 'wijkmanager',
    title: 'De wijkmanager: uw aanspreekpunt in de wijk',
    summary: 'Elke wijk in Zaanstad heeft een wijkmanager van de gemeente. Wat kan die voor u doen?',
    body: `De **wijkmanager** werkt voor de gemeente Zaanstad in één wijk. Hij of zij kent de buurt, de bewoners en de organisaties.

De wijkmanager kan:

- u in contact brengen met andere initiatieven in de wijk;
- meedenken over een plek voor uw activiteit;
- helpen als u vastloopt bij de gemeente.

U vindt de wijkmanager van uw wijk via de gemeente Zaanstad, telefoon [14 075](tel:14075).`,
  },
];
