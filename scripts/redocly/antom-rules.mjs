// Redocly plugin with the project's own lint rules. Plain JavaScript because Redocly loads plugins directly.
// Each rule is stricter than, or more precise than, the nearest configurable rule:
//  - string-bounded:        every string schema is bounded by maxLength, enum, const, format or pattern;
//  - property-described:    every property of every object schema has a description;
//  - required-defined:      every name in `required` is a declared property (if/then clauses are checked
//                           against the schema that holds them);
//  - result-codes:          every row of a result table has a valid, unique code, a declared status and a
//                           plain-text message and action (shared with the generator: result-table-rules.mjs);
//  - success-documented:    every 2xx response with a body has an example or a result table.
import { ResultCodes, SuccessDocumented } from './result-table-rules.mjs';

const CONDITIONAL = /\/(if|then|else|not)(\/|$)/;

function isStringSchema(schema) {
  return schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
}

function StringBounded() {
  return {
    Schema(schema, ctx) {
      if (!isStringSchema(schema)) return;
      const bounded = ['maxLength', 'enum', 'const', 'format', 'pattern'].some((key) => schema[key] !== undefined);
      if (!bounded) {
        ctx.report({
          message: 'Every string is bounded by maxLength, enum, const, format or pattern.',
          location: ctx.location.child(['type']),
        });
      }
    },
  };
}

function PropertyDescribed() {
  return {
    Schema(schema, ctx) {
      if (!schema.properties || CONDITIONAL.test(ctx.location.pointer)) return;
      for (const [name, property] of Object.entries(schema.properties)) {
        if (property && typeof property === 'object' && property.$ref === undefined && typeof property.description !== 'string') {
          ctx.report({ message: `Property "${name}" has no description.`, location: ctx.location.child(['properties', name]).key() });
        }
      }
    },
  };
}

function RequiredDefined() {
  const check = (schema, names, ctx, where) => {
    const declared = new Set(Object.keys(schema.properties ?? {}));
    names.forEach((name, i) => {
      if (!declared.has(name)) ctx.report({ message: `Required property "${name}" is not declared.`, location: ctx.location.child([...where, 'required', i]) });
    });
  };
  return {
    Schema(schema, ctx) {
      if (CONDITIONAL.test(ctx.location.pointer)) return;
      if (Array.isArray(schema.required) && schema.properties) check(schema, schema.required, ctx, []);
      (schema.allOf ?? []).forEach((part, i) => {
        for (const branch of ['then', 'else']) {
          const clause = part && part[branch];
          if (clause && Array.isArray(clause.required)) check(schema, clause.required, ctx, ['allOf', i, branch]);
        }
      });
    },
  };
}

export default function antomRules() {
  return {
    id: 'antom',
    rules: {
      oas3: {
        'string-bounded': StringBounded,
        'property-described': PropertyDescribed,
        'required-defined': RequiredDefined,
        'result-codes': ResultCodes,
        'success-documented': SuccessDocumented,
      },
    },
  };
}
