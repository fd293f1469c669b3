// Pagefind ranking for the site's search, shared with the search-quality test. A role playbook and the
// KPI catalogue are long (8,000+ words; 62 metrics); Pagefind's default length penalty (0.75) lets short
// pages that merely mention a term outrank the page that defines it, so long pages are penalised less
// (0.5 stopped being enough when the catalogue passed 60 metrics). Term saturation 2 (default 1.4) lets
// a term repeated in a page's weighted parts, such as the job titles a role is known by, keep counting:
// with the guides, playbooks that say "head" and "e-commerce" in passing outranked the role titled so.
// Term similarity 2 (default 1) favours exact words over longer words that start with them ("head" over
// "headings", "commerce" over "commercial"), which the long pages hold many of.
export const searchRanking = { pageLength: 0.25, termSaturation: 2, termSimilarity: 2 };
