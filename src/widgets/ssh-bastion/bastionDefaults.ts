/**
 * The VPC of the developer-access widget, as data. Each value carries a one-line comment naming the
 * document it comes from; addresses and names no document fixes are marked "illustrative" (the public
 * addresses are from the documentation ranges of RFC 5737, so they belong to nobody).
 */

/** Where a host lives. Only the public subnet's route table has a route to the internet gateway. */
export const VPC = {
  // Illustrative: a /16 is the largest IPv4 block a VPC may have (EC2 API, CreateVpc: "the largest uses a /16 netmask", https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpc.html)
  cidr: '10.0.0.0/16',
  subnets: {
    // AWS docs, "Subnets for your VPC": a public subnet "has a direct route to an internet gateway" (https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html)
    public: { cidr: '10.0.1.0/24', routes: ['10.0.0.0/16 → local', '0.0.0.0/0 → igw'] },
    // AWS docs, same page: a private subnet "does not have a direct route to an internet gateway"; only the VPC's local route
    privateA: { cidr: '10.0.11.0/24', routes: ['10.0.0.0/16 → local'] },
    privateB: { cidr: '10.0.12.0/24', routes: ['10.0.0.0/16 → local'] },
  },
} as const;

export type HostId = 'laptop' | 'bastion' | 'app-1' | 'app-2' | 'db';
export type SecurityGroupId = 'bastion-sg' | 'app-sg' | 'db-sg' | 'elb-sg';

export interface Host {
  readonly id: HostId;
  /** The name sshd logs use as the host name (EC2's default private DNS host name, ip-a-b-c-d). */
  readonly logName: string;
  readonly privateIp: string;
  /** Only the bastion has one: an instance without a public IP cannot be reached from the internet. */
  readonly publicIp: string | null;
  readonly subnet: keyof typeof VPC.subnets | 'internet';
  readonly securityGroup: SecurityGroupId | null;
}

export const HOSTS: Readonly<Record<HostId, Host>> = {
  // Illustrative laptop address (RFC 5737 TEST-NET-3); the office/laptop CIDR below is this one /32
  laptop: {
    id: 'laptop',
    logName: 'laptop',
    privateIp: '203.0.113.7',
    publicIp: '203.0.113.7',
    subnet: 'internet',
    securityGroup: null,
  },
  // Illustrative bastion public IP (RFC 5737 TEST-NET-2); AWS docs: an instance in a public subnet needs a public IPv4 address to talk to the internet (configure-subnets.html)
  bastion: {
    id: 'bastion',
    logName: 'ip-10-0-1-10',
    privateIp: '10.0.1.10',
    publicIp: '198.51.100.10',
    subnet: 'public',
    securityGroup: 'bastion-sg',
  },
  // Illustrative private addresses; no public IP, private subnet
  'app-1': {
    id: 'app-1',
    logName: 'ip-10-0-11-21',
    privateIp: '10.0.11.21',
    publicIp: null,
    subnet: 'privateA',
    securityGroup: 'app-sg',
  },
  'app-2': {
    id: 'app-2',
    logName: 'ip-10-0-12-22',
    privateIp: '10.0.12.22',
    publicIp: null,
    subnet: 'privateB',
    securityGroup: 'app-sg',
  },
  // AWS RDS API, PubliclyAccessible: an instance that "isn't publicly accessible" is internal, "with a DNS name that resolves to a private IP address" (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html)
  db: {
    id: 'db',
    logName: 'quorum-db',
    privateIp: '10.0.11.50',
    publicIp: null,
    subnet: 'privateA',
    securityGroup: 'db-sg',
  },
};

// Illustrative endpoint, in RDS's <instance>.<account hash>.<region>.rds.amazonaws.com form (AWS docs, "Finding the connection information for an RDS DB instance")
export const RDS_ENDPOINT = 'quorum-db.abc123.us-east-1.rds.amazonaws.com';
// AWS RDS docs, "Connecting to a DB instance running the PostgreSQL database engine": the default port is 5432
export const POSTGRES_PORT = 5432;
// sshd_config(5), Port: "The default is 22" (https://man.openbsd.org/sshd_config#Port)
export const SSH_PORT = 22;
// AWS EC2 docs, "Connect to your Linux instance using SSH": for an Ubuntu AMI "the user name is ubuntu" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-to-linux-instance.html)
export const SSH_USER = 'ubuntu';
// Illustrative database name (the talk's product, Quorum)
export const DB_NAME = 'quorum';
// Illustrative fingerprint of the intern's key, in sshd's "RSA SHA256:<base64>" log form (sshd(8) logs the key type and ssh-keygen -l's SHA256 fingerprint)
export const KEY_FINGERPRINT = 'RSA SHA256:q8Tn0wJd6mVb3Yz1LhR4uE5sKpA2cXf7GiN9oWjD0Bk';

