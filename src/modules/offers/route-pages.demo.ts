import type { DemoContext } from '../../http/module-manifest.ts';
import type { RoutePictureName } from './route-pages.schemas.ts';

/**
 * The demo routes' stories, pictograms and colours (the routes themselves come from the core seed).
 * Stories are B1 Dutch: short sentences, everyday words. Colours are dark enough for white text.
 */
const ROUTE_PAGES: Record<string, { picture: RoutePictureName; color: string; story: string }> = {
  'romantiek-route': {
    picture: 'heart',
    color: '#a1124a',
    story:
      'Wil je iemand verrassen? Met de Romantiek Route ga je samen uit, ook als je weinig geld hebt.\n\n' +
      'Eet samen bij een restaurant aan de Zaan. Koop bloemen op de markt. Of ga naar het theater.\n\n' +
      'Laat je pas zien. Dan krijg je korting.',
  },
  'verwen-route': {
    picture: 'spa',
    color: '#6b2a8c',
    story:
      'Iedereen heeft soms tijd voor zichzelf nodig. De Verwen Route helpt je daarbij.\n\n' +
      'Ga naar de kapper, neem een massage of eet een taartje bij de bakker. Met je pas betaal je minder.\n\n' +
      'Kijk hieronder wat er in jouw buurt is.',
  },
  'route-sport-en-bewegen': {
    picture: 'sport',
    color: '#1d6b2f',
    story:
      'Bewegen is gezond en leuk. Met de Route voor Sport en Bewegen probeer je een sport uit.\n\n' +
      'Ga zwemmen, dansen, voetballen of wandelen. Veel clubs geven een proefles met korting.\n\n' +
      'Kinderen kunnen ook meedoen. Vraag ernaar bij de club.',
  },
  'jongerenroute': {
    picture: 'star',
    color: '#0b5cad',
    story:
      'Ben je jonger dan 27? Dan is de Jongerenroute voor jou.\n\n' +
      'Ga naar de film, een concert of de sportschool. Of zoek een plek om met vrienden te chillen.\n\n' +
      'Laat je pas zien aan de kassa.',
  },
  'zaans-erfgoed-route': {
    picture: 'windmill',
    color: '#8a4b08',
    story:
      'De Zaan heeft een lange geschiedenis. Vroeger stonden hier honderden molens.\n\n' +
      'Met deze route bezoek je molens, musea en oude fabrieken. Je hoort de verhalen van de Zaan.\n\n' +
      'Met je pas is de toegang goedkoper of gratis.',
  },
  'buurthuizenroute': {
    picture: 'house',
    color: '#1f5f6b',
    story:
      'In het buurthuis ontmoet je mensen uit je eigen wijk.\n\n' +
      'Drink een kop koffie, eet samen of doe mee met een cursus. Veel is gratis.\n\n' +
      'Op de kaart zie je welk buurthuis bij jou in de buurt is.',
  },
  'gezinsroute': {
    picture: 'family',
    color: '#b03a00',
    story:
      'Een dagje uit met het hele gezin hoeft niet duur te zijn.\n\n' +
      'Ga naar de kinderboerderij, het zwembad of de speeltuin. Met je pas krijg je korting.\n\n' +
      'Kinderen met een eigen pas krijgen vaak extra voordeel.',
  },
  'groene-route': {
    picture: 'tree',
    color: '#2e6b12',
    story:
      'Naar buiten! De Groene Route brengt je naar de natuur in Zaanstad.\n\n' +
      'Wandel langs de Zaan, werk mee in een moestuin of laat je fiets repareren in een repair café.\n\n' +
      'Zo doe je iets goeds voor jezelf en voor de buurt.',
  },
};

export async function seedRoutePages({ tx, tenantId }: DemoContext) {
  for (const [slug, page] of Object.entries(ROUTE_PAGES)) {
    await tx.updateTable('routes').set(page).where('tenant_id', '=', tenantId).where('slug', '=', slug).execute();
  }
}
