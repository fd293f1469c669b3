// /roles/<id>/hiring/<level>.docx: each level's job description as a Word file, written at build
// time from the same job description as the page and its copy buttons (src/lib/job-docx.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { roleById } from '../../../../src/components/data.ts';
import { siteConfig } from '../../../../src/components/pages.ts';
import { jobToDocx } from '../../../../src/lib/job-docx.ts';
import { rolePath } from '../../../../src/site/paths.ts';
import type { JobDescription } from '../../../../src/schemas/hiring.ts';

export const getStaticPaths = (async () =>
  (await getCollection('hiring')).flatMap((h) =>
    h.data.levels.map((job) => ({ params: { role: h.data.role, level: job.level }, props: { job } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: JobDescription }> = async ({ params, props, site }) => {
  const role = await roleById(params.role!);
  const url = new URL(rolePath(role.id, 'hiring', params.level), site).href;
  const body = await jobToDocx({ ...props.job, roleName: role.name, url }, siteConfig.name);
  return new Response(body, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
