import 'reflect-metadata';
import '../../user-error-codes';

import { NestFactory } from '@nestjs/core';
import {
  Args,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { printType } from 'graphql';

import { ByIdInput } from './by-id.input';
import { DeletedIdPayload } from './deleted-id.payload';

@InputType()
class DeleteThingInput extends ByIdInput {}

@ObjectType()
class DeleteThingPayload extends DeletedIdPayload {}

@Resolver()
class ThingResolver {
  // A schema needs a query root.
  @Query(() => Boolean)
  ping(): boolean {
    return true;
  }

  @Mutation(() => DeleteThingPayload)
  deleteThing(@Args('input') input: DeleteThingInput): DeleteThingPayload {
    return { deletedId: input.id, userErrors: [] };
  }
}

describe('ByIdInput and DeletedIdPayload', () => {
  it('give each subclass its own schema type with the shared fields', async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    const schema = await app.get(GraphQLSchemaFactory).create([ThingResolver]);
    await app.close();

    expect(printType(schema.getType('DeleteThingInput')!)).toBe('input DeleteThingInput {\n  id: ID!\n}');
    expect(printType(schema.getType('DeleteThingPayload')!)).toBe(
      'type DeleteThingPayload {\n  deletedId: ID\n  userErrors: [UserError!]!\n}',
    );
    expect(schema.getType('ByIdInput')).toBeUndefined();
    expect(schema.getType('DeletedIdPayload')).toBeUndefined();
  });
});
