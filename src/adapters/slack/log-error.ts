/**
 * An error in the shape the shared logger's `err` serializer reads. Passing a real Error object there
 * currently throws (the logger's scrubbing formatter copies only enumerable properties, so `message`
 * is gone before the serializer runs); a plain object with name, message and stack logs correctly
 * today and after that is fixed.
 */
export function loggable(err: unknown): { name: string; message: string; stack?: string } {
  if (err instanceof Error) return { name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  return { name: 'NonError', message: String(err) };
}
