import type { Static } from '@sinclair/typebox';
import type { Fit } from './matching.ts';
import type {
  HelpRequest,
  InfoPage,
  InfoPageSummary,
  Match,
  OwnHelpRequest,
  SuggestedVolunteer,
  Vacancy,
  VolunteerProfile,
} from './volunteering.schemas.ts';
import type {
  HelpRequestStatus,
  InfoTopic,
  MatchSide,
  MatchStatus,
  TimeSlot,
  VacancyAudience,
} from './volunteering.tables.ts';

/**
 * What leaves the server. The privacy rule of help requests lives here: the public sees a help
 * request without its author; a volunteer sees the author's name only once their match is
 * accepted, and contact details only when both sides agreed to share them.
 */
type Wijken = Map<string, string>;
const wijk = (code: string, wijken: Wijken) => ({ code, name: wijken.get(code) ?? code });
const iso = (d: Date | string) => new Date(d).toISOString();
const day = (d: Date | string | null) =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

interface InfoRow {
  id: string;
  slug: string;
  topic: InfoTopic;
  title: string;
  summary: string;
  body_markdown: string;
  published: boolean;
  updated_at: Date;
}
export const presentInfoSummary = (p: InfoRow): Static<typeof InfoPageSummary> => ({
  id: p.id,
  slug: p.slug,
  topic: p.topic,
  title: p.title,
  summary: p.summary,
  published: p.published,
});
export const presentInfoPage = (p: InfoRow): Static<typeof InfoPage> => ({
  ...presentInfoSummary(p),
  bodyMarkdown: p.body_markdown,
  updatedAt: iso(p.updated_at),
});

interface VacancyRow {
  id: string;
  title: string;
  description: string;
  partner_id: string;
  partner_name: string;
  wijk_code: string;
  interests: string[];
  times: TimeSlot[];
  audiences: VacancyAudience[];
  hours_per_week: number | null;
  ends_on: string | Date | null;
  status: 'open' | 'closed';
}
export const presentVacancy = (v: VacancyRow, wijken: Wijken): Static<typeof Vacancy> => ({
  id: v.id,
  title: v.title,
  description: v.description,
  partner: { id: v.partner_id, name: v.partner_name },
  wijk: wijk(v.wijk_code, wijken),
  interests: v.interests,
  times: v.times,
  audiences: v.audiences,
  hoursPerWeek: v.hours_per_week,
  endsOn: day(v.ends_on),
  status: v.status,
});

interface HelpRow {
  id: string;
  title: string;
  description: string;
  wijk_code: string;
  interest: string;
  times: TimeSlot[];
  created_at: Date;
}
/** A help request as anyone may see it: never its author. */
export const presentHelpRequest = (h: HelpRow, wijken: Wijken): Static<typeof HelpRequest> => ({
  id: h.id,
  title: h.title,
  description: h.description,
  wijk: wijk(h.wijk_code, wijken),
  interest: h.interest,
  times: h.times,
  createdAt: iso(h.created_at),
});
export const presentOwnHelpRequest = (
  h: HelpRow & { status: HelpRequestStatus; moderation_reason: string | null },
  wijken: Wijken,
): Static<typeof OwnHelpRequest> => ({
  ...presentHelpRequest(h, wijken),
  status: h.status,
  moderationReason: h.moderation_reason,
});

interface ProfileRow {
  id: string;
  display_name: string;
  about: string;
  interests: string[];
  wijk_codes: string[];
  times: TimeSlot[];
  skills: string[];
  active: boolean;
}
export const presentProfile = (p: ProfileRow, wijken: Wijken): Static<typeof VolunteerProfile> => ({
  id: p.id,
  displayName: p.display_name,
  about: p.about,
  interests: p.interests,
  wijken: p.wijk_codes.map((c) => wijk(c, wijken)),
  times: p.times,
  skills: p.skills,
  active: p.active,
});
export const presentSuggestedVolunteer = (
  p: ProfileRow,
  match: Fit,
  wijken: Wijken,
): Static<typeof SuggestedVolunteer> => {
  const { id, active: _active, ...rest } = presentProfile(p, wijken);
  return { profileId: id, ...rest, match };
};

export interface MatchRow {
  id: string;
  vacancy_id: string | null;
  help_request_id: string | null;
  proposed_by: MatchSide;
  status: MatchStatus;
  volunteer_shares: boolean;
  owner_shares: boolean;
  created_at: Date;
  volunteer_name: string;
  volunteer_email: string;
  vacancy_title: string | null;
  partner_name: string | null;
  partner_email: string | null;
  help_title: string | null;
  author_name: string | null;
  author_email: string | null;
}

/** A match as one side sees it. */
export function presentMatch(
  m: MatchRow,
  side: MatchSide,
  messages: { from_side: MatchSide; body: string; created_at: Date }[],
): Static<typeof Match> {
  const bothShare = m.volunteer_shares && m.owner_shares && m.status === 'accepted';
  const isVacancy = m.vacancy_id !== null;
  let name: string | null;
  let email: string | null;
  if (side === 'owner') {
    name = m.volunteer_name;
    email = bothShare ? m.volunteer_email : null;
  } else if (isVacancy) {
    name = m.partner_name;
    email = bothShare ? m.partner_email : null;
  } else {
    name = m.status === 'accepted' ? (m.author_name?.split(' ')[0] ?? null) : null;
    email = bothShare ? m.author_email : null;
  }
  return {
    id: m.id,
    about: isVacancy
      ? { kind: 'vacancy', id: m.vacancy_id!, title: m.vacancy_title ?? '' }
      : { kind: 'help_request', id: m.help_request_id!, title: m.help_title ?? '' },
    myRole: side,
    proposedBy: m.proposed_by,
    status: m.status,
    canDecide: m.status === 'proposed' && m.proposed_by !== side,
    iShare: side === 'volunteer' ? m.volunteer_shares : m.owner_shares,
    theyShare: side === 'volunteer' ? m.owner_shares : m.volunteer_shares,
    counterpart: { name, email },
    messages: messages.map((x) => ({ fromMe: x.from_side === side, body: x.body, at: iso(x.created_at) })),
    createdAt: iso(m.created_at),
  };
}
