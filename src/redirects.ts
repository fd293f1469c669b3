// Old or short URLs that must keep working: hiring plans and job ads link to this site.
// When a page moves, add its old path here (never delete an entry); the permalink test checks that
// every redirect lands on a page that still has all the anchors the old page had.
export const redirects: Record<string, string> = {
  '/kpis/': '/metrics/',
  '/roles/search/': '/roles/search-discovery/',
  '/roles/merchandising/': '/roles/content-merchandising/',
  '/roles/analytics/': '/roles/data-analytics/',
};
