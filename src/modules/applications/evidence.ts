import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import { ApplicationsRepository } from './applications.repository.ts';
import type { EvidenceMediaType } from './applications.tables.ts';

/** Largest evidence file: 10 MB. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
/** Most evidence files one application may carry. */
export const MAX_EVIDENCE_FILES = 10;
/** Default time evidence is kept after the decision: three months. */
export const DEFAULT_EVIDENCE_RETENTION_DAYS = 91;

const SIGNATURES: { mediaType: EvidenceMediaType; bytes: number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The real type of an uploaded file, from its first bytes (magic numbers), never from its name or
 * the Content-Type the browser sent: a renamed .exe is refused.
 */
export function sniffMediaType(content: Uint8Array): EvidenceMediaType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((byte, i) => content[i] === byte))?.mediaType;
}

const notAFile = () =>
  new DomainError('unsupported-file-type', 'This file is not a PDF, JPEG or PNG file (checked by its content).', [
    { name: 'body', code: 'unsupported-file-type', reason: 'send a PDF, JPEG or PNG file of at most 10 MB' },
  ]);

export function checkEvidence(content: Uint8Array): EvidenceMediaType {
  if (content.byteLength === 0)
    throw new DomainError('invalid-input', 'The file is empty.', [
      { name: 'body', code: 'empty', reason: 'the file is empty' },
    ]);
  const mediaType = sniffMediaType(content);
  if (!mediaType)
    throw new DomainError(
      'unsupported-file-type',
      'This file is not a PDF, JPEG or PNG file (checked by its content).',
    );
  return mediaType;
}

/** A file name safe to show and to put in Content-Disposition: no paths, no control characters. */
export function cleanFileName(name: string, mediaType: EvidenceMediaType): string {
  const base = [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && c !== '"')
    .join('')
    .trim();
  const extension = mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpg';
  return (base || `bewijsstuk.${extension}`).slice(0, 200);
}

/**
 * The retention job: deletes the content of evidence `retentionDays` after the decision (or the
 * withdrawal), and records that on the application. Safe in several processes at once: the
 * update only takes content that is still there.
 */
export async function deleteExpiredEvidence(db: Db, now: Date, retentionDays: number) {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  return db.transaction().execute(async (tx) => {
    const repo = new ApplicationsRepository(tx);
    const deleted = [...(await repo.deleteExpiredEvidence(before)), ...(await repo.deleteWithdrawnEvidence(before))];
    const perApplication = new Map<string, { tenantId: string; files: number }>();
    for (const row of deleted) {
      const entry = perApplication.get(row.application_id) ?? { tenantId: row.tenant_id, files: 0 };
      entry.files++;
      perApplication.set(row.application_id, entry);
    }
    for (const [applicationId, { tenantId, files }] of perApplication)
      await repo.insertEvent(tenantId, applicationId, {
        kind: 'evidence_deleted',
        actor: 'system',
        actorName: 'system',
        message: String(files),
      });
    return { files: deleted.length, applications: perApplication.size };
  });
}

/**
 * An uploaded file as the body parser hands it on. The bytes sit in a private field: the input
 * guards (src/http/input-guards.ts) look for NUL characters in every body field, and a PDF or
 * PNG is full of them by nature. Its type is checked here instead, by its first bytes.
 */
export class UploadedFile {
  readonly #content: Buffer;
  constructor(content: Buffer) {
    this.#content = content;
  }
  get content(): Buffer {
    return this.#content;
  }
}

/** The bytes of an upload; anything else (a JSON or text body, no body) is not a file. */
export function uploadedBytes(body: unknown): Buffer {
  if (body instanceof UploadedFile) return body.content;
  throw notAFile();
}
