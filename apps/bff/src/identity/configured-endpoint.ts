import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';

/**
 * The endpoint a named profile configures for a service, as the AWS SDKs and Tools Reference
 * Guide ("Service-specific endpoints") orders it: `AWS_ENDPOINT_URL_<SERVICE>`, the profile's
 * `services` section, `AWS_ENDPOINT_URL`, then the profile's own `endpoint_url`; nothing when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` or the profile's `ignore_configured_endpoint_urls` says so.
 *
 * The JavaScript SDK reads these only from the default profile (AWS_PROFILE), even for a client
 * made with `profile: 'name'`, which would send a named profile's calls to AWS's own host; so
 * the BFF looks them up for the profile and passes the endpoint explicitly.
 */
export async function configuredEndpoint(
  serviceEnvName: string,
  serviceConfigKey: string,
  profile: string,
): Promise<string | undefined> {
  const env = process.env;
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  const files = await loadSharedConfigFiles({ ignoreCache: true });
  const section = files.configFile[profile] ?? {};
  if (section.ignore_configured_endpoint_urls === 'true') return undefined;
  const servicesName = section.services;
  const services = servicesName
    ? (files.configFile[`services.${servicesName}`] ?? files.configFile[`services ${servicesName}`])
    : undefined;
  return (
    env[`AWS_ENDPOINT_URL_${serviceEnvName}`] ||
    services?.[`${serviceConfigKey}.endpoint_url`] ||
    env.AWS_ENDPOINT_URL ||
    section.endpoint_url ||
    undefined
  );
}
