import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// No module of electron/, renderer/ or shared/ may import itself back, directly or through others.
//
// Two checks, on two graphs:
// - runtime imports (`import { x }`, `export { x } from`, `export * from`, `import './side-effect'`): a cycle
//   here is a real hazard, since which module finishes evaluating first depends on who is imported first;
// - the same graph plus type-only imports (`import type`, `export type … from`, and imports whose every
//   named binding is `type`): erased at build time, so harmless at runtime, but a cycle still means two
//   modules that cannot be understood apart, so it is not allowed either.
// Dynamic `import()` is not an edge: it is lazy by design (and no way around this test).

const root = resolve(import.meta.dirname, '../..')
const sourceDirs = ['electron', 'renderer', 'shared']

type Edge = { to: string; typeOnly: boolean }
type Graph = Map<string, string[]>

function sourceFiles(): string[] {
  return sourceDirs.flatMap((dir) =>
    readdirSync(resolve(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => !file.split(/[\\/]/).includes('node_modules')),
  )
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = resolve(root, 'tsconfig.json')
  const { config, error } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path))
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'))
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath).options
}

/** Static imports and re-exports of one file, each marked type-only or not. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: { specifier: string; typeOnly: boolean }[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause
      const named = clause?.namedBindings
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)))
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly })
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.exportClause
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((element) => element.isTypeOnly))
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly })
    } else if (
      ts.isImportEqualsDeclaration(statement) &&
      ts.isExternalModuleReference(statement.moduleReference) &&
      ts.isStringLiteral(statement.moduleReference.expression)
    ) {
      found.push({ specifier: statement.moduleReference.expression.text, typeOnly: statement.isTypeOnly })
    }
  }
  return found
}

/** Every source file of electron/, renderer/ and shared/, with the source files it imports (paths from the root). */
function importGraph(): Map<string, Edge[]> {
  const files = sourceFiles()
  const known = new Set(files)
  const options = compilerOptions()
  const cache = ts.createModuleResolutionCache(root, (name) => name, options)
  const graph = new Map<string, Edge[]>()
  for (const file of files) {
    const edges: Edge[] = []
    for (const { specifier, typeOnly } of importsOf(file)) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys, cache).resolvedModule
      if (!resolved || resolved.isExternalLibraryImport) continue
      const target = resolve(resolved.resolvedFileName)
      if (known.has(target)) edges.push({ to: relative(root, target), typeOnly })
    }
    graph.set(relative(root, file), edges)
  }
  return graph
}

function withoutTypeOnly(graph: Map<string, Edge[]>): Graph {
  return new Map([...graph].map(([file, edges]) => [file, edges.filter((e) => !e.typeOnly).map((e) => e.to)]))
}

function withTypeOnly(graph: Map<string, Edge[]>): Graph {
  return new Map([...graph].map(([file, edges]) => [file, edges.map((e) => e.to)]))
}

/** Tarjan's strongly connected components; only those that hold a cycle (two or more nodes, or a self-import). */
function cyclicComponents(graph: Graph): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []

  function visit(node: string): void {
    index.set(node, next)
    low.set(node, next)
    next += 1
    stack.push(node)
    onStack.add(node)
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node)!, low.get(to)!))
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort())
    }
  }

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

/**
 * The cycles to show for each cyclic component: for each of its files, the shortest way back to itself
 * within the component, written `a.ts → b.ts → a.ts` (each cycle once, starting at its first file by name).
 */
function describeCycles(graph: Graph): string[] {
  const lines = new Set<string>()
  for (const component of cyclicComponents(graph)) {
    const inside = new Set(component)
    for (const start of component) {
      const cameFrom = new Map<string, string>()
      const queue = [start]
      let last: string | undefined
      search: while (queue.length > 0) {
        const node = queue.shift()!
        for (const to of graph.get(node) ?? []) {
          if (!inside.has(to)) continue
          if (to === start) {
            last = node
            break search
          }
          if (!cameFrom.has(to)) {
            cameFrom.set(to, node)
            queue.push(to)
          }
        }
      }
      const path = [start]
      for (let node = last; node !== undefined && node !== start; node = cameFrom.get(node)) {
        path.splice(1, 0, node)
      }
      const first = path.indexOf([...path].sort()[0]!)
      const rotated = [...path.slice(first), ...path.slice(0, first)]
      lines.add([...rotated, rotated[0]].join(' → '))
    }
  }
  return [...lines].sort()
}

describe('the cycle finder', () => {
  it('reports a cycle in a hand-made graph, and nothing in the same graph without its back edge', () => {
    const graph: Graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['e.ts']],
      ['e.ts', []],
      ['f.ts', ['f.ts']],
    ])
    expect(cyclicComponents(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['f.ts']])
    expect(describeCycles(graph)).toEqual(['a.ts → b.ts → c.ts → a.ts', 'f.ts → f.ts'])

    const acyclic: Graph = new Map([...graph, ['c.ts', []], ['f.ts', []]])
    expect(cyclicComponents(acyclic)).toEqual([])
  })

  it('shows each shortest cycle of a component with two cycles through one file', () => {
    const graph: Graph = new Map([
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['a.ts']],
      ['c.ts', ['a.ts']],
    ])
    expect(describeCycles(graph)).toEqual(['a.ts → b.ts → a.ts', 'a.ts → c.ts → a.ts'])
  })
})

describe('the import graph of electron/, renderer/ and shared/', () => {
  const graph = importGraph()

  it('covers the whole source tree and resolves the @shared alias and relative imports', () => {
    expect(graph.size).toBeGreaterThan(200)
    const edges = [...graph.values()].flat()
    expect(edges.length).toBeGreaterThan(500)
    expect(edges.some((edge) => edge.to.startsWith('shared/'))).toBe(true)
    const renderer = [...graph].filter(([file]) => file.startsWith('renderer/'))
    expect(renderer.some(([, out]) => out.some((edge) => edge.to.startsWith('shared/')))).toBe(true)
    expect(edges.some((edge) => edge.typeOnly)).toBe(true)
  })

  it('has no cycles of runtime imports', () => {
    expect(describeCycles(withoutTypeOnly(graph))).toEqual([])
  })

  it('has no cycles even counting type-only imports (harmless at runtime, but the modules cannot be read apart)', () => {
    expect(describeCycles(withTypeOnly(graph))).toEqual([])
  })
})
