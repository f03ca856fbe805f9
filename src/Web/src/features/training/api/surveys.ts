import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, QueryOf, ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type Survey = ResponseOf<'/api/v1/training/surveys', 'get'>['items'][number];
export type SurveysFilter = QueryOf<'/api/v1/training/surveys', 'get'>;
export type CreateSurveyInput = BodyOf<'/api/v1/training/surveys', 'post'>;
export type RespondentType = NonNullable<CreateSurveyInput['respondentType']>;

export const RESPONDENT_TYPES: RespondentType[] = ['Household', 'Jobseeker', 'Worker', 'Institution'];

/** 培训意愿调查: the surveys in the caller's scope (street officers their street's), newest first. */
export function useSurveys(filter: SurveysFilter) {
  return useQuery({
    queryKey: trainingKeys.surveys(filter),
    queryFn: () => unwrap(api.GET('/api/v1/training/surveys', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSurveyInput) => unwrap(api.POST('/api/v1/training/surveys', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['training', 'surveys'] }),
  });
}
