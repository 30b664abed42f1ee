import type { DemoContext } from '../../http/module-manifest.ts';
import type { GuideLanguage, GuidePageName } from './guide-pages.ts';

type PageTexts = Record<GuideLanguage, Record<string, string>>;

/**
 * The wegwijzer's texts as the web app showed them before the pass organisation could edit them
 * (web/src/features/discover/i18n/*.json, `guide.*`).
 */
export const WEGWIJZER_TEXTS: PageTexts = {
  nl: {
    intro: 'Woon je net in Zaanstad? Hier lees je wat de pas is, hoe je hem krijgt en wat je ermee kunt doen.',
    whatIsThePass:
      'Met de pas krijg je korting of gratis toegang bij sport, cultuur, winkels en buurthuizen in Zaanstad. Zo kun je meedoen, ook als je weinig geld hebt.',
    howToGetIt: 'Heb je een laag inkomen? Dan krijg je de pas gratis. Anderen kunnen de pas kopen.',
    whereToFindHelp:
      'Ga naar het buurthuis in je wijk. Daar helpen ze je met de pas en met vragen over geld, werk en meedoen. Je vindt de buurthuizen op de wijkkaart.',
  },
  en: {
    intro: 'Just moved to Zaanstad? Read what the pass is, how to get it and what you can do with it.',
    whatIsThePass:
      'With the pass you get a discount or free entry at sport, culture, shops and community centres in Zaanstad. So you can take part, even on a small income.',
    howToGetIt: 'On a low income? Then the pass is free. Others can buy it.',
    whereToFindHelp:
      'Go to the community centre in your district. They help you with the pass and with questions about money, work and taking part. You find the community centres on the district map.',
  },
  tr: {
    intro:
      "Zaanstad'a yeni mi taşındınız? Kartın ne olduğunu, nasıl alınacağını ve onunla neler yapabileceğinizi okuyun.",
    whatIsThePass:
      "Kartla Zaanstad'da spor, kültür, mağazalar ve mahalle evlerinde indirim veya ücretsiz giriş alırsınız. Böylece az paranız olsa bile katılabilirsiniz.",
    howToGetIt: 'Geliriniz düşük mü? O zaman kart ücretsizdir. Diğerleri kartı satın alabilir.',
    whereToFindHelp:
      'Semtinizdeki mahalle evine gidin. Orada kart ve para, iş ve katılım hakkındaki sorularınızda size yardım ederler. Mahalle evlerini haritada bulabilirsiniz.',
  },
  ar: {
    intro: 'هل انتقلت للتو إلى زانستاد؟ اقرأ ما هي البطاقة وكيف تحصل عليها وماذا يمكنك أن تفعل بها.',
    whatIsThePass:
      'بالبطاقة تحصل على خصم أو دخول مجاني في الرياضة والثقافة والمتاجر والمراكز المجتمعية في زانستاد. هكذا يمكنك المشاركة حتى لو كان دخلك قليلًا.',
    howToGetIt: 'هل دخلك منخفض؟ إذن البطاقة مجانية. ويمكن للآخرين شراؤها.',
    whereToFindHelp:
      'اذهب إلى المركز المجتمعي في حيك. هناك يساعدونك في البطاقة وفي أسئلة المال والعمل والمشاركة. تجد المراكز المجتمعية على خريطة الأحياء.',
  },
  pl: {
    intro: 'Właśnie zamieszkałeś w Zaanstad? Przeczytaj, czym jest karta, jak ją dostać i co możesz z nią robić.',
    whatIsThePass:
      'Z kartą masz zniżki lub darmowy wstęp na sport, kulturę, do sklepów i domów sąsiedzkich w Zaanstad. Dzięki temu możesz brać udział, nawet gdy masz mało pieniędzy.',
    howToGetIt: 'Masz niski dochód? Wtedy karta jest bezpłatna. Inni mogą ją kupić.',
    whereToFindHelp:
      'Idź do domu sąsiedzkiego w swojej dzielnicy. Tam pomogą ci z kartą i z pytaniami o pieniądze, pracę i udział. Domy sąsiedzkie znajdziesz na mapie dzielnic.',
  },
  uk: {
    intro: 'Щойно переїхали до Заанстада? Дізнайтеся, що таке картка, як її отримати і що з нею можна робити.',
    whatIsThePass:
      'З карткою ви отримуєте знижку або безкоштовний вхід на спорт, культуру, у магазини та будинки громади в Заанстаді. Так ви можете брати участь, навіть коли маєте мало грошей.',
    howToGetIt: 'Маєте низький дохід? Тоді картка безкоштовна. Інші можуть її купити.',
    whereToFindHelp:
      'Зверніться до будинку громади у вашому районі. Там допоможуть з карткою та з питаннями про гроші, роботу й участь. Будинки громади є на мапі районів.',
  },
};

