import { useSession } from '@/features/auth/api/get-session.ts';
import { pageRegion, regionHome } from '@/lib/region.ts';

/** 123456789012 as the AWS console writes it: 1234-5678-9012. */
const accountLabel = (accountId: string) =>
  /^\d{12}$/.test(accountId) ? accountId.replace(/(\d{4})(\d{4})(\d{4})/, '$1-$2-$3') : accountId;

/**
 * The account and region the console is looking at, as the AWS console always shows them, with
 * a switcher when the console serves more than one region. Switching opens the other region's
 * repositories: its address carries the region, so the page is loaded afresh for it.
 */
export function WhereAmI() {
  const session = useSession().data;
  const user = session?.user;
  if (!user) return null;
  const region = pageRegion ?? user.region;
  const regions = session.regions ?? [];
  return (
    <div className="where-am-i">
      <span title={user.arn}>
        <span className="muted-on-dark">Account </span>
        <span className="mono">{accountLabel(user.accountId)}</span>
      </span>
      {regions.length > 1 ? (
        <label>
          <span className="muted-on-dark">Region </span>
          <select
            value={region}
            onChange={(event) =>
              window.location.assign(regionHome(event.target.value, user.region))
            }
          >
            {(regions.includes(region) ? regions : [region, ...regions]).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span>
          <span className="muted-on-dark">Region </span>
          <span className="mono" aria-label={`Region ${region}`}>
            {region}
          </span>
        </span>
      )}
    </div>
  );
}
