export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders of a message. Numbers are inserted as given: callers format
 * them for the locale first. A placeholder without a param stays visible, so a missing
 * param shows up in tests instead of vanishing.
 */
export function translate(message: string, params?: MessageParams): string {
  if (params === undefined) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
