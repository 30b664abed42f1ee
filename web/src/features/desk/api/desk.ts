import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type DeskDay = ApiJson<'getDeskDay'>;
export type DeskPass = ApiJson<'getDeskPass'>;
export type NewDeskSale = ApiBody<'createDeskSale'>;
export type PaymentMethod = NewDeskSale['paymentMethod'];

const DAY = ['desk', 'today'];

export function useDeskDay() {
  return useQuery({ queryKey: DAY, queryFn: ({ signal }) => ok(api.GET('/desk/today', { signal })) });
}

export function useDeskSale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDeskSale) => ok(api.POST('/desk/sales', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DAY }),
  });
}

export function useFindPass() {
  return useMutation({
    mutationFn: (passNumber: string) => ok(api.GET('/desk/passes/{passNumber}', { params: { path: { passNumber } } })),
  });
}

export function useCloseDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'closeDeskDay'>) => ok(api.POST('/desk/day-closings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DAY }),
  });
}
