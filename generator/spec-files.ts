// How the generator reads the spec's files through Redocly: Redocly's own resolver, made cheaper for a spec of many
// small local files, and keeping an untouched copy of every document it parses (bundling rewrites them in place).
import { readFileSync } from 'node:fs';
import type { RefPolicy } from './ref-policy.ts';
import { checkFile, checkUrl, fetchRef } from './ref-policy.ts';
import { checkAliases } from './yaml-aliases.ts';

type Core = typeof import('@redocly/openapi-core');
type Resolver = InstanceType<Core['BaseResolver']>;
type Source = InstanceType<Core['Source']>;
type ParsedDocument = ReturnType<Resolver['parseDocument']>;

export interface SpecFiles {
  /** Reads, parses and caches the spec's files; bundling rewrites the documents it holds. */
  readonly resolver: Resolver;
  /** A resolver holding untouched copies of every document `resolver` has parsed so far, for the structure check. */
  pristine(): Resolver;
}

/**
 * `policy` says where a `$ref` may lead (generator/ref-policy.ts); without one (unit tests of the resolver) any file
 * or URL is read as Redocly reads it.
 */
export function specFiles(core: Core, policy?: RefPolicy): SpecFiles {
  const copies = new Map<string, ParsedDocument>();

  /**
   * Redocly's BaseResolver, except that:
   * - a local file is read with readFileSync: Redocly's fs.promises.readFile opens a file handle, stats it and
   *   reads it in chunks through the event loop (~25-75 ms of a cold run for 199 files on the 2-vCPU dev VM);
   *   anything that fails (or a URL) goes to Redocly's own loader, so errors read as before;
   * - path resolution is memoised per (base, ref): Redocly resolves every `$ref` again on each of its passes,
   *   and path.resolve was 25-45 ms of a run;
   * - every parsed document is also copied (structuredClone: a few ms for this spec), so that the structure check
   *   can walk the files as written after the bundle has rewritten them;
   * - a `$ref` leads only where `policy` allows (a refusal is a ResolveError, which Redocly reports at the
   *   `$ref`'s file:line), a URL is fetched by fetchRef, and a file whose aliases expand too far is refused as
   *   a parse error at the alias's line.
   */
  class FileResolver extends core.BaseResolver {
    private readonly resolved = new Map<string, string>();
    private readonly keepCopies: boolean;

    constructor(keepCopies: boolean) {
      super();
      this.keepCopies = keepCopies;
    }

    override resolveExternalRef(base: string | null, ref: string): string {
      const key = `${base ?? ''}\n${ref}`;
      let absolute = this.resolved.get(key);
      if (absolute === undefined) {
        absolute = super.resolveExternalRef(base, ref);
        this.resolved.set(key, absolute);
      }
      return absolute;
    }

    override async loadExternalRef(absoluteRef: string): Promise<Source> {
      if (core.isAbsoluteUrl(absoluteRef)) {
        if (!policy) return super.loadExternalRef(absoluteRef);
        try {
          checkUrl(policy, absoluteRef);
          const { body, mimeType } = await fetchRef(policy, absoluteRef);
          return new core.Source(absoluteRef, body.replace(/\r\n/g, '\n'), mimeType);
        } catch (error) {
          throw new core.ResolveError(error as Error);
        }
      }
      let target = absoluteRef;
      try {
        if (policy) target = checkFile(policy, absoluteRef);
      } catch (error) {
        throw new core.ResolveError(error as Error);
      }
      let content: string;
      try {
        content = readFileSync(target, 'utf8');
      } catch {
        return super.loadExternalRef(absoluteRef);
      }
      return new core.Source(absoluteRef, content.replace(/\r\n/g, '\n'));
    }

    override parseDocument(source: Source, isRoot?: boolean): ParsedDocument {
      const document = super.parseDocument(source, isRoot);
      try {
        checkAliases(source.body, document.parsed);
      } catch (error) {
        throw new core.YamlParseError(error as Error, source);
      }
      if (this.keepCopies) copies.set(source.absoluteRef, { source, parsed: structuredClone(document.parsed) as unknown });
      return document;
    }
  }

  const resolver = new FileResolver(true);
  return {
    resolver,
    pristine() {
      const fresh = new FileResolver(false);
      for (const [ref, document] of resolver.cache) {
        const copy = copies.get(ref);
        // A file that failed to load or parse keeps its (rejected) entry: the check reports that error.
        fresh.cache.set(ref, copy ? Promise.resolve(copy) : document);
      }
      return fresh;
    },
  };
}
