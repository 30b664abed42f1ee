import type { Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';

/** Table types of the media module. Keep in step with the migrations that create them. */
export type ImagePurpose = 'offer' | 'provider' | 'route' | 'story' | 'sponsor';

export interface MediaImagesTable {
  tenant_id: string;
  id: Generated<string>;
  purpose: ImagePurpose;
  owner_id: string;
  alt: Generated<string>;
  position: Generated<number>;
  width: number;
  height: number;
  widths: number[];
  created_by: string;
  created_at: CreatedAt;
}

export interface MediaVariantsTable {
  tenant_id: string;
  image_id: string;
  width: number;
  bytes: Uint8Array;
}

/** A podcast episode's audio file (migration 202612091300). */
export interface MediaAudioTable {
  tenant_id: string;
  id: Generated<string>;
  owner_id: string;
  content_type: 'audio/mpeg' | 'audio/mp4';
  byte_length: number;
  duration_seconds: number;
  bytes: Uint8Array;
  created_by: string;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    media_images: MediaImagesTable;
    media_variants: MediaVariantsTable;
    media_audio: MediaAudioTable;
  }
}
