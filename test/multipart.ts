// Reads multipart/form-data bodies in the loopback fakes (Slack's file upload, Discord's attachments)
// with the fetch API's own parser, so the fakes see exactly what the clients sent.

export interface FormFile {
  field: string;
  name: string;
  bytes: Buffer;
}

export interface Form {
  fields: Record<string, string>;
  files: FormFile[];
}

export function isMultipart(contentType: string | undefined): boolean {
  return contentType?.startsWith('multipart/form-data') ?? false;
}

export async function readMultipart(raw: Buffer, contentType: string): Promise<Form> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const fields: Record<string, string> = {};
  const files: FormFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') fields[field] = value;
    else files.push({ field, name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}
