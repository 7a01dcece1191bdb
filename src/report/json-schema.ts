// `kualifikasi schema`: the JSON Schema of each input file and of the JSON report, for editors and CI.
import { toJSONSchema, type ZodType } from 'zod';
import { bundleManifest } from '../documents/bundle.js';
import { documentFile, instrumentFile, requirementFile, rulesetManifest } from '../rules/schema.js';
import { tenderFile } from '../tender/schema.js';
import { jsonReport } from './schema.js';

export type SchemaName = 'tender' | 'bundle' | 'rules' | 'report';

const input = (s: ZodType) => toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

export function jsonSchemaOf(what: SchemaName): object {
  switch (what) {
    case 'tender':
      return input(tenderFile);
    case 'bundle':
      return input(bundleManifest);
    case 'report':
      return toJSONSchema(jsonReport, { io: 'output', unrepresentable: 'any' });
    case 'rules':
      return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        anyOf: [rulesetManifest, instrumentFile, documentFile, requirementFile].map(input),
      };
  }
}
