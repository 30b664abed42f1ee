import type { Static } from '@sinclair/typebox';
import type { CampaignWithResults } from './campaigns.service.ts';
import { positionOf } from './recruitment.service.ts';
import type { RecruitmentRepository } from './recruitment.repository.ts';
import type {
  Campaign,
  Lead,
  LeadEvent,
  LeadMapCollection,
  RelationshipNote,
  StilleKracht,
} from './recruitment.schemas.ts';

type LeadRow = NonNullable<Awaited<ReturnType<RecruitmentRepository['findLead']>>>;
type EventRow = Awaited<ReturnType<RecruitmentRepository['listEvents']>>[number];
type NoteRow = Awaited<ReturnType<RecruitmentRepository['listNotes']>>[number];
type StilleKrachtRow = Awaited<ReturnType<RecruitmentRepository['stilleKrachten']>>[number];

const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d).toISOString();

export function presentLead(row: LeadRow): Static<typeof Lead> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    contactName: row.contact_name,
    email: row.email,
    phone: row.phone,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    kvkNumber: row.kvk_number,
    route:
      row.route_id && row.route_name ? { id: row.route_id, slug: row.route_slug ?? '', name: row.route_name } : null,
    wijk: row.wijk_code && row.wijk_name ? { code: row.wijk_code, name: row.wijk_name } : null,
    owner: row.owner_user_id && row.owner_name ? { id: row.owner_user_id, name: row.owner_name } : null,
    stage: row.stage,
    nextStepOn: row.next_step_on,
    notes: row.notes,
    source: row.source,
    sourceName: row.source_name ?? null,
    position: positionOf(row),
    applicationId: row.application_id,
    joinedAt: row.joined_at ? iso(row.joined_at) : null,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function presentLeadEvent(row: EventRow): Static<typeof LeadEvent> {
  return {
    occurredAt: iso(row.occurred_at),
    actorName: row.actor_name,
    fromStage: row.from_stage,
    toStage: row.to_stage,
    comment: row.comment,
  };
}

export function presentLeadMap(rows: LeadRow[]): Static<typeof LeadMapCollection> {
  return {
    type: 'FeatureCollection',
    features: rows.flatMap((row) => {
      const position = positionOf(row);
      if (!position || !row.wijk_code) return [];
      return [
        {
          type: 'Feature' as const,
          id: row.id,
          geometry: { type: 'Point' as const, coordinates: [position.longitude, position.latitude] },
          properties: {
            name: row.name,
            address: [row.street, row.postcode, row.city].filter(Boolean).join(', '),
            wijkCode: row.wijk_code,
            stage: row.stage,
            provider: { id: row.id, name: row.name, kind: row.kind },
            offers: [],
          },
        },
      ];
    }),
  };
}

export function presentCampaign({ row, results }: CampaignWithResults): Static<typeof Campaign> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    route:
      row.route_id && row.route_name
        ? { id: row.route_id, slug: row.route_slug ?? '', name: row.route_name, color: row.route_color ?? '' }
        : null,
    targetGroup: row.target_group,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    description: row.description,
    results,
  };
}

export function presentNote(row: NoteRow): Static<typeof RelationshipNote> {
  return { id: row.id, kind: row.kind, notedOn: row.noted_on, body: row.body, createdAt: iso(row.created_at) };
}

export function presentStilleKracht(row: StilleKrachtRow): Static<typeof StilleKracht> {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    liveOffers: row.live_offers ?? 0,
    lastContactOn: row.last_contact_on ?? null,
  };
}
