/**
 * The VPC: the laptop on the internet, the bastion in the public subnet, app-1, app-2 and RDS in the
 * private subnets, each with its security group; the last attempt's path marked on the hosts it
 * passed and the one where it stopped. Plain boxes (no SVG), so the words keep their stage sizes.
 */
import { HOSTS, VPC, type HostId } from './bastionDefaults.ts';
import type { AttemptResult } from './bastionTypes.ts';
import { hostMarks, MARK_TEXT, pathText, type HostMark } from './accessText.ts';

const TITLE: Readonly<Record<HostId, string>> = {
  laptop: 'Laptop',
  bastion: 'bastion',
  'app-1': 'app-1',
  'app-2': 'app-2',
  db: 'RDS',
};

function HostBox({ id, mark, showIps }: { id: HostId; mark: HostMark | undefined; showIps: boolean }) {
  const host = HOSTS[id];
  return (
    <li className={`sshb-host sshb-host-${id} sshb-mark-${mark ?? 'none'}`}>
      <strong>{TITLE[id]}</strong>
      {host.securityGroup && <span className="sshb-sg">{host.securityGroup}</span>}
      {showIps && <span className="sshb-ip">{host.publicIp ?? host.privateIp}</span>}
      {mark && mark !== 'off-path' && (
        <span className="sshb-mark">
          {mark === 'stopped' ? '✕ ' : '✓ '}
          {MARK_TEXT[mark]}
        </span>
      )}
    </li>
  );
}

export function VpcPicture({ result, showIps }: { result: AttemptResult | null; showIps: boolean }) {
  const marks = hostMarks(result);
  const host = (id: HostId) => <HostBox id={id} mark={marks[id]} showIps={showIps} />;
  return (
    <div className="sshb-picture">
      <div className="sshb-vpc" role="group" aria-label="The VPC">
        <div className="sshb-zone sshb-internet">
          <span className="sshb-zone-name">Internet</span>
          <ul aria-label="On the internet">{host('laptop')}</ul>
        </div>
        <div className="sshb-zone sshb-vpc-box">
          <span className="sshb-zone-name">VPC {showIps && VPC.cidr}</span>
          <div className="sshb-subnets">
            <div className="sshb-subnet sshb-public">
              <span className="sshb-subnet-name">Public subnet {showIps && VPC.subnets.public.cidr}</span>
              <ul aria-label="Public subnet">{host('bastion')}</ul>
            </div>
            <div className="sshb-subnet sshb-private">
              <span className="sshb-subnet-name">
                Private subnets {showIps && `${VPC.subnets.privateA.cidr}, ${VPC.subnets.privateB.cidr}`}
              </span>
              <ul aria-label="Private subnets">
                {host('app-1')}
                {host('app-2')}
                {host('db')}
              </ul>
            </div>
          </div>
        </div>
      </div>
      <p className="sshb-path">
        <span className="sshb-path-label">Path:</span> {pathText(result)}
      </p>
    </div>
  );
}
