import type { PassCategory, PassStatus } from '../modules/passes/passes.tables.ts';
import { DEMO_LOW_INCOME_SHARE, type Buurt, type Wijk } from './areas.ts';
import { addDays, addMonths, dayNumber, firstOfMonth } from './dates.ts';
import { apportion, cumulativeSums, type Random } from '../shared/random.ts';

/**
 * Fictitious pass holders: spread over the wijken in proportion to the real CBS population,
 * and within a wijk over its buurten by population. Adults are regular, low-income (share per
 * wijk: DEMO_LOW_INCOME_SHARE) or carer; children get a child pass linked to a parent's pass.
 */
export interface PersonPlan {
  key: number;
  name: string;
  email: string | null;
  birthDate: string;
  wijkCode: string;
  buurtCode: string;
  category: PassCategory;
  status: PassStatus;
  validFrom: string;
  validUntil: string;
  /** Index of the parent in the list (child passes only). */
  parent: number | null;
  /** Last day the pass could be used (blocked passes were blocked on this day). */
  usableUntil: string;
  /** Relative activity at the tills. */
  activity: number;
  demoResident: boolean;
}

const FEMALE = [
  'Fatima',
  'Anna',
  'Sanne',
  'Emma',
  'Yasmina',
  'Ayşe',
  'Linda',
  'Marieke',
  'Noor',
  'Julia',
  'Sophie',
  'Khadija',
  'Priya',
  'Ingrid',
  'Agnieszka',
  'Wilma',
  'Joke',
  'Esra',
  'Naima',
  'Lotte',
  'Fenna',
  'Roos',
  'Mila',
  'Zeynep',
  'Shanti',
  'Gerda',
  'Tineke',
  'Maria',
  'Iris',
  'Sara',
  'Hanneke',
  'Latifa',
  'Marisol',
  'Olena',
  'Ria',
  'Femke',
  'Demi',
  'Nadia',
  'Chantal',
  'Petra',
];
const MALE = [
  'Jan',
  'Mohamed',
  'Pieter',
  'Daan',
  'Mehmet',
  'Kees',
  'Sem',
  'Youssef',
  'Henk',
  'Lucas',
  'Bram',
  'Ahmed',
  'Ravi',
  'Piotr',
  'Willem',
  'Gerrit',
  'Emre',
  'Jeroen',
  'Thijs',
  'Noah',
  'Levi',
  'Hamza',
  'Dennis',
  'Marco',
  'Ruud',
  'Kofi',
  'Stefan',
  'Bilal',
  'Tom',
  'Ali',
  'Cor',
  'Sander',
  'Milan',
  'Dylan',
  'Rachid',
  'Oleksandr',
  'Erik',
  'Finn',
  'Mustafa',
  'Frank',
];
const SURNAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Kramer',
  'van der Meer',
  'El Amrani',
  'Yılmaz',
  'Kaya',
  'Bouzid',
  'Ramdin',
  'Kowalski',
  'Nowak',
  'Öztürk',
  'El Idrissi',
  'Sitaldin',
  'Kok',
  'Schouten',
  'Groot',
  'Honig',
  'Zwart',
  'Kuiper',
  'Veldman',
  'Boon',
  'van Dam',
  'Schipper',
  'Mensah',
  'Tahiri',
  'Benali',
  'Demir',
  'Koster',
  'Prins',
  'Wijnands',
  'Kalf',
  'Duyvis',
  'Verkade',
];

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export interface PeoplePlanInput {
  wijken: Wijk[];
  buurten: Buurt[];
  anchor: string;
  totalHolders: number;
  random: Random;
}

