import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'

/** What the client's own source says it calls, read from the source (not from a list kept beside it). */

const root = resolve(import.meta.dirname, '../..')
export const clientDir = join(root, 'electron/main/wix')

function sourceOf(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
}

function visitAll(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node)
  node.forEachChild((child) => visitAll(child, visit))
}

/** The `@wix/bookings` modules `createSdk` registers (`modules: { bookings, extendedBookings, … }`). */
export function sdkModulesOfClient(): string[] {
  const modules: string[] = []
  visitAll(sourceOf(join(clientDir, 'sdk.ts')), (node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'modules' &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        if (property.name && ts.isIdentifier(property.name)) modules.push(property.name.text)
      }
    }
  })
  return modules
}

export interface SdkCall {
  module: string
  method: string
  /** `attendance.ts:50` */
  at: string
}

/** Every `sdk.<module>.<method>(…)` call in electron/main/wix. */
export function sdkCallsOfClient(): SdkCall[] {
  const calls: SdkCall[] = []
  for (const name of readdirSync(clientDir).filter((f) => f.endsWith('.ts'))) {
    const source = sourceOf(join(clientDir, name))
    visitAll(source, (node) => {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return
      const methodAccess = node.expression
      const moduleAccess = methodAccess.expression
      if (!ts.isPropertyAccessExpression(moduleAccess)) return
      const owner = moduleAccess.expression
      const ownerName = ts.isIdentifier(owner)
        ? owner.text
        : ts.isPropertyAccessExpression(owner)
          ? owner.name.text
          : undefined
      if (ownerName !== 'sdk') return
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      calls.push({ module: moduleAccess.name.text, method: methodAccess.name.text, at: `${name}:${line}` })
    })
  }
  return calls
}
