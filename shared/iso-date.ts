/** A day as the project writes it everywhere — the fact base, messages, files, the CLI: `YYYY-MM-DD`. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDay = (value: unknown): value is string => typeof value === 'string' && ISO_DAY.test(value);
