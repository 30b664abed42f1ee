import type { TimeSlot } from './volunteering.tables.ts';

/**
 * How well a volunteer fits a vacancy or a help request, both ways: the same wijk (40), the
 * interests they share (up to 40, in proportion to what the other side asks for), and the times
 * both have (up to 20). Pure, so the rule is tested without a database.
 */
export interface Fit {
  score: number;
  sameWijk: boolean;
  interests: string[];
  times: TimeSlot[];
}

export interface Wants {
  wijkCodes: readonly string[];
  interests: readonly string[];
  times: readonly TimeSlot[];
}

/** The score below which a pair is not suggested. */
export const SUGGESTION_THRESHOLD = 50;

const norm = (s: string) => s.trim().toLowerCase();

export function fit(volunteer: Wants, asked: Wants): Fit {
  const sameWijk = asked.wijkCodes.some((w) => volunteer.wijkCodes.includes(w));
  const mine = new Set(volunteer.interests.map(norm));
  const interests = [...new Set(asked.interests.map(norm))].filter((i) => mine.has(i));
  const askedInterests = new Set(asked.interests.map(norm)).size;
  const times = asked.times.filter((t) => volunteer.times.includes(t));
  const interestPart = askedInterests === 0 ? 20 : (40 * interests.length) / askedInterests;
  const timePart = asked.times.length === 0 ? 20 : (20 * times.length) / asked.times.length;
  const score = Math.round((sameWijk ? 40 : 0) + interestPart + timePart);
  return { score: Math.min(100, score), sameWijk, interests, times };
}

/** A pair worth suggesting: enough in common, and at least a wijk or an interest. */
export const isSuggested = (f: Fit) => f.score >= SUGGESTION_THRESHOLD && (f.sameWijk || f.interests.length > 0);

/** Normalises a free-text subject so "EHBO-cursus " and "ehbo-cursus" are the same need. */
export const subjectKey = (s: string) => norm(s).replace(/\s+/g, ' ');