export function planPeople({ wijken, buurten, anchor, totalHolders, random }: PeoplePlanInput): PersonPlan[] {
  const people: PersonPlan[] = [];
  const usedEmails = new Set<string>(['fatima@voorbeeld.demo', 'jan@voorbeeld.demo']);
  const anchorMonth = firstOfMonth(anchor);
  const buurtenOf = new Map<string, { list: Buurt[]; cumulative: Float64Array }>();
  for (const wijk of wijken) {
    const list = buurten.filter((b) => b.wijkCode === wijk.code && b.population > 0);
    buurtenOf.set(wijk.code, { list, cumulative: cumulativeSums(list.map((b) => b.population)) });
  }
  const buurtIn = (wijkCode: string) => {
    const entry = buurtenOf.get(wijkCode)!;
    return entry.list[random.weightedIndex(entry.cumulative)]!.code;
  };
  const birthDate = (minAge: number, maxAge: number) =>
    addDays(anchor, -(minAge * 365 + random.int(0, (maxAge - minAge) * 365)));
  const ageOf = (birth: string) => Math.floor((dayNumber(anchor) - dayNumber(birth)) / 365.25);
  const activity = (category: PassCategory) => {
    const base = 0.15 - Math.log(1 - random.next()); // exponential: many light users, a few heavy ones
    return base * ({ low_income: 1.7, carer: 1.1, regular: 0.8, child: 0.55 } as const)[category];
  };

  const add = (p: Omit<PersonPlan, 'key'>) => {
    people.push({ key: people.length, ...p });
    return people.length - 1;
  };

  // The contract's demo residents come first, so their pass numbers are 0479 0000 0001 …
  const demoFrom = addMonths(anchorMonth, -4);
  const demoUntil = addDays(addMonths(demoFrom, 12), -1);
  const fatima = add({
    name: 'Fatima El Amrani',
    email: 'fatima@voorbeeld.demo',
    birthDate: addDays(anchor, -(38 * 365 + 120)),
    wijkCode: 'WK047912',
    buurtCode: 'BU04791210',
    category: 'low_income',
    status: 'active',
    validFrom: demoFrom,
    validUntil: demoUntil,
    parent: null,
    usableUntil: demoUntil,
    activity: 3,
    demoResident: true,
  });
  add({
    name: 'Yasmina El Amrani',
    email: null,
    birthDate: addDays(anchor, -(9 * 365 + 40)),
    wijkCode: 'WK047912',
    buurtCode: 'BU04791210',
    category: 'child',
    status: 'active',
    validFrom: demoFrom,
    validUntil: demoUntil,
    parent: fatima,
    usableUntil: demoUntil,
    activity: 1.5,
    demoResident: true,
  });
  add({
    name: 'Jan de Vries',
    email: 'jan@voorbeeld.demo',
    birthDate: addDays(anchor, -(67 * 365 + 200)),
    wijkCode: 'WK047981',
    buurtCode: 'BU04798140',
    category: 'regular',
    status: 'active',
    validFrom: demoFrom,
    validUntil: demoUntil,
    parent: null,
    usableUntil: demoUntil,
    activity: 2.5,
    demoResident: true,
  });

  const quota = apportion(
    totalHolders,
    wijken.map((w) => w.population),
  );
  wijken.forEach((wijk, wi) => {
    let left = (quota[wi] as number) - people.filter((p) => p.wijkCode === wijk.code).length;
    const lowIncomeShare = DEMO_LOW_INCOME_SHARE[wijk.code] ?? 0.3;
    while (left > 0) {
      const r = random.next();
      const category: PassCategory =
        r < lowIncomeShare ? 'low_income' : r < lowIncomeShare + 0.07 ? 'carer' : 'regular';
      const female = random.chance(0.56);
      const first = random.pick(female ? FEMALE : MALE);
      const surname = random.pick(SURNAMES);
      const birth =
        category === 'carer' ? birthDate(40, 82) : category === 'low_income' ? birthDate(19, 80) : birthDate(18, 88);
      const age = ageOf(birth);
      let email: string | null = null;
      if (random.chance(age < 40 ? 0.62 : age < 65 ? 0.5 : 0.25)) {
        const base = `${slug(first)}.${slug(surname)}`;
        let candidate = `${base}@voorbeeld.demo`;
        for (let n = 2; usedEmails.has(candidate); n++) candidate = `${base}${n}@voorbeeld.demo`;
        usedEmails.add(candidate);
        email = candidate;
      }
      // Pass year: twelve months from the first of the month the holder applied or renewed.
      const s = random.next();
      let status: PassStatus = 'active';
      // Many holders got their pass when the new round started, about a year ago; the rest joined since.
      let validFrom = addMonths(anchorMonth, -(random.chance(0.4) ? random.int(9, 11) : random.int(0, 11)));
      if (s < 0.03) {
        status = 'expired';
        validFrom = addMonths(anchorMonth, -random.int(13, 20));
      }
      const validUntil = addDays(addMonths(validFrom, 12), -1);
      let usableUntil = validUntil;
      if (s >= 0.03 && s < 0.04) {
        status = 'blocked';
        usableUntil = addDays(anchor, -random.int(10, 120));
      }
      const buurtCode = buurtIn(wijk.code);
      const parent = add({
        name: `${first} ${surname}`,
        email,
        birthDate: birth,
        wijkCode: wijk.code,
        buurtCode,
        category,
        status,
        validFrom,
        validUntil,
        parent: null,
        usableUntil,
        activity: activity(category),
        demoResident: false,
      });
      left--;

      const kidChance = category === 'low_income' ? 0.38 : category === 'regular' ? 0.14 : 0.05;
      if (age >= 22 && age < 60 && random.chance(kidChance)) {
        const kids = Math.min(left, random.int(1, category === 'low_income' ? 3 : 2));
        for (let k = 0; k < kids; k++) {
          let childFirst = random.pick(random.chance(0.5) ? FEMALE : MALE);
          while (childFirst === first) childFirst = random.pick(random.chance(0.5) ? FEMALE : MALE);
          add({
            name: `${childFirst} ${surname}`,
            email: null,
            birthDate: birthDate(4, Math.min(17, age - 18)),
            wijkCode: wijk.code,
            buurtCode,
            category: 'child',
            status: status === 'expired' ? 'expired' : 'active',
            validFrom,
            validUntil,
            parent,
            usableUntil: validUntil,
            activity: activity('child'),
            demoResident: false,
          });
          left--;
        }
      }
    }
  });
  return people;
}
