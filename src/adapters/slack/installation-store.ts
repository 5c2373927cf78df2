import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { seal, unseal } from '../../runtime/store/seal.js';
import type { Installations } from '../../runtime/store/shared-store.js';

/** An org-wide install is one installation for the whole enterprise; otherwise one per workspace. */
export function installationKey(where: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string {
  if (where.isEnterpriseInstall && where.enterpriseId) return `E:${where.enterpriseId}`;
  if (!where.teamId) throw new Error('an installation without a team id');
  return `T:${where.teamId}`;
}

/**
 * Bolt's InstallationStore on the shared store: every workspace's installation sealed under `key`.
 * Nothing is cached: each event fetches its installation, so once any replica deletes one, no replica
 * can post with its token again.
 */
export function sharedInstallationStore(installations: Installations, key: Buffer): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      const where = { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall };
      await installations.save(installationKey(where), where, seal(key, JSON.stringify(installation)));
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const sealed = await installations.get(installationKey(query));
      if (!sealed) throw new Error(`no installation for ${installationKey(query)}`);
      return JSON.parse(unseal(key, sealed)) as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await installations.delete(installationKey(query));
    },
  };
}
