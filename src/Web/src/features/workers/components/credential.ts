import type { CredentialStatus } from '../api/get-workers';

export interface CredentialAppearance {
  /** An antd Tag status colour. */
  color: 'success' | 'warning' | 'error' | 'default';
  icon: 'check' | 'warning' | 'stop' | 'unknown';
}

const appearances: Record<CredentialStatus, CredentialAppearance> = {
  Green: { color: 'success', icon: 'check' },
  Yellow: { color: 'warning', icon: 'warning' },
  Red: { color: 'error', icon: 'stop' },
};

/** 绿码, 黄码, 红码 — the order of the credential filter. */
export const CREDENTIAL_STATUSES = Object.keys(appearances) as CredentialStatus[];

export const isCredentialStatus = (value: string): value is CredentialStatus => value in appearances;

/**
 * How a credential status looks (安心码): green when identity is verified and the health check and accident
 * insurance are valid, yellow when one of them is missing or expired, red when revoked. A status this
 * client does not know is shown neutral rather than as any of the three.
 */
export function credentialAppearance(status: string): CredentialAppearance {
  return isCredentialStatus(status) ? appearances[status] : { color: 'default', icon: 'unknown' };
}
