import { describe, expect, it } from 'vitest';
import { canReviewRegistry, canWriteRegistry } from '@/features/registry-reference/access';
import { makeUser } from '@/testing/users';
import type { InstitutionStatus } from '../api/get-institutions';
import { availableActions } from './status-actions';

const abilitiesOf = (...roles: string[]) => {
  const user = makeUser({ roles });
  return { canWrite: canWriteRegistry(user), canReview: canReviewRegistry(user) };
};
const actionsFor = (status: InstitutionStatus, ...roles: string[]) =>
  availableActions(status, abilitiesOf(...roles)).map((available) => available.action);

describe('institution workflow actions by role', () => {
  it('lets a reviewer (Admin, DistrictOfficer) take every step the status allows', () => {
    for (const role of ['Admin', 'DistrictOfficer']) {
      expect(actionsFor('Registered', role)).toEqual(['apply-recognition']);
      expect(actionsFor('PendingRecognition', role)).toEqual(['recognise', 'reject']);
      expect(actionsFor('Recognised', role)).toEqual(['suspend', 'revoke']);
      expect(actionsFor('Rejected', role)).toEqual(['apply-recognition']);
      expect(actionsFor('Suspended', role)).toEqual(['revoke', 'restore']);
      expect(actionsFor('Revoked', role)).toEqual(['restore']);
    }
  });

  it('lets a street officer or an institution operator only apply for recognition', () => {
    for (const role of ['StreetOfficer', 'InstitutionOperator']) {
      expect(actionsFor('Registered', role)).toEqual(['apply-recognition']);
      expect(actionsFor('Rejected', role)).toEqual(['apply-recognition']);
      for (const status of ['PendingRecognition', 'Recognised', 'Suspended', 'Revoked'] as const) {
        expect(actionsFor(status, role)).toEqual([]);
      }
    }
  });

  it('gives read-only roles (Inspector, Auditor) no action at all', () => {
    for (const role of ['Inspector', 'Auditor']) {
      for (const status of ['Registered', 'PendingRecognition', 'Recognised', 'Rejected', 'Suspended', 'Revoked'] as const) {
        expect(actionsFor(status, role)).toEqual([]);
      }
    }
  });

  it('asks for a reason to reject, suspend, revoke and restore, not to apply or recognise', () => {
    const all = [
      ...availableActions('Registered', { canWrite: true, canReview: true }),
      ...availableActions('PendingRecognition', { canWrite: true, canReview: true }),
      ...availableActions('Suspended', { canWrite: true, canReview: true }),
      ...availableActions('Recognised', { canWrite: true, canReview: true }),
    ];
    const required = Object.fromEntries(all.map((available) => [available.action, available.reasonRequired]));
    expect(required).toEqual({
      'apply-recognition': false,
      recognise: false,
      reject: true,
      suspend: true,
      revoke: true,
      restore: true,
    });
  });
});
