import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  API_BASE,
  api,
  apiHeaders,
  networkError,
  ok,
  problemError,
  type ApiBody,
  type ApiJson,
} from '../../../lib/api/client.ts';

export type AdminStory = ApiJson<'getAdminStory'>;
export type StoryInput = ApiBody<'createStory'>;
export type StoryDecision = ApiBody<'decideStory'>;
export type StorySubmission = ApiBody<'submitStory'>;
export type StoryStatus = AdminStory['status'];

export function useAdminStories() {
  return useQuery({
    queryKey: ['admin-stories'],
    queryFn: ({ signal }) => ok(api.GET('/admin/stories', { signal })),
  });
}

export function useAdminStory(storyId: string | undefined) {
  return useQuery({
    queryKey: ['admin-story', storyId],
    enabled: Boolean(storyId),
    queryFn: ({ signal }) =>
      ok(api.GET('/admin/stories/{storyId}', { params: { path: { storyId: storyId! } }, signal })),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['admin-stories', 'admin-story', 'stories', 'story'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useSaveStory(story: AdminStory | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: StoryInput) =>
      story
        ? ok(
            api.PUT('/admin/stories/{storyId}', {
              params: { path: { storyId: story.id }, query: { version: story.version } },
              body,
            }),
          )
        : ok(api.POST('/admin/stories', { body })),
    onSuccess: invalidate,
  });
}

export function useDecideStory(storyId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: StoryDecision) =>
      ok(api.POST('/admin/stories/{storyId}/decisions', { params: { path: { storyId } }, body })),
    onSuccess: invalidate,
  });
}

export function useSubmitStory() {
  return useMutation({ mutationFn: (body: StorySubmission) => ok(api.POST('/story-submissions', { body })) });
}

export type Audio = ApiJson<'uploadAudio'>;
/** Largest audio file the server takes: 50 MB. Checked here too, so nobody waits for a refusal. */
export const MAX_AUDIO_BYTES = 50 * 1024 * 1024;
export const AUDIO_ACCEPT = 'audio/mpeg,audio/mp4,audio/x-m4a,.mp3,.m4a';

/** The raw file goes up as the body; the server reads its real type and duration from its content. */
async function uploadAudio(storyId: string, file: File): Promise<Audio> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/audio?${new URLSearchParams({ storyId }).toString()}`, {
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
  return body as Audio;
}

export function useUploadAudio(storyId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (file: File) => uploadAudio(storyId, file), onSuccess: invalidate });
}

export function useDeleteAudio() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (audioId: string) => ok(api.DELETE('/audio/{audioId}', { params: { path: { audioId } } })),
    onSuccess: invalidate,
  });
}
