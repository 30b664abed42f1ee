import { useMutation } from '@tanstack/react-query';
import { api, ok, type ApiBody } from '../../../lib/api/client.ts';

export type Subscription = ApiBody<'subscribeToNewsletter'>;
export type NewsletterLanguage = NonNullable<Subscription['language']>;
export const LANGUAGES: readonly NewsletterLanguage[] = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'];

export function useSubscribe() {
  return useMutation({
    mutationFn: (body: Subscription) => ok(api.POST('/newsletter-subscriptions', { body })),
  });
}

export function useConfirm() {
  return useMutation({
    mutationFn: (token: string) => ok(api.POST('/newsletter-confirmations', { params: { query: { token } } })),
  });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => ok(api.POST('/newsletter-unsubscriptions', { params: { query: { token } } })),
  });
}
