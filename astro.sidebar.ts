// The sidebar follows the reader: the case first, then the roles, then the tools that tie them together.
// The role groups are generated from content/roles/, so adding a role needs no change here.
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { Role } from './src/schemas/role.ts';
import { ROLE_PAGES, rolePath } from './src/site/paths.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

const roleGroup = (role: Role) => ({
  label: role.name,
  collapsed: true,
  items: ROLE_PAGES.map((page) => ({ label: page.label, link: rolePath(role.id, page.id) })),
});

export function sidebar(roles: Role[]): Sidebar {
  return [
    {
      label: 'Start here',
      items: [
        { label: 'Why ownership', link: '/why-ownership/' },
        { label: 'The roles compared', link: '/roles/' },
        { label: 'Start small', link: '/start-small/' },
        { label: 'Working together', link: '/working-together/' },
      ],
    },
    { label: 'Role playbooks', items: roles.map(roleGroup) },
    { label: 'Guides', collapsed: true, items: [{ autogenerate: { directory: 'guides' } }] },
    {
      label: 'Decide and plan',
      items: [
        { label: 'Ownership scorecard', link: '/scorecard/' },
        { label: 'Business case', link: '/business-case/' },
        { label: 'Action plan', link: '/plan/' },
        { label: 'Scorecard workshop', link: '/workshop/' },
      ],
    },
    {
      label: 'Reference',
      items: [
        { label: 'KPI catalogue', link: '/metrics/' },
        { label: 'Glossary', link: '/glossary/' },
        { label: 'Privacy', link: '/privacy/' },
        { label: 'What changed', link: '/changelog/' },
      ],
    },
  ];
}
