// Queries that each kind of reader types, and the page that must be in the top 3 results.
export interface SearchCase {
  reader: 'new merchandiser' | 'new hire' | 'head of e-commerce' | 'recruiter';
  query: string;
  expect: string;
}

export const SEARCH_CASES: SearchCase[] = [
  { reader: 'new merchandiser', query: 'ETIM classification', expect: '/roles/content-merchandising/' },
  { reader: 'new merchandiser', query: 'supplier data feed', expect: '/roles/content-merchandising/' },
  { reader: 'new merchandiser', query: 'product data completeness', expect: '/metrics/' },
  { reader: 'new merchandiser', query: 'attribute model', expect: '/roles/content-merchandising/' },
  { reader: 'new merchandiser', query: 'discontinued replacement part', expect: '/roles/content-merchandising/' },
  { reader: 'new merchandiser', query: 'zero result searches', expect: '/roles/search-discovery/' },
  { reader: 'new merchandiser', query: 'synonyms', expect: '/roles/search-discovery/' },
  { reader: 'new merchandiser', query: 'part number search', expect: '/roles/search-discovery/' },
  { reader: 'new merchandiser', query: 'boost and bury', expect: '/glossary/' },
  { reader: 'new merchandiser', query: 'taxonomy change', expect: '/roles/content-merchandising/' },
  { reader: 'head of e-commerce', query: 'warning signs', expect: '/why-ownership/' },
  { reader: 'head of e-commerce', query: 'project mindset', expect: '/why-ownership/' },
  { reader: 'head of e-commerce', query: 'systems integrator', expect: '/why-ownership/' },
  { reader: 'head of e-commerce', query: 'team of two', expect: '/start-small/' },
  { reader: 'head of e-commerce', query: 'hiring order', expect: '/start-small/' },
  { reader: 'head of e-commerce', query: 'RACI', expect: '/working-together/' },
  { reader: 'head of e-commerce', query: 'operating rhythm', expect: '/working-together/' },
  { reader: 'head of e-commerce', query: 'channel shift', expect: '/roles/data-analytics/' },
  { reader: 'head of e-commerce', query: 'digital account adoption', expect: '/roles/product-strategy/' },
  { reader: 'head of e-commerce', query: 'cost to serve', expect: '/roles/product-strategy/' },
  { reader: 'head of e-commerce', query: 're-platform evaluation', expect: '/roles/product-strategy/' },
  { reader: 'head of e-commerce', query: 'roadmap prioritization', expect: '/roles/product-strategy/' },
  { reader: 'head of e-commerce', query: 'KPI catalogue', expect: '/metrics/' },
  { reader: 'recruiter', query: 'search and discovery', expect: '/roles/search-discovery/' },
  { reader: 'recruiter', query: 'data and analytics', expect: '/roles/data-analytics/' },
  { reader: 'recruiter', query: 'user experience design', expect: '/roles/user-experience/' },
  { reader: 'recruiter', query: 'technical architecture', expect: '/roles/technical-architecture/' },
  { reader: 'recruiter', query: 'product strategy roadmap', expect: '/roles/product-strategy/' },
  { reader: 'recruiter', query: 'typical first hire', expect: '/roles/' },
  { reader: 'recruiter', query: 'six roles compared', expect: '/roles/' },
  { reader: 'new hire', query: 'punchout', expect: '/glossary/' },
  { reader: 'new hire', query: 'cXML', expect: '/glossary/' },
  { reader: 'new hire', query: 'net terms', expect: '/glossary/' },
  { reader: 'new hire', query: 'ERP integration', expect: '/roles/technical-architecture/' },
  { reader: 'new hire', query: 'approval workflow', expect: '/roles/user-experience/' },
  { reader: 'new hire', query: 'quick order', expect: '/roles/user-experience/' },
  { reader: 'new hire', query: 'tracking plan', expect: '/roles/data-analytics/' },
];
