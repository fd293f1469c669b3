// Wires each collection of the registry (src/site/collections.ts) to its loader and schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageExtensionSchema } from './src/schemas/page.ts';
import { CONTENT_DIR, DATA_COLLECTIONS, type DataCollection } from './src/site/collections.ts';

/** One YAML file per entry in content/<folder>/; the file name is the entry's id. */
const yamlCollection = <C extends DataCollection>({ folder, schema }: C) =>
  defineCollection({ loader: glob({ pattern: '*.yaml', base: `./${CONTENT_DIR}/${folder}` }), schema: schema as C['schema'] });

type Registry = typeof DATA_COLLECTIONS;
const data = Object.fromEntries(Object.entries(DATA_COLLECTIONS).map(([name, c]) => [name, yamlCollection(c)])) as {
  [K in keyof Registry]: ReturnType<typeof yamlCollection<Registry[K]>>;
};

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageExtensionSchema }) }),
  ...data,
};
