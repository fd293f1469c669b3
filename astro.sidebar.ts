// The sidebar follows the reader: the case first, then the roles, then the tools that tie them together.
import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

const role = (id: string, label: string) => ({
  label,
  collapsed: true,
  items: [
    { label: 'Playbook', link: `/roles/${id}/` },
    { label: 'Self-assessment', link: `/roles/${id}/assessment/` },
    { label: 'Hiring kit', link: `/roles/${id}/hiring/` },
    { label: 'Onboarding plan', link: `/roles/${id}/onboarding/` },
  ],
});

export const sidebar: Sidebar = [
  {
    label: 'Start here',
    items: [
      { label: 'Why ownership', link: '/why-ownership/' },
      { label: 'The six roles', link: '/roles/' },
      { label: 'Start small', link: '/start-small/' },
      { label: 'Working together', link: '/working-together/' },
    ],
  },
  {
    label: 'Role playbooks',
    items: [
      role('product-strategy', 'Product strategy and roadmap'),
      role('user-experience', 'User experience design'),
      role('content-merchandising', 'Product content and merchandising'),
      role('search-discovery', 'Search and discovery'),
      role('technical-architecture', 'Technical architecture and integrations'),
      role('data-analytics', 'Data and analytics'),
    ],
  },
  {
    label: 'Score yourself',
    items: [{ label: 'Ownership scorecard', link: '/scorecard/' }],
  },
  {
    label: 'Reference',
    items: [
      { label: 'KPI catalogue', link: '/metrics/' },
      { label: 'Glossary', link: '/glossary/' },
      { label: 'Privacy', link: '/privacy/' },
    ],
  },
];
