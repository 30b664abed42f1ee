import type { Static } from '@sinclair/typebox';
import type { HolderRedemption } from '../redemptions/holder-redemptions.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import type { RatingRow, SurveyRow } from './feedback.repository.ts';
import type {
  AdminSurvey,
  ModerationRating,
  OwnRateable,
  PanelQuestion,
  ProviderRating,
  PublicSurvey,
  Suggestion,
} from './feedback.schemas.ts';
import { monthOf } from './ratings.service.ts';
import { publicPathOf } from './surveys.service.ts';

/** What leaves the server about surveys, ratings and the panel. No holder ever reaches a provider. */
export function presentAdminSurvey(s: SurveyRow & { responses: string | null }): Static<typeof AdminSurvey> {
  return {
    id: s.id,
    seriesId: s.series_id,
    round: s.round,
    title: s.title,
    intro: s.intro,
    audience: s.audience,
    status: s.status,
    questions: s.questions,
    responses: Number(s.responses ?? 0),
    publicPath: publicPathOf(s.id),
    openedAt: s.opened_at?.toISOString() ?? null,
    closedAt: s.closed_at?.toISOString() ?? null,
  };
}

export function presentPublicSurvey({
  survey,
  wijken,
}: {
  survey: SurveyRow;
  wijken: { code: string; name: string }[];
}): Static<typeof PublicSurvey> {
  return {
    id: survey.id,
    title: survey.title,
    intro: survey.intro,
    audience: survey.audience,
    status: survey.status,
    questions: survey.questions,
    wijken,
  };
}

export function presentOwnRateable(item: {
  redemption: HolderRedemption;
  rating: RatingRow | null;
}): Static<typeof OwnRateable> {
  const { redemption, rating } = item;
  return {
    redemptionId: redemption.id,
    offerId: redemption.offerId,
    offerTitle: redemption.offerTitle,
    providerName: redemption.providerName,
    usedOn: todayInNetherlands(redemption.redeemedAt),
    rating: rating ? { id: rating.id, stars: rating.stars, text: rating.body, textStatus: rating.text_status } : null,
  };
}

/** A rating for its provider: no holder, no pass, no category, the month only; text once approved. */
export function presentProviderRating(r: RatingRow): Static<typeof ProviderRating> {
  return {
    id: r.id,
    offerId: r.offer_id,
    offerTitle: r.offer_title,
    stars: r.stars,
    text: r.text_status === 'approved' ? r.body : null,
    ratedIn: monthOf(r.created_at),
    reply: r.reply,
  };
}

export function presentModerationRating(r: RatingRow): Static<typeof ModerationRating> {
  return {
    id: r.id,
    offerTitle: r.offer_title,
    providerName: r.provider_name,
    stars: r.stars,
    text: r.body,
    createdAt: r.created_at.toISOString(),
  };
}

export function presentSuggestion(s: {
  id: string;
  kind: string;
  message: string;
  contact_email: string | null;
  status: string;
  created_at: Date;
}): Static<typeof Suggestion> {
  return {
    id: s.id,
    kind: s.kind,
    message: s.message,
    contactEmail: s.contact_email,
    status: s.status,
    createdAt: s.created_at.toISOString(),
  };
}

export function presentPanelQuestion(q: {
  id: string;
  organisation: string;
  question: string;
  status: string;
  survey_id: string | null;
  created_at: Date;
}): Static<typeof PanelQuestion> {
  return {
    id: q.id,
    organisation: q.organisation,
    question: q.question,
    status: q.status,
    surveyId: q.survey_id,
    createdAt: q.created_at.toISOString(),
  };
}
