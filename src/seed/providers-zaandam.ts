import { fixed, free, off, pct, type ProviderDef } from './catalogue.ts';

/** Fictitious providers in Zaandam (wijken 11 to 23). Names and addresses are invented. */
export const PROVIDERS_ZAANDAM: ProviderDef[] = [
  // Oude Haven: the centre, with the Russische buurt, Het Eiland and the Havenbuurt.
  {
    name: 'Bakkerij Van der Zaan', kind: 'business', at: ['BU04792140'], hours: [7, 18],
    description: 'Familiebakkerij sinds 1952. Brood, taart en gebak, elke dag vers uit eigen oven.',
    offers: [
      { title: 'Appeltaart met 25% korting', summary: 'Een hele taart met Zaanse appels, met 25% korting.', description: 'Onze bekende appeltaart met kaneel en rozijnen: een taart voor 8 tot 10 personen. Elke ochtend vers gebakken.', price: pct(1450, 25), reduced: 500, categories: ['eten-en-drinken'], routes: ['verwen-route', 'romantiek-route'], limit: [1, 'week'], popularity: 2.2 },
      { title: 'Slagroomtaart voor een verjaardag met € 5 korting', summary: 'Feestelijke slagroomtaart met vers fruit.', description: 'Een slagroomtaart met aardbeien of ander vers fruit, voor 10 personen. Bestel hem een dag van tevoren.', price: off(2750, 500), categories: ['eten-en-drinken'], routes: ['verwen-route', 'gezinsroute'], limit: [1, 'month'], extra: 'Bestel een dag van tevoren.' },
      { title: 'Taartpunt met koffie voor € 2,50', summary: 'Een punt taart naar keuze met koffie of thee.', description: 'Kies een punt taart uit de vitrine en drink er koffie of thee bij aan onze leestafel.', price: fixed(475, 250), categories: ['eten-en-drinken'], routes: ['verwen-route'], popularity: 1.6 },
      { title: 'Zaanse duimpjes: tweede zak gratis', summary: 'Twee zakken Zaanse duimpjes voor de prijs van één.', description: 'Knapperige Zaanse duimpjes met anijs, naar oud recept. Je krijgt de tweede zak gratis.', price: fixed(590, 295), categories: ['eten-en-drinken'], routes: ['zaans-erfgoed-route'], limit: [1, 'week'] },
      { title: 'Gratis brood voor de voedseltafel', summary: 'Aan het eind van de dag een gratis brood.', description: 'Brood dat na 16.00 uur over is, geven we weg. Zo gooien we niets weg.', price: free(295), categories: ['eten-en-drinken'], routes: ['groene-route'], limit: [1, 'day'], stock: 400, unit: 'broden', extra: 'Vanaf 16.00 uur.' },
    ],
  },
  {
    name: 'Theater De Zaanbocht', kind: 'non_profit', at: ['BU04792130'], hours: [13, 22],
    description: 'Theater aan het water met toneel, cabaret, muziek en jeugdvoorstellingen.',
    offers: [
      { title: 'Toneelvoorstelling met 50% korting', summary: 'Halve prijs voor toneel in de grote zaal.', description: 'Kies een toneelvoorstelling uit het seizoensprogramma en betaal de helft. Op = op: er is per voorstelling een beperkt aantal kaartjes.', price: pct(2800, 50), reduced: 500, categories: ['cultuur', 'uitgaan'], routes: ['romantiek-route'], target: ['volwassenen'], limit: [2, 'month'], stock: 300, unit: 'kaartjes' },
      { title: 'Jeugdvoorstelling voor € 5', summary: 'Theater voor kinderen vanaf 4 jaar.', description: 'Op zondagmiddag speelt er een voorstelling voor kinderen. Elk kind en elke begeleider betaalt € 5 met de pas.', price: fixed(1250, 500), reduced: 200, categories: ['cultuur', 'kinderen'], routes: ['gezinsroute'], target: ['kinderen', 'gezinnen'], limit: [4, 'month'], popularity: 1.4 },
      { title: 'Cabaret: twee kaartjes voor de prijs van één', summary: 'Lachen met z\'n tweeën voor de prijs van één kaartje.', description: 'Bij een cabaretvoorstelling naar keuze krijg je het tweede kaartje gratis.', price: fixed(4400, 2200), categories: ['cultuur', 'uitgaan'], routes: ['romantiek-route'], target: ['volwassenen'], limit: [1, 'month'], stock: 150, unit: 'kaartjes' },
      { title: 'Jongerenkaart: elke voorstelling € 7,50', summary: 'Tot 27 jaar naar het theater voor € 7,50.', description: 'Ben je jonger dan 27? Dan betaal je voor elke voorstelling € 7,50, ook voor de grote namen.', price: fixed(2500, 750), categories: ['cultuur', 'uitgaan'], routes: ['jongerenroute'], target: ['jongeren'], limit: [2, 'month'] },
      { title: 'Kijkje achter de schermen', summary: 'Rondleiding langs kleedkamers, toneel en techniek.', description: 'Eén keer per maand op zaterdagochtend. Je ziet het toneel, de kleedkamers en de lichttechniek.', price: free(750), categories: ['cultuur'], routes: ['zaans-erfgoed-route', 'gezinsroute'], limit: [1, 'pass_year'], stock: 120, unit: 'plaatsen' },
      { title: 'Kerstconcert met € 10 korting', summary: 'Het Zaanse kerstconcert met koor en orkest.', description: 'In december geven Zaanse koren en een orkest samen een kerstconcert.', price: off(3200, 1000), reduced: 500, categories: ['cultuur'], routes: ['romantiek-route'], limit: [1, 'pass_year'], stock: 80, unit: 'kaartjes', months: [12] },
    ],
  },
  {
    name: 'Café De Wachter', kind: 'business', at: ['BU04792110'], hours: [10, 23],
    description: 'Bruin café in de Havenbuurt met een terras aan het water.',
    pool: { name: 'cafe', count: 4 },
  },
  {
    name: 'Escaperoom Het Pakhuis', kind: 'business', at: ['BU04792110'], hours: [12, 22],
    description: 'Drie escaperooms in een oud pakhuis. Kun jij binnen een uur ontsnappen?',
    offers: [
      { title: 'Escaperoom voor vier met 30% korting', summary: 'Een uur puzzelen met vrienden of familie.', description: 'Speel met twee tot vier personen een van onze drie kamers. De prijs is voor de hele groep.', price: pct(9600, 30), categories: ['uitgaan'], routes: ['jongerenroute'], target: ['jongeren', 'volwassenen'], limit: [1, 'month'] },
      { title: 'Familiekamer: kinderen gratis', summary: 'Kinderen tot 12 jaar spelen gratis mee.', description: 'De familiekamer is gemaakt voor kinderen vanaf 8 jaar. Kinderen tot 12 spelen gratis mee met een volwassene.', price: free(1800), categories: ['uitgaan', 'kinderen'], routes: ['gezinsroute'], target: ['gezinnen'], limit: [1, 'month'] },
      { title: 'Escaperoom voor twee op doordeweekse avond', summary: 'Samen ontsnappen voor € 39.', description: 'Van maandag tot en met donderdag speel je met z\'n tweeën voor € 39.', price: fixed(6000, 3900), categories: ['uitgaan'], routes: ['romantiek-route'], limit: [1, 'month'] },
    ],
  },
  {
    name: 'Zaans Verhalenhuis', kind: 'non_profit', at: ['BU04792140'], hours: [11, 17],
    description: 'Klein museum over het leven aan de Zaan: houthandel, walvisvaart en scheepsbouw.',
    offers: [
      { title: 'Gratis entree Zaans Verhalenhuis', summary: 'Ontdek de verhalen van de Zaan.', description: 'Verhalen over houthandel, walvisvaart en scheepsbouw aan de Zaan. Met speurtocht voor kinderen.', price: free(900), categories: ['cultuur'], routes: ['zaans-erfgoed-route'], limit: [1, 'month'], popularity: 1.2 },
      { title: 'Stadswandeling met een gids voor € 3', summary: 'Wandel met een gids door oud Zaandam.', description: 'Een gids neemt je mee langs de Russische buurt, de Dam en het Czaar Peterhuisje. Ongeveer 1,5 uur.', price: fixed(1200, 300), categories: ['cultuur', 'sport'], routes: ['zaans-erfgoed-route', 'groene-route'], limit: [1, 'pass_year'], stock: 200, unit: 'plaatsen' },
      { title: 'Speurtocht voor kinderen', summary: 'Zoek de walvis in het museum.', description: 'Met een speurkaart zoeken kinderen van 6 tot 12 jaar door het museum. Wie alles vindt, krijgt een prijsje.', price: free(300), categories: ['kinderen', 'cultuur'], routes: ['gezinsroute', 'zaans-erfgoed-route'], target: ['kinderen'], limit: [1, 'month'] },
    ],
  },

  // Zaandam Zuid.
  {
    name: 'Boekhandel De Leeshoek', kind: 'business', at: ['BU04791130'], hours: [9, 18],
    description: 'Boekhandel met kinderhoek, leesclub en tweedehands boeken.',
    offers: [
      { title: 'Kinderboek naar keuze met 20% korting', summary: 'Voorlezen of zelf lezen: korting op kinderboeken.', description: 'Kies een kinderboek uit de kinderhoek. Weet je niet wat? Wij helpen je graag zoeken.', price: pct(1499, 20), reduced: 499, categories: ['winkelen', 'kinderen'], routes: ['gezinsroute'], target: ['kinderen', 'gezinnen'], limit: [2, 'month'] },
      { title: 'Leesclub: eerste avond gratis', summary: 'Praat met anderen over een mooi boek.', description: 'Eén keer per maand praten we met een kleine groep over een boek. Koffie en thee staan klaar.', price: free(500), categories: ['cultuur', 'welzijn'], routes: ['romantiek-route'], target: ['volwassenen', 'ouderen'], limit: [1, 'ever'] },
      { title: 'Tweedehands boeken: drie voor € 5', summary: 'Zoek drie boeken uit de tweedehandsbak.', description: 'Romans, kookboeken en strips uit de tweedehandsbak: drie voor € 5.', price: fixed(900, 500), categories: ['winkelen'], routes: ['groene-route'] },
    ],
  },
  {
    name: 'Kringloopwinkel Tweede Kans', kind: 'non_profit', at: ['BU04791120'], hours: [10, 17],
    description: 'Kringloopwinkel met werkplekken voor mensen die weer aan het werk willen.',
    offers: [
      { title: '25% korting op kleding', summary: 'Tweedehands kleding met extra korting.', description: 'Voor volwassenen en kinderen. Alles is gewassen en nagekeken.', price: pct(1200, 25), reduced: 300, categories: ['winkelen'], routes: ['groene-route'], limit: [2, 'week'], popularity: 1.8 },
      { title: 'Schoolspullen voor € 5', summary: 'Een tas met schoolspullen voor het nieuwe schooljaar.', description: 'Een rugtas met etui, schriften, pennen en een gum. Klaar voor school.', price: fixed(1500, 500), reduced: 0, categories: ['kinderen', 'winkelen'], routes: ['gezinsroute'], target: ['kinderen'], limit: [2, 'pass_year'], stock: 150, unit: 'tassen', months: [8, 9] },
      { title: 'Gratis bezorging van meubels', summary: 'We brengen je meubel gratis thuis in Zaanstad.', description: 'Koop je een kast, bank of bed? Dan brengen we hem gratis bij je thuis in Zaanstad.', price: free(2500), categories: ['winkelen'], routes: ['groene-route'], limit: [2, 'pass_year'] },
    ],
  },
  {
    name: 'Muziekschool De Notenkraker', kind: 'non_profit', at: ['BU04791130'], hours: [14, 21],
    description: 'Muziekles voor kinderen en volwassenen: piano, gitaar, viool, drums en zang.',
    offers: [
      { title: 'Proefles muziek gratis', summary: 'Probeer een instrument in een gratis les.', description: 'Piano, gitaar, viool, drums of zang: kies een instrument en probeer het een half uur met een docent.', price: free(2500), categories: ['cultuur', 'leren'], routes: ['jongerenroute', 'gezinsroute'], limit: [1, 'ever'] },
      { title: 'Tien muzieklessen met 40% korting', summary: 'Een lessenkaart voor tien lessen van 30 minuten.', description: 'Met een lessenkaart leer je in tien lessen de basis van een instrument. Je kunt een instrument huren.', price: pct(25000, 40), reduced: 5000, categories: ['cultuur', 'leren'], routes: ['jongerenroute'], target: ['kinderen', 'jongeren'], limit: [1, 'pass_year'], stock: 40, unit: 'lessenkaarten' },
      { title: 'Instrument huren: eerste maand gratis', summary: 'Huur een instrument en betaal de eerste maand niet.', description: 'Gitaar, viool, keyboard of trompet. Na de eerste maand betaal je een kleine huurprijs.', price: free(1500), categories: ['cultuur'], routes: ['jongerenroute', 'gezinsroute'], limit: [1, 'ever'] },
      { title: 'Kinderkoor: meezingen voor € 2 per keer', summary: 'Zingen in het kinderkoor, elke zaterdag.', description: 'Kinderen van 6 tot 12 jaar zingen elke zaterdagochtend samen liedjes uit allerlei landen.', price: fixed(600, 200), categories: ['cultuur', 'kinderen'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'week'] },
    ],
  },
  {
    name: 'Sportschool Fit aan de Zaan', kind: 'business', at: ['WK047911'], hours: [7, 22],
    description: 'Sportschool met fitness, groepslessen en begeleiding voor beginners.',
    offers: [
      { title: 'Eerste maand fitness gratis', summary: 'Een maand onbeperkt fitnessen.', description: 'Train een maand lang zo vaak je wilt. In de eerste week maakt een trainer een schema voor je.', price: free(3500), categories: ['sport'], routes: ['route-sport-en-bewegen', 'jongerenroute'], limit: [1, 'ever'] },
      { title: 'Jaarabonnement fitness met 30% korting', summary: 'Een jaar fitness en groepslessen met korting.', description: 'Onbeperkt fitness en groepslessen zoals spinning, bodypump en zumba.', price: pct(42000, 30), reduced: 9000, categories: ['sport'], routes: ['route-sport-en-bewegen'], limit: [1, 'pass_year'] },
      { title: 'Groepsles voor € 4', summary: 'Zumba, spinning of bootcamp voor € 4.', description: 'Doe mee met een groepsles zonder abonnement. Meld je aan via de balie.', price: fixed(1000, 400), categories: ['sport'], routes: ['route-sport-en-bewegen'], limit: [2, 'week'], popularity: 1.5 },
      { title: 'Bewegen voor 65-plussers: 10 lessen voor € 15', summary: 'Rustig trainen onder begeleiding.', description: 'Werken aan kracht en balans in een kleine groep, met een fysiotherapeut erbij.', price: fixed(6000, 1500), reduced: 500, categories: ['sport', 'welzijn'], routes: ['route-sport-en-bewegen'], target: ['ouderen'], limit: [1, 'pass_year'], stock: 48, unit: 'plaatsen' },
    ],
  },

  // Poelenburg.
  {
    name: 'Buurthuis De Poelenburcht', kind: 'community_centre', at: ['BU04791210'], hours: [9, 21],
    description: 'Het huis van de buurt in Poelenburg: koffie, eten, cursussen en hulp.',
    pool: { name: 'buurthuis', count: 6 },
  },
  {
    name: 'Fietsenmaker Trapkracht', kind: 'business', at: ['BU04791210'], hours: [9, 18],
    description: 'Fietsenmaker en werkplaats voor nieuwe en tweedehands fietsen.',
    pool: { name: 'fietsen', count: 4 },
  },
  {
    name: 'Wereldkeuken Smaakmakers', kind: 'non_profit', at: ['BU04791210'], hours: [11, 21],
    description: 'Sociaal restaurant waar buurtbewoners koken met recepten uit de hele wereld en werkervaring opdoen.',
    offers: [
      { title: 'Maaltijd van de wereld voor € 6', summary: 'Elke dag een gerecht uit een ander land.', description: 'Vandaag Marokkaans, morgen Surinaams of Turks. Koks uit de buurt koken hun lievelingsgerecht.', price: fixed(1200, 600), reduced: 300, categories: ['eten-en-drinken'], routes: ['verwen-route', 'buurthuizenroute'], popularity: 2 },
      { title: 'Kookworkshop: koken uit Marokko', summary: 'Leer tajine maken met een kok uit de buurt.', description: 'Een avond samen koken en daarna samen eten. Je krijgt de recepten mee naar huis.', price: fixed(3500, 1000), reduced: 300, categories: ['leren', 'eten-en-drinken'], routes: ['buurthuizenroute'], target: ['volwassenen'], limit: [1, 'month'], stock: 60, unit: 'plaatsen' },
      { title: 'Gratis thee en zoetigheid bij de maaltijd', summary: 'Muntthee en baklava na het eten.', description: 'Na de maaltijd krijg je een glas muntthee met iets zoets van het huis.', price: free(450), categories: ['eten-en-drinken'], routes: ['verwen-route'], limit: [1, 'week'] },
      { title: 'Catering voor je feest met 20% korting', summary: 'Hapjes voor een verjaardag of buurtfeest.', description: 'Hapjes uit de wereldkeuken voor 20 personen. Bestel een week van tevoren.', price: pct(12000, 20), categories: ['eten-en-drinken'], routes: ['gezinsroute'], limit: [1, 'pass_year'], extra: 'Bestel een week van tevoren.' },
    ],
  },
  {
    name: 'Samen Koken Poelenburg', kind: 'volunteer_initiative', at: ['BU04791210'], hours: [16, 20],
    description: 'Vrijwilligers die samen met buurtbewoners koken, eten en recepten delen.',
    offers: [
      { title: 'Samen koken en eten op donderdag', summary: 'Kook mee en eet mee, voor € 2.', description: 'Elke donderdag koken we met een groep buurtbewoners. Daarna eten we samen aan een lange tafel.', price: fixed(500, 200), reduced: 0, categories: ['eten-en-drinken', 'welzijn'], routes: ['buurthuizenroute'], limit: [1, 'week'], popularity: 1.5 },
      { title: 'Gezond koken met weinig geld', summary: 'Vier lessen: lekker en gezond koken voor weinig.', description: 'In vier lessen leer je gezonde maaltijden maken voor minder dan € 2 per persoon.', price: free(2000), categories: ['leren', 'eten-en-drinken'], routes: ['buurthuizenroute', 'gezinsroute'], limit: [1, 'ever'], stock: 40, unit: 'plaatsen' },
      { title: 'Kinderkookclub', summary: 'Kinderen koken hun eigen lunch.', description: 'In de schoolvakanties koken kinderen van 8 tot 12 jaar samen een lunch.', price: free(300), categories: ['kinderen', 'eten-en-drinken'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'week'], months: [2, 4, 5, 7, 8, 10, 12] },
    ],
  },

  // Pelders- en Hoornseveld.
  {
    name: 'Wijkcentrum Het Pelderhuis', kind: 'community_centre', at: ['BU04791310'], hours: [9, 21],
    description: 'Wijkcentrum in Peldersveld met activiteiten voor jong en oud.',
    pool: { name: 'buurthuis', count: 6 },
  },
  {
    name: 'Fietswerkplaats Hoornseveld', kind: 'volunteer_initiative', at: ['BU04791320'], hours: [10, 16],
    description: 'Vrijwilligers helpen je je eigen fiets te repareren. Gereedschap is er.',
    offers: [
      { title: 'Zelf je fiets repareren met hulp', summary: 'Gereedschap en hulp van vrijwilligers, gratis.', description: 'Op zaterdag staat de werkplaats open. Vrijwilligers laten zien hoe je je fiets zelf maakt.', price: free(), categories: ['leren'], routes: ['groene-route'], limit: [1, 'week'], popularity: 1.3 },
      { title: 'Opgeknapte fiets voor € 25', summary: 'Een gebruikte fiets, nagekeken door vrijwilligers.', description: 'Fietsen die mensen hebben weggegeven, maken wij weer rijklaar. Met slot en verlichting.', price: fixed(7500, 2500), reduced: 1000, categories: ['winkelen', 'sport'], routes: ['groene-route', 'route-sport-en-bewegen'], limit: [1, 'pass_year'], stock: 40, unit: 'fietsen' },
      { title: 'Onderdelen voor de halve prijs', summary: 'Banden, remblokjes en kettingen met 50% korting.', description: 'Gebruikte en nieuwe onderdelen voor de helft van de prijs, als je zelf sleutelt.', price: pct(1200, 50), categories: ['winkelen'], routes: ['groene-route'], limit: [2, 'month'] },
    ],
  },
  {
    name: 'Voetbalvereniging De Zaanvogels', kind: 'non_profit', at: ['BU04791320'], hours: [9, 21],
    description: 'Voetbalclub voor jongens, meisjes, vrouwen, mannen en walking football.',
    pool: { name: 'sportclub', count: 4 }, vars: { sport: 'voetbal' },
  },

  // Rosmolenwijk.
  {
    name: 'Zwembad De Zaanstroom', kind: 'non_profit', at: ['BU04791410'], hours: [7, 21],
    description: 'Overdekt zwembad met een wedstrijdbad, een instructiebad en een peuterbad.',
    offers: [
      { title: 'Banenzwemmen', summary: 'Baantjes zwemmen voor € 3.', description: 'Zwem in rustige banen in het wedstrijdbad. Vroeg in de ochtend, tussen de middag en in de avond.', price: fixed(650, 300), reduced: 100, categories: ['sport'], routes: ['route-sport-en-bewegen'], target: ['volwassenen', 'ouderen'], limit: [1, 'day'], popularity: 2.5, season: 'winter' },
      { title: 'Zwemmen voor het hele gezin', summary: 'Op zondag zwemt het hele gezin voor € 10.', description: 'Met glijbaan, speelgoed in het water en het peuterbad. Eén prijs voor twee volwassenen en hun kinderen.', price: fixed(2200, 1000), reduced: 400, categories: ['sport', 'kinderen'], routes: ['gezinsroute', 'route-sport-en-bewegen'], target: ['gezinnen'], limit: [1, 'week'], popularity: 2.2 },
      { title: 'Zwemles voor kinderen met 50% korting', summary: 'Een blok van tien zwemlessen voor diploma A.', description: 'Kinderen vanaf 5 jaar leren zwemmen in het instructiebad, in kleine groepjes.', price: pct(15000, 50), reduced: 2500, categories: ['sport', 'kinderen'], routes: ['gezinsroute', 'route-sport-en-bewegen'], target: ['kinderen'], limit: [1, 'pass_year'], stock: 120, unit: 'plaatsen' },
      { title: 'Aquajoggen voor 55-plussers', summary: 'Bewegen in het water, met muziek.', description: 'Rustig bewegen in het diepe water met een drijfband. Goed voor je spieren en gewrichten.', price: fixed(750, 400), categories: ['sport'], routes: ['route-sport-en-bewegen'], target: ['ouderen'], limit: [2, 'week'] },
      { title: 'Discozwemmen voor jongeren', summary: 'Zwemmen met muziek en licht op vrijdagavond.', description: 'Op vrijdagavond zijn er muziek, lichten en een grote opblaasbaan in het water. Voor jongeren van 12 tot 18.', price: fixed(700, 250), categories: ['sport', 'uitgaan'], routes: ['jongerenroute'], target: ['jongeren'], limit: [1, 'week'], onlyOn: 4 },
    ],
  },
  {
    name: 'Buurtcentrum De Rosmolen', kind: 'community_centre', at: ['BU04791410'], hours: [9, 21],
    description: 'Buurtcentrum in de Rosmolenwijk met een grote zaal en een tuin.',
    pool: { name: 'buurthuis', count: 5 },
  },
  {
    name: 'Kapsalon Knip & Kleur', kind: 'business', at: ['BU04791410'], hours: [9, 18],
    description: 'Kapsalon voor dames, heren en kinderen. Ook zonder afspraak.',
    offers: [
      { title: 'Knippen met 25% korting', summary: 'Wassen, knippen en föhnen met korting.', description: 'Voor dames en heren. Kom langs of maak een afspraak.', price: pct(3200, 25), reduced: 1200, categories: ['winkelen', 'welzijn'], routes: ['verwen-route'], limit: [1, 'month'], popularity: 1.4 },
      { title: 'Kinderen knippen voor € 8', summary: 'Kinderen tot 12 jaar knippen voor € 8.', description: 'Kinderen tot 12 jaar knippen we snel en vrolijk. Met een snoepje na afloop.', price: fixed(1500, 800), reduced: 400, categories: ['kinderen', 'winkelen'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'month'] },
      { title: 'Sollicitatiekapsel gratis', summary: 'Een sollicitatiegesprek? Dan knippen wij je gratis.', description: 'Heb je een sollicitatiegesprek? Laat de uitnodiging zien en we knippen je gratis.', price: free(3200), categories: ['welzijn'], routes: ['verwen-route', 'jongerenroute'], limit: [1, 'pass_year'] },
    ],
  },

  // Kogerveldwijk.
  {
    name: 'Buurthuis De Kogerhof', kind: 'community_centre', at: ['BU04791510'], hours: [9, 21],
    description: 'Buurthuis in Kogerveld. Van koffieochtend tot huiswerkklas.',
    pool: { name: 'buurthuis', count: 5 },
  },
  {
    name: 'Judoclub Kogerveld', kind: 'non_profit', at: ['BU04791520'], hours: [15, 21],
    description: 'Judo en jiujitsu voor kinderen vanaf 5 jaar, jongeren en volwassenen.',
    pool: { name: 'sportclub', count: 4 }, vars: { sport: 'judo' },
  },

  // Zaandam Noord, near the Zaanse Schans.
  {
    name: 'Molenmuseum De Zaanse Wind', kind: 'non_profit', at: ['BU04791620'], hours: [10, 17],
    description: 'Museum over de Zaanse molens, met een werkende houtzaagmolen.',
    offers: [
      { title: 'Gratis entree Molenmuseum', summary: 'Zie hoe een molen hout zaagt.', description: 'Ontdek hoe de Zaanse molens werken. Bij goede wind zaagt de houtzaagmolen een boomstam.', price: free(1100), categories: ['cultuur'], routes: ['zaans-erfgoed-route', 'gezinsroute'], limit: [1, 'month'], popularity: 1.4 },
      { title: 'Molenwandeling met gids voor € 4', summary: 'Langs vijf molens met een molenaar als gids.', description: 'Een molenaar neemt je mee langs vijf molens en vertelt hoe ze werken. Ongeveer twee uur.', price: fixed(1250, 400), categories: ['cultuur', 'sport'], routes: ['zaans-erfgoed-route', 'groene-route'], limit: [1, 'pass_year'], stock: 150, unit: 'plaatsen' },
      { title: 'Kinderworkshop: bouw je eigen molentje', summary: 'Kinderen bouwen een molentje dat echt draait.', description: 'Kinderen van 6 tot 12 bouwen van hout een klein molentje en nemen het mee naar huis.', price: fixed(800, 200), reduced: 0, categories: ['kinderen', 'cultuur'], routes: ['gezinsroute', 'zaans-erfgoed-route'], target: ['kinderen'], limit: [1, 'pass_year'], stock: 100, unit: 'plaatsen' },
      { title: 'Museumwinkel met 15% korting', summary: 'Zaanse souvenirs, boeken en molenmeel.', description: 'Koop Zaanse mosterd, molenmeel, boeken of een cadeau met 15% korting.', price: pct(1500, 15), categories: ['winkelen'], routes: ['zaans-erfgoed-route'] },
    ],
  },
  {
    name: 'Pannenkoekenhuis De Kalverpolder', kind: 'business', at: ['BU04791620'], hours: [11, 20],
    description: 'Pannenkoeken aan de rand van de polder, met speeltuin.',
    offers: [
      { title: 'Pannenkoek naar keuze voor € 6', summary: 'Elke pannenkoek van de kaart voor € 6.', description: 'Kies een pannenkoek van de kaart: spek, kaas, appel of iets bijzonders.', price: fixed(1150, 600), reduced: 400, categories: ['eten-en-drinken'], routes: ['gezinsroute'], popularity: 1.8 },
      { title: 'Kinderpannenkoek gratis', summary: 'Bij elke volwassen pannenkoek een kinderpannenkoek.', description: 'Een kind tot 12 jaar krijgt een kinderpannenkoek met stroop en poedersuiker van ons.', price: free(695), categories: ['eten-en-drinken', 'kinderen'], routes: ['gezinsroute'], target: ['gezinnen'], limit: [1, 'week'], popularity: 1.5 },
    ],
    pool: { name: 'restaurant', count: 2 },
  },
  {
    name: 'Kaasboerderij De Schans', kind: 'business', at: ['BU04791620'], hours: [9, 17],
    description: 'Kaasboerderij met eigen kaasmakerij en proeverij.',
    offers: [
      { title: 'Kaasproeverij gratis', summary: 'Proef vijf Zaanse kazen en zie hoe kaas gemaakt wordt.', description: 'In de kaasmakerij laten we zien hoe kaas gemaakt wordt. Daarna proef je vijf kazen.', price: free(750), categories: ['eten-en-drinken', 'cultuur'], routes: ['zaans-erfgoed-route'], limit: [1, 'pass_year'] },
      { title: 'Stuk boerenkaas met 20% korting', summary: 'Jong, belegen of oud: 20% korting.', description: 'Boerenkaas van eigen melk. Kies zelf hoe oud, wij snijden het stuk.', price: pct(1200, 20), categories: ['eten-en-drinken', 'winkelen'], routes: ['zaans-erfgoed-route', 'verwen-route'], limit: [1, 'week'] },
      { title: 'Kalfjes knuffelen voor kinderen', summary: 'Kinderen mogen de kalfjes zien en aaien.', description: 'Op woensdag- en zaterdagmiddag mogen kinderen in de stal kijken en de kalfjes aaien.', price: free(), categories: ['kinderen'], routes: ['gezinsroute', 'groene-route'], target: ['kinderen'], limit: [1, 'week'], months: [3, 4, 5, 6] },
    ],
  },
  {
    name: 'Tennisvereniging De Kalverhoek', kind: 'non_profit', at: ['BU04791610'], hours: [9, 22],
    description: 'Tennisclub met acht banen en een gezellig clubhuis.',
    pool: { name: 'sportclub', count: 3 }, vars: { sport: 'tennis' },
  },

  // Zaandam West.
  {
    name: 'Filmhuis De Lichtmolen', kind: 'non_profit', at: ['BU04792210'], hours: [13, 23],
    description: 'Filmhuis met twee zalen, een café en films uit de hele wereld.',
    offers: [
      { title: 'Film naar keuze voor € 6', summary: 'Elke film uit het programma voor € 6.', description: 'Kies een film uit het programma. Van Nederlandse film tot wereldcinema.', price: fixed(1150, 600), reduced: 300, categories: ['cultuur', 'uitgaan'], routes: ['romantiek-route', 'jongerenroute'], limit: [2, 'week'], popularity: 1.8 },
      { title: 'Kinderfilm op woensdag voor € 4', summary: 'Kinderfilm met limonade en popcorn.', description: 'Elke woensdagmiddag een kinderfilm. Met een zakje popcorn en limonade.', price: fixed(850, 400), reduced: 150, categories: ['cultuur', 'kinderen'], routes: ['gezinsroute'], target: ['kinderen', 'gezinnen'], limit: [1, 'week'], onlyOn: 2 },
      { title: 'Filmavond voor twee met drankje', summary: 'Twee kaartjes en twee drankjes voor € 18.', description: 'Samen naar de film en daarna nog iets drinken in het café.', price: fixed(2900, 1800), categories: ['cultuur', 'uitgaan'], routes: ['romantiek-route'], target: ['volwassenen'], limit: [1, 'month'] },
      { title: 'Seniorenmatinee met koffie', summary: 'Op dinsdagochtend een film met koffie en koek.', description: 'Een mooie film in de ochtend, met koffie en iets lekkers. Voor iedereen, maar vooral voor ouderen.', price: fixed(900, 500), categories: ['cultuur'], routes: ['buurthuizenroute'], target: ['ouderen'], limit: [1, 'week'], onlyOn: 1 },
    ],
  },
  {
    name: 'Koffiebar Het Zaans Bakkie', kind: 'business', at: ['BU04792230'], hours: [8, 18],
    description: 'Koffiebar met eigen branderij en huisgemaakte taart.',
    pool: { name: 'cafe', count: 4 },
  },
  {
    name: 'Bloemenwinkel De Zaanse Roos', kind: 'business', at: ['BU04792210'], hours: [9, 18],
    description: 'Bloemen en planten, ook voor bruiloften en afscheid.',
    offers: [
      { title: 'Boeket van de week met 20% korting', summary: 'Een vrolijk boeket met bloemen van het seizoen.', description: 'Elke week maken we een boeket met bloemen van het seizoen. Mooi voor jezelf of iemand anders.', price: pct(1995, 20), categories: ['winkelen'], routes: ['romantiek-route', 'verwen-route'], limit: [1, 'week'], popularity: 1.3 },
      { title: 'Eén rode roos gratis', summary: 'Een rode roos om iemand blij te maken.', description: 'Kom langs en neem een rode roos mee voor iemand die je lief is.', price: free(350), categories: ['winkelen'], routes: ['romantiek-route'], limit: [1, 'month'] },
      { title: 'Kamerplant met € 5 korting', summary: 'Groen in huis: kamerplant met korting.', description: 'Kies een kamerplant vanaf € 15. Wij vertellen hoe je ervoor zorgt.', price: off(1995, 500), categories: ['winkelen'], routes: ['groene-route'], limit: [1, 'month'] },
    ],
  },
  {
    name: 'Taalcafé Zaankant', kind: 'volunteer_initiative', at: ['BU04792230'], hours: [10, 21],
    description: 'Vrijwilligers die met nieuwe Zaankanters Nederlands praten.',
    offers: [
      { title: 'Samen Nederlands praten', summary: 'Oefen Nederlands met vrijwilligers.', description: 'Aan tafels van vier praten we over het weer, de buurt, werk of school. Iedereen is welkom.', price: free(), categories: ['leren', 'welzijn'], routes: ['buurthuizenroute'], target: ['volwassenen'], limit: [2, 'week'], popularity: 1.3 },
      { title: 'Voorleesuur voor ouders en kinderen', summary: 'Samen lezen in het Nederlands.', description: 'Vrijwilligers lezen voor en laten zien hoe je thuis voorleest. Met een gratis boekje.', price: free(), categories: ['kinderen', 'leren'], routes: ['gezinsroute'], target: ['gezinnen'], limit: [1, 'week'] },
      { title: 'Stadswandeling: Zaandam leren kennen', summary: 'Wandel mee en leer de stad kennen.', description: 'Nieuw in Zaanstad? Wandel met een vrijwilliger langs het gemeentehuis, de markt en de bibliotheek.', price: free(), categories: ['leren', 'sport'], routes: ['zaans-erfgoed-route', 'groene-route'], limit: [1, 'pass_year'] },
    ],
  },

  // Nieuw West.
  {
    name: 'Wijkhuis Westerwatering', kind: 'community_centre', at: ['BU04792320'], hours: [9, 21],
    description: 'Wijkhuis in Westerwatering met cursussen, spreekuren en een jongerenruimte.',
    pool: { name: 'buurthuis', count: 6 },
  },
  {
    name: 'Boulderhal De Molenwiek', kind: 'business', at: ['BU04792310'], hours: [10, 23],
    description: 'Klimhal met boulderwanden voor beginners en gevorderden.',
    offers: [
      { title: 'Introductieles boulderen voor € 10', summary: 'Leer de basis van boulderen in een uur.', description: 'Een instructeur leert je veilig klimmen en vallen. Klimschoenen zijn inbegrepen.', price: fixed(2500, 1000), categories: ['sport'], routes: ['route-sport-en-bewegen', 'jongerenroute'], limit: [1, 'ever'] },
      { title: 'Dagkaart boulderen met 40% korting', summary: 'Een hele dag klimmen.', description: 'Klim zo lang je wilt. Schoenen huur je voor € 3.', price: pct(1450, 40), reduced: 400, categories: ['sport'], routes: ['route-sport-en-bewegen', 'jongerenroute'], target: ['jongeren', 'volwassenen'], limit: [1, 'week'], popularity: 1.3 },
      { title: 'Kinderklimfeestje met 20% korting', summary: 'Verjaardag vieren met klimmen en limonade.', description: 'Twee uur klimmen met begeleiding voor maximaal tien kinderen, met limonade en chips.', price: pct(17500, 20), categories: ['kinderen', 'sport'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'pass_year'] },
    ],
  },
  {
    name: 'Bowlingcentrum Strike Zaandam', kind: 'business', at: ['BU04792310'], hours: [13, 24],
    description: 'Bowling, poolbiljart en een snackbar.',
    offers: [
      { title: 'Uurtje bowlen met 50% korting', summary: 'Een baan voor een uur, voor maximaal zes personen.', description: 'Bowlen met vrienden of familie. Schoenen zijn inbegrepen.', price: pct(3200, 50), reduced: 800, categories: ['uitgaan', 'sport'], routes: ['jongerenroute', 'gezinsroute'], limit: [1, 'week'], popularity: 1.5 },
      { title: 'Poolbiljart: eerste uur gratis', summary: 'Een uur poolen op een van onze tafels.', description: 'Speel een uur pool, met z\'n tweeën of met z\'n vieren.', price: free(1200), categories: ['uitgaan'], routes: ['jongerenroute'], target: ['jongeren', 'volwassenen'], limit: [1, 'month'] },
      { title: 'Bowlen en snack voor twee voor € 15', summary: 'Een uur bowlen met een snack en drankje voor twee.', description: 'Samen een uur bowlen, daarna een snack en een drankje.', price: fixed(3200, 1500), categories: ['uitgaan', 'eten-en-drinken'], routes: ['romantiek-route'], limit: [1, 'month'] },
    ],
  },
  {
    name: 'Speeltuinvereniging De Waterwilg', kind: 'volunteer_initiative', at: ['BU04792320'], hours: [10, 18],
    description: 'Speeltuin met klimtoestel, waterpomp en zandbak, gerund door vrijwilligers.',
    offers: [
      { title: 'Gratis entree speeltuin', summary: 'Spelen in de speeltuin zonder entree.', description: 'Klimmen, glijden, en spelen met water en zand. Ouders kunnen koffie drinken in het clubhuis.', price: free(200), categories: ['kinderen'], routes: ['gezinsroute', 'groene-route'], target: ['kinderen', 'gezinnen'], limit: [1, 'day'], popularity: 1.6, season: 'summer' },
      { title: 'Jaarlidmaatschap speeltuin voor € 5', summary: 'Een jaar lang spelen voor het hele gezin.', description: 'Met een lidmaatschap kan je gezin het hele jaar naar de speeltuin en naar alle feesten.', price: fixed(2000, 500), reduced: 0, categories: ['kinderen'], routes: ['gezinsroute'], target: ['gezinnen'], limit: [1, 'pass_year'] },
      { title: 'Kinderfeestje in de speeltuin', summary: 'Een feestje met ranja, taart en spelletjes.', description: 'Vier je verjaardag in de speeltuin, met ranja, een taartje en spelletjes van de vrijwilligers.', price: fixed(4000, 1500), categories: ['kinderen'], routes: ['gezinsroute'], target: ['kinderen'], limit: [1, 'pass_year'] },
    ],
  },
];
