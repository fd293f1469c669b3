// Pagefind ranking for the site's search, shared with the search-quality test. A role playbook and the
// KPI catalogue are long (8,000+ words; 62 metrics); Pagefind's default length penalty (0.75) lets short
// pages that merely mention a term outrank the page that defines it, so long pages are penalised less
// (0.5 stopped being enough when the catalogue passed 60 metrics).
export const searchRanking = { pageLength: 0.25 };
