import type { FormSchema } from '@formwork/runtime';
import type { TestClient } from '../../testing/TestClient.js';

/** A record as tests read it from the API. */
export interface RecordBody {
  id: string;
  formId: string;
  formVersion: number;
  version: number;
  data: Record<string, unknown>;
  creatorId: string | null;
  creatorName: string | null;
  ownerId: string | null;
  ownerDepartmentId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface PageBody {
  items: RecordBody[];
  nextCursor: string | null;
  total: number;
}

export interface ErrorBody {
  error: { code: string; message: string; details: { pointer: string; code: string; message: string; fieldId?: string }[] | Record<string, unknown> | null };
}

/** Creates an app (unless given) and a form in it, publishes it, and returns the form id. */
export async function publishNewForm(admin: TestClient, schema: FormSchema, appId?: string): Promise<string> {
  const app = appId ?? (await admin.post<{ id: string }>('/api/apps', { name: 'Records test' })).body.id;
  const created = await admin.post<{ id: string }>(`/api/apps/${app}/forms`, { schema });
  if (created.status !== 201) throw new Error(`form creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await admin.post(`/api/forms/${created.body.id}/publish`, {});
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return created.body.id;
}

/** Saves a new draft and publishes it; returns the publish response. */
export async function republish<T = unknown>(admin: TestClient, formId: string, schema: FormSchema): Promise<T> {
  const saved = await admin.put(`/api/forms/${formId}`, { schema });
  if (saved.status !== 200) throw new Error(`save failed: ${saved.status} ${JSON.stringify(saved.body)}`);
  const published = await admin.post<T>(`/api/forms/${formId}/publish`, {});
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body;
}

/** Field details of an error envelope (empty when there are none). */
export function detailsOf(body: unknown): { pointer: string; code: string; message: string; fieldId?: string }[] {
  const details = (body as ErrorBody).error.details;
  return Array.isArray(details) ? details : [];
}
