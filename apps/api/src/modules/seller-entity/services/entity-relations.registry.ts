import { Injectable } from '@nestjs/common';
import type { SellerEntityEntity } from '../seller-entity.entity';

/**
 * Loads one field's rows for a page of entities into the request's loaders (see preload); `fields`
 * are all the fields the query asks for, so a preload can leave its rows to another's.
 */
export type EntityRelationPreload = (
  entities: readonly SellerEntityEntity[],
  fields: ReadonlySet<string>,
) => Promise<unknown>;

/**
 * The relations of a SellerEntity that its modules resolve (stores, documents, cases, manager…),
 * each with a way to load them for a whole page at once. A list of entities preloads the ones its
 * query asks for before its rows resolve; their fields then answer with values the request's
 * loaders already hold, instead of a promise per row and field.
 */
@Injectable()
export class EntityRelationsRegistry {
  private readonly preloads = new Map<string, EntityRelationPreload>();

  /** `field`: the SellerEntity field whose rows `preload` loads. One preload per field. */
  register(field: string, preload: EntityRelationPreload): void {
    if (this.preloads.has(field)) throw new Error(`SellerEntity.${field} has a preload already`);
    this.preloads.set(field, preload);
  }

  /** Loads, together, the registered relations among `fields` for these entities. */
  async preload(
    fields: ReadonlySet<string>,
    entities: readonly SellerEntityEntity[],
  ): Promise<void> {
    if (!entities.length) return;
    await Promise.all(
      [...this.preloads].flatMap(([field, preload]) =>
        fields.has(field) ? [preload(entities, fields)] : [],
      ),
    );
  }
}
