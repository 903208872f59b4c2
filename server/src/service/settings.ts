import type { Severity } from './types';

export type SeveritySetting = Severity | 'off';

/** The `packer` configuration section, as far as the server reads it. */
export interface ServiceSettings {
  /** Per rule id: a severity, or "off". Rules not listed keep their default. */
  severity: Record<string, SeveritySetting>;
  /** `packer.packerVersion`: the Packer release to check against instead of the one found (empty: the one found). */
  packerVersion?: string;
}

export const defaultSettings: ServiceSettings = { severity: {} };

const severities = new Set<SeveritySetting>(['off', 'error', 'warning', 'information', 'hint']);

/** Reads the client's settings defensively: a typo in settings.json must not break validation. */
export function readSettings(raw: unknown): ServiceSettings {
  const severity: Record<string, SeveritySetting> = {};
  const section = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const diagnostics = section['diagnostics'];
  const configured =
    typeof diagnostics === 'object' && diagnostics !== null
      ? (diagnostics as Record<string, unknown>)['severity']
      : undefined;
  if (typeof configured === 'object' && configured !== null) {
    for (const [id, value] of Object.entries(configured)) {
      const normalized =
        typeof value === 'string' ? (value.toLowerCase() === 'info' ? 'information' : value.toLowerCase()) : '';
      if (severities.has(normalized as SeveritySetting)) severity[id] = normalized as SeveritySetting;
    }
  }
  const packerVersion = section['packerVersion'];
  return typeof packerVersion === 'string' && packerVersion.trim() !== ''
    ? { severity, packerVersion: packerVersion.trim() }
    : { severity };
}
