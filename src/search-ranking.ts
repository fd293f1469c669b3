// Pagefind ranking for the site's search, shared with the search-quality test. A role playbook is
// long; Pagefind's default length penalty (0.75) lets short sub-pages (hiring kit, assessment)
// outrank it for the role's own name, so long pages are penalised less.
export const searchRanking = { pageLength: 0.5 };
