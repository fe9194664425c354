import type { Core, Schema, UID } from '@strapi/strapi';

/**
 * The schema Strapi registered for a content type or a component, by uid. Several walks (the roles'
 * field paths, the ownership guard's relations, the content rules' populate) follow attributes into
 * components; they read schemas here, typed, instead of each casting Strapi's registries to `any`.
 */
export function schemaOf(strapi: Core.Strapi, uid: string): Schema.ContentType | Schema.Component | undefined {
  // Strapi types its registries by the generated uids; a walk arrives with a uid read from an attribute.
  const contentTypes = strapi.contentTypes as unknown as Record<string, Schema.ContentType | undefined>;
  const components = strapi.components as unknown as Record<string, Schema.Component | undefined>;
  return contentTypes[uid] ?? components[uid];
}

/** A schema's attributes with their names; `attribute.type` narrows each to its kind (relation, component …). */
export const attributesOf = (strapi: Core.Strapi, uid: string): Array<[string, Schema.Attribute.AnyAttribute]> =>
  Object.entries(schemaOf(strapi, uid)?.attributes ?? {});

/** The type a relation points at; undefined for anything else, and for polymorphic relations, which name none. */
export function relationTargetOf(attribute: Schema.Attribute.AnyAttribute): UID.Schema | undefined {
  return attribute.type === 'relation' && 'target' in attribute ? (attribute.target as UID.Schema) : undefined;
}
