import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api, apiHeaders, networkError, ok, problemError, type ApiJson } from './api/client.ts';

/** A picture of an offer, a provider or a route, resized on upload (media module). */
export type Image = ApiJson<'uploadImage'>;
export type ImagePurpose = Image['purpose'];

/** Largest upload the server takes: 10 MB. Checked here too, so nobody waits for a refusal. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp';

const imagesKey = (purpose: ImagePurpose, ownerId: string) => ['images', purpose, ownerId] as const;

export function useImages(purpose: ImagePurpose, ownerId: string | undefined) {
  return useQuery({
    queryKey: imagesKey(purpose, ownerId ?? ''),
    queryFn: ({ signal }) => ok(api.GET('/images', { params: { query: { purpose, ownerId: ownerId! } }, signal })),
    enabled: !!ownerId,
  });
}

/** The raw picture goes up as the body; the server reads its real type from its first bytes. */
async function uploadImage(purpose: ImagePurpose, ownerId: string, file: File, alt: string): Promise<Image> {
  const query = new URLSearchParams({ purpose, ownerId, alt });
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/images?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...apiHeaders(), 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemError(response, body);
  return body as Image;
}

export function useUploadImage(purpose: ImagePurpose, ownerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, alt }: { file: File; alt: string }) => uploadImage(purpose, ownerId, file, alt),
    onSuccess: () => client.invalidateQueries({ queryKey: imagesKey(purpose, ownerId) }),
  });
}

export function useDeleteImage(purpose: ImagePurpose, ownerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (imageId: string) => ok(api.DELETE('/images/{imageId}', { params: { path: { imageId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: imagesKey(purpose, ownerId) }),
  });
}
