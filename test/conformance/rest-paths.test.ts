import { describe, expect, it } from 'vitest'
import {
  gatewayMappings,
  internalCandidates,
  type ServiceName,
} from '../../electron/demo-site/http/gateway-paths'
import { resolveRoute } from '../../electron/demo-site/http/router'
import { wixRoutes } from '../../electron/demo-site/routes'
import { restEndpoints } from '../../electron/main/wix/rest-endpoints'
import {
  buildersOfMethod,
  isInstalled,
  normalizeTemplate,
  publicPath,
  requestBuilders,
  wixBookingsModulePackages,
  type RequestBuilder,
} from './sdk-spec'
import { sdkCallsOfClient, sdkModulesOfClient } from './source-scan'

/**
 * Every REST call the client makes and every route the demo site serves is one of Wix's request builders,
 * with the same HTTP method — read from the installed SDK packages' index.js, not from our notes.
 */

const modulePackages = wixBookingsModulePackages()
const clientModules = sdkModulesOfClient()
/**
 * `@wix/bookings` modules whose endpoints the demo site serves whether or not the client registers them yet
 * (issue 17: a desk reads services and their variants to book walk-ins as the site wants).
 */
const servedModules = ['services', 'serviceOptionsAndVariants']
const specModules = [...new Set([...clientModules, ...servedModules])]
const specPackages = specModules.map((module) => modulePackages.get(module) ?? `(no package for ${module})`)
const specBuilders: RequestBuilder[] = specPackages.flatMap((p) => requestBuilders(p))

/**
 * Services Rollcall calls for which no SDK package is installed here, so there is no Wix definition to hold
 * them against; each says why. Anything not listed must match a request builder.
 */
const withoutInstalledSpec: Partial<Record<ServiceName, { packageName?: string; why: string }>> = {
  calendar: { why: 'Calendar Events V3 has no SDK package on the npm registry' },
  'site-properties': {
    packageName: '@wix/auto_sdk_business-tools_site-properties',
    why: 'its SDK package is on the registry but not a dependency of Rollcall',
  },
}

/** `/v2/bookings/{bookingId}/confirm` with a value in every parameter, as a request would have it. */
function concrete(template: string): string {
  return template.replace(/{[^}]+}|:[A-Za-z]\w*/g, 'some-id')
}

function sameEndpoint(builder: RequestBuilder, routePath: string): boolean {
  return normalizeTemplate(builder.protoPath) === normalizeTemplate(routePath)
}

describe('the SDK definitions are read', () => {
  it('finds the request builders of every module the client registers or the demo site serves', () => {
    expect(clientModules.length).toBeGreaterThan(0)
    for (const packageName of specPackages) {
      expect(isInstalled(packageName), packageName).toBe(true)
      expect(requestBuilders(packageName).length, packageName).toBeGreaterThan(0)
    }
    const confirm = specBuilders.find((b) => b.methodFqn.endsWith('.Bookings.ConfirmBooking'))
    expect(confirm && publicPath(confirm)).toBe('/_api/bookings-service/v2/bookings/{bookingId}/confirm')
  })

  it('finds the client’s SDK calls in its source', () => {
    const calls = sdkCallsOfClient()
    expect(new Set(calls.map((c) => c.module))).toEqual(new Set(clientModules))
  })

  it('still has no installed definition for the services listed as lacking one', () => {
    for (const [service, { packageName }] of Object.entries(withoutInstalledSpec)) {
      if (packageName)
        expect(isInstalled(packageName), `${service}: check it against ${packageName}`).toBe(false)
    }
  })
})

describe('the client calls only what Wix defines', () => {
  it.each(sdkCallsOfClient().map((call) => [`${call.module}.${call.method} (${call.at})`, call] as const))(
    '%s is an SDK method with a request builder',
    (_, call) => {
      const packageName = modulePackages.get(call.module)
      expect(packageName, `@wix/bookings has no module ${call.module}`).toBeDefined()
      expect(
        buildersOfMethod(packageName!, call.method),
        `${packageName} has no method ${call.method}`,
      ).not.toEqual([])
    },
  )

  it.each(Object.entries(restEndpoints))('the REST endpoint %s is defined by Wix', (_, endpoint) => {
    const builder = specBuilders.find((b) => b.method === endpoint.method && publicPath(b) === endpoint.path)
    if (builder) return
    const service = internalCandidates(endpoint.path)[0]?.service
    expect(
      service && withoutInstalledSpec[service],
      `${endpoint.method} ${endpoint.path} is in none of ${specPackages.join(', ')}`,
    ).toBeTruthy()
  })
})

describe('the demo site serves what the client sends, as Wix defines it', () => {
  const sentThroughSdk = sdkCallsOfClient().flatMap((call) =>
    buildersOfMethod(modulePackages.get(call.module) ?? '', call.method).map(
      (builder) =>
        [`${builder.method} ${publicPath(builder)} (${call.module}.${call.method})`, builder] as const,
    ),
  )

  it.each(sentThroughSdk)('serves %s', (_, builder) => {
    const resolved = resolveRoute(wixRoutes, builder.method, concrete(publicPath(builder)))
    expect(resolved, 'no demo route').toBeDefined()
    expect(resolved && normalizeTemplate(resolved.route.path)).toBe(normalizeTemplate(builder.protoPath))
  })

  it.each(Object.entries(restEndpoints))('serves the REST endpoint %s', (_, endpoint) => {
    expect(resolveRoute(wixRoutes, endpoint.method, endpoint.path)).toBeDefined()
  })

  it.each(wixRoutes.map((route) => [`${route.method} ${route.path} (${route.service})`, route] as const))(
    'the route %s is one of Wix’s request builders',
    (_, route) => {
      if (withoutInstalledSpec[route.service]) return
      const builder = specBuilders.find((b) => b.method === route.method && sameEndpoint(b, route.path))
      expect(
        builder,
        `no request builder in ${specPackages.join(', ')} is ${route.method} ${route.path}`,
      ).toBeDefined()
      // …and the path the SDK builds for it on www.wixapis.com lands on this very route.
      const resolved = resolveRoute(wixRoutes, route.method, concrete(publicPath(builder!)))
      expect(resolved?.route).toBe(route)
    },
  )
})

describe('the demo site’s gateway maps public paths as the SDK does', () => {
  const sdkMappings = new Set(
    specBuilders.flatMap((b) =>
      Object.values(b.domainToMappings)
        .flat()
        .map((m) => `${m.srcPath} → ${m.destPath}`),
    ),
  )
  it.each(
    gatewayMappings
      .filter((m) => !withoutInstalledSpec[m.service])
      .map((m) => [`${m.srcPath} → ${m.destPath} (${m.service})`] as const),
  )('%s is one of the SDK’s path mappings', (mapping) => {
    expect(sdkMappings.has(mapping.replace(/ \(.*\)$/, ''))).toBe(true)
  })
})
