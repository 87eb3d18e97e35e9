import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Category')
export class CategoryNode {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null for top-level categories.' })
  parentId: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String)
  slug: string;

  @Field(() => Int, { description: 'Display order among its siblings.' })
  position: number;
}

@ArgsType()
export class CategoriesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'List the children of this category; top-level categories when null.',
  })
  parentId?: string | null;
}
