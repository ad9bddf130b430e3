import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  ChecklistUpdateInput,
  OpenVerificationCaseInput,
  RecordAttemptInput,
  ScheduleAppointmentInput,
} from '../../../generated/graphql';
import {
  CANCEL_VERIFICATION_CASE,
  OPEN_VERIFICATION_CASE,
  RECORD_ATTEMPT,
  SCHEDULE_APPOINTMENT,
  UPDATE_CHECKLIST,
} from '../graphql/cases.operations';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';

// Every case mutation answers with the whole case (CaseDetailFields): normalised by id, the
// workspace, the entity's status and every store of the entity update without a refetch. Lists
// that a case joins or leaves are refetched by name.
const LIST_QUERIES = ['VerificationCases'];
// Counts, impact lists and status-filtered entity lists derive from cases: refetched when shown.
const refreshDerived = (cache: ApolloCache) => evictPortfolioViews(cache);

/** A new case joins the entity's own list (newest first), wherever that list is cached. */
const prependToEntityCases = (cache: ApolloCache, entityId: string, caseId: string) => {
  cache.modify<{ verificationCases: Reference[] }>({
    id: cache.identify({ __typename: 'SellerEntity', id: entityId }),
    fields: {
      verificationCases: (existing, { readField, toReference }) => {
        const created = toReference({ __typename: 'VerificationCase', id: caseId });
        if (!created || existing.some((reference) => readField('id', reference) === caseId))
          return existing;
        return [created, ...existing];
      },
    },
  });
};

export const useOpenVerificationCase = () => {
  const [mutate, { loading }] = useMutation(OPEN_VERIFICATION_CASE, {
    refetchQueries: LIST_QUERIES,
    update: (cache, { data }) => {
      if (!data) return;
      const opened = data.openVerificationCase;
      prependToEntityCases(cache, opened.sellerEntity.id, opened.id);
      refreshDerived(cache);
    },
  });
  const openVerificationCase = useCallback(
    async (input: OpenVerificationCaseInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('openVerificationCase returned no data');
      return data.openVerificationCase;
    },
    [mutate],
  );
  return { openVerificationCase, loading };
};

export const useScheduleAppointment = () => {
  const [mutate, { loading }] = useMutation(SCHEDULE_APPOINTMENT, {
    refetchQueries: LIST_QUERIES,
    update: refreshDerived,
  });
  const scheduleAppointment = useCallback(
    async (input: ScheduleAppointmentInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('scheduleAppointment returned no data');
      return data.scheduleAppointment;
    },
    [mutate],
  );
  return { scheduleAppointment, loading };
};

export const useRecordAttempt = () => {
  const [mutate, { loading }] = useMutation(RECORD_ATTEMPT, {
    refetchQueries: LIST_QUERIES,
    update: refreshDerived,
  });
  const recordAttempt = useCallback(
    async (input: RecordAttemptInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('recordAttempt returned no data');
      return data.recordAttempt;
    },
    [mutate],
  );
  return { recordAttempt, loading };
};

export const useUpdateChecklist = () => {
  const [mutate] = useMutation(UPDATE_CHECKLIST);
  const updateChecklist = useCallback(
    async (input: ChecklistUpdateInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateChecklist returned no data');
      return data.updateChecklist;
    },
    [mutate],
  );
  return { updateChecklist };
};

export const useCancelVerificationCase = () => {
  const [mutate, { loading }] = useMutation(CANCEL_VERIFICATION_CASE, {
    refetchQueries: LIST_QUERIES,
    update: refreshDerived,
  });
  const cancelVerificationCase = useCallback(
    async (id: string) => {
      const { data } = await mutate({ variables: { id } });
      if (!data) throw new Error('cancelVerificationCase returned no data');
      return data.cancelVerificationCase;
    },
    [mutate],
  );
  return { cancelVerificationCase, loading };
};
