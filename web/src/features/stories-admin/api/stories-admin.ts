import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

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
