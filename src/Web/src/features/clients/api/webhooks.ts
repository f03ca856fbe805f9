import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';

const BASE = '/api/v1/integration/webhooks';

export const webhooksKeys = {
  all: ['webhooks'] as const,
  eventTypes: ['webhooks', 'event-types'] as const,
  subscriptions: (clientId: string) => ['webhooks', 'subscriptions', clientId] as const,
  deliveries: (subscriptionId: string, page: number) => ['webhooks', 'deliveries', subscriptionId, page] as const,
  usage: (clientId: string) => ['webhooks', 'usage', clientId] as const,
};

export type WebhookEventType = ResponseOf<'/api/v1/integration/webhooks/event-types', 'get'>[number];
export type SubscriptionsPage = ResponseOf<'/api/v1/integration/webhooks', 'get'>;
export type WebhookSubscription = SubscriptionsPage['items'][number];
export type CreateSubscriptionInput = BodyOf<'/api/v1/integration/webhooks', 'post'>;
/** Carries the signing secret, which the API returns only in this response (and after a rotation). */
export type CreatedSubscription = ResponseOf<'/api/v1/integration/webhooks', 'post', 201>;
export type DeliveriesPage = ResponseOf<'/api/v1/integration/webhooks/{subscriptionId}/deliveries', 'get'>;
export type WebhookDelivery = DeliveriesPage['items'][number];
export type WebhookUsage = ResponseOf<'/api/v1/integration/webhooks/usage', 'get'>;

export function useWebhookEventTypes(enabled: boolean) {
  return useQuery({
    queryKey: webhooksKeys.eventTypes,
    queryFn: () => unwrap(api.GET('/api/v1/integration/webhooks/event-types')),
    staleTime: 60 * 60_000,
    enabled,
  });
}

export function useSubscriptions(clientId: string) {
  return useQuery({
    queryKey: webhooksKeys.subscriptions(clientId),
    queryFn: () => unwrap(api.GET(BASE, { params: { query: { clientId, pageSize: 50 } } })),
  });
}

export function useDeliveries(subscriptionId: string | undefined, page: number) {
  return useQuery({
    queryKey: webhooksKeys.deliveries(subscriptionId ?? '', page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/integration/webhooks/{subscriptionId}/deliveries', {
          params: { path: { subscriptionId: subscriptionId! }, query: { page, pageSize: 10 } },
        }),
      ),
    enabled: Boolean(subscriptionId),
    placeholderData: keepPreviousData,
    // Pending deliveries change as the dispatcher works through their retries.
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'Pending') ? 2000 : false),
  });
}

export function useWebhookUsage(clientId: string) {
  return useQuery({
    queryKey: webhooksKeys.usage(clientId),
    queryFn: () => unwrap(api.GET('/api/v1/integration/webhooks/usage', { params: { query: { clientId, days: 14 } } })),
  });
}

export function useCreateSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSubscriptionInput): Promise<CreatedSubscription> => unwrap(api.POST(BASE, { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }),
  });
}

export function useDeleteSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/integration/webhooks/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }),
  });
}

export function usePingSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/integration/webhooks/{id}/ping', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }),
  });
}

export function useReplayDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      unwrap(api.POST('/api/v1/integration/webhooks/deliveries/{deliveryId}/replay', { params: { path: { deliveryId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }),
  });
}
