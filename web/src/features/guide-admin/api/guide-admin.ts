import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiItem } from '../../../lib/api/client.ts';

export type AdminGuidePage = ApiItem<'listAdminGuidePages'>;
export type AdminGuideLanguage = AdminGuidePage['languages'][number];
export type GuideSectionStatus = AdminGuideLanguage['sections'][number]['status'];

export const RTL = new Set(['ar']);
/** Where each guide page is read by the public. */
export const PUBLIC_PATH: Record<string, string> = { wegwijzer: '/wegwijzer', festivalgids: '/agenda/festivalgids' };

export function useAdminGuidePages() {
  return useQuery({
    queryKey: ['admin', 'guide-pages'],
    queryFn: ({ signal }) => ok(api.GET('/admin/guide-pages', { signal })),
  });
}

export function useUpdateGuidePage(page: string, language: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sections: Record<string, string>) =>
      ok(api.PUT('/admin/guide-pages/{page}/{language}', { params: { path: { page, language } }, body: { sections } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'guide-pages'] });
      await queryClient.invalidateQueries({ queryKey: ['guide-page'] });
    },
  });
}
