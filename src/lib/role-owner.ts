// A role's named owner (content/site.yaml: owners) as pages show it (pure).
import type { RoleOwner } from '../schemas/site.ts';

/** The link to reach an owner: `mailto:` for an email address, else the address itself. */
export const contactHref = (contact: string): string =>
  contact.includes('@') && !/^https?:/.test(contact) ? `mailto:${contact}` : contact;

/** The owner of a role, if the site names one. */
export const ownerOf = (owners: Record<string, RoleOwner> | undefined, roleId: string): RoleOwner | undefined => owners?.[roleId];
