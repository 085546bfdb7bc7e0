import type { OrganisationInfo, SharingInfo } from '../../domain/auth-protocol';
import type { Db } from '../store/schema';

/** The user's organisation and every organisation (names only: what an agreement can name). */
export async function sharingInfo(db: Db, organisationId: string | null): Promise<SharingInfo> {
  const organisations: OrganisationInfo[] = await db.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
  return { organisation: organisations.find((o) => o.id === organisationId) ?? null, organisations };
}
