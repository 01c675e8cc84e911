// Media types as the spec and HTTP write them.

/** The media type without parameters, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  const type = contentType?.split(';', 1)[0].trim().toLowerCase();
  return type ? type : undefined;
}

/** `application/json` and every `application/<x>+json`. */
export const isJsonMediaType = (type: string | null | undefined) => !!type && /^application\/([\w.+-]+\+)?json$/.test(mediaTypeOf(type) ?? '');
