import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type Meeting = ApiJson<'getSupportGroupMeeting'>;
export type NewTip = ApiBody<'passOnSupportGroupLead'>;
export type NewMember = ApiBody<'inviteSupportGroupMember'>;
export type NewMeeting = ApiBody<'planSupportGroupMeeting'>;
export type NewAction = ApiBody<'addSupportGroupAction'>;

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['support-group-meetings', 'support-group-members', 'support-group-me'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export const useMembership = () =>
  useQuery({
    queryKey: ['support-group-me'],
    queryFn: ({ signal }) => ok(api.GET('/me/support-group-membership', { signal })),
  });

export const useMembers = () =>
  useQuery({
    queryKey: ['support-group-members'],
    queryFn: ({ signal }) => ok(api.GET('/support-group-members', { signal })),
  });

export const useMeetings = () =>
  useQuery({
    queryKey: ['support-group-meetings'],
    queryFn: ({ signal }) => ok(api.GET('/support-group-meetings', { signal })),
  });

export const useGamePlan = () =>
  useQuery({ queryKey: ['game-plan'], queryFn: ({ signal }) => ok(api.GET('/game-plan-actions', { signal })) });

export const useCampaigns = () =>
  useQuery({ queryKey: ['campaigns'], queryFn: ({ signal }) => ok(api.GET('/campaigns', { signal })) });

export const usePolicyGoals = () =>
  useQuery({ queryKey: ['policy-goals'], queryFn: ({ signal }) => ok(api.GET('/policy-goals', { signal })) });

export function usePassOn() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: NewTip) => ok(api.POST('/support-group-leads', { body })),
    onSuccess: invalidate,
  });
}

export function useInvite() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: NewMember) => ok(api.POST('/support-group-members', { body })),
    onSuccess: invalidate,
  });
}

export function usePlanMeeting() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: NewMeeting) => ok(api.POST('/support-group-meetings', { body })),
    onSuccess: invalidate,
  });
}

export function useRsvp() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ meetingId, answer }: { meetingId: string; answer: 'yes' | 'no' | 'maybe' }) =>
      ok(api.PUT('/support-group-meetings/{meetingId}/rsvp', { params: { path: { meetingId } }, body: { answer } })),
    onSuccess: invalidate,
  });
}

export function useSaveNotes() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ meetingId, notes }: { meetingId: string; notes: string }) =>
      ok(api.PUT('/support-group-meetings/{meetingId}/notes', { params: { path: { meetingId } }, body: { notes } })),
    onSuccess: invalidate,
  });
}

export function useAddAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ meetingId, ...body }: NewAction & { meetingId: string }) =>
      ok(api.POST('/support-group-meetings/{meetingId}/actions', { params: { path: { meetingId } }, body })),
    onSuccess: invalidate,
  });
}

export function useActionDone() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ actionId, done }: { actionId: string; done: boolean }) =>
      ok(api.PUT('/support-group-actions/{actionId}/done', { params: { path: { actionId } }, body: { done } })),
    onSuccess: invalidate,
  });
}