/**
 * Security group rules. AWS docs, "Security group rules": "You can specify allow rules, but not deny
 * rules" and "When you first create a security group, it has no inbound rules. Therefore, no inbound
 * traffic is allowed until you add inbound rules" (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
 * A packet no rule allows is dropped without an answer (no TCP RST), so the client waits and times out:
 * AWS EC2 docs, "Troubleshoot issues connecting to your Linux instance", lists "Error connecting to your
 * instance: Connection timed out" under checking the security group's inbound rules
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesConnecting.html).
 * AWS EC2 docs, "Amazon EC2 security group connection tracking": security groups are stateful, "responses
 * to inbound traffic are allowed to flow out of the instance regardless of outbound security group rules"
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html), so the
 * answers of an allowed connection need no rule and only inbound rules are modelled.
 */
export type RuleId =
  | 'bastion-ssh-from-laptop'
  | 'app-ssh-from-bastion'
  | 'app-http-from-elb'
  | 'db-pg-from-bastion'
  | 'db-pg-from-app';

export interface SecurityGroupRule {
  readonly id: RuleId;
  /** The group the rule belongs to (inbound to its members). */
  readonly group: SecurityGroupId;
  readonly port: number;
  /** A CIDR, or another security group (AWS docs, "Security group referencing", same page as above). */
  readonly source: { readonly cidr: string } | { readonly group: SecurityGroupId };
  readonly label: string;
}

export const RULES: Readonly<Record<RuleId, SecurityGroupRule>> = {
  'bastion-ssh-from-laptop': {
    id: 'bastion-ssh-from-laptop',
    group: 'bastion-sg',
    port: SSH_PORT,
    source: { cidr: '203.0.113.7/32' },
    // Named as the talk says it: 22 open to the internet, narrowed to the laptop's one address
    label: 'bastion-sg: 22 from the internet (203.0.113.7/32 only)',
  },
  'app-ssh-from-bastion': {
    id: 'app-ssh-from-bastion',
    group: 'app-sg',
    port: SSH_PORT,
    source: { group: 'bastion-sg' },
    label: 'app-sg: 22 from bastion-sg',
  },
  // The fidelity audit §6.3 and the talk: the app servers take HTTP from the load balancer only
  'app-http-from-elb': {
    id: 'app-http-from-elb',
    group: 'app-sg',
    port: 80,
    source: { group: 'elb-sg' },
    label: 'app-sg: 80 from elb-sg',
  },
  'db-pg-from-bastion': {
    id: 'db-pg-from-bastion',
    group: 'db-sg',
    port: POSTGRES_PORT,
    source: { group: 'bastion-sg' },
    label: 'db-sg: 5432 from bastion-sg',
  },
  'db-pg-from-app': {
    id: 'db-pg-from-app',
    group: 'db-sg',
    port: POSTGRES_PORT,
    source: { group: 'app-sg' },
    label: 'db-sg: 5432 from app-sg',
  },
};

/** The rules the widget has switches for (the ELB rule is shown but not switchable: no attempt uses it). */
export const SWITCHABLE_RULES = [
  'bastion-ssh-from-laptop',
  'app-ssh-from-bastion',
  'db-pg-from-bastion',
  'db-pg-from-app',
] as const satisfies readonly RuleId[];
export type SwitchableRuleId = (typeof SWITCHABLE_RULES)[number];

/**
 * How long a connect to a dropped port takes to fail. ssh_config(5), ConnectTimeout: "the timeout used
 * when connecting to the SSH server, instead of using the default system TCP timeout" (unset by
 * default; https://man.openbsd.org/ssh_config#ConnectTimeout). Linux tcp(7), tcp_syn_retries: default 6,
 * "approximately 127 seconds" (https://man7.org/linux/man-pages/man7/tcp.7.html): SYNs at 0, 1, 3, 7,
 * 15, 31 and 63 s, then 64 s more (1 + 2 + … + 64 = 127). sshd's own outbound connects (ssh -J, ssh -L)
 * use the same kernel timeout. A view may play it faster; it must then say the wait is shortened.
 */
export const TCP_CONNECT_TIMEOUT_S = 127;
// Illustrative: a connection that is answered (accepted or refused) takes about a second with the key exchange
export const ANSWERED_S = 1;
// Illustrative first client source port; each new TCP connection takes the next one (Linux picks ephemeral ports from 32768–60999, ip(7) ip_local_port_range)
export const FIRST_CLIENT_PORT = 52144;
// Illustrative first sshd process id on the bastion and on app-1 (sshd forks one process per connection, sshd(8))
export const FIRST_SSHD_PID = { bastion: 2201, 'app-1': 4102 } as const;
