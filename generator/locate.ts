// Where a JSON pointer into the bundled document is written in the spec's own files: file:line:column.
type Core = typeof import('@redocly/openapi-core');
type Resolver = InstanceType<Core['BaseResolver']>;
type RootDocument = Awaited<ReturnType<Resolver['resolveDocument']>>;

function unescapeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

function segments(pointer: string): string[] {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return path === '' || path === '/' ? [] : path.slice(1).split('/').map(unescapeSegment);
}

/**
 * `file:line:column` of `pointer` (into the bundle), found by walking the spec's own files through every `$ref`;
 * undefined when the pointer leads nowhere.
 */
export async function locatePointer(core: Core, resolver: Resolver, root: RootDocument, pointer: string, rel: (file: string) => string): Promise<string | undefined> {
  if (root instanceof Error) return undefined;
  // Bundling rewrites the parsed documents in place: walk fresh parses of each file's text instead.
  const parsed = new Map<string, unknown>();
  const fresh = (file: { absoluteRef: string; body: string }): unknown => {
    if (!parsed.has(file.absoluteRef)) parsed.set(file.absoluteRef, core.parseYaml(file.body));
    return parsed.get(file.absoluteRef);
  };
  let source = root.source;
  let node: unknown = fresh(source);
  let at: string[] = [];
  const follow = async (): Promise<void> => {
    for (let hops = 0; hops < 32 && typeof node === 'object' && node !== null && typeof (node as { $ref?: unknown }).$ref === 'string'; hops += 1) {
      const [file = '', hash = ''] = (node as { $ref: string }).$ref.split('#');
      if (file !== '') {
        const target = await resolver.resolveDocument(source.absoluteRef, resolver.resolveExternalRef(source.absoluteRef, file), false);
        if (target instanceof Error) throw target;
        source = target.source;
      }
      node = fresh(source);
      at = segments(hash);
      for (const key of at) node = (node as Record<string, unknown> | undefined)?.[key];
    }
  };
  for (const key of segments(pointer)) {
    await follow();
    if (typeof node !== 'object' || node === null || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
    at = [...at, key];
  }
  const escaped = at.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1'));
  const { start } = core.getLineColLocation({ source, pointer: `#/${escaped.join('/')}`, reportOnKey: false } as never);
  return `${rel(source.absoluteRef)}:${start.line}:${start.col}`;
}