/** The festival guide (seed 000 §7B, advies 5: "via een overzichtelijke handleiding"), B1 Dutch first. */
export const FESTIVALGIDS_TEXTS: PageTexts = {
  nl: {
    intro:
      'Bij festivals en evenementen in Zaanstad doet de pas mee. Hier lees je wat de pas daar voor je doet, hoe je hem gebruikt en hoe je als organisator meedoet.',
    roleAtCityEvents:
      'De pas hoort bij de feesten van de stad. Doet de gemeente mee aan een evenement? Dan heeft de pas daar altijd een rol.\n\nDat kan gratis of goedkoper naar binnen zijn, korting op eten en drinken, of een activiteit voor gezinnen. Zo kan iedereen meedoen, ook als je weinig geld hebt.',
    atTheFestival:
      'Kijk in de agenda welke activiteiten bij een festival horen. Bij elke activiteit staat wat het kost en of je korting krijgt met de pas.\n\nNeem je pas mee, op je telefoon of op papier. Laat hem zien bij de kassa of bij de ingang. De medewerker scant de pas. Je hoeft niet te vertellen waarom je een pas hebt.\n\nHeb je nog geen pas? Vraag hem aan of koop hem een paar dagen voor het festival.',
    forOrganisers:
      'Organiseer je een festival of evenement in Zaanstad? Geef de pas een plek in je programma, bijvoorbeeld met gratis kaarten, korting of een activiteit voor gezinnen.\n\nVertel het de pasorganisatie. Wij zetten je evenement in de agenda en vertellen pashouders erover. Word je aanbieder, dan scan je de pas zelf bij de ingang.',
  },
  en: {
    intro:
      'The pass takes part in festivals and events in Zaanstad. Read what the pass does for you there, how to use it and how organisers can join.',
    roleAtCityEvents:
      "The pass belongs to the city's celebrations. When the municipality takes part in an event, the pass always has a role there.\n\nThat can be free or cheaper entry, a discount on food and drink, or an activity for families. So everyone can take part, even on a small income.",
    atTheFestival:
      'Look in the events calendar to see which activities belong to a festival. Each activity says what it costs and whether the pass gives a discount.\n\nBring your pass, on your phone or on paper. Show it at the till or at the entrance. The staff scan the pass. You do not have to say why you have a pass.\n\nNo pass yet? Apply for it or buy it a few days before the festival.',
    forOrganisers:
      'Are you organising a festival or event in Zaanstad? Give the pass a place in your programme, for example with free tickets, a discount or an activity for families.\n\nTell the pass organisation. We put your event in the calendar and tell pass holders about it. Become a provider and you scan the pass yourself at the entrance.',
  },
  tr: {
    intro:
      "Zaanstad'daki festivallere ve etkinliklere kart da katılır. Kartın orada sizin için ne yaptığını, nasıl kullanacağınızı ve organizatör olarak nasıl katılacağınızı okuyun.",
    roleAtCityEvents:
      'Kart, şehrin kutlamalarının bir parçasıdır. Belediye bir etkinliğe katılıyorsa, kartın orada her zaman bir rolü vardır.\n\nBu ücretsiz veya daha ucuz giriş, yiyecek ve içecekte indirim ya da aileler için bir etkinlik olabilir. Böylece az paranız olsa bile herkes katılabilir.',
    atTheFestival:
      'Hangi etkinliklerin bir festivale ait olduğunu ajandada görün. Her etkinlikte ne kadar tuttuğu ve kartla indirim olup olmadığı yazar.\n\nKartınızı telefonunuzda veya kağıt üzerinde yanınıza alın. Kasada veya girişte gösterin. Görevli kartı tarar. Neden kartınız olduğunu söylemeniz gerekmez.\n\nHenüz kartınız yok mu? Festivalden birkaç gün önce başvurun veya satın alın.',
    forOrganisers:
      "Zaanstad'da bir festival veya etkinlik mi düzenliyorsunuz? Programınızda karta yer verin, örneğin ücretsiz biletler, indirim veya aileler için bir etkinlikle.\n\nKart organizasyonuna haber verin. Etkinliğinizi ajandaya koyar ve kart sahiplerine duyururuz. Sağlayıcı olursanız kartı girişte kendiniz tararsınız.",
  },
  ar: {
    intro:
      'تشارك البطاقة في المهرجانات والفعاليات في زانستاد. اقرأ ماذا تفعل البطاقة لك هناك، وكيف تستخدمها، وكيف يشارك المنظمون.',
    roleAtCityEvents:
      'البطاقة جزء من احتفالات المدينة. عندما تشارك البلدية في فعالية، يكون للبطاقة دائمًا دور هناك.\n\nقد يكون ذلك دخولًا مجانيًا أو أرخص، أو خصمًا على الطعام والشراب، أو نشاطًا للعائلات. هكذا يمكن للجميع المشاركة، حتى لو كان الدخل قليلًا.',
    atTheFestival:
      'انظر في جدول الفعاليات لترى الأنشطة التي تنتمي إلى المهرجان. عند كل نشاط مكتوب كم يكلف وهل تحصل على خصم بالبطاقة.\n\nخذ بطاقتك معك، على هاتفك أو على الورق. أظهرها عند الصندوق أو عند المدخل. يمسح الموظف البطاقة. لست مضطرًا أن تقول لماذا لديك بطاقة.\n\nليس لديك بطاقة بعد؟ اطلبها أو اشترها قبل المهرجان ببضعة أيام.',
    forOrganisers:
      'هل تنظم مهرجانًا أو فعالية في زانستاد؟ امنح البطاقة مكانًا في برنامجك، مثلًا بتذاكر مجانية أو خصم أو نشاط للعائلات.\n\nأخبر منظمة البطاقة. نضع فعاليتك في جدول الفعاليات ونخبر حاملي البطاقة عنها. إذا أصبحت مقدم عروض، تمسح البطاقة بنفسك عند المدخل.',
  },
  pl: {
    intro:
      'Karta bierze udział w festiwalach i wydarzeniach w Zaanstad. Przeczytaj, co karta tam dla ciebie robi, jak jej używać i jak organizatorzy mogą dołączyć.',
    roleAtCityEvents:
      'Karta należy do świąt miasta. Gdy gmina bierze udział w wydarzeniu, karta zawsze ma tam swoją rolę.\n\nMoże to być darmowy lub tańszy wstęp, zniżka na jedzenie i picie albo zajęcia dla rodzin. Dzięki temu każdy może wziąć udział, nawet gdy ma mało pieniędzy.',
    atTheFestival:
      'Sprawdź w kalendarzu wydarzeń, które zajęcia należą do festiwalu. Przy każdym jest napisane, ile kosztuje i czy z kartą masz zniżkę.\n\nWeź kartę ze sobą, w telefonie lub na papierze. Pokaż ją przy kasie lub przy wejściu. Pracownik skanuje kartę. Nie musisz mówić, dlaczego masz kartę.\n\nNie masz jeszcze karty? Złóż wniosek lub kup ją kilka dni przed festiwalem.',
    forOrganisers:
      'Organizujesz festiwal lub wydarzenie w Zaanstad? Daj karcie miejsce w programie, na przykład darmowe bilety, zniżkę lub zajęcia dla rodzin.\n\nPowiedz o tym organizacji karty. Wpiszemy twoje wydarzenie do kalendarza i powiemy o nim posiadaczom karty. Gdy zostaniesz oferentem, sam skanujesz kartę przy wejściu.',
  },
  uk: {
    intro:
      'Картка бере участь у фестивалях і подіях у Заанстаді. Дізнайтеся, що картка там для вас робить, як нею користуватися і як організатори можуть долучитися.',
    roleAtCityEvents:
      'Картка — частина міських свят. Коли громада бере участь у події, картка завжди має там свою роль.\n\nЦе може бути безкоштовний або дешевший вхід, знижка на їжу та напої або заняття для сімей. Так кожен може брати участь, навіть коли має мало грошей.',
    atTheFestival:
      'Подивіться в календарі подій, які заходи належать до фестивалю. Біля кожного заходу написано, скільки він коштує і чи є знижка з карткою.\n\nВізьміть картку з собою, у телефоні або на папері. Покажіть її на касі або біля входу. Працівник сканує картку. Вам не треба пояснювати, чому у вас є картка.\n\nЩе не маєте картки? Подайте заяву або купіть її за кілька днів до фестивалю.',
    forOrganisers:
      'Організовуєте фестиваль чи подію в Заанстаді? Дайте картці місце у своїй програмі, наприклад безкоштовні квитки, знижку або заняття для сімей.\n\nПовідомте організацію картки. Ми додамо вашу подію до календаря і розповімо про неї власникам картки. Ставши постачальником, ви самі скануєте картку біля входу.',
  },
};

const DEMO_TEXTS: Record<GuidePageName, PageTexts> = { wegwijzer: WEGWIJZER_TEXTS, festivalgids: FESTIVALGIDS_TEXTS };

/** Both guide pages in all six languages, every translation current. */
export async function seedGuides({ tx, tenantId, anchorDate }: DemoContext) {
  // A month before the anchor, so a Dutch change made today is always later than these.
  const dutchAt = new Date(Date.parse(`${anchorDate}T08:00:00Z`) - 30 * 86_400_000);
  const translatedAt = new Date(dutchAt.getTime() + 3_600_000);
  const rows = Object.entries(DEMO_TEXTS).flatMap(([page, languages]) =>
    Object.entries(languages).flatMap(([language, sections]) =>
      Object.entries(sections).map(([section, body]) => ({
        tenant_id: tenantId,
        page,
        section,
        language: language as GuideLanguage,
        body,
        dutch_updated_at: language === 'nl' ? null : dutchAt,
        updated_at: language === 'nl' ? dutchAt : translatedAt,
        updated_by: 'demo',
      })),
    ),
  );
  await tx.insertInto('guide_texts').values(rows).execute();
}
