// `schema`: a JSON Schema, printed as indented JSON.
export function schemaJson(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
