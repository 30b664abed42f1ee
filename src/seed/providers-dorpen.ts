import { fixed, free, off, pct, type ProviderDef } from './catalogue.ts';

/** Fictitious providers in Koog, Zaandijk, Wormerveer, Krommenie, Assendelft and Westzaan. */
export const PROVIDERS_DORPEN: ProviderDef[] = [
  // Oud Koog a/d Zaan.
  {
    name: 'Chocolaterie Cacao aan de Zaan', kind: 'business', at: ['BU04793110'], hours: [10, 18],
    description: 'Bonbons en chocolade, gemaakt aan de Zaan, waar ooit de cacaofabrieken stonden.',
    offers: [
      { title: 'Doosje bonbons met 20% korting', summary: 'Twaalf handgemaakte bonbons.', description: 'Een doosje met twaalf bonbons naar keuze. Mooi als cadeau, of voor jezelf.', price: pct(1650, 20), categories: ['winkelen', 'eten-en-drinken'], routes: ['romantiek-route', 'verwen-route'], limit: [1, 'month'], popularity: 1.4 },
      { title: 'Chocolade proeven en leren', summary: 'Een workshop: maak je eigen chocoladereep.', description: 'Je leert hoe cacao chocolade wordt en maakt je eigen reep met nootjes of fruit.', price: fixed(2750, 1200), categories: ['leren', 'eten-en-drinken'], routes: ['zaans-erfgoed-route', 'romantiek-route'], limit: [1, 'pass_year'], stock: 96, unit: 'plaatsen' },
      { title: 'Warme chocolademelk van echte chocolade', summary: 'Gesmolten chocolade in warme melk.', description: 'Echte chocolade gesmolten in warme melk. Met of zonder slagroom.', price: fixed(450, 250), categories: ['eten-en-drinken'], routes: ['verwen-route', 'gezinsroute'] },
      { title: 'Chocoladeletter met € 1 korting', summary: 'Een letter van melk- of pure chocolade.', description: 'In november en december: een chocoladeletter naar keuze, gemaakt in onze eigen keuken.', price: off(595, 100), categories: ['winkelen', 'kinderen'], routes: ['gezinsroute'], limit: [2, 'pass_year'], stock: 300, unit: 'letters', months: [11, 12] },
    ],
  },
  {
    name: 'Restaurant De Dijk', kind: 'business', at: ['BU04793110'], hours: [12, 22],
    description: 'Restaurant op de dijk met uitzicht over de Zaan.',
    pool: { name: 'restaurant', count: 4 },
  },
  {
    name: 'Roeivereniging De Zaan', kind: 'non_profit', at: ['BU04793110'], hours: [7, 20],
    description: 'Roeien op de Zaan, voor beginners en wedstrijdroeiers.',
    pool: { name: 'sportclub', count: 3 }, vars: { sport: 'roeien' },
  },

  // Westerkoog.
  {
    name: 'Moestuin De Groene Hoek', kind: 'volunteer_initiative', at: ['BU04793210'], hours: [9, 17],
    description: 'Buurtmoestuin waar iedereen mag helpen. De oogst delen we.',
    offers: [
      { title: 'Meewerken in de moestuin', summary: 'Zaaien, wieden en oogsten met de buurt.', description: 'Op zaterdagochtend werken we samen in de tuin. Je neemt groente mee naar huis.', price: free(), categories: ['welzijn', 'sport'], routes: ['groene-route'], limit: [1, 'week'], popularity: 1.2, season: 'summer' },
      { title: 'Groentepakket voor € 2', summary: 'Een tas verse groente uit de tuin.', description: 'In de zomer en de herfst: een tas groente van het seizoen uit onze tuin.', price: fixed(800, 200), reduced: 0, categories: ['eten-en-drinken'], routes: ['groene-route'], limit: [1, 'week'], stock: 250, unit: 'pakketten', months: [6, 7, 8, 9, 10] },
      { title: 'Kinderen zaaien hun eigen plantje', summary: 'Kinderen zaaien een plant en nemen die mee.', description: 'Kinderen zaaien in een potje een zonnebloem of tomaat en leren hoe ze hem verzorgen.', price: free(), categories: ['kinderen'], routes: ['groene-route', 'gezinsroute'], target: ['kinderen'], limit: [1, 'month'], months: [3, 4, 5, 6] },
    ],
  },
  {
    name: 'Yogastudio Rust aan de Zaan', kind: 'business', at: ['BU04793210'], hours: [7, 21],
    description: 'Yoga en meditatie voor beginners en ervaren yogi\'s.',
    offers: [
      { title: 'Proefles yoga gratis', summary: 'Probeer yoga in een rustige les.', description: 'Een rustige les voor beginners. Matten en kussens zijn er.', price: free(1500), categories: ['sport', 'welzijn'], routes: ['verwen-route', 'route-sport-en-bewegen'], limit: [1, 'ever'] },
      { title: 'Tienrittenkaart yoga met 35% korting', summary: 'Tien lessen yoga naar keuze.', description: 'Kies zelf wanneer je komt: ochtend, middag of avond.', price: pct(13500, 35), reduced: 2500, categories: ['sport', 'welzijn'], routes: ['verwen-route', 'route-sport-en-bewegen'], limit: [1, 'month'] },
      { title: 'Ontspanning voor mantelzorgers en drukke ouders', summary: 'Een uur ontspannen en ademhalen.', description: 'Zorg je veel voor een ander? Neem een uur voor jezelf met rustige oefeningen en ademhaling.', price: fixed(1500, 500), categories: ['welzijn'], routes: ['verwen-route'], target: ['volwassenen'], limit: [1, 'week'] },
      { title: 'Yoga voor zwangere vrouwen: 20% korting', summary: 'Zwangerschapsyoga, zes lessen.', description: 'Zes lessen met oefeningen voor je lichaam en je ademhaling tijdens de zwangerschap.', price: pct(9000, 20), categories: ['sport', 'welzijn'], routes: ['route-sport-en-bewegen'], limit: [1, 'pass_year'] },
    ],
  },

  // Oud Zaandijk.
  {
    name: 'IJssalon Gelato Zaandijk', kind: 'business', at: ['BU04794110'], hours: [12, 22],
    description: 'Italiaans schepijs, elke dag vers gemaakt.',
    offers: [
      { title: 'Twee bolletjes ijs voor € 2', summary: 'Een hoorntje of bakje met twee bolletjes.', description: 'Kies twee smaken uit meer dan twintig soorten ijs, elke dag vers gemaakt.', price: fixed(400, 200), reduced: 100, categories: ['eten-en-drinken'], routes: ['gezinsroute', 'verwen-route', 'jongerenroute'], limit: [1, 'day'], popularity: 2.2, season: 'summer' },
      { title: 'Kinderijsje gratis bij een ijsje', summary: 'Koop een ijsje en een kind krijgt een kinderijsje.', description: 'Bij elk ijsje krijgt een kind tot 10 jaar een kinderijsje met spikkels van ons.', price: free(200), categories: ['kinderen', 'eten-en-drinken'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'day'], season: 'summer' },
      { title: 'Liter ijs met € 3 korting', summary: 'Een liter ijs voor thuis of op een feestje.', description: 'Kies drie smaken voor een liter ijs in een koelbox-bakje.', price: off(1400, 300), categories: ['eten-en-drinken'], routes: ['gezinsroute'], limit: [1, 'week'], season: 'summer' },
    ],
  },
  {
    name: 'Klompenmakerij Het Houten Huis', kind: 'business', at: ['BU04794110'], hours: [9, 17],
    description: 'Klompen maken zoals vroeger, met demonstraties en een winkel.',
    offers: [
      { title: 'Gratis demonstratie klompen maken', summary: 'Zie hoe een klomp van een blok hout wordt gemaakt.', description: 'Elke dag laten we zien hoe je van een blok populierenhout een klomp maakt.', price: free(500), categories: ['cultuur'], routes: ['zaans-erfgoed-route', 'gezinsroute'], limit: [1, 'month'] },
      { title: 'Kinderklompjes met 25% korting', summary: 'Echte houten klompjes voor kinderen.', description: 'Klompjes voor kinderen, in alle maten. Beschilderd of naturel.', price: pct(2495, 25), categories: ['winkelen', 'kinderen'], routes: ['zaans-erfgoed-route'], target: ['kinderen'], limit: [1, 'pass_year'] },
      { title: 'Klomp beschilderen voor kinderen', summary: 'Beschilder je eigen klompje.', description: 'Kinderen beschilderen een klein klompje met eigen kleuren en patronen.', price: fixed(750, 250), categories: ['kinderen', 'cultuur'], routes: ['gezinsroute', 'zaans-erfgoed-route'], target: ['kinderen'], limit: [1, 'month'], stock: 200, unit: 'klompjes' },
    ],
  },

  // Rooswijk.
  {
    name: 'Buurthuis De Rooswijker', kind: 'community_centre', at: ['BU04794220'], hours: [9, 21],
    description: 'Buurthuis in Rooswijk met een moestuin en een open keuken.',
    pool: { name: 'buurthuis', count: 5 },
  },
  {
    name: 'Dansschool Swing aan de Zaan', kind: 'business', at: ['BU04794210'], hours: [15, 23],
    description: 'Dansschool voor stijldansen, salsa, hiphop en kinderdans.',
    offers: [
      { title: 'Dansen voor stellen: 10 lessen met 30% korting', summary: 'Samen leren dansen: wals, tango en cha-cha.', description: 'Een cursus van tien lessen stijldansen voor stellen. Ook voor wie nog nooit gedanst heeft.', price: pct(15000, 30), categories: ['sport', 'uitgaan'], routes: ['romantiek-route', 'route-sport-en-bewegen'], target: ['volwassenen'], limit: [1, 'pass_year'], stock: 60, unit: 'plaatsen' },
      { title: 'Hiphoples voor jongeren voor € 3', summary: 'Hiphop en streetdance op woensdagavond.', description: 'Leer de nieuwste moves van onze docenten, die zelf in battles dansen.', price: fixed(900, 300), reduced: 0, categories: ['sport', 'cultuur'], routes: ['jongerenroute', 'route-sport-en-bewegen'], target: ['jongeren'], limit: [1, 'week'], popularity: 1.3 },
      { title: 'Kinderdans: eerste maand gratis', summary: 'Dansen op muziek voor kinderen van 4 tot 8.', description: 'Kinderen dansen op vrolijke muziek en leren bewegen op de maat.', price: free(2400), categories: ['kinderen', 'sport'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'ever'] },
      { title: 'Salsa-avond: gratis entree', summary: 'Elke vrijdag salsa dansen.', description: 'Op vrijdagavond dansen we salsa. Om 20.00 uur is er een korte les voor beginners.', price: free(800), categories: ['uitgaan', 'sport'], routes: ['romantiek-route'], limit: [1, 'week'], onlyOn: 4 },
    ],
  },

  // Wormerveer.
  {
    name: 'Bakkerij Het Zaanse Brood', kind: 'business', at: ['BU04795130'], hours: [7, 18],
    description: 'Warme bakker in Wormerveer met brood van Zaans molenmeel.',
    pool: { name: 'bakkerij', count: 5 },
  },
  {
    name: 'Creatief Atelier De Verfdoos', kind: 'business', at: ['BU04795110'], hours: [10, 21],
    description: 'Atelier voor schilderen, keramiek en tekenen.',
    offers: [
      { title: 'Workshop keramiek met 30% korting', summary: 'Maak je eigen kom of mok van klei.', description: 'In drie uur maak je een kom of mok van klei. Wij bakken hem en je haalt hem later op.', price: pct(4500, 30), reduced: 1000, categories: ['cultuur', 'leren'], routes: ['romantiek-route'], limit: [1, 'month'], stock: 80, unit: 'plaatsen' },
      { title: 'Kinderatelier op zaterdag voor € 3', summary: 'Schilderen en knutselen voor kinderen.', description: 'Op zaterdagochtend maken kinderen van 5 tot 12 jaar kunst met verf, klei en papier.', price: fixed(1000, 300), reduced: 0, categories: ['kinderen', 'cultuur'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'week'], popularity: 1.3 },
      { title: 'Tekencursus voor beginners', summary: 'Zes lessen tekenen met potlood en houtskool.', description: 'Leer kijken en tekenen in zes lessen. Voor iedereen die het wil proberen.', price: fixed(9000, 3000), reduced: 1000, categories: ['cultuur', 'leren'], routes: ['zaans-erfgoed-route'], target: ['volwassenen'], limit: [1, 'pass_year'], stock: 24, unit: 'plaatsen' },
      { title: 'Open atelier: gratis meedoen', summary: 'Kom schilderen in het atelier.', description: 'Op donderdagavond is het atelier open voor iedereen. Neem je eigen werk mee of gebruik onze verf.', price: free(1000), categories: ['cultuur'], routes: ['buurthuizenroute'], limit: [1, 'week'] },
    ],
  },
  {
    name: 'Buurthuis Het Baken', kind: 'community_centre', at: ['BU04795130'], hours: [9, 21],
    description: 'Buurthuis in Wormerveer, met een grote zaal voor feesten en voorstellingen.',
    pool: { name: 'buurthuis', count: 5 },
  },
  {
    name: 'Lunchroom Het Wormerveerse Hof', kind: 'business', at: ['BU04795110'], hours: [9, 17],
    description: 'Lunchroom in een oud koopmanshuis aan de Zaan.',
    pool: { name: 'cafe', count: 4 },
  },
  {
    name: 'Computerhulp De Muis', kind: 'volunteer_initiative', at: ['BU04795130', 'BU04791130'], hours: [10, 16],
    description: 'Vrijwilligers die helpen met computer, telefoon en tablet.',
    offers: [
      { title: 'Spreekuur telefoon en tablet', summary: 'Hulp bij je telefoon, tablet of laptop.', description: 'Lukt iets niet op je telefoon of laptop? Neem hem mee. Vrijwilligers helpen je, zonder haast.', price: free(), categories: ['leren'], routes: ['buurthuizenroute'], target: ['ouderen', 'volwassenen'], limit: [1, 'week'], popularity: 1.4 },
      { title: 'Opgeknapte laptop voor € 50', summary: 'Een gebruikte laptop, veilig en klaar voor gebruik.', description: 'Laptops die bedrijven hebben gegeven, maken wij schoon en veilig. Voor school, werk of solliciteren.', price: fixed(25000, 5000), reduced: 2500, categories: ['leren', 'winkelen'], routes: ['jongerenroute', 'groene-route'], limit: [1, 'ever'], stock: 45, unit: 'laptops' },
      { title: 'Cursus veilig internetten', summary: 'Herken nepmails en oplichters.', description: 'In twee lessen leer je nepmails, valse sms\'jes en oplichters herkennen.', price: free(2000), categories: ['leren'], routes: ['buurthuizenroute'], target: ['ouderen'], limit: [1, 'ever'], stock: 80, unit: 'plaatsen' },
    ],
  },

  // Krommenie Oost.
  {
    name: 'Eetcafé De Kroon', kind: 'business', at: ['BU04796120'], hours: [11, 23],
    description: 'Eetcafé in het centrum van Krommenie, met biljart en terras.',
    pool: { name: 'cafe', count: 3 },
  },
  {
    name: 'Rijwielhandel De Spaak', kind: 'business', at: ['BU04796130'], hours: [9, 18],
    description: 'Fietsenwinkel en werkplaats in Krommenie.',
    pool: { name: 'fietsen', count: 4 },
  },
  {
    name: 'Speelgoedwinkel De Blokkendoos', kind: 'business', at: ['BU04796110'], hours: [9, 18],
    description: 'Speelgoed, spellen en boeken voor kinderen van alle leeftijden.',
    offers: [
      { title: 'Speelgoed met 15% korting', summary: 'Korting op al het speelgoed in de winkel.', description: 'Van knuffel tot bouwdoos: 15% korting op speelgoed naar keuze.', price: pct(2500, 15), reduced: 1000, categories: ['winkelen', 'kinderen'], routes: ['gezinsroute'], target: ['kinderen', 'gezinnen'], limit: [1, 'month'], popularity: 1.2 },
      { title: 'Verjaardagscadeau voor € 5', summary: 'Een cadeautje voor een kinderfeestje.', description: 'Je kind gaat naar een feestje? Kies een mooi cadeau uit de cadeaukast voor € 5, ingepakt.', price: fixed(1000, 500), reduced: 250, categories: ['winkelen', 'kinderen'], routes: ['gezinsroute'], target: ['gezinnen'], limit: [2, 'month'] },
      { title: 'Spelletjesmiddag voor kinderen', summary: 'Nieuwe spellen uitproberen in de winkel.', description: 'Op woensdagmiddag kunnen kinderen nieuwe spellen uitproberen aan onze speeltafel.', price: free(), categories: ['kinderen'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'week'], onlyOn: 2 },
    ],
  },

  // Krommenie West.
  {
    name: 'Buurthuis De Vlinder', kind: 'community_centre', at: ['BU04796220'], hours: [9, 21],
    description: 'Buurthuis in Krommenie West met activiteiten voor alle leeftijden.',
    pool: { name: 'buurthuis', count: 5 },
  },
  {
    name: 'Massagepraktijk Ontspan', kind: 'business', at: ['BU04796210'], hours: [9, 20],
    description: 'Ontspanningsmassage, sportmassage en stoelmassage.',
    offers: [
      { title: 'Ontspanningsmassage met 25% korting', summary: 'Een uur massage om tot rust te komen.', description: 'Een rustige massage van rug, nek en schouders, of van je hele lichaam.', price: pct(6000, 25), reduced: 2000, categories: ['welzijn'], routes: ['verwen-route', 'romantiek-route'], limit: [1, 'month'], popularity: 1.2 },
      { title: 'Stoelmassage voor € 10', summary: 'Twintig minuten massage op een stoel.', description: 'Een korte massage van nek en schouders, zittend op een massagestoel. Je hoeft je niet uit te kleden.', price: fixed(2000, 1000), categories: ['welzijn'], routes: ['verwen-route'], limit: [1, 'week'] },
      { title: 'Duomassage voor twee met € 20 korting', summary: 'Samen ontspannen naast elkaar.', description: 'Met z\'n tweeën tegelijk een massage van een uur, in dezelfde kamer.', price: off(11000, 2000), categories: ['welzijn'], routes: ['romantiek-route'], limit: [1, 'pass_year'] },
    ],
  },
  {
    name: 'Speeltuinvereniging De Wip', kind: 'volunteer_initiative', at: ['BU04796240'], hours: [10, 18],
    description: 'Speeltuin met een waterspeelplaats en een kinderkookclub.',
    offers: [
      { title: 'Speeltuin De Wip: gratis entree', summary: 'Spelen, klimmen en klauteren.', description: 'Met een waterspeelplaats in de zomer en een klimkasteel. Er is toezicht van vrijwilligers.', price: free(150), categories: ['kinderen'], routes: ['gezinsroute', 'groene-route'], target: ['kinderen'], limit: [1, 'day'], popularity: 1.5, season: 'summer' },
      { title: 'Zomerspelweek voor € 5', summary: 'Een week vol spelletjes in de zomervakantie.', description: 'Vijf ochtenden spelletjes, knutselen en een speurtocht voor kinderen van 4 tot 12 jaar.', price: fixed(2500, 500), reduced: 0, categories: ['kinderen'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'pass_year'], stock: 80, unit: 'plaatsen', months: [7, 8] },
      { title: 'Pannenkoekenmiddag', summary: 'Pannenkoeken bakken met kinderen.', description: 'Eén keer per maand bakken we pannenkoeken met de kinderen in het clubhuis.', price: fixed(300, 100), categories: ['kinderen', 'eten-en-drinken'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'month'] },
    ],
  },

  // Assendelft-Zuid.
  {
    name: 'Schoonheidssalon Puur', kind: 'business', at: ['BU04797120'], hours: [9, 19],
    description: 'Gezichtsbehandeling, manicure en pedicure.',
    offers: [
      { title: 'Gezichtsbehandeling met 30% korting', summary: 'Een uur verwennen met een gezichtsbehandeling.', description: 'Reinigen, scrubben, een masker en een korte massage van gezicht en nek.', price: pct(5500, 30), categories: ['welzijn'], routes: ['verwen-route'], limit: [1, 'month'] },
      { title: 'Manicure voor € 15', summary: 'Verzorgde handen en nagels.', description: 'We verzorgen je handen en nagels. Lak is mogelijk, in de kleur die je wilt.', price: fixed(2750, 1500), categories: ['welzijn'], routes: ['verwen-route', 'romantiek-route'], limit: [1, 'month'] },
      { title: 'Medische pedicure met € 10 korting', summary: 'Voetverzorging door een medisch pedicure.', description: 'Voor wie zelf zijn voeten niet goed kan verzorgen, bijvoorbeeld door diabetes of reuma.', price: off(4000, 1000), reduced: 1500, categories: ['welzijn'], routes: ['verwen-route'], target: ['ouderen'], limit: [1, 'month'] },
    ],
  },
  {
    name: 'Warme Bakker Assendelft', kind: 'business', at: ['BU04797120'], hours: [7, 17],
    description: 'Dorpsbakker in Assendelft. Brood, koek en taart.',
    pool: { name: 'bakkerij', count: 4 },
  },

  // Assendelft-Noord.
  {
    name: 'Wijkcentrum Parkrijk', kind: 'community_centre', at: ['BU04797230'], hours: [9, 21],
    description: 'Wijkcentrum in de nieuwe wijken van Assendelft, met veel voor gezinnen.',
    pool: { name: 'buurthuis', count: 6 },
  },
  {
    name: 'Atletiekvereniging Zaanland', kind: 'non_profit', at: ['BU04797210'], hours: [8, 21],
    description: 'Atletiek en hardlopen, voor jeugd, volwassenen en recreanten.',
    pool: { name: 'sportclub', count: 4 }, vars: { sport: 'atletiek' },
  },
  {
    name: 'Kinderboerderij De Woeste Hoeve', kind: 'non_profit', at: ['BU04797220'], hours: [9, 17],
    description: 'Kinderboerderij met geiten, varkens, kippen en een theetuin.',
    offers: [
      { title: 'Dieren voeren met de boer', summary: 'Help mee met het voeren van de dieren.', description: 'Om 15.00 uur voeren we de dieren. Kinderen mogen helpen.', price: free(), categories: ['kinderen'], routes: ['gezinsroute', 'groene-route'], target: ['kinderen', 'gezinnen'], limit: [1, 'day'], popularity: 1.7 },
      { title: 'Ranja en koek in de theetuin voor € 1', summary: 'Iets lekkers na het rondje langs de dieren.', description: 'Een glas ranja en een koek in de theetuin van de kinderboerderij.', price: fixed(250, 100), categories: ['kinderen', 'eten-en-drinken'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'day'] },
      { title: 'Kinderfeestje op de boerderij met 25% korting', summary: 'Verjaardag vieren tussen de dieren.', description: 'Twee uur feest met dieren voeren, een speurtocht en pannenkoeken, voor tien kinderen.', price: pct(12500, 25), reduced: 4000, categories: ['kinderen'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'pass_year'] },
    ],
  },
  {
    name: 'Pizzeria Saporito', kind: 'business', at: ['BU04797210'], hours: [16, 22],
    description: 'Pizza uit de houtoven, om te eten of mee te nemen.',
    offers: [
      { title: 'Pizza margherita voor € 6', summary: 'Klassieke pizza uit de houtoven.', description: 'Tomaat, mozzarella en basilicum, gebakken in de houtoven.', price: fixed(1100, 600), reduced: 400, categories: ['eten-en-drinken'], routes: ['jongerenroute', 'gezinsroute'], limit: [1, 'week'], popularity: 1.5 },
      { title: 'Gezinspizza met € 5 korting', summary: 'Een grote pizza voor het hele gezin.', description: 'Een familiepizza van 45 centimeter met twee soorten beleg.', price: off(2400, 500), categories: ['eten-en-drinken'], routes: ['gezinsroute'], target: ['gezinnen'], limit: [1, 'week'] },
    ],
    pool: { name: 'restaurant', count: 2 },
  },

  // Westzaan.
  {
    name: 'Dorpshuis Westzaan', kind: 'community_centre', at: ['BU04798140'], hours: [9, 21],
    description: 'Het dorpshuis van Westzaan, voor verenigingen, feesten en cursussen.',
    pool: { name: 'buurthuis', count: 4 },
  },
  {
    name: 'Theeschenkerij De Westzaanse Polder', kind: 'business', at: ['BU04798120'], hours: [10, 18],
    description: 'Theeschenkerij aan de rand van het Westzaanse veen, bij de wandelroutes.',
    pool: { name: 'cafe', count: 3 },
  },
  {
    name: 'Natuurgidsen Zaanse Polders', kind: 'volunteer_initiative', at: ['BU04798130'], hours: [9, 17],
    description: 'Vrijwillige natuurgidsen die wandelingen en excursies geven in het Westzaanse veen.',
    offers: [
      { title: 'Vogelexcursie in het veen', summary: 'Met een gids op zoek naar weidevogels.', description: 'In het voorjaar zie je grutto\'s, kieviten en tureluurs. De gids leent je een verrekijker.', price: free(500), categories: ['sport', 'leren'], routes: ['groene-route'], limit: [2, 'pass_year'], stock: 120, unit: 'plaatsen', months: [4, 5, 6] },
      { title: 'Polderwandeling met gids', summary: 'Twee uur wandelen door het Westzaanse veen.', description: 'De gids vertelt over het veen, de molens en het water. Trek laarzen of stevige schoenen aan.', price: free(500), categories: ['sport'], routes: ['groene-route', 'route-sport-en-bewegen'], limit: [1, 'month'] },
      { title: 'Slootjesdag voor kinderen', summary: 'Met een schepnet ontdekken wat er in de sloot leeft.', description: 'Kinderen vangen met een schepnet kikkervisjes, waterkevers en slakjes en bekijken ze met een loep.', price: free(300), categories: ['kinderen', 'leren'], routes: ['groene-route', 'gezinsroute'], target: ['kinderen'], limit: [1, 'month'] },
    ],
  },

  // City-wide volunteer initiatives, with a location in two wijken.
  {
    name: 'Repair Café Zaanstad', kind: 'volunteer_initiative', at: ['BU04791310', 'BU04796220'], hours: [10, 16],
    description: 'Kapotte spullen samen repareren in plaats van weggooien.',
    offers: [
      { title: 'Repair Café: spullen laten repareren', summary: 'Vrijwilligers repareren je lamp, broodrooster of broek.', description: 'Neem je kapotte spullen mee. Vrijwillige reparateurs kijken samen met jou wat er mis is.', price: free(), categories: ['leren', 'winkelen'], routes: ['groene-route', 'buurthuizenroute'], limit: [2, 'month'], popularity: 1.4 },
      { title: 'Gratis koffie in het Repair Café', summary: 'Koffie of thee terwijl je wacht.', description: 'Terwijl je wacht op je reparatie, drink je een kop koffie of thee.', price: free(150), categories: ['eten-en-drinken', 'welzijn'], routes: ['groene-route'], limit: [1, 'day'] },
    ],
  },
  {
    name: 'Wandelclub Zaanse Stappers', kind: 'volunteer_initiative', at: ['BU04792210', 'BU04795130'], hours: [9, 15],
    description: 'Wandelclub voor iedereen. Elke week een tocht langs de Zaan of door de polder.',
    offers: [
      { title: 'Gratis meewandelen met de Zaanse Stappers', summary: 'Elke zondag een wandeling van 5 of 10 kilometer.', description: 'Wandel mee langs de Zaan of door de polder. Je kiest zelf 5 of 10 kilometer.', price: free(300), categories: ['sport', 'welzijn'], routes: ['route-sport-en-bewegen', 'groene-route'], limit: [1, 'week'], popularity: 1.2 },
      { title: 'Zaanse Molentocht voor € 2', summary: 'De jaarlijkse wandeltocht langs de molens.', description: 'Eén keer per jaar lopen we langs alle molens van de Zaanstreek. Met een medaille voor iedereen die binnenkomt.', price: fixed(700, 200), categories: ['sport', 'cultuur'], routes: ['route-sport-en-bewegen', 'zaans-erfgoed-route'], limit: [1, 'pass_year'], stock: 400, unit: 'startbewijzen', months: [5] },
      { title: 'Nordic walking: drie proeflessen', summary: 'Wandelen met stokken, voor je hele lichaam.', description: 'In drie lessen leer je nordic walking. De stokken kun je lenen.', price: free(1500), categories: ['sport'], routes: ['route-sport-en-bewegen'], target: ['volwassenen', 'ouderen'], limit: [1, 'ever'] },
    ],
  },
];
